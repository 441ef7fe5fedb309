// blank (quotes/marks/blocks.ts) runs each of its patterns only on a block holding that pattern's mark, and
// linkRanges (links.ts) reads anchors only in a block holding a "<";
// each must give what its patterns over every block give (blankAlways, anchorsAlways below).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blank, blankAlways } from '../pipeline/stages/quotes/marks/blocks.js';
import { linkRanges } from '../pipeline/stages/quotes/marks/links.js';

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
