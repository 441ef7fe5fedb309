// A chosen outlet of several words cut where a long line wraps ("Photo: Jo Roe/The Harbor" over "Ledger")
// is written as the page writes it whole elsewhere (outlet/choose.ts writtenInFull); a logo's echo, a name
// closing a line of its own, or a longer name the page never writes on one line stay as chosen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writtenInFull } from '../pipeline/stages/outlet/choose.js';

const cfg = (text: string) => ({ text, not_outlet_words: ['menu'], header_noise: ['logo'], corporate_suffixes: ['inc'], not_outlets: [] });

test('a name cut at a wrapped line is written in full', () => {
  const text = ['The ferry left at noon, as the crews had planned it for weeks.Photo: Jo Roe/The Harbor', 'Ledger', '', 'Follow The Harbor Ledger on social media.', '© 2024 The Harbor Ledger Company'].join('\n');
  assert.equal(writtenInFull('The Harbor', cfg(text)), 'The Harbor Ledger');
});

test('negatives: a logo echo, a line of its own, a longer name never written on one line', () => {
  const echo = ['Quay Daily Quay Daily', 'Primary Menu', 'Quay Daily Quay Daily', 'Close'].join('\n');
  assert.equal(writtenInFull('Quay Daily', cfg(echo)), 'Quay Daily');
  const own = ['Quay Daily', 'Sports', 'Quay Daily', 'Weather'].join('\n');
  assert.equal(writtenInFull('Quay Daily', cfg(own)), 'Quay Daily');
  const never = ['Read more at the Quay Daily', 'Weather today is fine.'].join('\n');
  assert.equal(writtenInFull('Quay Daily', cfg(never)), 'Quay Daily');
});
