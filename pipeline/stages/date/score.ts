// Scores every date expression of a page as the publication date. Points, all generic:
//   labelled "Published …" (on the line or the label line above)   +label
//   labelled "Updated …" (secondary to Published)                   +updated (negative)
//   on a short meta line (few words beside the dates)               +meta ; in prose: -prose
//   beside the page's first byline ("By Jane Doe · Dec 1, 2023")    +byline
//   shortly after the headline line, when the headline is known     +headline
//   the same day again elsewhere on meta lines                      +repeat (capped)
//   one of four or more meta date lines within 24 lines (a list)    -list
// Rejected outright: a date after a tweet's "(@handle)", a copyright or "effective" notice, a correction;
// a date followed by where it happened ("Saturday, Dec. 23, 2023, in Honolulu."), as captions say.
import type { VFile } from 'vfile';
import { bylinePatterns } from '../byline/spec.js';
import { compile } from '../../config/spec.js';
import { findDates, type ZoneTable } from '../../text/dates.js';
import { datePatterns } from './spec.js';
import { foldLine, lines, type Line } from '../../text/lines.js';
import { unglue } from '../../text/names.js';

export interface DateScoreConfig {
  label_pattern: string;
  updated_pattern: string;
  reject_pattern: string;
  reject_after_pattern: string;
  byline_pattern: string;
  /** A line that only labels a byline ("Author:", "By"), from the byline stage's settings. */
  byline_label_pattern: string;
  max_meta_words: number;
  min_score: number;
  zones: ZoneTable;
  /** Countries whose sites write numeric dates day first (the page's own domain: file.data.siteDomain). */
  day_first_tlds?: readonly string[];
}

export interface DateCandidate {
  iso: string;
  line: Line;
  score: number;
  /** Which of the rules' cues it met (1 or 0; `repeat` counts), for the fitted ranker (date/rank.ts). */
  cues: DateCues;
  /** One of a short run of other stories' teasers (teaserRuns): never the rules' pick, but its points still
   * stand against the pick's (a tie with it leaves the page undecided, as before it was found). */
  teaser?: boolean;
}

/** The cues behind a candidate's score, one per rule above. */
export interface DateCues {
  label: number;
  updated: number;
  meta: number;
  prose: number;
  byline: number;
  headline: number;
  timed: number;
  listed: number;
  repeat: number;
  /** Where it stands to the headline's line (0 when the headline is not on the page). */
  above_headline: number;
  dist_headline: number;
}

const W = { list: 5, label: 6, updated: -1, meta: 3, prose: 3, byline: 3, headline: 2, repeat: 1, repeatCap: 3, timed: 1 };
const BYLINE_REACH = 3;
const HEADLINE_REACH = 25;
const LIST_REACH = 24;
const LIST_MIN_LINES = 4;
const LIST_GAP = 14;

/** A weekday name, as mastheads print today's date ("Friday, May 5, 2023"). */
export const WEEKDAY = /\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/iu;
/** A weekday closing the text before a date, with the time of day before it, if any. */
const WEEKDAY_TAIL = /(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4})?\s*,?\s*)?\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?\s*$/iu;
/** An auxiliary verb right before a label ("was posted on", "has been published"): a sentence telling
 * what happened, not a stamp labelling the page. */
const AUXILIARY = /\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\p{L}+\s+)?$/iu;

/** A dateline with its date opening a story's first paragraph ("PORTSIDE, May 4, 2021 (Agency) - The council
 * ..."): before the date a place (a few capitalised words) and a comma, after it an agency's name in brackets,
 * if any, and a dash. */
const DATELINE_PLACE = /^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s/u;
const datedDateline = (text: string, h: { index: number; length: number }) => {
  const before = text.slice(0, h.index);
  return DATELINE_PLACE.test(before) && !WEEKDAY.test(before) && DATELINE_AFTER.test(text.slice(h.index + h.length));
};

/** Words of a line once its dates and labels are cut out: few words mean a meta line. */
function wordsBeside(text: string, spans: { index: number; length: number }[], labelAnywhere: RegExp): number {
  let rest = '';
  let at = 0;
  for (const s of spans) {
    rest += text.slice(at, s.index) + ' ';
    at = s.index + s.length;
  }
  rest += text.slice(at);
  rest = rest.replace(labelAnywhere, ' ');
  return (rest.match(/\p{L}{2,}/gu) ?? []).length;
}

