// Title-shaped paragraphs around the top of the article, best first. A title is a short run of words
// that starts like a sentence, is no byline, date, credit or menu item, and is not found within a few
// lines after a "By" label. Candidates are scored on cues (weights.ts): a title shares content words
// with the article's opening, has a full title's length, is echoed by the page (breadcrumbs, share
// text), has a byline or date under it, and heads its header: a dek, a byline or a caption comes after
// it. Kickers, tags, deks, captions and teasers for other stories each lose on some cue.
import type { ArticleZone } from '../../types.js';
import { wordsOf } from '../chrome/classify.js';
import { isBullet } from '../../article/wrap.js';
import { findDates, NO_ZONES } from '../../text/dates.js';
import { foldLine } from '../../text/lines.js';
import { guardedTest } from '../../text/literals.js';
import { W } from './weights.js';
import { FEATURES, RANK_CUES, capsShare, scoreOf, shapeCues, type Cues, type RankCue } from './features.js';

export interface TitleRules {
  minWords: number;
  maxWords: number;
  notTitle: RegExp[];
  chrome: RegExp[];
  stopwords: Set<string>;
  notAfter: RegExp[];
  /** A byline or a date line: what follows an article's title. */
  header: RegExp[];
  /** A dateline opening a paragraph ("DALLAS (AP) —"): the story's text starts there. */
  dateline?: RegExp;
}

export interface TitleCandidate {
  text: string;
  start: number;
  end: number;
  /** Paragraphs between the candidate and the article's first paragraph. */
  distance: number;
  score: number;
  overlap: number;
  /** The cues it was scored on, in FEATURES order (kept for fitting: bench/train-headline.ts). */
  features: number[];
}

/** How a title opens: a capital, a number or a quotation mark; a brand in lower case before a capital
 * ("eGadget ..."); a bracketed label before one ("[Video] ...", "[2024] ..."); or emoji before its words
 * ("🚀 launch day: ..."). */
