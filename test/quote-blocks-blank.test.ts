// blank (quotes/marks/blocks.ts) runs each of its patterns only on a block holding that pattern's mark;
// it must give what both patterns over every block give (kept as blankAlways).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { blank, blankAlways } from '../pipeline/stages/quotes/marks/blocks.js';

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
