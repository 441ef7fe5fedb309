// blank (quotes/marks/blocks.ts) runs each of its patterns only on a block holding that pattern's mark, and
// linkRanges (links.ts) reads anchors only in a block holding a "<", and britishStyle (british.ts) reads only a
// block holding a single mark; each must give what its readings over every block give (blankAlways,
// anchorsAlways below, britishStyleAlways).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blank } from '../pipeline/stages/quotes/marks/blocks.js';
import { linkRanges } from '../pipeline/stages/quotes/marks/links.js';
import { britishStyle, britishStyleAlways } from '../pipeline/stages/quotes/marks/british.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());

/** blank's reference form: both patterns over every block. */
function blankAlways(s: string): string {
  return s
    .replace(/<\/?[A-Za-z][^<>]{0,2000}>/g, (m) => ' '.repeat(m.length))
    .replace(/^[ \t]*(?:>[ \t]?)+|^#{1,6}[ \t]/gm, (m) => ' '.repeat(m.length));
}

const TABLE: [string, string][] = [
  // [block, blanked]
  ['Plain prose with no marks at all.', 'Plain prose with no marks at all.'],
  ['A <b>bold</b> word.', 'A    bold     word.'],
  ['> quoted line\n> > nested', '  quoted line\n    nested'],
  ['## A heading', '   A heading'],
  ['#hashtag and 3 > 2', '#hashtag and 3 > 2'],
  ['x < y and no tag', 'x < y and no tag'],
  ['<span class="a">text</span>\n> after a tag', '                text       \n  after a tag'],
  ['line\n# heading on a later line', 'line\n  heading on a later line'],
  ['', ''],
];

test('blank: tags, heading hashes and quote markers turned to spaces, other text kept', () => {
  for (const [block, blanked] of TABLE) {
    assert.equal(blank(block), blanked, block);
    assert.equal(blankAlways(block), blanked, block);
  }
});

test('blank answers as both patterns over every block, on generated blocks', () => {
  const unit = fc.constantFrom('a', 'B', ' ', '\t', '\n', '<', '>', '/', '#', 'p', '=', '"', 'é', '\ud835', '\udc00');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 50 }).map((u) => u.join('')), (s) => blank(s) === blankAlways(s)),
    { numRuns: 3000 },
  );
});

/** linkRanges' anchors as found before the '<' gate: the pattern over every block. */
const ANCHOR = /<a\b[^<>]{0,2000}>([^<]{1,400})<\/a\s*>/giu;
const anchorsAlways = (raw: string) => [...raw.matchAll(ANCHOR)].map((m): [number, number] => [m.index + m[0].indexOf('>') + 1, m.index + m[0].indexOf('>') + 1 + m[1].length]);

test('linkRanges: HTML anchors found as the pattern over every block finds them', () => {
  const node = { type: 'paragraph', children: [] } as unknown as Parameters<typeof linkRanges>[0];
  const rows = ['No anchor here, "a quote" and 3 > 2.', 'See <a href="x">the "story" page</a> now.', '<A HREF=y>Upper case</A > and <a>two</a>', 'a < b, <b>bold</b>', '<a href="z">', ''];
  for (const raw of rows) assert.deepEqual(linkRanges(node, raw, 0), anchorsAlways(raw), raw);
  const unit = fc.constantFrom('a', 'A', ' ', '<', '>', '/', '"', 'h', '=', '\n');
  fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (raw) => JSON.stringify(linkRanges(node, raw, 0)) === JSON.stringify(anchorsAlways(raw))), { numRuns: 3000 });
});

test('britishStyle: only a block holding a single mark is read, with the same answers', () => {
  const rows: [string, boolean][] = [
    ['\u2018We will win,\u2019 she said.', true],
    ['She said: \u2018We will win.\u2019', true],
    ['\u2018The first part is about money.', true],
    ['A block with no marks at all.', false],
    ['He said \u201cyes\u201d and \u2018no\u2019.', false],
    ['a \u2018quick fix\u2019 for the port', false],
    ["'We will win,' she said.", true],
    ['', false],
  ];
  for (const [text, british] of rows) {
    assert.equal(britishStyle(text, v), british, text);
    assert.equal(britishStyleAlways(text, v), british, text);
  }
  const unit = fc.constantFrom('we', ' ', 'said', 'She', ',', '.', ':', '\u2018', '\u2019', "'", '\u201c', '"', '\n');
  fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), (t) => britishStyle(t, v) === britishStyleAlways(t, v)), { numRuns: 3000 });
});
