// A code listing (chrome/code.ts): in a run of paragraphs with no prose, the lines from the first line only code
// writes to the last cost the article's stretch what a caption costs, so a long listing no longer cuts a
// tutorial's top and title off; its lines stay in the text. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCodeLine } from '../pipeline/stages/chrome/code.js';
import { batchOf, flat, page, PROSE, runArticle, w3m } from './helpers.js';

const lines: [string, boolean][] = [
  ['}', true],
  ['});', true],
  ['// add the fare to the total', true],
  ['<script>', true],
  ['</template>', true],
  ['function fare(zone) {', true],
  ['const riders = count(', true],
  ['total = total + fare;', true],
  ['print(total);', true],
  // negatives: prose, list clauses, titles, lead-ins
  ['The council agreed on the plan; the vote was close.', false],
  ['• the applicant must hold a licence;', false],
  ['Here is how the fare is worked out:', false],
  ['Council votes to expand the bus network (again)', false],
  ['Prices (from March)', false],
];
for (const [line, want] of lines) test(`chrome code: isCodeLine ${JSON.stringify(line)} -> ${want}`, () => assert.equal(isCodeLine(line), want));

const TITLE = 'How to work out a bus fare in a few lines';
/** A listing printed a statement a line, blank lines between, as a dump of a page's code block shows it. */
const listing = (n: number) => ['function fare(zone) {', '', ...Array.from({ length: n }, (_, k) => [`  total = total + zone * ${k + 1};`, '', `  // step ${k + 1}`, '']).flat(), '}', ''];

const cases: { name: string; dump: string; headline: string; kept: string[] }[] = [
  {
    name: 'a long listing under a short opening: the opening and the title stay the article\'s',
    dump: page(TITLE, '', w3m(PROSE[0], 100), '', ...listing(10), w3m([PROSE[1], '', PROSE[2], '', PROSE[3], ''].join('\n'), 100)),
    headline: TITLE,
    kept: [PROSE[0], 'total = total + zone * 7;', PROSE[3]],
  },
  {
    name: 'negative: a list of clauses ending on semicolons is no listing, and reads as before',
    dump: page(TITLE, '', w3m([PROSE[0], '', PROSE[1], ''].join('\n'), 100), '• the first route runs north;', '• the second runs east;', '', w3m([PROSE[2], ''].join('\n'), 100)),
    headline: TITLE,
    kept: [PROSE[0], 'the first route runs north', PROSE[2]],
  },
];

for (const c of cases) {
  test(`chrome code: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump]));
    assert.equal(file.data.headline?.value, c.headline);
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(flat(k)), `kept: ${k}\n--- body ---\n${body}`);
  });
}
