// Pass 1 in an article process hands back the hashes of the keys a dump counts for (BatchCounter.readHashed), taken
// from the line hashes it keeps rather than hashed again: they are the hashes keyHashes gives the keys read() finds,
// in the same order, with the same base and line hashes, on pages with repeated lines, echo keys, edge lines, blank
// lines, non-ASCII text, and on pages without any of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { keyHashes } from '../pipeline/run/line-table.js';
import { dumpFile, PROSE, projectConfig } from './helpers.js';

const page = (...parts: string[]) => parts.join('\n');
const cases: [string, string][] = [
  ['a page with furniture around prose', page('Skip to main content', '', '• Home', '• News', '', PROSE[0], '', PROSE[1], '', 'Support our newsroom', '', '© Example Media Group')],
  ['a line repeated, and the same line spaced otherwise', page(PROSE[0], '', PROSE[0], '', '  ' + PROSE[0].replace(/ /gu, '  '), '', PROSE[2])],
  ['an edited copy of a paragraph (same echo keys)', page(PROSE[1], '', PROSE[1].replace(/ the /u, ' a '), '', PROSE[3])],
  ['non-ASCII lines and curly quotes', page('Ünïcödé headline — “quoted”', '', PROSE[2], '', 'Crédits : Ëxample ‘Agency’')],
  ['one short line', 'Just one line'],
  ['blank lines only around one paragraph', page('', '', PROSE[4], '', '')],
  ['prose only', page(PROSE[0], '', PROSE[1], '', PROSE[2], '', PROSE[3])],
];

for (const [name, text] of cases)
  test(`pass 1's hashed keys are keyHashes of read()'s keys: ${name}`, async () => {
    const counter = new BatchCounter((await projectConfig()).chrome);
    const want = counter.read(dumpFile(text), true);
    const file = dumpFile(text);
    const got = counter.readHashed(file);
    assert.deepEqual([...got.hashes], [...keyHashes(want.keys)]);
    assert.deepEqual(got.base, want.base);
    assert.deepEqual(got.lines, want.lines);
    assert.equal(file.data.lines, undefined, 'the file is left as read');
  });

test('the cases above hash keys of each kind: line, echo and edge keys, and a key seen twice once', async () => {
  const counter = new BatchCounter((await projectConfig()).chrome);
  const kinds = new Set(cases.flatMap(([, text]) => counter.read(dumpFile(text)).keys.map((k) => (k.charCodeAt(0) < 4 ? k.charCodeAt(0) : 0))));
  assert.deepEqual([...kinds].sort(), [0, 1, 2, 3]);
  const { keys } = counter.read(dumpFile(cases[1][1]));
  assert.equal(keys.length, new Set(keys).size);
  assert.equal(counter.readHashed(dumpFile(cases[1][1])).hashes.length, keys.length * 2);
});
