// Cue crumbTail (candidates.ts): the page's breadcrumb ends with the candidate, its own item ("Home » Guides »
// This line"). Invented pages, judged paragraphs given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCandidates, type TitleRules } from '../pipeline/stages/headline/candidates.js';
import { FEATURES } from '../pipeline/stages/headline/features.js';
import type { ArticleZone, JudgedParagraph, ParagraphKind } from '../pipeline/types.js';

const rules: TitleRules = { minWords: 2, maxWords: 20, notTitle: [], chrome: [], stopwords: new Set(['the', 'and', 'for']), notAfter: [], header: [] };

const para = (i: number, kind: ParagraphKind, text: string): JudgedParagraph =>
  ({ i, text, kind, lines: [{ n: i, text, start: i * 200, end: i * 200 + text.length }], words: text.split(/\s+/).length, chromeLines: new Set<number>(), repeated: false, echoed: false, sharedDocs: 0, boilerplateShaped: false }) as unknown as JudgedParagraph;

const TITLE = 'How the harbour ferry schedule works';
const BODY = [
  'The harbour ferry runs every half hour in summer and every hour in winter, from the town quay to the island.',
  'Tickets are sold on board and at the kiosk by the quay, and a season pass covers both crossings.',
];
const cue = FEATURES.indexOf('crumbTail');
const featureOf = (above: string[]) => {
  const rows: [ParagraphKind, string][] = [...above.map((t) => ['short', t] as [ParagraphKind, string]), ['short', TITLE], ...BODY.map((b) => ['prose', b] as [ParagraphKind, string])];
  const z: ArticleZone = { paras: rows.map(([k, t], i) => para(i, k, t)), storyDocs: 0, region: { first: above.length + 1, last: rows.length - 1 } };
  const c = titleCandidates(z, 12, rules, () => false).find((x) => x.text === TITLE);
  assert.ok(c);
  return c.features[cue];
};

const cases: [string, string, number][] = [
  ['a breadcrumb with arrows', `Home » Guides » ${TITLE}`, 1],
  ['a section and an angle bracket', `Ferry Guides > ${TITLE}`, 1],
  ['"Home" run into the step by spaces', `Home   ${TITLE}`, 1],
  // Negatives: a tag list's item (a separator after a bullet alone), the line elsewhere in a sentence, no crumb.
  ['negative: a tag list item', `• › ${TITLE}`, 0],
  ['negative: the line inside a sentence', `Read our guide on ${TITLE}`, 0],
  ['negative: no breadcrumb at all', 'Island News and Tides', 0],
];

for (const [name, line, want] of cases) {
  test(`headline crumbTail: ${name}`, () => assert.equal(featureOf(['Island News and Tides', line]), want));
}
