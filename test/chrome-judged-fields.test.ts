// A paragraph chrome judged carries its own fields (index, lines, text, heading depth) as paragraphsOf made them, then
// the judgement, in that order: classify names them rather than spreading the paragraph (the spread made
// every judged paragraph a slow dictionary object), so a field added to Paragraph must be added there too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTree } from '../pipeline/article/parse.js';
import { paragraphsOf } from '../pipeline/article/paragraphs.js';
import { dumpFile, runArticle, PROSE, w3m } from './helpers.js';

test('judged paragraphs keep every field of the paragraph, in order', async () => {
  const text = w3m(['Skip to main content', '', 'Home  News  Sport', '', 'Council votes to expand the bus network', '', PROSE[0], '', PROSE[1], ''].join('\n'));
  const judged = (await runArticle(text)).data.article?.paras ?? [];
  assert.ok(judged.length >= 3);
  const plain = dumpFile(text);
  const page = paragraphsOf(dumpTree(plain), plain);
  assert.equal(page.length, judged.length);
  for (const [k, j] of judged.entries()) {
    assert.deepEqual(Object.keys(j), ['i', 'lines', 'text', 'depth', 'kind', 'words', 'rule', 'chromeLines', 'repeated', 'echoed', 'sharedDocs', 'boilerplateShaped']);
    assert.equal(j.i, k);
    assert.deepEqual(Object.keys(page[k]), ['i', 'lines', 'text', 'depth']);
    assert.deepEqual({ i: j.i, lines: j.lines, text: j.text, depth: j.depth }, page[k]);
  }
  assert.ok(judged.some((j) => j.kind === 'prose') && judged.some((j) => j.kind === 'chrome'));
});
