// The cue `far` (candidates.ts) counts a line above the article's head, or just under it (a title under its
// date line), from the head when a widget stands between the head (the lowest byline or date line above the
// article) and the article's text: more than a header's span of lines (a video player, a calculator, a row
// of product cards). Invented pages, judged paragraphs given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCandidates, type TitleRules } from '../pipeline/stages/headline/candidates.js';
import { FEATURES } from '../pipeline/stages/headline/features.js';
import type { ArticleZone, JudgedParagraph, ParagraphKind } from '../pipeline/types.js';

const rules: TitleRules = { minWords: 3, maxWords: 20, notTitle: [], chrome: [], stopwords: new Set(['the', 'and', 'for']), notAfter: [/^By$/], header: [/^By /, /^Updated /] };

const para = (i: number, kind: ParagraphKind, text: string): JudgedParagraph =>
  ({ i, text, kind, lines: [{ n: i, text, start: i * 200, end: i * 200 + text.length }], words: text.split(/\s+/).length, chromeLines: new Set<number>(), repeated: false, echoed: false, sharedDocs: 0, boilerplateShaped: false }) as unknown as JudgedParagraph;

type Line = [ParagraphKind, string];
const TITLE = 'Eleven kettles we tested for a quiet kitchen';
const TEASER = 'Read our guide to the best toasters of the year';
const BODY: Line[] = [
  ['prose', 'We tested eleven kettles over three months in a small kitchen, timing each one and listening to how loud it ran.'],
  ['prose', 'The quietest of them boiled a litre in a little over four minutes and cost less than most of the others we tried.'],
  ['prose', 'Each kettle was filled, boiled and emptied a hundred times, and we noted which lids stuck and which handles grew hot.'],
];
// A row of product cards: a picture's alt text, the card's title, the brand, a button. Twelve cards.
const CARDS: Line[] = Array.from({ length: 12 }, (_, k): Line[] => [
  ['short', `kettle ${k + 1} product image`],
  ['short', `Best kettle for small spaces number ${k + 1}`],
  ['short', `Brand ${k + 1}`],
  ['short', 'Jump to details'],
]).flat();
const PHOTO: Line[] = [['short', 'A kettle on a stove'], ['short', 'Photo: Jane Roe']];

const zone = (head: Line[]): ArticleZone => {
  const all = [...head, ...BODY];
  return { paras: all.map(([k, t], i) => para(i, k, t)), storyDocs: 0, region: { first: head.length, last: all.length - 1 } };
};
const far = FEATURES.indexOf('far');
const farOf = (head: Line[], text: string) => {
  const c = titleCandidates(zone(head), 400, rules, () => false).find((x) => x.text === text);
  assert.ok(c, `${text} is no candidate`);
  return c.features[far];
};
const MENU: Line[] = Array.from({ length: 30 }, (_, k) => ['short', `Menu entry number ${k + 1} of the site`]);

const cases: { name: string; head: Line[]; line: string; far: number }[] = [
  {
    name: 'a title over its byline, product cards between the byline and the text: no farther than over a photo',
    head: [['short', TEASER], ...MENU, ['short', TITLE], ['short', 'By Jane Roe'], ...CARDS],
    line: TITLE,
    far: 0,
  },
  {
    name: 'a teaser above the title over the cards: counted from the byline (its distance to the byline less 20)',
    head: [['short', TEASER], ...MENU, ['short', TITLE], ['short', 'By Jane Roe'], ...CARDS],
    line: TEASER,
    far: 32 - 20,
  },
  {
    name: 'a title printed under its date line, product cards between it and the text: no farther than over a photo',
    head: [['short', TEASER], ...MENU, ['short', 'Updated March 3 at noon'], ['short', 'Save this story'], ['short', TITLE], ...CARDS],
    line: TITLE,
    far: 0,
  },
  {
    name: 'negative: a card under the byline keeps its distance to the article',
    head: [['short', TITLE], ['short', 'By Jane Roe'], ...CARDS],
    line: 'Best kettle for small spaces number 2',
    far: 43 - 20,
  },
  {
    name: 'negative: a photo and its credit between the byline and the text: counted from the article',
    head: [['short', TEASER], ...MENU, ['short', TITLE], ['short', 'By Jane Roe'], ...PHOTO],
    line: TEASER,
    far: 35 - 20,
  },
  {
    name: 'negative: no byline or date line above the article: counted from the article',
    head: [['short', TITLE], ...CARDS],
    line: TITLE,
    far: 49 - 20,
  },
  {
    name: 'negative: a sentence that opens like a byline is prose, no head',
    head: [['short', TITLE], ['prose', 'By the end of the winter most of the kettles we bought had been given away to readers who wrote in.'], ...CARDS],
    line: TITLE,
    far: 50 - 20,
  },
];

for (const c of cases) test(`headline far: ${c.name}`, () => assert.equal(farOf(c.head, c.line), c.far));
