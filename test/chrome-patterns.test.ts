// The chrome stage's caption patterns: the agency credit closing a caption is found with its word start
// written as a look-behind (cheaper than \b under /iu); it must match exactly where the \b form did.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../pipeline/config/spec.js';
import { loadConfig } from '../pipeline/registry.js';
import { chromePatterns } from '../pipeline/stages/chrome/spec.js';

const AGENCY = String.raw`\s*(?:getty(?: images)?|ap photo|ap|reuters|afp|shutterstock|istock|alamy|adobe stock|unsplash)\s*\)?$`;
const WITH_B = new RegExp(String.raw`(?:/|\bvia |\bcredit:? |\bphoto:? )` + AGENCY, 'iu');

const CASES: [string, boolean][] = [
  ['Boats at the quay at dawn. Photo: Getty Images', true],
  ['Boats at the quay at dawn (via AP)', true],
  ['Boats at the quay at dawn. CREDIT AFP', true],
  ['Boats at the quay at dawn. Jo Roe/Reuters', true],
  ['The ferry, seen here via  Unsplash', true],
  ['é via ap', true],
  // Negatives: the cue word glued to a word before it, or the agency not closing the paragraph.
  ['Boats at the quay, trivia AP', false],
  ['Boats at the quay, ſvia AP', false],
  ['Boats at the quay, Kvia AP', false],
  ['Boats at the quay, _via AP', false],
  ['Boats at the quay, 1via AP', false],
  ['Photo: Getty Images shows the quay at dawn', false],
  ['The council met on Monday.', false],
];

test('chrome caption patterns: the agency credit matches where the \\b form did', async () => {
  const config = await loadConfig('config');
  const shipped = config.chrome.caption_patterns.map((p) => compile(p, chromePatterns.joined)).find((re) => re.source.includes('via|credit'));
  assert.ok(shipped, 'the agency credit pattern is shipped');
  for (const [text, want] of CASES) {
    assert.equal(WITH_B.test(text), want, `\\b form on ${text}`);
    assert.equal(shipped.test(text), want, `shipped on ${text}`);
  }
});