export function scoreDates(file: VFile, cfg: DateScoreConfig, home?: string): DateCandidate | undefined {
  return bestDate(rankDates(file, cfg, home), cfg.min_score);
}

/** The best of ranked candidates, if it reaches `minScore` (teasers of other stories left out, unless `withTeasers`). */
export function bestDate(ranked: readonly DateCandidate[], minScore: number, withTeasers = false): DateCandidate | undefined {
  let best: DateCandidate | undefined;
  for (const c of ranked) {
    if (c.teaser && !withTeasers) continue;
    // Ties go to the earlier date, to the one that carries a time, and between two days to the one
    // nearer the title (a stamp under it, not a teaser's far above it). Measured: of 17 such ties on
    // naeb-dev and silver-dev, the nearer was right on 1 more page and on every page the first was.
    if (!best || c.score > best.score || (c.score === best.score && ((c.iso.length > best.iso.length && c.iso.startsWith(best.iso)) || nearer(c, best)))) best = c;
  }
  return best && best.score >= minScore ? best : undefined;
}

/** Whether `c`, of another day than `best`, stands nearer the title (both are 0 while the title is not found). */
const nearer = (c: DateCandidate, best: DateCandidate) => c.iso.slice(0, 10) !== best.iso.slice(0, 10) && c.cues.dist_headline < best.cues.dist_headline;

/**
 * Whether the rules cannot tell the best date from another day's: it ties with one, and nothing anchors
 * it to the story (no label, no byline, not under the title) while it stands below the article (`after`),
 * where related stories and comments print theirs ("By A. Writer • Jun 3, 2021" three times over).
 * Measured: such picks were 1 right and 4 wrong on silver-dev, none on naeb-dev.
 */
export function undecided(best: DateCandidate, ranked: readonly DateCandidate[], after: boolean): boolean {
  const c = best.cues;
  if (!after || c.label || c.updated || c.byline || c.headline || c.above_headline) return false;
  const day = best.iso.slice(0, 10);
  return ranked.some((o) => o.iso.slice(0, 10) !== day && o.score >= best.score);
}

/** How the best date stands among the page's others, for its confidence (stages/confidence.ts). */
export function dateFeatures(best: DateCandidate, ranked: readonly DateCandidate[], lineCount: number): Record<string, number> {
  const day = best.iso.slice(0, 10);
  const other = ranked.filter((c) => c.iso.slice(0, 10) !== day);
  return {
    score: best.score,
    margin: Math.max(-5, Math.min(10, best.score - Math.max(-Infinity, ...other.map((c) => c.score)))),
    log_days: Math.log1p(new Set(ranked.map((c) => c.iso.slice(0, 10))).size),
    log_agree: Math.log1p(ranked.length - other.length - 1),
    timed: best.iso.length > 10 ? 1 : 0,
    place: lineCount ? best.line.n / lineCount : 0,
    // What stamps it: an "Updated" stamp on a page that labels no date "Published" may be all the page
    // shows of a later day (the publication day is then not on the page); a labelled or bylined stamp
    // under the title is the story's own.
    label: best.cues.label,
    updated: best.cues.updated,
    byline: best.cues.byline,
    headline: best.cues.headline,
    listed: best.cues.listed,
    page_labelled: ranked.some((c) => c.cues.label) ? 1 : 0,
  };
}

/** Dates written with slashes, in either order; with dots or hyphens, those with a two-digit year (text/dates.ts). */
const SLASHED = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])|(?<![\p{L}\p{N}_/.-])(\d{2})([.-])(\d{2})\4\d{2}(?![\p{N}/_-]|\.\p{N})/gu;

/** The order the page writes its slashed dates in: day first when some can only be read so (14/04/2020) and
 * none can only be read month first (04/14/2020), month first when one can only be read so, else undefined.
 * Its dates that may be read either way (12/04/2020, which findDates reads month first, as US sites write
 * them) follow. (Measured: 1 page of silver-dev and none of naeb-dev had such evidence under its chosen date;
 * its day went from wrong to right.) */
export function slashOrder(text: string): 'day' | 'month' | undefined {
  let day = 0;
  for (const m of text.matchAll(SLASHED)) {
    const [a, b] = m[1] ? [+m[1], +m[2]] : [+m[3], +m[5]];
    if (b > 12 && a <= 12) return 'month';
    if (a > 12 && b <= 12) day++;
  }
  return day > 0 ? 'day' : undefined;
}

