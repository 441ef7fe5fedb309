// Byline: the people credited with writing the article. Sources, most reliable first:
//   by-line        "By A and B", "By: A, B - @site", "Written by A", "| By A", "BatyBy A" (glued cells),
//                  the one nearest the publication date line (else the first on the page);
//   labelled-line  a label line ("By", "Author:", "Written By") and the name on the next line (even when
//                  that line is a bio: only the leading name is taken), and the names after it one per
//                  line, each after a line that is only "and" or a comma;
//   beside-date    a name standing alone on a line next to the publication date line, or opening it
//                  ("Stephen Edelstein December 22, 2023", "Elizabeth Flores   USA TODAY");
//   template-slot  a name printed on the line of an unrendered "{{...author...}}" placeholder;
//   byline-box     a name the lines around it mark as the writer's: a handle, a job title after a comma,
//                  the story's age or a job title under it (byline/box.ts).
// A by-line's or a beside-date name's co-writers on the lines after it, in the credit's own layout, join
// it (byline/coauthors.ts); so do names listed on the line ("Ana Ruiz, Tom Pell & Eve Lund").
// Images w3m prints before a credit ("[headshot] by A", "Picture of A A") are not part of it.
// A wire credit standing alone ("By Associated Press") is kept as written; beside a person it is dropped.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asStringList, firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { bylinePatterns, bylineSpec } from './byline/spec.js';
import { bylineFeatures, type NameWords } from './byline/features.js';
import { everydayWords } from './byline/everyday.js';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { nameKey } from './outlet/names.js';
import { findDates, type ZoneTable } from '../text/dates.js';
import { lines, pointAt, type Line } from '../text/lines.js';
import { splitNames, unglue, unglueMails } from '../text/names.js';
import { markSpan } from '../text/spans.js';
import type { Found } from '../types.js';
import { rankFeatures, type Candidate, type PageView } from './byline/candidates.js';
import { boxText, bylineBox, withoutImages } from './byline/box.js';
import { underHeadline } from './byline/under-head.js';
import { coAuthors } from './byline/coauthors.js';
import { decide, rankTop, type Ranker } from './confidence/rank.js';
import rankerJson from './byline/ranker.json' with { type: 'json' };
import type { StageOptions } from './options.js';

export { bylineSpec };

type Cfg = StageOptions['config']['metadata']['byline'];
export interface Ctx {
  file: VFile;
  options: StageOptions;
  /** Line number of the publication date the date stage took, if any. */
  dateLine?: number;
}
type Hit = { names: string[]; line?: Line };

const rulesOf = (cfg: Cfg) => ({ not_names: cfg.not_names, title_words: cfg.title_words, org_words: cfg.org_words, max_words_per_name: cfg.max_words_per_name, desk_words: cfg.desk_words, given_abbreviations: cfg.given_abbreviations });

const compiled = new WeakMap<Cfg, { gluedBy: RegExp; by: RegExp }>();
/** The byline patterns, compiled once per config (the by-line source tries them on every line). */
function patternsOf(cfg: Cfg) {
  let p = compiled.get(cfg);
  if (!p) compiled.set(cfg, (p = { gluedBy: compile(cfg.glued_by_pattern, bylinePatterns.gluedBy), by: compile(cfg.by_pattern, bylinePatterns.by) }));
  return p;
}

/** What the byline grammar may also use: the date patterns (a credit after a date) and given names (a one-word credit). */
export interface ByGrammar {
  zones?: ZoneTable;
  given?: ReadonlySet<string>;
}

/** Names after a "By" on line `t`, or undefined when the line has no byline cue. */
export function byNames(t: string, cfg: Cfg, g: ByGrammar = {}): string[] | undefined {
  // An avatar's alt text, then the byline: "Matt Asay By Matt Asay".
  // After a bullet, the avatar's alt text may say whose picture it is ("• Picture of Ana Ruiz By Ana Ruiz").
  const twice = t.includes(' By ') ? /^\s*(?:[•·*-]\s*)?(?:(?:picture|photo|image|avatar|headshot|portrait) of\s+)?(\p{Lu}.{2,60}?)\s+By\s+\1\s*$/iu.exec(t) : null;
  if (twice) t = 'By ' + twice[1];
  // A credit after the story's date or age: "Oct 30 2020 by Ana Ruiz", "Posted 3 hours ago by Ana Ruiz".
  t = afterDate(t, g.zones);
  const { gluedBy, by } = patternsOf(cfg);
  const glued = gluedBy.exec(t);
  if (glued) t = t.slice(glued.index + glued[0].length);
  const m = glued ? { index: 0, 0: '' } : (by.exec(t) ?? sectionBy(t) ?? sentenceBy(t));
  if (!m) return undefined;
  // The name twice, as an avatar's alt text and the name ("Ana Ruiz Ana Ruiz"): once. An image between
  // the label and the name ("Written by:[headshot]Ana Ruiz") is no part of it.
  const rest = unglue(t.slice(m.index + m[0].length).replace(IMAGE_IN, ' ')).replace(TWICE, '$1');
  if (!rest.trim()) return undefined;
  const names = splitNames(rest, rulesOf(cfg), { explicit: true });
  if (names.length) return names;
  // "by ana ruiz": a credit in lower case, two or three words the lexicon does not know, nothing after them.
  const low = LOWER_CREDIT.exec(rest);
  if (low && low[1].split(/\s+/u).every((w) => !Object.hasOwn(lexicon, w))) return splitNames(low[1].replace(/\p{Ll}+/gu, (w) => w[0].toUpperCase() + w.slice(1)), rulesOf(cfg), { explicit: true });
  return oneName(rest, g.given);
}
const LOWER_CREDIT = /^\s*(\p{Ll}{2,}(?:\s\p{Ll}{2,}){1,2})\s*$/u;
const TWICE = /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+\1(?=$|[\s,|•·])/u;
const CLOCK = /^\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4}\b)?\s*/u;
const AGE = /^\s*(?:posted|published|updated)\s+\d{1,2}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s+(?=by\b)/iu;