const TITLE_OPENS = /^(?:[\p{Lu}\p{N}"'“‘¿¡]|\p{Ll}\p{Lu}|\[[\p{L}\p{N}][^\][]{0,29}\] [\p{Lu}\p{N}"'“‘]|\p{Emoji_Presentation}[\p{Emoji_Presentation}\u{FE0F}\u{200D}]* ?[\p{L}\p{N}])/u;

/** "By" and a verb in -ing opens a clause ("By cutting fares, the city ..."), not a byline: a byline's "By" is
 * followed by a name (the not-title patterns are tried case-insensitively, so the case is read here). */
const BY_CLAUSE = /^By \p{Ll}+ing\s/u;

export function isTitleShaped(text: string, rules: TitleRules): boolean {
  const words = wordsOf(text).length;
  if (words < rules.minWords || words > rules.maxWords) return false;
  if (/[:;,(]$/u.test(text)) return false;
  if (!TITLE_OPENS.test(text) || isBullet(text)) return false;
  const asked = BY_CLAUSE.test(text) ? text.slice(3) : text;
  if (rules.notTitle.some((re) => guardedTest(re, asked)) || rules.chrome.some((re) => guardedTest(re, text))) return false;
  return true;
}

/** A cell that is a date and nothing else (a weekday aside): "20 December 2025", "Tue, Mar 3, 2024". */
function isDateCell(cell: string): boolean {
  const hits = findDates(cell, NO_ZONES);
  if (!hits.length) return false;
  let rest = cell;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.index) + ' ' + rest.slice(h.index + h.length);
  return !/\p{L}{2,}/u.test(rest.replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?/giu, ''));
}

/**
 * A title run into a date or a button on one line of the dump (w3m sets a page's cells side by side:
 * "Notes from the harbour week 2 20 December 2025      Search"): the line's first cell, less a date at
 * its end, when every other cell is a date or a button (a line chrome knows: "Search", "[Subscribe]").
 * Any other line is taken whole: a cell of a menu or a table beside it makes it no title.
 */
export function titleCell(text: string, rules: TitleRules): string {
  const cells = text.trim().split(/\s{2,}/u);
  if (cells.length < 2) return text;
  const button = (c: string) => rules.chrome.some((re) => re.test(c.replace(/^\[\s*|\s*\]$/gu, '').trim()));
  if (!cells.slice(1).every((c) => isDateCell(c) || button(c))) return text;
  const first = cells[0];
  const last = findDates(first, NO_ZONES).sort((a, b) => a.index - b.index).at(-1);
  const cut = last && last.index + last.length === first.length ? first.slice(0, last.index).replace(/[\s|·•,–—-]+$/u, '') : first;
  return cut || text;
}

/** Chrome that is never a title: captions and credits, menus. (A line the page or the
 * batch repeats may still be one: titles recur in breadcrumbs and in other dumps' link lists, and a
 * kicker such as "Top stories" over a title reads like a link box.) */
// (A credit, 'chrome-credit', is no title either; it does not count as a caption for `byCaption`, whose
// weight was set when only the caption patterns marked captions.)
const NEVER_TITLE = new Set(['chrome-caption', 'chrome-credit', 'chrome-generic', 'chrome-menu-item', 'chrome-symbols']);

/** How a byline or a post's date line opens: its label. */
const HEADER_LABEL = /^(?:by|written by|posted|published|updated)\b/iu;

/** A breadcrumb's step: a separator, or "Home" run into the next step ("Home   Guides   ..."). What comes
 * before the last step holds a step of words: a separator after a bullet alone opens an item of a list of tags. */
const CRUMB_STEP = /(?:^home\s|\s[»›>/|]\s)/iu;
const CRUMB_BEFORE = /(?:^home|[\p{L}\p{N}][^»›>/|]*\s[»›>/|])\s*$/iu;

const OPENS_CLEAN = FEATURES.indexOf('opensClean');

const content = (s: string, stop: Set<string>) => wordsOf(s.toLowerCase()).filter((w) => w.length >= 3 && !stop.has(w));

export function titleCandidates(view: ArticleZone, window: number, rules: TitleRules, known: (t: string) => boolean): TitleCandidate[] {
  const { paras, region } = view;
  if (region.first < 0) return [];
  // (each paragraph's content words found once: a candidate under the article's first paragraph asks for the
  // lede from the line after it, and those ledes share most of their paragraphs)
  const contentOf: (string[] | undefined)[] = [];
  const ledeOf = (from: number) => {
    const lede = new Set<string>();
    let n = 0;
    for (let i = from; i <= region.last && n < W.ledeWords; i++) {
      if (paras[i].kind === 'chrome') continue;
      const ws = (contentOf[i] ??= content(paras[i].text, rules.stopwords));
      n += paras[i].words;
      for (const w of ws) lede.add(w);
    }
    return lede;
  };
  const start = region.first;
  const lede = ledeOf(start);
  const folded = paras.map((p) => foldLine(p.text));
  // How often the page prints each line, counted once (the window is wide: a count per candidate would
  // rescan the page for each).
  const printed = new Map<string, number>();
  for (const f of folded) printed.set(f, (printed.get(f) ?? 0) + 1);
  // A clean dump (the article's text, no page around it) opens with its title: nothing but a few
  // header lines stand before the article, and none of them is chrome.
  const clean = start <= W.cleanLead && paras.slice(0, start).every((q) => q.kind !== 'chrome');
  const out: TitleCandidate[] = [];
  // The article's own first paragraph may be its title when the title reads like a sentence.
  // The chrome stage may open the article a few paragraphs early, on a teaser or a dek printed over
  // the title: a title-shaped line just under the article's first paragraph stays a candidate, marked
  // (cue `below`) so the ranker weighs it against the lines above. A clean dump has no page around its
  // text for the chrome stage to misread: a short line under its opening is a sentence of the article.
  // Nor when that paragraph opens with a dateline: the story's own text starts there, no teaser.
  const opensStory = !!rules.dateline?.test(paras[start]?.text.slice(0, 300) ?? '');
  // In a clean dump, a line right under a date or byline line is the exception: a blog's page opens with its
  // name and its description (which the chrome stage takes for the article's opening), then each post's date
  // and title; the story's own text does not set a date line over a short line.
  const lowest = opensStory ? start : Math.min(region.last, start + W.belowSpan);
  // The article's head: the lowest byline or date line above its text. When more than a header's span lies
  // between the head and the text, a widget stands there (a video player, a calculator, a row of product
  // cards), not a photo and its caption: it belongs to the header, so `far` counts a line above the head
  // from the head, and the title over such a widget is no farther than over a photo. So does a line just
  // under the head (within headerLook): a title printed under its date line.
  // (each paragraph's answer kept: a paragraph is asked again for each candidate within headerLook above
  // it, and the header patterns' tests were ~0.6% of the chain in a --cpu-prof of polnear-dev)
  const headerLines: (boolean | undefined)[] = [];
  // (The date patterns open with a word boundary and a group, tried at every place of a paragraph: guardedTest
  // asks first for the digit they need, which most paragraphs lack.)
  const isHeader = (k: number) => (headerLines[k] ??= rules.header.some((re) => guardedTest(re, paras[k].text)));
  // A line right under a date line or a byline: a date alone, or a header line that opens with its label ("By
  // ...", "Posted ..."). Not any line holding a date: an embedded post or a sentence carries its own.
  const underHeader = (i: number) => {
    const q = paras[i - 1];
    return !!q && q.kind !== 'prose' && isHeader(i - 1) && (isDateCell(q.text) || HEADER_LABEL.test(q.text));
  };
  // The page's breadcrumb ends with its own item: lines ending with a step after a separator or "Home".
  // (Gathered when a candidate first asks: a page with no title-shaped line needs none.)
  let crumbs: string[] | undefined;
  const crumbTail = (text: string) => (crumbs ??= paras.flatMap((q) => q.lines.map((l) => l.text.trim())).filter((t) => CRUMB_STEP.test(t))).some((t) => t.length > text.length && t.endsWith(text) && CRUMB_BEFORE.test(t.slice(0, t.length - text.length)));
  let posted = false;
  let head = start;
  for (let i = start - 1; i >= 0 && i >= start - window; i--) {
    if (paras[i].kind !== 'prose' && isHeader(i)) {
      if (start - i > W.headerSpan) head = i;
      break;
    }
  }
  for (let i = lowest; i >= 0 && i >= start - window; i--) {
    // (First: in a clean dump most lines under the opening are its text, and this asks only the line above.)
    if (i > start && clean && !underHeader(i)) continue;
    const p0 = paras[i];
    const cell = p0.lines.length === 1 ? titleCell(p0.text, rules) : p0.text;
    const p = cell === p0.text ? p0 : { ...p0, text: cell };
    if (p.lines.length > 3 || NEVER_TITLE.has(p.rule ?? '') || !isTitleShaped(p.text, rules)) continue;
    // What follows a "By" label is a name, not a title.
    if (paras.slice(Math.max(0, i - W.nameLook), i).some((q) => rules.notAfter.some((re) => guardedTest(re, q.text)))) continue;
    // Under a teaser or a dek, not inside the article's text: once more prose than a dek has run, a
    // title-shaped line is a subhead or a short sentence of the body. (Measured: the limit drops no
    // candidate that gives a label of naeb-dev or silver-dev, the trainer's CV is the same with it, and
    // without it two polnear-dev pages whose titles are no candidate took a body sentence as headline.)
    if (i > start && paras.slice(start, i).filter((q) => q.kind === 'prose').length > W.belowProse) continue;
    // The article's first paragraph is its title only when more of the article follows it.
    if (i >= start && (p.lines.length > 2 || !paras.slice(i + 1, region.last + 1).some((q) => q.kind === 'prose'))) continue;
    const words = content(p.text, rules.stopwords);
    const against = i >= start ? ledeOf(i + 1) : lede;
    const overlap = words.length ? words.filter((w) => against.has(w)).length / words.length : 0;
    const f = p === p0 ? folded[i] : foldLine(p.text);
    const n = wordsOf(p.text).length;
    // Echoed with other words around it (a breadcrumb, share text), not merely repeated (a caption).
    // A label the page prints again and again ("Trump Ballot Ruling" on every teaser) is a topic tag.
    const repeats = (printed.get(f) ?? 0) >= W.tagRepeats;
    const echoed = folded.some((o, j) => j !== i && o.length > f.length && o.includes(f) && wordsOf(o).length >= n + 2);
    const sentence = /[^.]\.$/u.test(p.text);
    const shared = p.lines.some((l) => known(l.text));
    // A photo's caption stands next to its credit line.
    const byCaption = [paras[i - 2], paras[i - 1], paras[i + 1], paras[i + 2]].some((q) => q?.rule === 'chrome-caption');
    // A dek or a summary repeats the lede nearly word for word; a title says it in fewer, other words.
    const copiesLede = words.length >= W.copyWords && overlap >= W.copyShare;
    const truncated = /(?:\.\.\.|…)$/u.test(p.text);
    // Shouted lines are section labels and alt text; words run together ("OpinionsEditorials") are a
    // row of links that lost its spacing.
    const shouted = n >= 2 && !/\p{Ll}/u.test(p.text);
    const glued = /\p{Ll}{2}\p{Lu}\p{Ll}/u.test(p.text);
    // An article's title is followed closely by its byline or its date; a teaser or a caption mostly is not.
    let headed = false;
    for (let k = i + 1; k < Math.min(paras.length, i + 1 + W.headerLook) && !headed; k++) headed = isHeader(k);
    const cues: Omit<Cues, RankCue> = {
      overlap: overlap * Math.min(1, words.length / W.fullContent),
      echoed: +echoed,
      length: Math.min(n, W.fullWords) / W.fullWords,
      up: Math.max(0, Math.min(start - i, W.headerSpan)),
      far: Math.max(0, (i <= head + W.headerLook ? head : start) - i - W.farFrom),
      long: +(n > W.longWords),
      sentence: +sentence,
      shared: +shared,
      byCaption: +byCaption,
      copiesLede: +copiesLede,
      truncated: +truncated,
      shouted: +shouted,
      glued: +glued,
      tag: +repeats,
      headed: +headed,
      opensClean: +(clean && i === 0),
      // (Not in a clean dump: there a line under the opening is admitted only under a date line, a post's header.)
      below: +(i > start && !clean),
      crumbTail: +crumbTail(p.text),
      ...shapeCues(p, i === start, Math.max(0, start - i)),
    };
    // (A post's title is a heading: a sentence ending in a full stop under a date is the text going on, a
    // dek's story whose date sits between its standfirst and its first paragraph.)
    if (i > 0 && i !== start && underHeader(i) && !sentence) posted = true;
    out.push({ text: p.text, start: p.lines[0].start, end: p.lines[p.lines.length - 1].end, distance: start - i, score: 0, overlap, features: FEATURES.map((k) => (k in cues ? cues[k as keyof typeof cues] : 0)) });
  }
  // A clean dump with a title-shaped line right under a date or byline line (other than its first line) is a
  // blog's page: its first line is the blog's name (and the opening may be its description), not the post's title.
  if (clean && posted) for (const c of out) c.features[OPENS_CLEAN] = 0;
  // Rank cues: found in scan order, from the article's first paragraph up.
  const above = out.filter((c) => c.distance > 0);
  for (const [r, cue] of RANK_CUES.entries()) if (above[r]) above[r].features[FEATURES.indexOf(cue)] = 1;
  for (const c of out) c.score = scoreOf(c.features);
  // A breadcrumb or a page title that runs a section name into the title adds words to a title found
  // on its own line: the shorter one is the title.
  // A section name glued to it ("NewsLengthy ...": links that lost their spacing) pads it the same way.
  // Only lines from the article's first paragraph up count as the shorter one: a line under it that
  // ends another one is the title printed again (a dek's lead-in, share text), not the title itself.
  const titled = out.filter((c) => c.distance >= 0 && wordsOf(c.text).length >= 4);
  const own = titled.map((c) => foldLine(c.text));
  const gluedOnto = (c: TitleCandidate, o: TitleCandidate) =>
    o !== c && c.text.length > o.text.length && c.text.endsWith(o.text) && /^\p{Lu}/u.test(o.text) && /\p{Ll}$/u.test(c.text.slice(0, -o.text.length));
  const padded = (c: TitleCandidate) => {
    const f = foldLine(c.text);
    return own.some((o) => o !== f && endsWithWords(f, o)) || titled.some((o) => gluedOnto(c, o));
  };
  return out.filter((c) => !padded(c));
}

/** A line that may head the best candidate's header. It must be long enough not to be a kicker or a
 * tag (a short Title-Case label over the title: "Transport", "The Weekly Review"), unless it stands
 * right over a dek: the best is the very next line, longer than it and written in sentence case (a
 * kicker stands over a title, and titles are mostly Title Case). Measured on the trainer's pages
 * (naeb-dev, silver-dev): lets 6 short titles over their deks win, loses none; without the sentence-case
 * test 8 kickers over a Title-Case title win instead; without "the very next line", 4 over a
 * sentence-case title (a label, a photo, then the title). */
function headsHeader(c: TitleCandidate, best: TitleCandidate): boolean {
  const n = wordsOf(c.text).length;
  if (n >= W.aboveMinWords) return true;
  return c.distance === best.distance + 1 && wordsOf(best.text).length > n && capsShare(best.text) < W.dekCaps;
}

/** The candidates best first, by `score` (or a score of the caller's, when fitting). A title heads its
 * header: a dek, a byline or a caption that scores within `aboveMargin` of the best one sits below it,
 * and the title above it is taken (no margin: the best score alone decides). */
export function rankTitles(cands: TitleCandidate[], aboveMargin: number | null, score = (c: TitleCandidate) => c.score): TitleCandidate[] {
  // An exact tie goes to the upper line: a title over its dek.
  const out = cands.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s || b.c.distance - a.c.distance);
  const best = out[0];
  if (best && aboveMargin !== null) {
    const above = out.filter(({ c, s }) => s >= best.s - aboveMargin && c.overlap >= W.aboveOverlap && !/[^.]\.$/u.test(c.text) && c.distance > best.c.distance && c.distance <= best.c.distance + W.headerSpan && headsHeader(c, best.c));
    if (above.length) {
      const top = above.reduce((a, b) => (b.c.distance > a.c.distance ? b : a));
      return [top.c, ...out.filter((x) => x !== top).map((x) => x.c)];
    }
  }
  return out.map((x) => x.c);
}

