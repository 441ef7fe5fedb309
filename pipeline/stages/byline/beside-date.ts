// The beside-date source: a name standing alone on a line next to the publication date line, or opening it
// ("Ana Ruiz December 22, 2023", "Ana Ruiz   HARBOR TODAY"), or in a later cell of the date's line.
import lexicon from '../../text/lexicon.js';
import { findDates, type ZoneTable } from '../../text/dates.js';
import { isDoubled } from '../../text/doubled.js';
import { lines, type Line } from '../../text/lines.js';
import { splitNames, unglue } from '../../text/names.js';
import { boxText } from './box.js';
import { compile } from '../../config/spec.js';
import { articleOf, headLineOf, type Ctx, type Hit } from './context.js';
import { commentsAbove, commenter, fullFormAbove, ownOutlet, underCaption } from './not-credit.js';
import { bylinePatterns } from './spec.js';
import { inMenu, inTopicList, underOtherCredit, wrappedOn } from './layout.js';
import { barename, givenAlone, people, recurs, writerShaped } from './people.js';
import { jobWordsOf, markWordsOf, nameWordsOf, norm, notNamesOf, opensWithGiven, rulesOf, wordsOf } from './words.js';

/** A name beside the publication date line: on it, just over or under it, or further when it recurs. */
export function besideDate(ctx: Ctx): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  if (ctx.dateLine === undefined) return undefined;
  const ls = lines(ctx.file);
  // A date read inside a wrapped paragraph (a river of teasers, prose) stands on no meta line.
  if (wrappedOn(ls, ctx.dateLine) || (ls[ctx.dateLine + 1] && wrappedOn(ls, ctx.dateLine + 1))) return undefined;
  const zones = ctx.options.config.metadata.date.zones;
  const reach = cfg.beside_date_reach;
  // Nearest lines first: the date line itself, then one above, one below, two above ... Further
  // away (up to far_reach), a name must recur on the page (author box, bio) to count.
  const far = cfg.beside_date_far_reach;
  const titles = wordsOf(cfg, 'title_words', 'not_names');
  // A job-title line between the name and the date ("Senior Editor") does not count as distance.
  const titleOnly = (l?: Line) => !!l && /\p{L}/u.test(l.text) && (l.text.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => titles.has(w));
  const markOnly = (l?: Line) => !!l && !!l.text.trim() && (!/\p{L}/u.test(l.text) || /^\s*@[\w.]{2,30}\s*$/u.test(l.text));
  const order = [0, ...Array.from({ length: far }, (_, i) => [-(i + 1), i + 1]).flat()];
  const headLine = headLineOf(ctx.file);
  // Under a comments heading the date taken is a comment's, and the names by it commenters'.
  const from = Math.max(headLine ?? 0, articleOf(ctx.file)?.first ?? 0);
  const comments = commentsAbove(ls, ctx.dateLine + far, compile(cfg.comments_heading_pattern, bylinePatterns.commentsHeading), from);
  const given = nameWordsOf(ctx.options).given;
  const outlet = ctx.file.data.outlet?.value;
  const sections = new Set<string>();
  for (const off of order) {
    const l = ls[ctx.dateLine + off];
    // The headline's own line is the title (a caption the headline stage took, "Ana Ruiz and Tom Pell"), no credit.
    if (!l || !l.text.trim() || titleOnly(l) || l.n === headLine) continue;
    let between = 0;
    // Nor does a line of marks with no letters (a rule, an icon, a "|" cell) or a lone handle.
    for (let k = Math.min(0, off) + 1; k < Math.max(0, off); k++) if (titleOnly(ls[ctx.dateLine + k]) || markOnly(ls[ctx.dateLine + k])) between++;
    const distant = Math.abs(off) - between > reach;
    const bullet = /^[•·*□○■☆-]/u.test(l.text.trim());
    if (distant && bullet) continue; // far from the date, a list item is a menu or a teaser
    // Near it, an item of a list with no date or handle in it is a menu's or a gallery's.
    if (bullet && inMenu(ls, l.n, (x) => x.includes('@') || (/\d/u.test(x) && findDates(x, zones).length > 0))) continue;
    let t = unglue(boxText(l.text)).replace(/^[•·*□○■☆-]\s*/u, '');
    const d = findDates(t, zones)[0];
    // The name before the date, or after it when the line opens with the date ("Dec 17, 2025Ana Ruiz").
    // A cell mark between the name and the date goes with the date ("Ana Ruiz•Oct 20, 2025").
    if (d) t = t.slice(0, d.index).trim() ? t.slice(0, d.index).replace(/[\s|•·–—-]+$/u, '') : afterDates(t.slice(d.index + d.length), zones);
    if (t.length > cfg.max_line_chars) continue; // a caption or a sentence, not a credit
    if (/^["“‘']/u.test(t)) continue; // a quotation, not a credit
    if (isDoubled(t)) continue; // a caption or a card printed twice ("Ana Ruiz and Tom Pell Ana Ruiz and Tom Pell"), no credit
    if (inTopicList(ls, l.n, titleOnly, headLine) || wrappedOn(ls, l.n)) continue;
    if (underOtherCredit(ls, l.n)) continue;
    if (tagList(t, ctx) || sections.has(norm(t))) continue;
    if (crumb(ls, l.n, t)) {
      sections.add(norm(t)); // and the breadcrumb's item itself, further from the date
      continue;
    }
    // A picture's credit under its caption; the outlet's own name by the date.
    if (underCaption(ls, l.n, headLine)) continue;
    const read = nameList(t, ctx) ?? people(barename(t, cfg, notNamesOf(ctx.options)) ?? [], ctx);
    if (read.length === 1 && ownOutlet(read[0], outlet, given)) continue;
    // A commenter's name by the comment's date.
    if (read.length && commenter(read, l.n, comments, String(ctx.file.value), ls)) continue;
    // A short form ("A. Ruiz") under the full name: the full name.
    const names = read.length === 1 ? [fullFormAbove(ls, l.n, read[0]) ?? read[0]] : read;
    if (names.length && (!distant || recurs(names[0], String(ctx.file.value)))) return { names, line: l };
    if (off === 0 && d) {
      const cell = cellName(t, ctx);
      if (cell.length) return { names: cell, line: l };
    }
    // "Ana" over the date or before it on its line: a blog's one-word credit, a known given name.
    const one = off >= -1 && off <= 0 ? givenAlone(t, ctx) : [];
    if (one.length) return { names: one, line: l };
  }
  return undefined;
}

/** The text after the dates a line opens with, one after another ("Dec 1, 2025Dec 8, 2025Ana Ruiz": published, updated). */
function afterDates(t: string, zones: ZoneTable): string {
  for (let k = 0; k < 3; k++) {
    t = t.replace(/^[\s|•·,/–—-]+/u, '');
    const d = /\d/u.test(t.slice(0, 24)) ? findDates(t, zones).find((x) => x.index === 0) : undefined;
    if (!d) break;
    t = t.slice(d.length);
  }
  return t;
}

/**
 * True when the line with words right above line `n` is a list item reading `t` as well, after another
 * item: a breadcrumb's last item ("• Home" / "• Harbor Notes" / "Harbor Notes" / "Posted on ...", or
 * numbered: " 1. >> home" / " 2. >> Harbor Notes"), the section's or the page's title, not a writer.
 */
function crumb(ls: Line[], n: number, t: string): boolean {
  const above = wordsAbove(ls, n);
  if (!above || !ITEM.test(above.text) || above.text.replace(ITEM, '').trim() !== t.trim()) return false;
  // The trail's item before it: a byline box printed as a list ("• Ana Ruiz" / "Ana Ruiz") follows no item.
  const before = wordsAbove(ls, above.n);
  return !!before && ITEM.test(before.text);
}
// A bullet, or an ordered list's number and the trail's arrow as w3m prints them (" 3. >> Harbor Notes").
const ITEM = /^\s*(?:[•·*□○■☆-]|\d{1,2}\.(?:\s+(?:>>|»|›|>))?)\s*/u;
/** The nearest line with words within three lines above line `n`. */
const wordsAbove = (ls: Line[], n: number) => ls.slice(Math.max(0, n - 3), n).reverse().find((x) => /\p{L}/u.test(x.text));

/**
 * True when `t` is a post's categories, as blogs print them by the date ("Harbor Notes, Technology"): comma
 * parts, the first opening with no known given name, each later one a single everyday word (one the lexicon
 * knows, as no proper noun, no job-title or organisation word), where a credit has a title, an
 * employer or a place.
 */
function tagList(t: string, ctx: Ctx): boolean {
  const parts = t.split(/\s*,\s*/u).filter(Boolean);
  if (parts.length < 2 || opensWithGiven(parts[0], nameWordsOf(ctx.options).given)) return false;
  const cfg = ctx.options.config.metadata.byline;
  const marks = markWordsOf(cfg);
  return parts.slice(1).every((p) => {
    const w = p.toLowerCase();
    const tag = lexicon[w]?.[0];
    return /^\p{Lu}\p{Ll}+$/u.test(p) && tag !== undefined && !/^NNPS?$/u.test(tag) && !marks.has(w) && !notNamesOf(ctx.options).has(p);
  });
}

/**
 * The names of a line that lists two or more people parted by commas and "&" / "and", then at most an
 * affiliation or a job title ("Ana Ruiz, Tom Pell, Harbor University"; "Ana Ruiz, Tom Pell & Eve Lund"),
 * else undefined. Each listed part is a person's name and nothing else; no word stands in two of them (a
 * caption printed twice, "Ana Ruiz and Tom Pell Ana Ruiz and Tom Pell", lists no writers).
 */
function nameList(t: string, ctx: Ctx): string[] | undefined {
  const cfg = ctx.options.config.metadata.byline;
  const parts = t.split(/\s*(?:,|&|\band\b)\s*/u).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p)) return undefined;
  const marks = markWordsOf(cfg);
  const names: string[] = [];
  for (const [i, p] of parts.entries()) {
    const n = names.length === i ? people(splitNames(p, rulesOf(cfg)), ctx) : [];
    // A part in capitals after a name in mixed case is an outlet's ("Ana Ruiz, HARBOR TODAY").
    const caps = i > 0 && !/\p{Ll}/u.test(p) && /\p{Ll}/u.test(parts[0]);
    if (n.length === 1 && norm(n[0]) === norm(p) && !caps) {
      names.push(n[0]);
      continue;
    }
    // After the names, an affiliation or a title: a part holding an organisation or a job-title word.
    if (names.length < 2 || !(p.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => marks.has(w))) return undefined;
  }
  const words = names.flatMap((n) => n.toLowerCase().split(/\s+/u));
  return names.length >= 2 && new Set(words).size === words.length ? names : undefined;
}

/**
 * The name standing in a later cell of the date's own line, its cells parted by marks: "Dec 3, 2025 ·
 * 12 min · 2480 words · Ana Ruiz", "12/03/2025 • Weekly Notes • Ana Ruiz", "Dec 3, 2025 at 11:00 | Ana
 * Ruiz" (the first cell, read whole, gave none). Only a name with a known given name or shaped as a
 * person's counts: a meta line's other cells are sections, reading times and counts.
 */
function cellName(t: string, ctx: Ctx): string[] {
  const cfg = ctx.options.config.metadata.byline;
  const given = nameWordsOf(ctx.options).given;
  const titles = jobWordsOf(cfg);
  const cells = t.split(/\s*[|•·]\s*/u).map((c) => c.trim()).filter(Boolean);
  for (const c of cells.slice(1)) {
    const names = people(barename(c, cfg) ?? [], ctx).filter((n) => given.has(n.split(/\s+/u)[0].toLowerCase()) || writerShaped(n, ctx, titles));
    if (names.length) return names;
  }
  return [];
}