/**
 * "Movies By Ana Ruiz | March 28, 2017": a section's name (one or two nouns), then "By" with a capital,
 * then the credit and a cell mark or a digit (the story's date). Not a craft ("Photo By", "Video By")
 * nor a verb ("Powered By", "Stand By").
 */
function sectionBy(t: string): RegExpExecArray | null {
  const m = SECTION_BY.exec(t);
  if (!m || !CELL_OR_DAY.test(t.slice(m[0].length))) return null;
  const ws = m[1].toLowerCase().split(/\s+/u);
  return ws.every((w) => /^NNS?$/u.test(lexicon[w]?.[0] ?? '') && !CRAFT.test(w)) ? m : null;
}
const SECTION_BY = /^\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+By\s+(?=\p{Lu})/u;
const CRAFT = /^(?:photo|image|picture|icon|logo|illustration|video|graphic|art|artwork|design|map|chart|film|footage|audio|cartoon|drawing|animation|interview|review|edit|translation)s?$/u;
/** After the credit, a cell mark or a month's day ("| March 28", "Mar 28, 2017"): a meta line, not an image's credit. */
const CELL_OR_DAY = /[|•·]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d/iu;

/**
 * "... beyond the coast. By Ana Ruiz on Dec. 19, 2025": a standfirst's last sentence, then the credit
 * with a capital "By" and "on" the story's day (a sentence's own "By" has no day after the name).
 */
function sentenceBy(t: string): RegExpExecArray | null {
  const m = SENTENCE_BY.exec(t);
  return m && ON_DAY.test(t.slice(m.index + m[0].length)) ? m : null;
}
const SENTENCE_BY = /(?<=\p{Ll}[.!?]["”’]?)\s+By\s+(?=\p{Lu})/u;
const ON_DAY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b/iu;
/** An image as w3m prints it, inside a line: "[headshot]". */
const IMAGE_IN = /\[[^\]\n]{0,60}\]/gu;

/** The line from its "by" on when the line opens with a date or an age and a "by" follows it. */
function afterDate(t: string, zones?: ZoneTable): string {
  const age = AGE.exec(t);
  if (age) return t.slice(age[0].length);
  if (!zones || !/\d/u.test(t.slice(0, 40))) return t;
  // "5:45 AM PST 11/19/2019 by Ana Ruiz": the clock time may stand before the day.
  const from = CLOCK.exec(t)?.[0].length ?? 0;
  let at = from;
  // "December 10, 2021April 9, 2019 by Ana Ruiz": dates one after another, then the credit.
  for (let k = 0; k < 3; k++) {
    const d = findDates(t.slice(at), zones).sort((a, b) => a.index - b.index)[0];
    if (!d || t.slice(at, at + d.index).trim()) break;
    at += d.index + d.length;
  }
  if (at === from) return t;
  const rest = /^[\s/|,–—-]*(?=by\b)/iu.exec(t.slice(at));
  return rest ? t.slice(at + rest[0].length) : t;
}

/** A one-word credit after "By" that is a given name ("By Kristin", "by Kay 24 Comments"), else none. */
function oneName(rest: string, given?: ReadonlySet<string>): string[] {
  const m = /^\s*(\p{Lu}\p{Ll}+)(.*)$/u.exec(rest);
  if (!m) return [];
  // A word no list knows as a given name counts when the lexicon knows it as no English word and a date
  // or a cell follows it ("by Zarek | On 8 Apr", "by Zarek December 6, 2017"), not nothing.
  const dated = /^\s*[|•·]|^\s+\d/u.test(m[2]) || MONTH_DAY_NEXT.test(m[2]);
  // A month or a weekday opens a sentence's date instead ("By July 2013, the show ...").
  if (!given?.has(m[1].toLowerCase()) && !(dated && !Object.hasOwn(lexicon, m[1].toLowerCase()) && !CALENDAR_WORD.test(m[1]))) return [];
  // Then nothing, a cell, a handle, a place or a date: not the first word of a longer credit.
  return /^\s*$|^\s*[|,(•·@]|^\s+(?:on|at|in)\b|^\s+\d/u.test(m[2]) || MONTH_DAY_NEXT.test(m[2]) ? [m[1]] : [];
}

/** A month and a day next ("December 6, ...", "Dec. 6"). */
const MONTH_DAY_NEXT = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d/iu;

/** A month's or a weekday's name, whole or short. */
const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/** Of several candidates, the one nearest the date line (within reach), else the first. */
function pick<T extends { line: Line }>(cands: T[], ctx: Ctx, reach: number): T | undefined {
  if (!cands.length) return undefined;
  if (ctx.dateLine === undefined) return cands[0];
  const d = ctx.dateLine;
  const near = cands.filter((c) => Math.abs(c.line.n - d) <= reach).sort((a, b) => Math.abs(a.line.n - d) - Math.abs(b.line.n - d) || a.line.n - b.line.n);
  return near[0] ?? cands[0];
}

/**
 * The first line where `pattern` holds and its group 1 is a bare name (a byline box as w3m renders it).
 * With `cells`, not a row of a table: a line right above or under it parted into cells by a wide gap too
 * ("Eye Color   Green" under "Height   5' 3"" is a profile's table, not a name and an outlet).
 */
function nameOnLine(ctx: Ctx, pattern: RegExp, cells = false): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  const ls = lines(ctx.file);
  for (const l of ls) {
    const m = pattern.exec(l.text);
    if (!m) continue;
    if (cells && (TABLE_ROW.test(ls[l.n - 1]?.text ?? '') || TABLE_ROW.test(ls[l.n + 1]?.text ?? ''))) continue;
    const names = people(barename(m[1], cfg) ?? [], ctx);
    if (names.length) return { names, line: l };
  }
  return undefined;
}

/** Two cells of a table row as w3m lays them out: words, a gap of three spaces or more, words. */
const TABLE_ROW = /\S[ \t]{3,}\S/u;

/**
 * True when `l` carries on the sentence of the line before it: that line is long prose cut by the dump's
 * wrapping (no full stop, colon or closing quote at its end), so a "by" opening `l` is the sentence's
 * ("... is played" / "by Ana Ruiz, a terrific actress"), not a credit.
 */
function continues(prev: Line | undefined, l: Line): boolean {
  // "by Ana" or, glued to the next word as w3m may print a sentence's "by" ("ByHarbor. Attackers ..."), "ByHarbor".
  if (!prev || !/^\s*(?:by\s|By\p{Lu})/u.test(l.text)) return false;
  const p = prev.text.trimEnd();
  return p.trim().length >= WRAPPED && /[\p{Ll},;]$/u.test(p) && /\p{Ll}\s+\p{Ll}+\s+\p{Ll}/u.test(p);
}
/** Shortest line that reads as wrapped prose (dumps wrap at 72-100 columns). */
const WRAPPED = 60;

/** Every line that opens with a byline cue, with its names. */
function byLines(ctx: Ctx): { names: string[]; line: Line }[] {
  const cfg = ctx.options.config.metadata.byline;
  const grammar = { zones: ctx.options.config.metadata.date.zones, given: nameWordsOf(ctx.options).given };
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

/** Every label line ("Written By") with the name on the next line. */
function labelledLines(ctx: Ctx): { names: string[]; line: Line }[] {
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
    if (!names.length) continue;
    const joined = listedAfter(ls, next.n, cfg, ctx);
    cands.push({ names: [...names, ...(joined.length ? joined : namesUnder(ls, next.n, names[0], cfg, ctx))], line: l });
  }
  return cands;
}

const BULLET_ITEM = /^\s*[•·*]\s/u;

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

/** A template's placeholder left unrendered ("{{article.author.name}}"), with the template's own text glued after it ("}}Voice"). */
const PLACEHOLDER = /\{\{[^{}\n]{1,80}\}\}\S*/gu;
/** A placeholder whose key names the writer's slot: "{{author}}", "{{ byline }}", "{{block.display_author.name}}". */
const WRITER_SLOT = /\{\{[^{}\n]*(?<!\p{L})(?:author|byline|writer|contributor)(?!\p{L})[^{}\n]*\}\}/iu;
/**
 * A name printed on the line of an unrendered placeholder that holds the writer's slot: "{{block.author.name}}Desk
 * Ana Ruiz ," is a template whose author box the page filled in as text (the placeholder, and the template's
 * text glued to it, are no part of the name). A line that is only placeholders names nobody.
 */
function templateSlot(ctx: Ctx): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  for (const l of lines(ctx.file)) {
    if (!l.text.includes('{{') || !WRITER_SLOT.test(l.text)) continue;
    const t = l.text.replace(PLACEHOLDER, ' ').replace(/[\s,;|]+$/u, '').trim();
    if (!t) continue;
    const names = people(barename(t, cfg) ?? [], ctx);
    if (names.length) return { names, line: l };
  }
  return undefined;
}

