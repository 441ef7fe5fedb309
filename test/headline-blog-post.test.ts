// A clean dump of a blog's page (candidates.ts): the blog's name, its description (which the chrome stage takes
// for the article's opening), then the post's date and its title. The line under the date line is a candidate,
// not marked `below`, and the first line is then no `opensClean` title. Invented pages, judged paragraphs given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCandidates, type TitleRules } from '../pipeline/stages/headline/candidates.js';
import { FEATURES } from '../pipeline/stages/headline/features.js';
import type { ArticleZone, JudgedParagraph, ParagraphKind } from '../pipeline/types.js';

// Date and byline lines are headers and, as in the project's rules, never titles.
const HEADERS = [/\b(?:january|february|march|april) \d{1,2}, \d{4}\b/iu, /^By /u];
const rules: TitleRules = { minWords: 3, maxWords: 20, notTitle: HEADERS, chrome: [], stopwords: new Set(['the', 'and', 'for']), notAfter: [], header: HEADERS };

const para = (i: number, kind: ParagraphKind, text: string): JudgedParagraph =>
  ({ i, text, kind, lines: [{ n: i, text, start: i * 200, end: i * 200 + text.length }], words: text.split(/\s+/).length, chromeLines: new Set<number>(), repeated: false, echoed: false, sharedDocs: 0, boilerplateShaped: false }) as unknown as JudgedParagraph;
/** A page whose article the chrome stage opened at paragraph `first`. */
const zone = (rows: [ParagraphKind, string][], first: number): ArticleZone => ({ paras: rows.map(([k, t], i) => para(i, k, t)), storyDocs: 0, region: { first, last: rows.length - 1 } });

const NAME = 'Notes From The Tide Pool';
const ABOUT = 'Jane Keel writes here about tide pools, rock crabs and the harbour shore, most weeks of the year.';
const POST = 'Counting crabs along the harbour wall';
const BODY = [
  'Each spring I count the rock crabs along the harbour wall, from the ferry steps to the lighthouse.',
  'This year the count was lower than last, and the tide tables explain most of the difference in crabs.',
  'The wall itself has changed too: new steps were cut into it in the autumn, and the crabs moved.',
];
const body = BODY.map((b) => ['prose', b] as [ParagraphKind, string]);
const OPENS = FEATURES.indexOf('opensClean');
const BELOW = FEATURES.indexOf('below');

const cases: { name: string; rows: [ParagraphKind, string][]; post: boolean }[] = [
  { name: 'a post title under its date line', rows: [['short', NAME], ['prose', ABOUT], ['short', 'Friday, March 5, 2032'], ['short', POST], ...body], post: true },
  { name: 'a post title under its byline', rows: [['short', NAME], ['prose', ABOUT], ['short', 'By Jane Keel'], ['short', POST], ...body], post: true },
  // Negatives: a short line of the text under the opening, with no date line over it; a date line inside prose.
  { name: 'negative: a short line of the text', rows: [['short', NAME], ['prose', ABOUT], ['short', POST], ...body], post: false },
  { name: 'negative: an embedded post holding a date over it', rows: [['short', NAME], ['prose', ABOUT], ['short', '@harbourdesk March 5, 2032: the night ferry is back and the crabs are out on the wall'], ['short', POST], ...body], post: false },
  { name: 'negative: a date in a sentence over it', rows: [['short', NAME], ['prose', ABOUT], ['prose', 'Friday, March 5, 2032'], ['short', POST], ...body], post: false },
];

// Over the opening: the blog's name, the post's date and its title, then the text (the chrome stage opened it there).
const above: { name: string; rows: [ParagraphKind, string][]; first: number; opens: number }[] = [
  { name: 'a post title under its date, over the text', rows: [['short', NAME], ['short', 'Friday, March 5, 2032'], ['short', POST], ...body], first: 3, opens: 0 },
  // Negatives: the first line is the title over its byline and date, and the text's first paragraph (short
  // enough to be title-shaped) stands under them; a line under a date that is the page's first line.
  { name: 'negative: the text under the title\'s byline and date', rows: [['short', POST], ['short', 'By Jane Keel'], ['short', 'Friday, March 5, 2032'], ['prose', 'The rock crab count fell this spring, the tide tables say why.'], ...body], first: 3, opens: 1 },
  // A dek's story: title, standfirst (where the chrome stage opened the article), the date alone, then the text's
  // first sentence, which ends in a full stop: no post title, so the first line stays the page's title.
  { name: 'negative: the text\'s sentence under a date between the dek and the text', rows: [['short', POST], ['prose', 'The rock crab count fell by a third along the harbour wall this spring.'], ['short', 'Friday, March 5, 2032'], ['prose', 'A harbour survey on Tuesday counted fewer rock crabs than in any spring since the wall was cut.'], ...body], first: 1, opens: 1 },
];
for (const { name, rows, first, opens } of above) {
  test(`headline blog post: ${name}`, () => {
    const cands = titleCandidates(zone(rows, first), 12, rules, () => false);
    const top = cands.find((x) => x.text === rows[0][1]);
    assert.ok(top, cands.map((x) => x.text).join(' / '));
    assert.equal(top.features[OPENS], opens);
  });
}

for (const { name, rows, post } of cases) {
  test(`headline blog post: ${name}`, () => {
    const cands = titleCandidates(zone(rows, 1), 12, rules, () => false);
    const c = cands.find((x) => x.text === POST);
    const first = cands.find((x) => x.text === NAME);
    assert.ok(first, cands.map((x) => x.text).join(' / '));
    if (post) {
      assert.ok(c, cands.map((x) => x.text).join(' / '));
      assert.equal(c.features[BELOW], 0);
      assert.equal(first.features[OPENS], 0);
    } else {
      assert.ok(!c, cands.map((x) => x.text).join(' / '));
      assert.equal(first.features[OPENS], 1);
    }
  });
}