const FAR = FEATURES.indexOf('far');
const BELOW = FEATURES.indexOf('below');
/** The candidates that may be the title, less the ledes: a long sentence-case sentence (headline.ts isLede) is the
 * story's first sentence or a dek's, never its title. A line that scores below such a lede and stands beyond the
 * header's span (cue `far`: menus, other stories' teasers) or under the article's first paragraph (cue `below`:
 * the story's own sentences, a pull quote) is no title either: the lede shows where the story starts, and its
 * title stands in the header over it. (Measured on the trainer's pages, against a lede ranked first giving no
 * headline: 3 more silver-dev pages right, none fewer. Without the `far` test, a title 300 paragraphs over its
 * text moved that page's date to a teaser's; without the `below` test, polnear-dev took sentences and a quote of
 * the text for titles, and they left the body.) */
export function withoutLedes(cands: TitleCandidate[], lede: (c: TitleCandidate) => boolean, score = (c: TitleCandidate) => c.score): TitleCandidate[] {
  const ledes = new Set(cands.filter(lede));
  let best = -Infinity;
  for (const c of ledes) best = Math.max(best, score(c));
  return cands.filter((c) => !ledes.has(c) && !((c.features[FAR] > 0 || c.features[BELOW] > 0) && score(c) < best));
}

/** `f.endsWith(' ' + o)`, without building the string for each pair of candidates. */
export const endsWithWords = (f: string, o: string): boolean => f.length > o.length && f.charCodeAt(f.length - o.length - 1) === 32 && f.endsWith(o);