/** True when the page writes day first, or shows neither order and its own domain is a country's that
 * writes day first (a .ie site's "08/11/2023" is 8 November). */
export function pageWritesDayFirst(text: string, siteDomain: string | undefined, tlds: readonly string[] = []): boolean {
  const order = slashOrder(text);
  if (order) return order === 'day';
  const tld = siteDomain?.toLowerCase().split('.').pop();
  return Boolean(tld && tlds.includes(tld));
}

/** A date expression that opens with a slashed date read month first (or a dotted or hyphenated one with
 * a two-digit year), read day first instead when the page writes day first (`page` answers that, asked only for such an expression: most pages have none). */
function dayFirst(expr: string, iso: string, page: () => boolean, zones: ZoneTable, home?: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/|^(\d{2})([.-])(\d{2})\4(?=\d{2}(?!\d))/u.exec(expr);
  if (m && m[3]) return dayFirst(`${m[3]}/${m[5]}/${expr.slice(m[0].length)}`, iso, page, zones, home);
  if (!m || +m[1] > 12 || +m[2] > 12 || +m[1] === +m[2] || !page()) return iso;
  return findDates(`${m[2]}/${m[1]}/${expr.slice(m[0].length)}`, zones, home)[0]?.iso ?? iso;
}

/** Every date expression of the page with its score, in page order; a masthead's date goes to `aside`. */
export function rankDates(file: VFile, cfg: DateScoreConfig, home?: string, aside?: DateCandidate[]): DateCandidate[] {
  const label = compile(cfg.label_pattern, datePatterns.label);
  const labelAnywhere = compile(cfg.label_pattern, datePatterns.labelAnywhere);
  const updated = compile(cfg.updated_pattern, datePatterns.updated);
  const updatedAnywhere = compile(cfg.updated_pattern, datePatterns.updatedAnywhere);
  const reject = compile(cfg.reject_pattern, datePatterns.reject);
  const rejectAfter = compile(cfg.reject_after_pattern, datePatterns.rejectAfter);
  const byline = compile(cfg.byline_pattern, datePatterns.byline);
  const ls = lines(file).filter((l) => l.text.trim());
  const headLine = headlineIndex(file, ls);
  const inProse = proseLines(file);
  const bylineLabel = compile(cfg.byline_label_pattern, bylinePatterns.label);
  const bylineAt = ls.map((l) => byline.test(l.text) || bylineLabel.test(l.text.trim().replace(/^[•·*-]\s*/, '')));
  // The story's own byline comes first; later ones belong to related-story teasers.
  const firstByline = bylineAt.indexOf(true);
  let daysFirst: boolean | undefined;
  const pageDayFirst = () => (daysFirst ??= pageWritesDayFirst(String(file.value), file.data.siteDomain, cfg.day_first_tlds));
  type Cand = DateCandidate & { meta: boolean; i: number; stamp?: number; print?: string };
  const cands: Cand[] = [];
  const zero = (): DateCues => ({ label: 0, updated: 0, meta: 0, prose: 0, byline: 0, headline: 0, timed: 0, listed: 0, repeat: 0, above_headline: 0, dist_headline: 0 });

  ls.forEach((l, i) => {
    // w3m glues cells: "Doric SamDecember 20, 2023" reads as "Doric Sam December 20, 2023".
    const text = unglue(l.text);
    const hits = findDates(text, cfg.zones, home);
    if (!hits.length) return;
    const words = wordsBeside(text, hits, labelAnywhere);
    // A line with a label anywhere ("Published time: …", "Updated …") is a stamp, not a teaser.
    const print = text.search(labelAnywhere) >= 0 || updatedAnywhere.test(text) ? undefined : printOf(text, hits);
    // A line of a paragraph of reporting (chrome judged it prose) is the paragraph's, not a meta line of its
    // own: a line that continues it (a caption's wrapped tail, "site in the city, May 4, 2019. AGENCY/Name")
    // is short only because the paragraph wrapped there, and one with more words than a meta line reads as
    // the paragraph's sentence ("On June 2, 1987 — forty years ago — a pilot ..."). A labelled stamp is
    // a stamp wherever it stands, and so is a dated dateline opening the story ("PORTSIDE, May 4, 2021
    // (Agency) - ..."). (Measured: 2 wrong picks of silver-dev went, one to none and one to the right day,
    // and 1 of naeb-dev to the page's stamp; no right pick changed.)
    const stampLine = print === undefined || datedDateline(text, hits[0]);
    const prosy = stampLine ? undefined : inProse.get(l.n);
    const meta = prosy ? prosy === 'head' && words <= cfg.max_meta_words : words <= cfg.max_meta_words || (byline.test(text) && words <= cfg.max_meta_words + 4);
    const prose = words > 2 * cfg.max_meta_words || (prosy !== undefined && words > cfg.max_meta_words);
    const prevLabel = i > 0 && !/\p{L}/u.test(text.slice(0, hits[0].index)) ? ls[i - 1].text.trim() : '';
    let from = 0;
    // The candidate of the line's previous date, while nothing but spaces stands between it and the next.
    let prev: Cand | undefined;
    for (const h of hits) {
      const before = text.slice(from, h.index);
      const pair = h !== hits[0] && !before.trim() ? prev : undefined;
      prev = undefined;
      from = h.index + h.length;
      const own = before.trim();
      // A weekday, and a time before it, may stand between a label and its date ("Published Monday,
      // November 18, 2019", "Updated 10:01 pm PST, Tuesday, November 19, 2019"): the label still labels it.
      const lead = (own || (h === hits[0] ? prevLabel : '')).replace(WEEKDAY_TAIL, '');
      // "…, 2023, in Honolulu." is a caption's or a sentence's event; a labelled or bylined meta line
      // ("Published 2025-01-02 in Gardening", "By Jane Roe on May 1, 2024 in Sport") names a section there.
      // A label after an auxiliary verb is a sentence's ("The app was posted on Feb. 3, 2013, and ..."):
      // silver-dev had one such pick, wrong, and none right.
      const at = label.exec(lead);
      const labelled = !!at && !AUXILIARY.test(lead.slice(0, at.index));
      const update = !labelled && updated.test(lead);
      const stamped = labelled || update || byline.test(text);
      // A labelled date is ruled out only by what stands before its label: "Originally published June 12,
      // 2018" is a stamp, "originally published by the Gazette on May 1" a syndication note.
      const ruledOut = reject.test(labelled && own ? own.slice(0, at!.index) : before);
      if (ruledOut || (!stamped && rejectAfter.test(text.slice(h.index + h.length)))) continue;
      // A date run into other words by a hyphen or an underscore is part of a name: an image's file name
      // ("Screen-Shot-2024-05-02-at-10"), a slug or an identifier, not a date the page prints.
      if (/[\p{L}\p{N}][-_]$/u.test(before) || /^[-_][\p{L}\p{N}]/u.test(text.slice(h.index + h.length))) continue;
      const cues = zero();
      if (labelled) cues.label = 1;
      else if (update) cues.updated = 1;
      if (meta) cues.meta = 1;
      else if (prose) cues.prose = 1;
      if (firstByline >= 0 && Math.abs(i - firstByline) <= BYLINE_REACH) cues.byline = 1;
      if (headLine >= 0 && i > headLine && i - headLine <= HEADLINE_REACH) cues.headline = 1;
      if (h.timed) cues.timed = 1;
      if (headLine >= 0) {
        cues.above_headline = i < headLine ? 1 : 0;
        cues.dist_headline = Math.log1p(Math.abs(i - headLine));
      }
      // Today's date in a masthead ("Friday, May 5, 2023" in the page's header, far above the story's
      // title, with no label, byline or time) dates the visit, not the story.
      const masthead = meta && !labelled && !update && !h.timed && !cues.byline && headLine - i > HEADLINE_REACH && WEEKDAY.test(text);
      const score = cues.label * W.label + cues.updated * W.updated + cues.meta * W.meta - cues.prose * W.prose + cues.byline * W.byline + cues.headline * W.headline + cues.timed * W.timed;
      const expr = text.slice(h.index, h.index + h.length);
      if (masthead) {
        aside?.push({ iso: h.iso, line: l, score, cues });
        continue;
      }
      const c: Cand = { iso: dayFirst(expr, h.iso, pageDayFirst, cfg.zones, home), line: l, score, meta, i, cues, stamp: clockOf(expr), ...(!stamped && print !== undefined && { print }) };
      cands.push(c);
      prev = c;
      if (pair) gluedPair(pair, c);
    }
  });
  // A run of dates of different days close together is a list (related stories, archives, a feed).
  const day = (c: DateCandidate) => c.iso.slice(0, 10);
  // Prose dates (photo captions, sentences) do not make a list. A list prints its items' dates alike:
  // a stamp with a time of day over a list of bare dates (related stories) is not one of its items, nor a
  // bare date among comments stamped with times.
  const timedLists = listsOf(cands.filter((c) => c.meta && c.cues.timed));
  const bareLists = listsOf(cands.filter((c) => c.meta && !c.cues.timed));
  const listed = cands.map((c) => (c.cues.timed ? timedLists : bareLists)(c));
  const teasers = teaserRuns(cands);
  cands.forEach((c, k) => {
    if (listed[k] || !teasers.has(c)) return;
    listed[k] = true;
    c.cues.listed = 1;
    c.teaser = true;
  });
  cands.forEach((c, k) => {
    if (!listed[k] || c.teaser) return;
    c.score -= W.list;
    c.cues.listed = 1;
  });
  // The publication day tends to repeat across a page's meta blocks (top and foot of the story): the
  // same stamp again, or the day without its time. Stamps of one day at other times on other lines are
  // comments or a live feed's posts, which do not confirm each other.
  const perDay = new Map<string, Cand[]>();
  cands.forEach((c, k) => {
    if (!c.meta || listed[k]) return;
    const same = perDay.get(day(c));
    if (same) same.push(c);
    else perDay.set(day(c), [c]);
  });
  const confirms = (c: Cand, o: Cand) => o.line === c.line || c.stamp === undefined || o.stamp === undefined || o.stamp === c.stamp;
  for (const c of cands) {
    const same = perDay.get(day(c)) ?? [];
    // (A candidate off the meta lines counts one fewer, as when the count was the day's lines less itself.)
    c.cues.repeat = Math.max(0, same.filter((o) => o !== c && confirms(c, o)).length - (same.includes(c) ? 0 : 1));
    c.score += Math.min(W.repeatCap, c.cues.repeat * W.repeat);
  }
  return cands;
}