/** Every line matching `pattern` whose group 1 is a bare name. */
function namesOnLines(ctx: Ctx, pattern: RegExp): { names: string[]; line: Line }[] {
  const cfg = ctx.options.config.metadata.byline;
  const out: { names: string[]; line: Line }[] = [];
  for (const l of lines(ctx.file)) {
    const m = pattern.exec(l.text);
    const names = m && barename(m[1], cfg);
    if (names) out.push({ names, line: l });
  }
  return out;
}

const sources: Source<Ctx, Hit>[] = [
  { name: 'by-line', find: (ctx) => withCoAuthors(nearBy(ctx), ctx) },
  { name: 'labelled-line', find: (ctx) => pick(labelledLines(ctx), ctx, ctx.options.config.metadata.byline.date_reach) },
  { name: 'template-slot', find: templateSlot },
  {
    // "Haje Jan Kamps 2 months": a name and the story's age, as feeds and cards print them.
    name: 'name-and-age',
    find: (ctx) => nameOnLine(ctx, compile(ctx.options.config.metadata.byline.name_age_pattern, bylinePatterns.nameAge)),
  },
  {
    // "Elizabeth Flores   USA TODAY": a name, a wide gap, the outlet (w3m's rendering of a byline box).
    name: 'name-and-outlet',
    find: (ctx) => nameOnLine(ctx, compile(ctx.options.config.metadata.byline.name_outlet_pattern, bylinePatterns.nameOutlet), true),
  },
  {
    name: 'beside-date',
    find: (ctx) => withCoAuthors(besideDate(ctx), ctx),
  },
  {
    // "Ana Ruiz•@anaruiz", "Ana Ruiz, Contributor", "Ana Ruiz" over "2h ago": a byline box (byline/box.ts).
    name: 'byline-box',
    find: (ctx) => {
      const cfg = ctx.options.config.metadata.byline;
      const titles = jobWordsOf(cfg);
      const jobs = wordsOf(cfg, 'title_words');
      const given = nameWordsOf(ctx.options).given;
      const known = (n: string) => opensWithGiven(n, given);
      // Outside the prose, the box's own marks (a handle, a job title, the story's age) vouch for a name
      // whose given name the list does not know ("Zarifa Holloway"), if it is shaped as one; box.ts takes
      // such a name only just under the headline (measured, silver-dev: taken anywhere it cost byline P 1.5).
      const writer = (n: string) => known(n) || writerShaped(n, ctx, titles);
      return bylineBox({
        lines: lines(ctx.file),
        headLine: headLineOf(ctx.file),
        article: articleOf(ctx.file),
        known,
        // A known given name first, or a name shaped as one: with no "By" and no date, "Video Gallery" or
        // "Mobile Apps" read as names too (writerShaped and box.ts's gates keep them out).
        names: (t) => people(barename(t, cfg) ?? [], ctx).filter(writer),
        titled: (t, inside) => {
          // Up to the story's date glued after the title ("Ana Ruiz Featured ColumnistMarch 22, 2017").
          const u = /\d/u.test(t) ? unglue(t) : t;
          const d = u === t && !/\d/u.test(t) ? undefined : findDates(u, ctx.options.config.metadata.date.zones)[0];
          const read = bareRead(d ? u.slice(0, d.index) : u, cfg);
          const last = read?.rest[read.rest.length - 1]?.replace(/s$/u, '');
          return read && last && jobs.has(last) ? people(read.names, ctx).filter(inside ? known : writer) : [];
        },
        // "Senior Editor", "Digital Content Producer": a few capitalised words ending with a job-title word.
        titleOnly: (t) => {
          const ws = t.trim().split(/\s+/u);
          return ws.length <= 4 && ws.every((w) => /^\p{Lu}[\p{L}&-]*$/u.test(w)) && jobs.has(ws[ws.length - 1].toLowerCase()) && ws.filter((w) => !titles.has(w.toLowerCase())).length <= 2;
        },
      });
    },
  },
  {
    // "Headline" / "Ana Ruiz" / the story: a bare name on the first line under the headline (byline/under-head.ts).
    name: 'under-headline',
    find: (ctx) => {
      const cfg = ctx.options.config.metadata.byline;
      const titles = jobWordsOf(cfg);
      const given = nameWordsOf(ctx.options).given;
      const known = (n: string) => opensWithGiven(n, given);
      const stops = wordsOf(cfg, 'not_names');
      return underHeadline({
        lines: lines(ctx.file),
        headLine: headLineOf(ctx.file),
        // After the names, only a job title, "in" and a place, or "and" and the wires: "Ana No Comments" is
        // a one-word credit and the comment count, not a name. Every name of the credit counts once one of
        // them opens with a known given name ("Ana Ruiz and Zarifa McPell") or is shaped as a person's
        // with no word the lexicon knows ("Zarifa Holloway"): with no mark beside it, "Video Gallery" is
        // a section's.
        names: (t) => {
          const read = t.length > cfg.max_line_chars || /\d/u.test(t) ? undefined : bareRead(t, cfg);
          if (!read || read.rest.some((w) => stops.has(w) && w !== 'in' && w !== 'and')) return [];
          const names = people(read.names, ctx);
          // The words after the given name are none the prose writes in lower case ("Ana Ruiz Harbor").
          const low = lowerWords(ctx);
          const plain = names.every((n) => n.split(/\s+/u).slice(1).every((w) => !low.has(w.toLowerCase())));
          return plain && names.some((n) => known(n) || (writerShaped(n, ctx, titles) && n.split(/\s+/u).every((w) => !Object.hasOwn(lexicon, w.toLowerCase())))) ? names : [];
        },
      });
    },
  },
];

