// The by-line source: every line opening with a byline cue (by-names.ts), those that may be the story's own
// (not a teaser's, a river's or a sentence's "by"), and of them the one nearest the publication date line.
import { findDates } from '../../text/dates.js';
import { lines, type Line } from '../../text/lines.js';
import { withoutImages } from './box.js';
import { besideDate } from './beside-date.js';
import { byNames } from './by-names.js';
import { articleOf, pick, type Ctx, type Hit } from './context.js';
import { WRAPPED } from './layout.js';
import { nameWordsOf, notNamesOf } from './words.js';

/**
 * True when `l` carries on the sentence of the line before it: that line is long prose cut by the dump's
 * wrapping (no full stop, colon or closing quote at its end), so a "by" opening `l` is the sentence's
 * ("... is played" / "by Ana Ruiz, a terrific actress"), not a credit.
 */
function continues(prev: Line | undefined, l: Line): boolean {
  // "by Ana" or, glued to the next word as w3m may print a sentence's "by" ("ByHarbor. Attackers ..."), "ByHarbor".
  if (!prev || !/^\s*(?:by\s|By\p{Lu}|By\s)/u.test(l.text)) return false;
  const p = prev.text.trimEnd();
  if (p.trim().length < WRAPPED || !/[\p{Ll},;]$/u.test(p)) return false;
  // Two full-width lines in a row, whatever the case of the "By": a paragraph wrapped by the dump, such as
  // a river of title-case teasers ("... From Christmas Tree" / "By Harbor Council, Townspeople Protest With ...").
  if (l.text.trim().length >= WRAPPED) return true;
  return !/^\s*By\s/u.test(l.text) && /\p{Ll}\s+\p{Ll}+\s+\p{Ll}/u.test(p);
}

/** Every line that opens with a byline cue, with its names. */
export function byLines(ctx: Ctx): { names: string[]; line: Line }[] {
  const cfg = ctx.options.config.metadata.byline;
  const grammar = { zones: ctx.options.config.metadata.date.zones, given: nameWordsOf(ctx.options).given, places: notNamesOf(ctx.options) };
  const cands: { names: string[]; line: Line }[] = [];
  const ls = lines(ctx.file);
  for (const l of ls) {
    if (!l.text.trim() || l.text.length > 400) continue;
    if (continues(ls[l.n - 1], l)) continue;
    const names = byNames(withoutImages(l.text), cfg, grammar);
    if (names?.length) cands.push({ names, line: l });
  }
  return cands;
}

/**
 * True when a by-line carries a date or an age of its own ("Oct 2, 2025 by A | Travel", "By A, 1h ago")
 * that is not the story's day (a line dated like the story is the story's own meta line).
 */
function dated(l: Line, ctx: Ctx): boolean {
  if (!/\d/u.test(l.text)) return false;
  if (CARD_AGE.test(l.text)) return true;
  const day = ctx.file.data.date?.value?.slice(0, 10);
  return findDates(l.text, ctx.options.config.metadata.date.zones).some((h) => h.iso.slice(0, 10) !== day);
}
const CARD_AGE = /\d\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b/iu;

/**
 * The by-lines that may be the story's own. A by-line dated on its own line, away from the line the story's
 * date was taken from, credits another story (a teaser card, a related post); with no story date, by-lines
 * dated on their lines that credit different people are a list of stories (a river), none of them this one's.
 */
function ownByLines<T extends { names: string[]; line: Line }>(all: T[], ctx: Ctx): T[] {
  const cands = outsideRivers(all);
  const reach = ctx.options.config.metadata.byline.date_reach;
  // A date read from a river's by-line is a teaser's date, not the story's: it places nothing.
  const d = all.some((c) => c.line.n === ctx.dateLine && !cands.includes(c)) ? undefined : ctx.dateLine;
  if (d !== undefined) {
    // Under the article's last line, far from the story's date, by-lines crediting two or more people
    // are a list of the stories after it (a blog's own "Posted by" under its post credits one).
    const last = articleOf(ctx.file)?.last;
    const tail = last === undefined || d > last ? [] : cands.filter((c) => c.line.n > last && Math.abs(c.line.n - d) > reach);
    const listed = new Set(tail.map((c) => c.names.join('|'))).size >= 2 ? new Set(tail) : new Set<T>();
    return cands.filter((c) => Math.abs(c.line.n - d) <= reach || (!dated(c.line, ctx) && !listed.has(c)));
  }
  const withDates = cands.filter((c) => dated(c.line, ctx));
  return new Set(withDates.map((c) => c.names.join('|'))).size > 1 ? cands.filter((c) => !withDates.includes(c)) : cands;
}

/**
 * The by-lines that stand in no river: a run of by-lines, each within RIVER_GAP lines of the next, that
 * credits RIVER_PEOPLE or more different people is a list of stories (teasers, related posts, comments),
 * and none of its credits is this story's.
 */
function outsideRivers<T extends { names: string[]; line: Line }>(cands: T[]): T[] {
  const sorted = [...cands].sort((a, b) => a.line.n - b.line.n);
  const river = new Set<T>();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].line.n - sorted[j].line.n <= RIVER_GAP) j++;
    const run = sorted.slice(i, j + 1);
    if (new Set(run.map((c) => c.names.join('|'))).size >= RIVER_PEOPLE) for (const c of run) river.add(c);
    i = j + 1;
  }
  return cands.filter((c) => !river.has(c));
}
const RIVER_GAP = 20;
const RIVER_PEOPLE = 3;

/**
 * The by-line nearest the date line; but a by-line far from it (a menu's or a teaser's) yields to a name
 * standing on the date line itself or right next to it ("Ana Ruiz December 18, 2025").
 */
export function nearBy(ctx: Ctx): Hit | undefined {
  const reach = ctx.options.config.metadata.byline.date_reach;
  const hit = pick(ownByLines(byLines(ctx), ctx), ctx, reach);
  if (!hit || ctx.dateLine === undefined || Math.abs(hit.line.n - ctx.dateLine) <= reach) return hit;
  const beside = besideDate(ctx);
  return beside?.line && Math.abs(beside.line.n - ctx.dateLine) <= 1 ? undefined : hit;
}