/**
 * Two dates of different days run together with no label of their own ("December 7, 2016March 9, 2021",
 * "Mar 3, 2022 9:40 AM Mar 8, 2022 4:15 PM") are a page's published and updated stamps, printed in
 * either order: the later day is the update. (Measured: the older day is the labelled one on 8 of the 9
 * pages of naeb-dev and silver-dev with such a pair beside the story's title; one more right, none lost.)
 */
function gluedPair(a: DateCandidate, b: DateCandidate): void {
  if (a.cues.label || a.cues.updated || b.cues.label || b.cues.updated) return;
  const [da, db] = [a.iso.slice(0, 10), b.iso.slice(0, 10)];
  if (da === db) return;
  const later = da > db ? a : b;
  later.cues.updated = 1;
  later.score += W.updated;
}

/**
 * How a line prints its dates: each date a mark (one for a date with a time of day, one without), each run of words (a title, with its own punctuation and
 * numbers) one mark, each number a digit, so that the items of a list of other stories print alike
 * ("• [ D ] w", "• w - D", "D 0" with a comment count) whatever their titles, and a story's stamp ("D")
 * prints unlike the list's items beside it.
 */
function printOf(text: string, hits: readonly { index: number; length: number; timed?: boolean }[]): string {
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.index) + (h.timed ? '\u0002' : '\u0001');
    at = h.index + h.length;
  }
  out += text.slice(at);
  return out
    .replace(/\p{L}(?:[^\u0001\u0002•·|[\]]*[\p{L}\p{N}?!)])?/gu, 'w')
    .replace(/\p{N}+/gu, '0')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Short lists the list rule (four lines or more) misses: two or three lines (not prose) within a list's
 * gap that print their dates alike but of other days, with no label, update or byline on them, are teasers of other
 * stories (related posts with their comment counts, a ticker of headlines, "11/13/19 9:00AM" over
 * "11/12/19 4:40PM"), not the story's stamp. A stamp printed twice (top and foot) gives one day; a
 * published and an updated stamp are labelled, if only by words the label patterns do not take ("Published
 * time:", "Edited time:"). Measured on naeb-dev and silver-dev: 4 of the rules' picks stood so, all wrong
 * (3 went to none, 1 to another wrong day), and 1 more page came right, its stamp no longer outnumbered by a
 * teaser run's repeats; none was right before.
 */
function teaserRuns(cands: readonly (DateCandidate & { print?: string })[]): Set<DateCandidate> {
  const out = new Set<DateCandidate>();
  const byPrint = new Map<string, DateCandidate[]>();
  for (const c of cands) {
    if (c.cues.prose || c.print === undefined || c.cues.byline) continue;
    const same = byPrint.get(c.print);
    if (same) same.push(c);
    else byPrint.set(c.print, [c]);
  }
  // A run: lines of one print, each within a list's gap of the next; it is a list when it gives two days or more.
  for (const same of byPrint.values())
    for (let k = 0; k < same.length; ) {
      let e = k + 1;
      while (e < same.length && same[e].line.n - same[e - 1].line.n <= LIST_GAP) e++;
      const run = same.slice(k, e);
      if (new Set(run.map((c) => c.line.n)).size > 1 && new Set(run.map((c) => c.iso.slice(0, 10))).size > 1) for (const c of run) out.add(c);
      k = e;
    }
  return out;
}

/** Which candidates stand in a list among `metaLines` (meta date candidates in line order). */
function listsOf(metaLines: DateCandidate[]): (c: DateCandidate) => boolean {
  // A list's items are close to each other; a meta line just below a list is not one of its items.
  // Meta candidates are in line order: each window is found by binary search, so long dumps stay linear-ish.
  const firstAtOrAfter = (n: number) => {
    let lo = 0;
    let hi = metaLines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (metaLines[mid].line.n < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A list's first and last items see fewer of its items within reach: a run of meta date lines, each
  // within a list's gap of the next, counts as one list however far it runs.
  const inRun = new Set<DateCandidate>();
  for (let k = 0; k < metaLines.length; ) {
    let e = k + 1;
    while (e < metaLines.length && metaLines[e].line.n - metaLines[e - 1].line.n <= LIST_GAP) e++;
    const run = metaLines.slice(k, e);
    if (new Set(run.map((o) => o.line.n)).size >= LIST_MIN_LINES) for (const o of run) inRun.add(o);
    k = e;
  }
  return (c) => {
    if (inRun.has(c)) return true;
    const from = firstAtOrAfter(c.line.n - LIST_REACH);
    const to = firstAtOrAfter(c.line.n + LIST_REACH + 1);
    if (to - from > 2 * LIST_REACH + 1) return true; // more date lines in the window than it has lines to spare: a list
    const near = metaLines.slice(from, to);
    const gap = Math.min(...near.filter((o) => o.line.n !== c.line.n).map((o) => Math.abs(o.line.n - c.line.n)));
    return new Set(near.map((o) => o.line.n)).size >= LIST_MIN_LINES && gap <= LIST_GAP;
  };
}

/** The time of day a date expression prints, in minutes after midnight (12-hour times read with am/pm). */
function clockOf(expr: string): number | undefined {
  const m = /(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*([ap])?\.?m?\b/iu.exec(expr);
  if (!m) return undefined;
  const h = m[3] ? (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0) : Number(m[1]);
  return h * 60 + Number(m[2]);
}

/** The lines of the page's paragraphs of reporting (as chrome judged them): 'head' for each one's first line,
 * 'tail' for the lines that continue it. */
function proseLines(file: VFile): Map<number, 'head' | 'tail'> {
  const out = new Map<number, 'head' | 'tail'>();
  for (const p of file.data.article?.paras ?? []) {
    if (p.kind !== 'prose') continue;
    p.lines.forEach((l, k) => out.set(l.n, k ? 'tail' : 'head'));
  }
  return out;
}

/** Index (in `ls`) of the line holding the headline, when the headline stage found one; else -1. */
function headlineIndex(file: VFile, ls: Line[]): number {
  const h = file.data.headline?.value;
  if (!h) return -1;
  const want = foldLine(h);
  // A long title wraps over two or three lines of the dump; its first line is where it stands.
  return ls.findIndex((l, i) => {
    let f = foldLine(l.text);
    for (let k = 1; f.length < want.length && want.startsWith(f) && k < 3 && ls[i + k]; k++) f = foldLine(`${f} ${ls[i + k].text}`);
    return f === want;
  });
}