/** A name beside the publication date line: on it, just over or under it, or further when it recurs. */
function besideDate(ctx: Ctx): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  if (ctx.dateLine === undefined) return undefined;
  const ls = lines(ctx.file);
  const zones = ctx.options.config.metadata.date.zones;
  const reach = cfg.beside_date_reach;
  // Nearest lines first: the date line itself, then one above, one below, two above ... Further
  // away (up to far_reach), a name must recur on the page (author box, bio) to count.
  const far = cfg.beside_date_far_reach;
  const titles = wordsOf(cfg, 'title_words', 'not_names');
  // A job-title line between the name and the date ("Senior Editor") does not count as distance.
  const titleOnly = (l?: Line) => !!l && /\p{L}/u.test(l.text) && (l.text.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => titles.has(w));
  const order = [0, ...Array.from({ length: far }, (_, i) => [-(i + 1), i + 1]).flat()];
  const headLine = headLineOf(ctx.file);
  for (const off of order) {
    const l = ls[ctx.dateLine + off];
    if (!l || !l.text.trim() || titleOnly(l)) continue;
    let between = 0;
    for (let k = Math.min(0, off) + 1; k < Math.max(0, off); k++) if (titleOnly(ls[ctx.dateLine + k])) between++;
    const distant = Math.abs(off) - between > reach;
    const bullet = /^[•·*□○■☆-]/u.test(l.text.trim());
    if (distant && bullet) continue; // far from the date, a list item is a menu or a teaser
    // Near it, an item of a list with no date or handle in it is a menu's or a gallery's.
    if (bullet && inMenu(ls, l.n, (x) => x.includes('@') || (/\d/u.test(x) && findDates(x, zones).length > 0))) continue;
    let t = unglue(boxText(l.text)).replace(/^[•·*□○■☆-]\s*/u, '');
    const d = findDates(t, zones)[0];
    // The name before the date, or after it when the line opens with the date ("Dec 17, 2025Ana Ruiz").
    // A cell mark between the name and the date goes with the date ("Ana Ruiz•Oct 20, 2025").
    if (d) t = t.slice(0, d.index).trim() ? t.slice(0, d.index).replace(/[\s|•·–—-]+$/u, '') : t.slice(d.index + d.length).replace(/^[\s|•·,/–—-]+/u, '');
    if (t.length > cfg.max_line_chars) continue; // a caption or a sentence, not a credit
    if (/^["“‘']/u.test(t)) continue; // a quotation, not a credit
    if (inTopicList(ls, l.n, titleOnly, headLine)) continue;
    if (underOtherCredit(ls, l.n)) continue;
    if (tagList(t, ctx)) continue;
    const names = nameList(t, ctx) ?? people(barename(t, cfg) ?? [], ctx);
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

/** The hit with the co-writers credited on the lines after its credit (byline/coauthors.ts). */
function withCoAuthors(hit: Hit | undefined, ctx: Ctx): Hit | undefined {
  if (!hit?.line || !hit.names.length) return hit;
  const cfg = ctx.options.config.metadata.byline;
  const grammar = { zones: ctx.options.config.metadata.date.zones, given: nameWordsOf(ctx.options).given };
  const jobs = jobWordsOf(cfg);
  const titles = wordsOf(cfg, 'title_words');
  const more = coAuthors(
    {
      lines: lines(ctx.file),
      lead: (t) => people(splitNames(t, rulesOf(cfg)).slice(0, 1), ctx)[0],
      byLine: (t) => (t.length > 400 ? undefined : byNames(withoutImages(t), cfg, grammar)),
      // "Senior Politics Reporter, Harbor Post": title and desk words up to the first comma.
      titleLine: (t) => {
        const head = t.split(/,\s/u)[0].trim();
        const ws = head.toLowerCase().match(/\p{L}+/gu) ?? [];
        return /^\p{Lu}/u.test(head) && ws.length > 0 && ws.length <= 6 && ws.some((w) => titles.has(w)) && ws.every((w) => jobs.has(w) || TITLE_GLUE.has(w));
      },
    },
    hit.line,
    hit.names,
  );
  return more.length ? { ...hit, names: [...hit.names, ...more] } : hit;
}
const TITLE_GLUE = new Set(['and', 'of', 'for', '&']);

/**
 * The by-line nearest the date line; but a by-line far from it (a menu's or a teaser's) yields to a name
 * standing on the date line itself or right next to it ("Ana Ruiz December 18, 2025").
 */
function nearBy(ctx: Ctx): Hit | undefined {
  const reach = ctx.options.config.metadata.byline.date_reach;
  const hit = pick(ownByLines(byLines(ctx), ctx), ctx, reach);
  if (!hit || ctx.dateLine === undefined || Math.abs(hit.line.n - ctx.dateLine) <= reach) return hit;
  const beside = besideDate(ctx);
  return beside?.line && Math.abs(beside.line.n - ctx.dateLine) <= 1 ? undefined : hit;
}

/** A label crediting a role other than writing: "Edited by:", "Medically reviewed by", "Fact checked by". */
const OTHER_CREDIT = /^\s*(?:[•·*-]\s*)?(?:(?:medically\s+)?reviewed|edited|fact[- ]?checked)\s+by\b/iu;
/**
 * True when the line, or one of the two lines with words above it (an avatar's alt text between them
 * aside), is an editor's or a reviewer's label: a name there is the editor's, not the writer's.
 */
function underOtherCredit(ls: Line[], n: number): boolean {
  for (let k = n, seen = 0; k >= 0 && seen < 3; k--) {
    const t = ls[k].text;
    if (!/\p{L}/u.test(t)) continue; // blank, or a mark such as a close button
    if (OTHER_CREDIT.test(t)) return true;
    seen++;
  }
  return false;
}

const ITEM = /^\s*[•·*□○■☆●-]/u;
/**
 * True when line `n` is an item of a list of MENU_ITEMS or more items (blank lines between them allowed)
 * none of which is `marked` (holds a date or a handle): a menu or a gallery's captions ("• Podcasts",
 * "• Eye on Money"). A byline box printed as a list ("• Ana Ruiz" / "• @anaruiz" / "• 3 March 2017") has them.
 */
function inMenu(ls: Line[], n: number, marked: (t: string) => boolean): boolean {
  const items: Line[] = [];
  for (const step of [-1, 1]) {
    for (let k = step < 0 ? n : n + 1, blank = 0; k >= 0 && k < ls.length; k += step) {
      const t = ls[k].text;
      if (!t.trim()) {
        if (++blank > 1) break;
        continue;
      }
      if (!ITEM.test(t)) break;
      blank = 0;
      items.push(ls[k]);
    }
  }
  return items.length >= MENU_ITEMS && !items.some((l) => marked(l.text));
}
const MENU_ITEMS = 3;

/** A short phrase in title case, no digits or marks: "Gaza Hostages", "Weather Alerts". */
const TOPIC = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}$/u;
/**
 * True when line `n` stands in a list of short title-case phrases laid out one per line with no bullets
 * (topics above and below it, or two above it): a name there is a trending person's, not a credit. A
 * job-title line ("Senior Editor") and the headline do not count as topics.
 */
function inTopicList(ls: Line[], n: number, titleOnly: (l?: Line) => boolean, headLine?: number): boolean {
  const near = (from: number, step: number) => {
    for (let k = from, seen = 0; k >= 0 && k < ls.length && seen < 2; k += step, seen++) if (ls[k].text.trim()) return ls[k];
    return undefined;
  };
  const topic = (l?: Line) => !!l && l.n !== headLine && TOPIC.test(l.text.trim()) && !titleOnly(l);
  const above = near(n - 1, -1);
  const below = near(n + 1, 1);
  return topic(above) && (topic(below) || topic(near(above!.n - 1, -1)));
}

/** First and last line of the article's prose, when chrome found any. */
function articleOf(file: VFile): { first: number; last: number } | undefined {
  const zone = file.data.article;
  const first = zone && zone.region.first >= 0 ? zone.paras[zone.region.first]?.lines[0]?.n : undefined;
  const lastPara = zone && zone.region.last >= 0 ? zone.paras[zone.region.last] : undefined;
  const last = lastPara?.lines[lastPara.lines.length - 1]?.n;
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/** The line the headline stage took the headline from, when it stands in the text. */
function headLineOf(file: VFile): number | undefined {
  const head = file.data.chrome?.find((s) => s.rule === 'metadata-headline');
  return head ? pointAt(file, head.start).line - 1 : undefined;
}

const lowerOf = new WeakMap<VFile, Set<string>>();
const PROSE_LOWER = /(?<=^|[\s("“‘])\p{Ll}{3,}(?=$|[\s,;:!?)"”’]|\.(?!\S))/gmu;
/** The words the page's prose writes in lower case (a name in lower case in a link, an address or a handle ("/ana-ruiz/") is still a name). */
function lowerWords(ctx: Ctx): ReadonlySet<string> {
  let lower = lowerOf.get(ctx.file);
  if (!lower) lowerOf.set(ctx.file, (lower = new Set(String(ctx.file.value).match(PROSE_LOWER) ?? [])));
  return lower;
}

/**
 * Of names read from a line with no "By" (a name beside the date, after a label, before an outlet), those
 * that read as people's: not made of the headline's words, and a known given name first or at most half
 * its words ones the page also writes in lower case ("Industry Insights", "Travel Tips", "Download PDF"
 * are section names and buttons, not writers).
 */
function people(names: string[], ctx: Ctx): string[] {
  const given = nameWordsOf(ctx.options).given;
  const places = notNamesOf(ctx.options);
  const low = lowerWords(ctx);
  const head = ` ${((ctx.file.data.headline?.value ?? '').toLowerCase().match(/\p{L}+/gu) ?? []).join(' ')} `;
  return names.filter((n) => {
    // Every word of it in the headline: what the story is about (a title, a slogan, its subject), not its
    // writer; unless the headline ends with the name ("... — Ana Ruiz" credits her). A name that is the
    // whole headline is the title itself (a brand, a shop), read again as a name.
    const nw = n.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (head.trim() && nw.every((w) => head.includes(` ${w} `)) && (!head.endsWith(` ${nw.join(' ')} `) || head.trim() === nw.join(' '))) return false;
    const ws = n.split(/\s+/u).filter((w) => w.length >= 3);
    if (opensWithGiven(n, given)) return true;
    // A place, a group, a day or a month after the first word ("Northern Ireland", "Silicon Valley Tech"): a
    // section, a weather box or a masthead, not a writer whose given name we do not know.
    if (n.split(/\s+/u).slice(1).some((w) => places.has(w))) return false;
    // Most of its words common words: "Will Ruiz" keeps its name (one word of two), "Travel Tips" does not.
    return ws.filter((w) => low.has(w.toLowerCase())).length * 2 <= ws.length;
  });
}

/**
 * A name with a given name we do not know that is still shaped as a person's: two to four words, each a
 * capital and lower-case letters (a hyphen or an apostrophe inside), none of them written in lower case
 * anywhere in the page's prose, none a place, a group, a month, a job title or a desk word.
 */
function writerShaped(n: string, ctx: Ctx, titles: ReadonlySet<string>): boolean {
  const ws = n.split(/\s+/u);
  if (ws.length < 2 || ws.length > 4) return false;
  if (!ws.every((w) => /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u.test(w))) return false;
  const low = lowerWords(ctx);
  const places = notNamesOf(ctx.options);
  const words = nameWordsOf(ctx.options).titles;
  return ws.every((w) => !low.has(w.toLowerCase()) && !places.has(w) && !titles.has(w.toLowerCase()) && !words.has(w.toLowerCase()));
}

/** True when `name` stands on the page more than once. */
function recurs(name: string, text: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
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

/**
 * A line that is one known given name and nothing else ("Ana"), as blogs credit their writer; not a
 * word the page's prose writes in lower case ("Summer", "Grace"), a place, a day or a month.
 */
function givenAlone(t: string, ctx: Ctx): string[] {
  const m = /^(\p{Lu}\p{Ll}{2,})$/u.exec(t.trim());
  if (!m) return [];
  const w = m[1];
  return nameWordsOf(ctx.options).given.has(w.toLowerCase()) && !lowerWords(ctx).has(w.toLowerCase()) && !notNamesOf(ctx.options).has(w) ? [w] : [];
}

/** A line that is a name and nothing prose-like: "Will Shanklin", "Elizabeth Flores   USA TODAY". */
function barename(t: string, cfg: Cfg): string[] | undefined {
  return bareRead(t, cfg)?.names;
}

/** The names of a bare-name line and the words after them (a job title, "in" and a place), lower case. */
function bareRead(t: string, cfg: Cfg): { names: string[]; rest: string[] } | undefined {
  const titles = wordsOf(cfg, 'title_words', 'not_names');
  const lead = unglue(unglueMails(t), titles).split(/\s{2,}|\s[|/•·—–-]\s|[@/]|,\s/u)[0].trim();
  if (!lead || lead.split(/\s+/u).length > cfg.max_words_per_name + 6) return undefined;
  const names = splitNames(lead, rulesOf(cfg));
  if (!names.length) return undefined;
  // Whatever follows the names may only be a job title ("Will Macmaster Editor") or where they
  // filed from ("Ana Ruiz and Tom Pell in Denver").
  const used = names.join(' ').split(/\s+/u).length + names.length - 1;
  const rest = lead.split(/\s+/u).slice(used).map((w) => w.toLowerCase());
  // A desk before the title ("Ana Ruiz Science Correspondent") is part of the title.
  const desk = rest.length >= 2 && cfg.desk_words.includes(rest[0]) && rest.slice(1).every((w) => titles.has(w)) && names.every((n) => n.split(/\s+/u).length <= 3);
  // "Ana Ruiz and agencies", "Ana Ruiz and staff": the wires or the desk the story also draws on.
  if (rest.length === 2 && rest[0] === 'and' && cfg.org_words.includes(rest[1].replace(/ies$/u, 'y').replace(/s$/u, ''))) return { names, rest };
  // A job title of a few words between two title words ("Ana Ruiz Deputy Content Hub Director").
  const phrase = rest.length >= 3 && rest.length <= 5 && cfg.title_words.includes(rest[0]) && cfg.title_words.includes(rest[rest.length - 1]);
  // A title in the plural stands after several names ("Ana Ruiz and Tom PellContact Reporters").
  return rest[0] === 'in' || desk || phrase || rest.every((w) => titles.has(w) || (names.length > 1 && titles.has(w.replace(/s$/u, '')))) ? { names, rest } : undefined;
}

const nameWords = new WeakMap<object, NameWords>();
function nameWordsOf(options: StageOptions): NameWords {
  let w = nameWords.get(options.config);
  if (!w) {
    const q = options.config.quotes.first_names;
    const b = options.config.metadata.byline;
    nameWords.set(options.config, (w = { given: new Set([...q.male, ...q.female].map((n) => n.toLowerCase())), titles: new Set([...b.title_words, ...b.org_words].map((n) => n.toLowerCase())) }));
  }
  return w;
}

type WordList = 'title_words' | 'desk_words' | 'org_words' | 'not_names';
const wordSets = new WeakMap<Cfg, Map<string, ReadonlySet<string>>>();
/** The words of config lists `keys`, lower case, built once per config (rules ask per line). */
function wordsOf(cfg: Cfg, ...keys: WordList[]): ReadonlySet<string> {
  let byKeys = wordSets.get(cfg);
  if (!byKeys) wordSets.set(cfg, (byKeys = new Map()));
  const key = keys.join('+');
  let w = byKeys.get(key);
  if (!w) byKeys.set(key, (w = new Set(keys.flatMap((k) => cfg[k]).map((x) => x.toLowerCase()))));
  return w;
}
/** Job-title and desk words (what writerShaped says a person's name is not). */
const jobWordsOf = (cfg: Cfg) => wordsOf(cfg, 'title_words', 'desk_words');
/** Job-title and organisation words: what marks a credit's title or employer after the names. */
const markWordsOf = (cfg: Cfg) => wordsOf(cfg, 'title_words', 'org_words');

/** True when name `n` opens with a known given name ("Ana Ruiz"; marks around the word left out). */
function opensWithGiven(n: string, given: ReadonlySet<string>): boolean {
  return given.has(n.split(/\s+/u)[0].toLowerCase().replace(/[^\p{L}'-]/gu, ''));
}

const notNames = new WeakMap<object, ReadonlySet<string>>();
/** Capitalised words that never name a person (places, groups, days, months: the quotes stage's `not_names`), as written. */
function notNamesOf(options: StageOptions): ReadonlySet<string> {
  let w = notNames.get(options.config);
  if (!w) notNames.set(options.config, (w = new Set(options.config.quotes.not_names)));
  return w;
}

/** Bare names standing on a line of their own, or before a title, a handle or a date ("Ana Ruiz, Contributor"). */
function bareLines(ctx: Ctx): { names: string[]; line: Line; rest: boolean }[] {
  const cfg = ctx.options.config.metadata.byline;
  const zones = ctx.options.config.metadata.date.zones;
  const out: { names: string[]; line: Line; rest: boolean }[] = [];
  for (const l of lines(ctx.file)) {
    let t = l.text.trim();
    // Cheap first: a short line opening with a capital (after a bullet) and holding two capitalised words.
    if (t.length < 4 || t.length > cfg.max_line_chars + 40 || !BARE_START.test(t)) continue;
    t = unglue(t).replace(/^[•·*□○■☆●-]\s*/u, '');
    if (/\d/u.test(t)) {
      const d = findDates(t, zones)[0];
      if (d) t = t.slice(0, d.index).trim();
    }
    if (!t || t.length > cfg.max_line_chars || /^["“‘']/u.test(t)) continue;
    const names = barename(t, cfg);
    if (names) out.push({ names, line: l, rest: norm(t) !== norm(names.join(' ')) });
  }
  return out;
}
const BARE_START = /^(?:[•·*□○■☆●-]\s*)?\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Every candidate of the page, the ordered rules' pick among them marked. */
export function bylineCandidates(ctx: Ctx, rule: Found<Hit> | undefined): Candidate[] {
  const cfg = ctx.options.config.metadata.byline;
  const byKey = new Map<string, Candidate>();
  const add = (names: string[], line: Line, source: string, rest = true) => {
    if (!names.length) return;
    const k = `${line.n}|${names.join('|')}`;
    const c = byKey.get(k);
    if (c) {
      if (!c.sources.includes(source)) c.sources.push(source);
      c.rest &&= rest;
    } else byKey.set(k, { names, line, sources: [source], rule: false, rest });
  };
  for (const c of byLines(ctx)) add(c.names, c.line, 'by-line');
  for (const c of labelledLines(ctx)) add(c.names, c.line, 'labelled-line');
  for (const c of namesOnLines(ctx, compile(cfg.name_age_pattern, bylinePatterns.nameAge))) add(c.names, c.line, 'name-and-age');
  for (const c of namesOnLines(ctx, compile(cfg.name_outlet_pattern, bylinePatterns.nameOutlet))) add(c.names, c.line, 'name-and-outlet');
  if (rule?.value.line) add(rule.value.names, rule.value.line, rule.via);
  for (const c of bareLines(ctx)) add(c.names, c.line, 'bare-name', c.rest);
  const out = [...byKey.values()];
  if (rule?.value.line) {
    const k = `${rule.value.line.n}|${rule.value.names.join('|')}`;
    const r = byKey.get(k);
    if (r) r.rule = true;
  }
  return out;
}

/** What the ranker sees of the page beside the candidates. */
export function pageView(file: VFile, options: StageOptions): PageView {
  return {
    file,
    lines: lines(file),
    dateLine: file.data.dateLine?.n,
    headLine: headLineOf(file),
    headline: file.data.headline?.value,
    outlet: file.data.outlet?.value,
    article: articleOf(file),
    words: nameWordsOf(options),
  };
}

/** The fitted ranker (bench/train-ranker.ts): weights over candidate features and its two thresholds (stages/confidence/rank.ts). */
export type BylineRanker = Ranker;
export { decide, rankTop };
const shippedRanker = (rankerJson as { ranker: BylineRanker | null }).ranker;

export default function byline(options: StageOptions, ranker: BylineRanker | null = shippedRanker) {
  return (_tree: Root, file: VFile) => {
    const fm = trusted(file, ['byline', 'authors', 'author'], asStringList).find(undefined);
    if (fm) {
      file.data.byline = { value: fm, via: 'frontmatter' };
      return;
    }
    const dateLine = file.data.dateLine?.n;
    const ctx: Ctx = { file, options, dateLine };
    const rule = firstHit(sources, ctx);
    const featuresOf = (names: string[], via: string, line?: Line) => bylineFeatures(names, via, line, dateLine, lines(file).length, String(file.value), nameWordsOf(options));
    if (!ranker) {
      if (!rule) return;
      const names = writers(rule.value.names, file, options, rule.value.line);
      if (!names.length) return;
      file.data.byline = { value: names, via: rule.via, features: featuresOf(names, rule.via, rule.value.line) };
      if (rule.value.line) markSpan(file, rule.value.line.start, rule.value.line.end, 'metadata-byline');
      return;
    }
    const cands = bylineCandidates(ctx, rule);
    if (!cands.length) return;
    rankFeatures(cands, pageView(file, options));
    const d = decide(ranker, cands, rule?.value.names);
    if (!d.c) {
      const shown = rule ? rule.value.names : (d.top?.c.names ?? []);
      const at = rule?.value.line ?? d.top?.c.line;
      file.message(`No byline: the likeliest, "${shown.join(', ')}" (${rule?.via ?? d.top?.c.sources[0]}), is not likely enough (the ranker's best chance ${(d.top?.p ?? 0).toFixed(3)}, below ${ranker.model.threshold})`, {
        ruleId: 'byline-unsure',
        source: 'copydesk-byline',
        ...(at && { place: pointAt(file, at.start) }),
      });
      return;
    }
    if (rule && d.c.names.join('|') === rule.value.names.join('|')) {
      const line = rule.value.line ?? d.c.line;
      const names = writers(rule.value.names, file, options, line);
      if (!names.length) return;
      file.data.byline = { value: names, via: rule.via, features: { ...featuresOf(names, rule.via, rule.value.line), rank_p: d.p } };
      markSpan(file, line.start, line.end, 'metadata-byline');
      return;
    }
    const via = `ranked-${d.c.sources[0]}`;
    const names = writers(d.c.names, file, options, d.c.line);
    if (!names.length) return;
    file.data.byline = { value: names, via, features: { ...featuresOf(names, d.c.sources[0], d.c.line), rank_p: d.p } };
    markSpan(file, d.c.line.start, d.c.line.end, 'metadata-byline');
  };
}

/** The credited names that may stand as writers: a name of everyday words only ("Industry Insights",
 * byline/everyday.ts) leaves, each with a report line at the credit (`byline-everyday`), unless it is
 * the outlet the page names itself (a site crediting its own name as author). */
function writers(names: string[], file: VFile, options: StageOptions, line?: Line): string[] {
  const words = nameWordsOf(options);
  const outlet = file.data.outlet ? nameKey(file.data.outlet.value) : '';
  return names.filter((n) => {
    if (!everydayWords(n, { given: words.given, orgWords: words.titles }) || (outlet && nameKey(n) === outlet)) return true;
    file.message(`Not a byline: "${n}" is everyday words (a section, a box title or a button), not a writer's name`, {
      ruleId: 'byline-everyday',
      source: 'copydesk-byline',
      ...(line && { place: pointAt(file, line.start) }),
    });
    return false;
  });
}

/** The ordered rules' pick and every candidate with its features, as the stage sees them (for fitting: bench/train-ranker.ts). */
export function candidatesOf(file: VFile, options: StageOptions): { rule?: string[]; cands: Candidate[] } {
  const ctx: Ctx = { file, options, dateLine: file.data.dateLine?.n };
  const rule = firstHit(sources, ctx);
  const cands = bylineCandidates(ctx, rule);
  rankFeatures(cands, pageView(file, options));
  return { rule: rule?.value.names, cands };
}
