// The labelled-line source: a label line ("By", "Author:", "Written By") and the name on the next line (even
// when that line is a bio: only the leading name is taken), and the names after it, one per line.
import lexicon from '../../text/lexicon.js';
import { compile } from '../../config/spec.js';
import { findDates } from '../../text/dates.js';
import { lines, type Line } from '../../text/lines.js';
import { splitNames } from '../../text/names.js';
import type { Cfg, Ctx } from './context.js';
import { barename, givenAlone, people, writerShaped } from './people.js';
import { bylinePatterns } from './spec.js';
import { jobWordsOf, nameWordsOf, opensWithGiven, rulesOf } from './words.js';

/** Every label line ("Written By") with the name on the next line. */
export function labelledLines(ctx: Ctx): { names: string[]; line: Line }[] {
  const cfg = ctx.options.config.metadata.byline;
  const label = compile(cfg.label_pattern, bylinePatterns.label);
  const ls = lines(ctx.file);
  const cands: { names: string[]; line: Line }[] = [];
  for (const l of ls) {
    if (!label.test(l.text.trim().replace(/^[•·*-]\s*/u, ''))) continue;
    const next = ls.slice(l.n + 1, l.n + 4).find((x) => x.text.trim());
    if (!next) continue;
    // A label that is an item of a list ("• Author", "• Recent Posts") is a tab, and the next item its sibling tab.
    if (BULLET_ITEM.test(l.text) && BULLET_ITEM.test(next.text)) continue;
    const nextText = next.text.trim().replace(/^[•·*-]\s*/u, '');
    // "By" over "Ana": a one-word credit that is a known given name (givenAlone) counts too.
    const names = people(splitNames(nextText, rulesOf(cfg)).slice(0, 1), ctx);
    if (!names.length) names.push(...givenAlone(nextText, ctx));
    if (!names.length && dashDated(ls, next.n, ctx)) names.push(...boxCredit(nextText, cfg));
    if (!names.length) continue;
    const joined = listedAfter(ls, next.n, cfg, ctx);
    cands.push({ names: [...names, ...(joined.length ? joined : namesUnder(ls, next.n, names[0], cfg, ctx))], line: l });
  }
  return cands;
}

const BULLET_ITEM = /^\s*[•·*]\s/u;

/**
 * True when the credit on line `n` is followed by a line that is only a dash, then the story's date: a
 * credit box as a theme lays it out ("By" / "Harbor Gazette" / "-" / "April 9, 2017"), where the credit is
 * the writer's whatever its shape.
 */
function dashDated(ls: Line[], n: number, ctx: Ctx): boolean {
  const [dash, day] = ls.slice(n + 1, n + 6).filter((x) => x.text.trim());
  return !!dash && !!day && /^\s*[-–—]\s*$/u.test(dash.text) && findDates(day.text, ctx.options.config.metadata.date.zones).length > 0;
}

/**
 * The credit of such a box, as written: a few capitalised words ("The Harbor Gazette", "Harbor Staff"), or
 * one the lexicon does not know as an English word ("Zarekin").
 */
function boxCredit(t: string, cfg: Cfg): string[] {
  const names = splitNames(t, rulesOf(cfg), { explicit: true });
  if (names.length) return names;
  const credit = t.trim();
  if (!BOX_CREDIT.test(credit)) return [];
  return credit.includes(' ') || !Object.hasOwn(lexicon, credit.toLowerCase()) ? [credit] : [];
}
/** One to four capitalised words, no digits or marks beyond a name's. */
const BOX_CREDIT = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** A line that only joins two names of a credit, as w3m prints each author's link on a line of its own. */
const JOINER = /^\s*(?:and|&|,|, and)\s*$/iu;
/**
 * The further names of a credit laid out one per line after a label ("By" / "Ana Ruiz" / "and" /
 * "Tom Pell"): each joined to the one before by a line that is only "and", "&" or a comma.
 */
function listedAfter(ls: Line[], from: number, cfg: Cfg, ctx: Ctx): string[] {
  const more: string[] = [];
  for (let n = from + 1; more.length < 5; ) {
    const join = ls.slice(n, n + 2).find((x) => x.text.trim());
    if (!join || !JOINER.test(join.text)) break;
    const name = ls.slice(join.n + 1, join.n + 3).find((x) => x.text.trim());
    const got = name ? people(splitNames(name.text.trim(), rulesOf(cfg)).slice(0, 1), ctx) : [];
    if (!name || !got.length) break;
    more.push(got[0]);
    n = name.n + 1;
  }
  return more;
}

/**
 * The further names of a credit laid out one per line right under the first after a label, with no blank
 * line or joiner between them ("By" / "Ana RuizNews Reporter" / "Tom Pell" / "Eve Lund"): each line a bare
 * name of a person and nothing else but a job title.
 */
function namesUnder(ls: Line[], from: number, first: string, cfg: Cfg, ctx: Ctx): string[] {
  const given = nameWordsOf(ctx.options).given;
  const seen = new Set([first.toLowerCase()]);
  const more: string[] = [];
  for (let n = from + 1; n < ls.length && more.length < 5; n++) {
    const t = ls[n].text.trim();
    const got = t ? people(barename(t, cfg) ?? [], ctx) : [];
    if (got.length !== 1) break;
    // The same name again is its avatar's alt text or its bio's first words; a further name opens with a
    // known given name or is shaped as a person's with no word the lexicon knows ("Ana Ruiz" / "Full Bio" is
  // the name and a button).
    if (seen.has(got[0].toLowerCase())) continue;
    const shaped = writerShaped(got[0], ctx, jobWordsOf(cfg)) && got[0].split(/\s+/u).every((w) => !Object.hasOwn(lexicon, w.toLowerCase()));
    if (!opensWithGiven(got[0], given) && !shaped) break;
    seen.add(got[0].toLowerCase());
    more.push(got[0]);
  }
  return more;
}
