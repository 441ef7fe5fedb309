// The outlet ranker's "whose page" features (outlet/own-site.ts): the page's own domain (standing alone, in
// its e-mail addresses, on its copyright line), how often a name is written off the copyright lines, and a
// name cut where a long line wraps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownSite, ownSiteFeatures, writtenOff } from '../pipeline/stages/outlet/own-site.js';

const PAGE = [
  'Harbor Ledger',
  '  • News',
  '  • Sports',
  '',
  'The mayor spoke on Tuesday, a report on quillpost.com said, and the council met afterwards at the Harbor',
  'Ledger building downtown.',
  '',
  'Read more at quillpost.com',
  'Tips: desk@harborledger.com',
  'harborledger.com',
  'Harbor Ledger',
  '© 2024 Seaview Holdings Inc. All rights reserved. harborledger.com',
].join('\n');

test("the page's own domain is the one standing alone, in e-mail addresses and on the copyright line", () => {
  assert.equal(ownSite(PAGE, ['quillpost.com', 'harborledger.com', 'www.quillpost.com']).own, 'harborledger.com');
  assert.equal(ownSite('Body text.\nSee quillpost.com for more.', ['quillpost.com']).own, undefined, 'a domain only in prose is nobody\'s own');
  assert.equal(ownSite('Body text.', []).own, undefined);
});

test('how often a name is written off the copyright lines, and where it wraps', () => {
  const s = ownSite(PAGE, ['quillpost.com', 'harborledger.com']);
  assert.deepEqual(writtenOff('Harbor Ledger', s), { off: 2, on: 0, cut: 0 });
  assert.deepEqual(writtenOff('Seaview Holdings', s), { off: 0, on: 1, cut: 0 });
  assert.deepEqual(writtenOff('quillpost.com', s), { off: 2, on: 0, cut: 0 });
  assert.deepEqual(writtenOff('Harbor', s), { off: 3, on: 0, cut: 1 }, 'the wrapped "Harbor" at a long line\'s end');
  assert.deepEqual(writtenOff('Nowhere Times', s), { off: 0, on: 0, cut: 0 });
});

test('the features of a candidate against the page', () => {
  const s = ownSite(PAGE, ['quillpost.com', 'harborledger.com']);
  const own = ownSiteFeatures('Harbor Ledger', writtenOff('Harbor Ledger', s), 3, s);
  assert.deepEqual([own.own_domain, own.not_own_domain, own.most_written, own.cut_at_wrap], [1, 0, 0, 0]);
  const other = ownSiteFeatures('quillpost.com', writtenOff('quillpost.com', s), 2, s);
  assert.deepEqual([other.own_domain, other.not_own_domain, other.most_written], [0, 1, 1]);
  const parent = ownSiteFeatures('Seaview Holdings', writtenOff('Seaview Holdings', s), 3, s);
  assert.deepEqual([parent.own_domain, parent.not_own_domain, parent.most_written], [0, 1, 0]);
  const cut = ownSiteFeatures('Quay Daily', { off: 1, on: 0, cut: 1 }, 1, ownSite('x', []));
  assert.deepEqual([cut.cut_at_wrap, cut.own_domain, cut.not_own_domain], [1, 0, 0]);
});
