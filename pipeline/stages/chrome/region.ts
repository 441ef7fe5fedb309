// The article is the densest stretch of prose in the page: the run of paragraphs with the highest
// score, where prose earns its word count and every other paragraph costs a little (boilerpipe's
// maximum-subarray view). Menus, link lists and footers are long runs of cheap paragraphs, so the
// best stretch stops at them; a subhead, a spec table or an ad slot inside an article costs less than
// the prose around it earns, so it stays inside. Captions and duplicated paragraphs cost least:
// they sit inside articles, not between them.
import type { Judged } from './classify.js';
import { isBullet } from '../../article/wrap.js';
import type { ArticleZone } from '../../types.js';
import type { Tester } from './joined.js';

export interface RegionWeights {
  shortCost: number;
  chromeCost: number;
  captionCost: number;
  /** Words a list item needs to cost no more than a caption. */
  itemMinWords: number;
  /** Share of the page's prose that, found in other dumps, makes the page a shared (syndicated) story. */
  syndicatedShare: number;
  /** Lines after which no article goes on: a comments header, "Related articles", "Next article" (the end
   * patterns, any of them: chrome/joined.ts). */
  endLine: Tester;
  /** Paragraphs that are boilerplate when they stand apart at the article's end (bio, plea, notice). */
  tailPatterns: RegExp[];
  /** The first paragraph of an author's bio ("Jane Roe is a freelance writer ..."), and how many paragraphs a bio runs to. */
  bioPatterns: RegExp[];
  bioMaxParagraphs: number;
  /** Short lines that lead into what the page set under them ("Here is how they compare:"): they close the article. */
  leadInPatterns: RegExp[];
  /** Prose words the article must already hold before an end line can end it. */
  endMinWords: number;
  /** Lines that open an article under its title: a byline, a date line. */
  headerPatterns: RegExp[];
  /** Least score the best stretch above the article needs to join it over an interruption (0 or less: off). */
  bridgeMinScore: number;
  /** Most share of the paragraphs between the two stretches that may be chrome (captions, symbol lines aside). */
  bridgeMaxChromeShare: number;
  /** Most fragments (one- or two-word lines, not code) a run between the two stretches with no prose in it may hold. */
  bridgeMaxFragments: number;
}

export type Region = ArticleZone['region'];

