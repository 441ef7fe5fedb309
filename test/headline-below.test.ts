// Title candidates under the article's first paragraph (candidates.ts, cue `below`): the chrome stage may
// open the article on a teaser or a dek printed over the title. Invented pages, judged paragraphs given.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCandidates, type TitleRules } from '../pipeline/stages/headline/candidates.js';
import { FEATURES } from '../pipeline/stages/headline/features.js';
import type { ArticleZone, JudgedParagraph, ParagraphKind } from '../pipeline/types.js';

const rules: TitleRules = { minWords: 3, maxWords: 20, notTitle: [], chrome: [], stopwords: new Set(['the', 'and', 'for']), notAfter: [/^By$/], header: [/^By /] };

const para = (i: number, kind: ParagraphKind, text: string, rule?: string): JudgedParagraph =>
  ({ i, text, kind, rule, lines: [{ n: i, text, start: i * 200, end: i * 200 + text.length }], words: text.split(/\s+/).length, chromeLines: new Set<number>(), repeated: false, echoed: false, sharedDocs: 0, boilerplateShaped: false }) as unknown as JudgedParagraph;

const TEASER = 'Sign up for the morning note and get the stories of the harbour district in your inbox before work.';
const TITLE = 'Council votes to expand the bus network north';
const BODY = [
  'The city council voted on Tuesday to expand the bus network into the northern suburbs, adding four routes.',
  'The expansion follows three years of debate over the cost of new depots and the drivers they would need.',
  'Residents of the northern suburbs have asked for more buses since the last routes were cut a decade ago.',
];

/** A page: chrome lines, then the paragraphs of `article` (its first one is where the chrome stage opened it). */
const zone = (head: [ParagraphKind, string, string?][], article: [ParagraphKind, string][]): ArticleZone => {
  const all = [...head, ...article];
  return { paras: all.map(([k, t, r], i) => para(i, k, t, r)), storyDocs: 0, region: { first: head.length, last: all.length - 1 } };
};
const MENU: [ParagraphKind, string, string][] = [['chrome', 'Home News Sport Weather', 'chrome-repeated']];
const below = FEATURES.indexOf('below');
const texts = (z: ArticleZone) => titleCandidates(z, 12, rules, () => false);

test('headline candidates: a title under the teaser the article was opened on is one, marked below', () => {
  const cands = texts(zone(MENU, [['prose', TEASER], ['short', TITLE], ['short', 'By Jane Smith'], ...BODY.map((b) => ['prose', b] as [ParagraphKind, string])]));
  const c = cands.find((x) => x.text === TITLE);
  assert.ok(c, cands.map((x) => x.text).join(' / '));
  assert.equal(c.distance, -1);
  assert.equal(c.features[below], 1);
});

test('headline candidates: negative: a clean dump has no page around it, a short line under its opening is the article', () => {
  const cands = texts(zone([], [['prose', TEASER], ['short', TITLE], ...BODY.map((b) => ['prose', b] as [ParagraphKind, string])]));
  assert.ok(!cands.some((x) => x.text === TITLE), cands.map((x) => x.text).join(' / '));
});

test('headline candidates: negative: a short line after more prose than a dek is a subhead of the body', () => {
  const cands = texts(zone(MENU, [['prose', TEASER], ['prose', BODY[0]], ['prose', BODY[1]], ['short', TITLE], ['prose', BODY[2]]]));
  assert.ok(!cands.some((x) => x.text === TITLE), cands.map((x) => x.text).join(' / '));
});

test('headline candidates: a line under the opening that repeats the end of a title above does not drop it as padded', () => {
  const full = `Transport: ${TITLE}`;
  const cands = texts(zone([...MENU, ['short', full]], [['prose', TEASER], ['short', TITLE], ...BODY.map((b) => ['prose', b] as [ParagraphKind, string])]));
  assert.ok(cands.some((x) => x.text === full), cands.map((x) => x.text).join(' / '));
});

test('headline candidates: negative: under an opening with a dateline the story has begun, a short line is its own', () => {
  const withDateline: TitleRules = { ...rules, dateline: /^([\p{Lu}]+)\s*(?:\([^)]{1,40}\))?\s*—\s/u };
  const opening = `HARBOURTOWN (Example Wire) — ${BODY[0]}`;
  const z = zone(MENU, [['prose', opening], ['short', TITLE], ...BODY.slice(1).map((b) => ['prose', b] as [ParagraphKind, string])]);
  assert.ok(texts(z).some((x) => x.text === TITLE), 'without a dateline rule the line is a candidate');
  assert.ok(!titleCandidates(z, 12, withDateline, () => false).some((x) => x.text === TITLE));
});

test('headline candidates: a title far above the article, over a gallery of captions, is one, with its distance as the cue far', async () => {
  const { projectConfig } = await import('./helpers.js');
  const window = (await projectConfig()).metadata.headline.window;
  const gallery: [ParagraphKind, string, string?][] = Array.from({ length: 150 }, (_, k) => ['chrome', `Photo ${k + 1} of the new buses at the depot`, 'chrome-caption']);
  const cands = titleCandidates(zone([...MENU, ['short', TITLE], ...gallery], BODY.map((b) => ['prose', b] as [ParagraphKind, string])), window, rules, () => false);
  const c = cands.find((x) => x.text === TITLE);
  assert.ok(c, cands.map((x) => x.text).join(' / '));
  assert.equal(c.distance, 151);
  assert.equal(c.features[FEATURES.indexOf('far')], 151 - 20);
  // Negative: beyond the window, no candidate.
  assert.ok(!titleCandidates(zone([...MENU, ['short', TITLE], ...gallery], BODY.map((b) => ['prose', b] as [ParagraphKind, string])), 100, rules, () => false).some((x) => x.text === TITLE));
});
