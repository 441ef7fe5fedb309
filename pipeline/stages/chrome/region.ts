// The article is the densest stretch of prose in the page: the run of paragraphs with the highest
// score, where prose earns its word count and every other paragraph costs a little (boilerpipe's
// maximum-subarray view). Menus, link lists and footers are long runs of cheap paragraphs, so the
// best stretch stops at them; a subhead, a spec table or an ad slot inside an article costs less than
// the prose around it earns, so it stays inside. Captions and duplicated paragraphs cost least:
// they sit inside articles, not between them.
import type { Judged } from './classify.js';
import { isBullet } from '../../article/wrap.js';
import type { ArticleZone } from '../../types.js';

export interface RegionWeights {
  shortCost: number;
  chromeCost: number;
  captionCost: number;
  /** Words a list item needs to cost no more than a caption. */
  itemMinWords: number;
  /** Share of the page's prose that, found in other dumps, makes the page a shared (syndicated) story. */
  syndicatedShare: number;
  /** Lines after which no article goes on: a comments header, "Related articles", "Next article". */
  endPatterns: RegExp[];
  /** Paragraphs that are boilerplate when they stand apart at the article's end (bio, plea, notice). */
  tailPatterns: RegExp[];
  /** Prose words the article must already hold before an end line can end it. */
  endMinWords: number;
}

export type Region = ArticleZone['region'];

function bestStretch(ps: Judged[], score: (p: Judged) => number): Region {
  let best = { first: -1, last: -1, sum: 0 };
  let start = 0;
  let sum = 0;
  for (let i = 0; i < ps.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += score(ps[i]);
    if (sum > best.sum) best = { first: start, last: i, sum };
  }
  return best;
}

const SENTENCE = /[.!?…]["'”’)]*$/u;
const INSIDE = new Set(['chrome-caption', 'chrome-credit', 'chrome-duplicate']);

/** True when at least `share` of the page's prose words are found in other dumps: the page shares its story. */
export function isSyndicated(ps: Judged[], share: number): boolean {
  const prose = ps.filter((p) => p.kind === 'prose');
  const total = prose.reduce((n, p) => n + p.words, 0);
  // (a paragraph edited between two versions of the story still counts as shared)
  const shared = prose.filter((p) => p.echoed).reduce((n, p) => n + p.words, 0);
  return shared >= total * share;
}

export function chooseRegion(ps: Judged[], w: RegionWeights): Region {
  // A list item that says something (a spec, a step, a key point) sits inside articles like a caption.
  const cost = (p: Judged) => (p.kind === 'short' ? (isBullet(p.text) && p.words >= w.itemMinWords ? -w.captionCost : -w.shortCost) : INSIDE.has(p.rule ?? '') ? -w.captionCost : -w.chromeCost);
  // Prose found in other dumps of the batch weighs nothing when it is a small part of the page's prose:
  // a support plea or an author bio is prose that repeats. When most of the page's prose repeats, the
  // page shares its story with another dump (the same wire story twice), and it all counts.
  const syndicated = isSyndicated(ps, w.syndicatedShare);
  let r: Region = bestStretch(ps, (p) => (p.kind === 'prose' ? (p.repeated && !syndicated ? 0 : p.words) : cost(p)));
  if (r.first < 0) r = bestStretch(ps, (p) => (p.kind === 'prose' ? p.words : cost(p)));
  // No prose at all (a one-line item, a clean text of short lines): nothing to tell the article from
  // the page by, so all of it stands, less what the rules call chrome.
  if (r.first < 0) {
    const kept = ps.filter((p) => p.kind !== 'chrome');
    return kept.length ? { first: kept[0].i, last: kept[kept.length - 1].i } : r;
  }
  // An end marker (comments, related links, the next article) closes the article even when prose
  // follows it: readers' comments and teasers read like prose.
  let words = 0;
  for (let i = r.first; i <= r.last; i++) {
    const p = ps[i];
    if (words >= w.endMinWords && p.kind !== 'prose' && p.lines.some((l) => w.endPatterns.some((re) => re.test(l.text.trim())))) {
      let last = i - 1;
      while (last > r.first && ps[last].kind !== 'prose') last--;
      return { first: r.first, last };
    }
    if (p.kind === 'prose') words += p.words;
  }
  // Prose set apart at the article's end that reads as an author's bio, a newsletter plea or a
  // copyright notice is not the article's: the stretch closes before it.
  for (;;) {
    const tail = r.last;
    let prev = tail - 1;
    while (prev > r.first && ps[prev].kind !== 'prose') prev--;
    if (prev <= r.first || prev === tail - 1 || !w.tailPatterns.some((re) => re.test(ps[tail].text))) break;
    r = { first: r.first, last: prev };
  }
  // A closing sentence too short to count as prose ("Schrock, 47, appears in court Friday.") still
  // belongs to the article when it follows it directly.
  let last = r.last;
  while (last + 1 < ps.length && ps[last + 1].kind === 'short' && SENTENCE.test(ps[last + 1].text) && ps[last + 1].words >= 4) last++;
  return { first: r.first, last };
}