function bestStretch(ps: Judged[], score: (p: Judged) => number): Region & { sum: number } {
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
// (A promotion, 'chrome-promo', sits inside articles as teasers and sign-up boxes do.)
// A gallery and a code listing sit inside articles as well (chrome/gallery.ts, code.ts).
const INSIDE = new Set(['chrome-caption', 'chrome-credit', 'chrome-credited-caption', 'chrome-duplicate', 'chrome-note', 'chrome-promo', 'chrome-gallery', 'chrome-code']);

/** True when at least `share` of the page's prose words are found in other dumps: the page shares its story. */
export function isSyndicated(ps: Judged[], share: number): boolean {
  const prose = ps.filter((p) => p.kind === 'prose');
  const total = prose.reduce((n, p) => n + p.words, 0);
  // (a paragraph edited between two versions of the story still counts as shared)
  const shared = prose.filter((p) => p.echoed).reduce((n, p) => n + p.words, 0);
  return shared >= total * share;
}

/** Most words a title runs to; a longer line is a dek or a summary. */
const TITLE_MAX_WORDS = 25;
/** Most words a byline line runs to ("By Jane Roe and John Doe, Staff | Updated March 3, 2024, 5 p.m."). */
const HEADER_MAX_WORDS = 15;
/** Paragraphs between a title and its byline or date line, and between that line and the prose. */
const HEADER_LOOK = 3;

/** Where the next article starts inside the stretch, or -1. A page that scrolls on into the next story,
 * a live blog printing post after post, a comment thread, print each one as a title, a byline line under
 * it, then prose; an article's own subheads have prose under them, not a byline. The page's own article
 * is the first. (Taking a later one when the first has no byline of its own was measured: it also drops
 * an article's real top when a dek reads as prose above its byline, and the headline with it.) */
function nextArticle(ps: Judged[], r: Region, w: RegionWeights): number {
  let words = 0;
  for (let i = r.first + 1; i <= r.last; i++) {
    const p = ps[i];
    if (p.kind === 'prose') {
      words += p.words;
      continue;
    }
    if (words < w.endMinWords || !isTitleShaped(p) || w.headerPatterns.some((re) => re.test(p.text.trim()))) continue;
    // A teaser set in the article under a box header ("Related article") is the box's, not a new article.
    if (p.rule !== 'chrome-link-box' && headerUnder(ps, i, r.last, w)) return i;
  }
  return -1;
}

/** The stretch closed at its last prose paragraph before paragraph i. */
function closeBefore(ps: Judged[], r: Region, i: number): Region {
  let last = i - 1;
  while (last > r.first && ps[last].kind !== 'prose') last--;
  return { first: r.first, last };
}

/** A byline line within a few paragraphs under the title, and prose a few paragraphs under that. */
function headerUnder(ps: Judged[], i: number, last: number, w: RegionWeights): boolean {
  for (let j = i + 1; j <= Math.min(last, i + HEADER_LOOK); j++) {
    const q = ps[j];
    if (q.kind === 'prose') return false;
    if (q.words > HEADER_MAX_WORDS || !isHeaderLine(q.text.trim(), w)) continue;
    for (let k = j + 1; k <= Math.min(last, j + HEADER_LOOK); k++) if (ps[k].kind === 'prose') return true;
    return false;
  }
  return false;
}

/** A byline line of its own: not an embedded post's sign-off ("— Name (@handle) date"), not a bullet. */
function isHeaderLine(text: string, w: RegionWeights): boolean {
  return !/^[—–•·*-]/u.test(text) && !text.includes('@') && w.headerPatterns.some((re) => re.test(text));
}

/** A line a title could be: a few words of letters, not a sentence, a caption or a header line itself. */
function isTitleShaped(p: Judged): boolean {
  return p.words >= 3 && p.words <= TITLE_MAX_WORDS && p.lines.length <= 3 && !INSIDE.has(p.rule ?? '') && !/[.,:;]$/u.test(p.text.trim()) && /\p{L}{3}/u.test(p.text) && !/https?:|pic\.twitter|@|\|/u.test(p.text) && !/^[\[(•·*–—>□-]/u.test(p.text.trim());
}

// Chrome that sits inside articles around a code listing, a table or a photo: set aside when the paragraphs
// between two stretches are weighed for a bridge.
const BRIDGE_ASIDE = new Set(['chrome-caption', 'chrome-credit', 'chrome-symbols', 'chrome-link-box', 'chrome-gallery', 'chrome-code']);

/** A line after which no article goes on ("Related articles", a comments header). */
const endsArticle = (p: Judged, w: RegionWeights) => p.kind !== 'prose' && p.lines.some((l) => w.endLine.test(l.text.trim()));

// A line of code: syntax marks ("return x;", "user = {", "</script>", a quoted value ending in a comma).
const CODE_MARK = /[;{}=()<>"]|,$/u;

/** A line of one or two words that is not code: a label, a price, a button, an icon's name. */
const isFragment = (p: Judged) => p.kind !== 'prose' && p.words <= 2 && !CODE_MARK.test(p.text.trim());

/** Most fragments in one run of paragraphs from `from` to `to` (exclusive) that no earning prose breaks. A
 * product or price widget prints labels, prices and buttons a line each ("Free", "upfront", "/mth", "Visit
 * Website") for dozens of lines on end; a table prints a row a line and a code listing carries its syntax
 * marks, and an article's lists and cards come with prose between them. */
function fragmentRun(ps: Judged[], from: number, to: number, score: (p: Judged) => number): number {
  let run = 0;
  let most = 0;
  for (let i = from; i < to; i++) {
    const p = ps[i];
    if (score(p) > 0) run = 0;
    else if (isFragment(p)) most = Math.max(most, ++run);
  }
  return most;
}

/** The stretch above `r` that joins it, or null. A code listing, a table or a long list inside an article
 * costs more than the prose above it earns, so the densest stretch starts under it and the article loses
 * its top and its title. The best stretch above joins when it is an article's worth of prose itself
 * (bridgeMinScore) and what lies between is mostly not site chrome and holds no end of an article: a menu,
 * a teaser list or a footer between two stretches keeps them apart. */
function bridgeUp(ps: Judged[], r: Region, score: (p: Judged) => number, w: RegionWeights): Region | null {
  if (w.bridgeMinScore <= 0 || r.first <= 0) return null;
  const above = bestStretch(ps.slice(0, r.first), score);
  if (above.first < 0 || above.sum < w.bridgeMinScore) return null;
  let weighed = 0;
  let chrome = 0;
  for (let i = above.first; i < r.first; i++) {
    const p = ps[i];
    if (endsArticle(p, w)) return null;
    if (i <= above.last || BRIDGE_ASIDE.has(p.rule ?? '')) continue;
    weighed++;
    if (p.kind === 'chrome') chrome++;
  }
  if (chrome > weighed * w.bridgeMaxChromeShare) return null;
  const frag = fragmentRun(ps, above.last + 1, r.first, score);
  return frag <= w.bridgeMaxFragments ? { first: above.first, last: r.last } : null;
}

/** Paragraphs over a bio, none of them prose, in which an author box prints the writer's name. */
const BIO_NAME_LOOK = 4;

/** Where an author box's bio opens at the end of the stretch, or -1: at most bioMaxParagraphs prose paragraphs
 * set apart at the end, the first of them saying who the writer is ("Jane Roe is a freelance writer ..."), under
 * a line that names the writer (the box's header: "Jane Roe", "Author: Jane Roe, Editor"). */
function bioStart(ps: Judged[], r: Region, w: RegionWeights): number {
  if (!w.bioPatterns.length || ps[r.last].kind !== 'prose') return -1;
  let s = r.last;
  while (s - 1 > r.first && ps[s - 1].kind === 'prose' && r.last - (s - 1) < w.bioMaxParagraphs) s--;
  for (let j = Math.max(s, r.first + 1); j <= r.last; j++) {
    if (ps[j - 1].kind === 'prose') continue;
    const text = ps[j].text.replace(/\s+/g, ' ').trim();
    if (!w.bioPatterns.some((re) => re.test(text))) continue;
    const name = text.split(' ')[0].replace(/['’]s$/u, '');
    const named = new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
    for (let q = j - 1; q >= Math.max(r.first, j - BIO_NAME_LOOK) && ps[q].kind !== 'prose'; q--) if (named.test(ps[q].text)) return j;
  }
  return -1;
}

export function chooseRegion(ps: Judged[], w: RegionWeights): Region {
  const r = densest(ps, w);
  if (!r.prose) return { first: r.first, last: r.last };
  const joined = bridgeUp(ps, r.stretch, r.score, w);
  const own = closeRegion(ps, r.stretch, w);
  if (!joined) return own;
  // A joined stretch that a next article's title or an end line closes before the densest stretch is two
  // articles, not one: the densest stays alone.
  const bridged = closeRegion(ps, joined, w);
  return bridged.last >= r.stretch.first ? bridged : own;
}

/** The densest stretch and the score that found it, or the page less its chrome when it has no prose. */
function densest(ps: Judged[], w: RegionWeights): Region & { prose: boolean; stretch: Region; score: (p: Judged) => number } {
  // A list item that says something (a spec, a step, a key point) sits inside articles like a caption.
  // (a code listing's lines keep their kind, short, and cost as a caption: chrome/code.ts)
  const cost = (p: Judged) => (INSIDE.has(p.rule ?? '') ? -w.captionCost : p.kind === 'short' ? (isBullet(p.text) && p.words >= w.itemMinWords ? -w.captionCost : -w.shortCost) : -w.chromeCost);
  // Prose found in other dumps of the batch weighs nothing when it is a small part of the page's prose:
  // a support plea or an author bio is prose that repeats. When most of the page's prose repeats, the
  // page shares its story with another dump (the same wire story twice), and it all counts.
  const syndicated = isSyndicated(ps, w.syndicatedShare);
  let score = (p: Judged) => (p.kind === 'prose' ? (p.repeated && !syndicated ? 0 : p.words) : cost(p));
  let r: Region = bestStretch(ps, score);
  if (r.first < 0) {
    score = (p: Judged) => (p.kind === 'prose' ? p.words : cost(p));
    r = bestStretch(ps, score);
  }
  if (r.first >= 0) return { first: r.first, last: r.last, prose: true, stretch: { first: r.first, last: r.last }, score };
  // No prose at all (a one-line item, a clean text of short lines): nothing to tell the article from
  // the page by, so all of it stands, less what the rules call chrome.
  const kept = ps.filter((p) => p.kind !== 'chrome');
  const all = kept.length ? { first: kept[0].i, last: kept[kept.length - 1].i } : { first: -1, last: -1 };
  return { ...all, prose: false, stretch: all, score };
}

/** The stretch closed where the article ends: at an end line, before the next article, before a tail of
 * boilerplate, after a closing short sentence. */
function closeRegion(ps: Judged[], r: Region, w: RegionWeights): Region {
  // An end marker (comments, related links, the next article) closes the article even when prose
  // follows it: readers' comments and teasers read like prose.
  let words = 0;
  for (let i = r.first; i <= r.last; i++) {
    const p = ps[i];
    if (words >= w.endMinWords && endsArticle(p, w)) return closeBefore(ps, r, i);
    if (p.kind === 'prose') words += p.words;
  }
  const next = nextArticle(ps, r, w);
  if (next > 0) r = closeBefore(ps, r, next);
  // Prose set apart at the article's end that reads as an author's bio, a newsletter plea or a
  // copyright notice is not the article's: the stretch closes before it.
  for (;;) {
    const bio = bioStart(ps, r, w);
    const box = bio > 0 ? closeBefore(ps, r, bio) : r;
    if (box.last > r.first && box.last < r.last) {
      r = box;
      continue;
    }
    const tail = r.last;
    let prev = tail - 1;
    while (prev > r.first && ps[prev].kind !== 'prose') prev--;
    if (prev <= r.first || prev === tail - 1 || !w.tailPatterns.some((re) => re.test(ps[tail].text))) break;
    r = { first: r.first, last: prev };
  }
  // A closing sentence too short to count as prose ("Schrock, 47, appears in court Friday."), or a line that
  // leads into a post or a chart the page set under it ("How the fans took the news:"), still belongs to the
  // article when it follows it directly.
  let last = r.last;
  const closes = (p: Judged) => SENTENCE.test(p.text) || w.leadInPatterns.some((re) => re.test(p.text.replace(/\s+/g, ' ').trim()));
  while (last + 1 < ps.length && ps[last + 1].kind === 'short' && closes(ps[last + 1]) && ps[last + 1].words >= 4) last++;
  return { first: r.first, last };
}
