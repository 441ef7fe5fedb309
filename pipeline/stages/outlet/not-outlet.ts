// Names the outlet stage refuses once the rules or the ranker chose, each with its reason in the report
// (outlet.ts asWritten): words that are no name at all, the first name of a firm the page writes whole, and a
// person the page credits as its writer. Grammar and format rules, not fitted: they hold on any site.
import type { Config } from '../../registry.js';
import { lineAround } from '../../text/lines.js';
import { escapeRe } from '../../text/regexp.js';
import { hasSurrogate, hasWhole, standsWhole, wholeMatches } from '../../text/whole-words.js';
import { RIGHTS } from './legal.js';
import { domainKey, nameKey } from './names.js';
import { plainWordTag } from './word-kinds.js';

const labels = new WeakMap<Config, { titles: ReadonlySet<string>; places: ReadonlySet<string> }>();
/** Job-title words (the byline stage's) and places, peoples, platforms and days (the quotes stage's not_names), lower case, once per config. */
export function labelWords(config: Config): { titles: ReadonlySet<string>; places: ReadonlySet<string> } {
  let w = labels.get(config);
  if (!w) labels.set(config, (w = { titles: new Set(config.metadata.byline.title_words.map((x) => x.toLowerCase())), places: new Set(config.quotes.not_names.map((x) => x.toLowerCase())) }));
  return w;
}
/** True when the page writes `name` as the first of a firm's names: "Harbor, Quill & Co.", "Harbor, Quill and Sons". */
export function partOfFirm(name: string, text: string): boolean {
  // (a match holds the name and its comma as written: a page without them needs no pattern built for the name)
  if (!text.includes(name + ',')) return false;
  // (each place the page writes the name and its comma, the patterns compiled once around it: a pattern per name,
  // its \p classes, cost ~0.2 ms to compile and ran in V8's interpreter; a surrogate in the name keeps it)
  if (!name || hasSurrogate(name)) return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)},${FIRM_REST}`, 'u').test(text);
  const held = name + ',';
  for (let at = text.indexOf(held); at >= 0; at = text.indexOf(held, at + 1)) if (standsWhole(text, at, at + name.length) && phraseAt(FIRM_AFTER, text, at + held.length)) return true;
  return false;
}
/** What follows a firm's first name and its comma: another name perhaps, then "& Co", "and Sons". */
const FIRM_REST = `[ \\t]+\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?[ \\t]+(?:&|and)[ \\t]+(?:Co\\b|Company\\b|Sons\\b)`;
const FIRM_AFTER = new RegExp(FIRM_REST, 'uy');
/** True when `name` is words cut from a sentence, a price, a time of day or a blog's pagination: no name at all. */
export const notAName = (name: string): boolean => NOT_A_NAME.some((re) => re.test(name));
const NOT_A_NAME = [/\p{L}['’]s$/u, /[.!?]['’"”]/u, /(?<![\p{L}\p{N}])\d{1,2}[.:]\d{2}\s?(?:am|pm)(?![\p{L}])|(?<![\p{L}\p{N}])\d+p\/|[£$€]\d/iu, /(?<![\p{L}])(?:Newer|Older)\s+Posts?(?![\p{L}])/u];

/**
 * True when the page credits `name` as its writer: a line opening with "By", "Written by" or "Posted by",
 * then the name, then the line's end, a cell, a date or a time ("Posted by Ana Ruiz March 26, 2017", "Posted by Ana Ruiz at
 * 12:55 AM"), or a line ending with "by" and the name alone on the next ("Written on Mar 3 by" over "Ana Ruiz"). A
 * credit holding one of `notPersonWords` (lower case: organisation and trade words, "By Harbor News") may be the
 * outlet's own; a person's name does not open with "The". One word is the writer's given name where the page
 * credits it with a surname ("By Ana Ruiz") and never writes it alone on a line (givenOfCredited).
 */
export function credited(name: string, text: string, notPersonWords: readonly string[]): boolean {
  const words = name.split(/\s+/u);
  if (words.length === 1) return givenOfCredited(name, text, notPersonWords);
  if (words.length > 4 || words[0] === 'The' || words.some((w) => !/^\p{Lu}/u.test(w) || notPersonWords.includes(w.toLowerCase()))) return false;
  const esc = escapeRe(name);
  return new RegExp(
    `^[ \\t•·*|]*(?:By|BY|(?:Written|Posted|Published) by):?[ \\t]+${esc}(?=[ \\t]*$|[ \\t]*[.,|•·(]|[ \\t]+and[ \\t]|[ \\t]*\\d|[ \\t]+(?:at|on)[ \\t]+\\d|[ \\t]+${MONTH}[ \\t.]+\\d)` +
      `|(?:^|[ \\t])(?:by|By|BY):?[ \\t]*\\n[ \\t]*${esc}[ \\t]*$`,
    'mu',
  ).test(text);
}
/**
 * True when `name`, one word, opens the name of the one person the page credits ("By Ana Ruiz" for "Ana") and
 * stands on no line alone. A brand the page credits with several words after it ("By Harbor Team", "By Harbor
 * Deals") is a desk's signature, not a writer's given name.
 */
function givenOfCredited(name: string, text: string, notPersonWords: readonly string[]): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || !text.includes(name)) return false;
  const esc = escapeRe(name);
  if (new RegExp(`^[ \\t]*${esc}[ \\t]*$`, 'mu').test(text)) return false;
  const credit = new RegExp(`^[ \\t•·*|]*(?:By|BY|(?:Written|Posted|Published) by):?[ \\t]+(${esc}(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})`, 'gmu');
  const persons = new Set([...text.matchAll(credit)].map((m) => m[1]));
  if (persons.size !== 1) return false;
  const [person] = persons;
  return !person.split(/\s+/u).slice(1).some((w) => plainWordTag(w)) && credited(person, text, notPersonWords);
}
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*';

/**
 * True when `name` is a domain ("harborpost.com") that the page writes, whatever its case, only as an entry
 * of a list of links ("• HarborPost.com" in a network bar), inside a link's path ("https://harborpost.com/shop/..."),
 * after a credit's slash ("(Jo Roe/HarborPost.com)") or as the source of a listed link to another site's article
 * (sourceOfEntry): a site the page points to or credits, not its own. A
 * site's own domain also stands in its text, its copyright, its logo line, its e-mail addresses or the dump's URL
 * line (`own`, its offsets).
 */
export function linkedOnly(name: string, text: string, own?: { start: number; end: number }, indents?: ReadonlyMap<number, number>): boolean {
  if (!DOMAIN_NAME.test(name)) return false;
  const sought = name.toLowerCase();
  const lower = lowerAscii(text);
  let seen = 0;
  for (let at = lower.indexOf(sought); at >= 0; at = lower.indexOf(sought, at + 1)) {
    const before = lower[at - 1] ?? '';
    const after = lower[at + sought.length] ?? '';
    if (WORD.test(before) || WORD.test(after)) continue;
    seen++;
    // The dump's own URL line (outlet/told.ts) is where the page was taken from: its domain is the site's.
    if (own && at >= own.start && at < own.end) return false;
    const lineStart = lower.lastIndexOf('\n', at) + 1;
    // A copyright line names the site's own rights, whatever follows ("© 2024 HarborPost.com/Harbor Media"),
    // unless a photo credit opens it ("Photo credit: ©QuayStock.com/Jo Roe": the picture's rights, not the page's).
    const lineEnd = lower.indexOf('\n', at);
    const photo = PHOTO_CREDIT.test(lower.slice(lineStart, at));
    if (!photo && COPYRIGHT.test(lower.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return false;
    const onList = LIST_LINE.test(lower.slice(lineStart, at));
    const inPath = after === '/' && WORD.test(lower[at + sought.length + 1] ?? '');
    const credited = (before === '/' && lower[at - 2] !== '/') || photo;
    if (!onList && !inPath && !credited && !sourceOfEntry(lower, lineStart, at, at + sought.length, lineEnd < 0 ? lower.length : lineEnd, indents)) return false;
  }
  return seen > 0;
}

/**
 * True when the domain at `at`..`end` (its line `lineStart`..`lineEnd`, lower case) is the source of an entry in a
 * list of links to other sites' articles: glued after the entry's title ("...Been Promotedwww.harborpost.com"),
 * after a title and a separator that end a bulleted entry ("• Choosing Tools · HarborPost.com"), or alone on a
 * line indented deeper than the bulleted entry above it, which does not write it ("  • A Story's Title" then
 * "    www.harborpost.com"). `indents`: how far each line (0-based) of the dump was indented before its
 * indentation was taken off (run/read-dump.ts unindent); without it, the text's own.
 */
function sourceOfEntry(lower: string, lineStart: number, at: number, end: number, lineEnd: number, indents?: ReadonlyMap<number, number>): boolean {
  if (!/^[ \t]*$/u.test(lower.slice(end, lineEnd))) return false;
  const written = lower.slice(lineStart, at);
  const pre = written.replace(/www\.$/u, '');
  if (pre !== written && /\p{L}$/u.test(pre)) return true;
  if (LIST_ENTRY.test(pre) && TITLE_SEPARATOR.test(pre)) return true;
  if (!/^[ \t]*$/u.test(pre)) return false;
  const lines = lower.slice(0, lineStart).split('\n');
  const here = lines.length - 1;
  let up = here - 1;
  while (up >= 0 && !lines[up].trim()) up--;
  if (up < 0 || !LIST_ENTRY.test(lines[up]) || lines[up].includes(lower.slice(at, end))) return false;
  const width = (i: number) => indents?.get(i) ?? (i === here ? pre.length : /^[ \t]*/u.exec(lines[i])![0].length);
  return width(here) > width(up);
}
/** A title then a separator before a link's source, at the end of what precedes it. */
const TITLE_SEPARATOR = /\S[ \t]+[·|–—-][ \t]+$/u;
/** `text` with its ASCII capitals lowered, every offset kept (a domain is sought in it whatever its case). */
const lowerAscii = (text: string): string => text.replace(/[A-Z]+/gu, (m) => m.toLowerCase());
const COPYRIGHT = /©|\(c\)|copyright/u;
/** What opens a photo credit before the name on its line (lower case): "photo credit:", "images:", "credit:". */
const PHOTO_CREDIT = /(?:^|[^\p{L}])(?:(?:photo|image|picture|illustration)s?(?:[ \t]+credits?)?|credits?)[ \t]*:/u;
const DOMAIN_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;
/** A letter, a digit or a hyphen either side: a longer word, not the domain (a dot or an @ before it is a subdomain or an address). */
const WORD = /[\p{L}\p{N}-]/u;
/** What opens a list line before the domain: indentation and a bullet. */
const LIST_LINE = /^[ \t]*[•·*□○■☆●-][ \t]*$/u;

/**
 * True when `name` is a company's ("Harbor Quay Television", "The Quay Publications"): its last word one of
 * `trades`, the page writing it on a copyright line, and its brand (the words before, "The" aside) written on no
 * other line of the page, or there only as the first words of two longer names or more ("Quay News", "Quay Sports"
 * beside "© Quay Interactive Inc."). A site shows its brand in its header, menus or text; a holder known only from
 * the copyright is the company behind the site, whose own name the page gave elsewhere or not at all; a brand the
 * page writes only with other names' words after it is a family of names, the holder the company behind them (one
 * such name, "Quay Awards", may be the site's own show).
 */
export function companyOnly(name: string, text: string, trades: readonly string[]): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !trades.includes(words[words.length - 1].toLowerCase())) return false;
  const brand = words.slice(0, -1).join(' ').replace(/^the\s+/iu, '');
  if (!brand) return false;
  const whole = { test: (l: string) => hasWhole(name, l) };
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(brand)}(?![\\p{L}\\p{N}]|\\s+${escapeRe(words[words.length - 1])})([ \\t]+\\p{Lu}[\\p{L}\\p{N}]*)?`, 'gu');
  let held = false;
  // The capitalised words the brand runs into off the copyright lines: the family's other names.
  const family = new Set<string>();
  for (const line of text.split('\n')) {
    if (COPYRIGHT.test(line.toLowerCase())) held ||= whole.test(line);
    else for (const m of line.matchAll(alone)) {
      if (!m[1]) return false;
      family.add(m[1].trim());
    }
  }
  return held && family.size !== 1;
}

/**
 * True when every line of the page that writes `name` is a credit for a piece of the page, not its own rights: a
 * copyright mark after a picture's or a data provider's word ("Match data © QUAYSTATS 2024", "Photo: © Ann Lee"),
 * opening a caption's parenthesis ("(© 2015 Ann Lee)"), or a bare mark (a year perhaps) and the name on a line of
 * their own above a rights line that names another: a still's credit or the source of a story the site carries
 * ("©  Harbor Pictures", "© 2017, The Quay Herald" under the story, "© 2024 Harbor Ledger Company" at the foot).
 * A site's own copyright is its last rights line, or stands beside its name written elsewhere.
 */
export function creditOnly(name: string, text: string): boolean {
  // (a line the pattern matches holds the name as written: the string test first, the pattern built only for a page that holds it)
  if (!text.includes(name)) return false;
  const whole = { test: (l: string) => hasWhole(name, l) };
  const lines = text.split('\n');
  let held = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(name) || !whole.test(line)) continue;
    if (!PIECE_CREDIT.test(line) && !(bareMark(line, name) && rightsBelow(lines, i, whole))) return false;
    held = true;
  }
  return held;
}
/** True when `line` is a copyright mark, perhaps a year, and `name` only ("©  Harbor Pictures", "© 2017, The Quay Herald"). */
const bareMark = (line: string, name: string): boolean => {
  const m = BARE_MARK.exec(line);
  return Boolean(m) && m![1] === name;
};
const BARE_MARK = /^[ \t]*(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[-–]\d{4})?[ \t,]*)?(\S.*?)[ \t.]*$/iu;
/** True when a rights line below line `i` (a mark, "Copyright" with a year: not a menu's "Copyright" link) does not hold the name (`whole`): another's rights, the page's own. */
const rightsBelow = (lines: readonly string[], i: number, whole: { test: (l: string) => boolean }): boolean => lines.slice(i + 1).some((l) => RIGHTS.test(l) && !whole.test(l));

/** A copyright mark after a picture's or data's word on its line, or opening a parenthesis. */
const PIECE_CREDIT = /(?:^|[^\p{L}])(?:data|image|images|photo|photos|photograph|picture|illustration|credit|courtesy)[^\n]{0,12}(?:©|\(c\)|copyright)|\([ \t]*(?:©|copyright)/iu;

/**
 * True when the page writes `name` as the company behind a group of sites: "a division of X", "a subsidiary of
 * X", "a unit of X", "the X family of sites", "X network of websites", "other X sites", "Other X Media" (a heading over the
 * company's other titles), "part of the X network".
 * The page is one of X's sites, whose own name is elsewhere; X named as such is never the site. The name must
 * end where the phrase has it end ("a division of Harbor Media" does not make "Harbor" the parent).
 */
export function parentNamed(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare) return false;
  // Every match holds one of the phrase's fixed parts (PARENT_CUE) and each word of the name as written: a page
  // without them needs no pattern built for the name (the cue read once per page).
  if (!parentCue(text) || bare.split(/\s+/u).some((w) => !text.includes(w))) return false;
  return parentPhraseAround(bare, text);
}

/**
 * parentNamed's phrases around each place the page writes `bare` (its words as written, any spaces between): a
 * phrase before it and one after, each a pattern compiled once. A pattern holding the name and the phrases (\p
 * classes) cost ~0.2 ms to compile per name and ran in V8's interpreter over the page: ~1 s of silver-dev's
 * outlet-rank stage. A name with spaces at its ends, or a surrogate, has its whole pattern as before (parentPattern).
 */
function parentPhraseAround(bare: string, text: string): boolean {
  if (/^\s|\s$/u.test(bare) || hasSurrogate(bare)) return parentPattern(bare).test(text);
  // (a name with spaces has one place its pattern can end from each place it starts: its words' ends are fixed)
  const name = /\s/u.test(bare) ? new RegExp(escapeRe(bare).replace(/\s+/gu, '\\s+'), 'gu') : undefined;
  const next = (from: number): [number, number] => {
    if (!name) {
      const at = text.indexOf(bare, from);
      return [at, at + bare.length];
    }
    name.lastIndex = from;
    const m = name.exec(text);
    return m ? [m.index, m.index + m[0].length] : [-1, -1];
  };
  for (let [at, end] = next(0); at >= 0; [at, end] = next(at + 1)) {
    if (phraseAt(PARENT_BEFORE_OF, text, at) && phraseAt(PARENT_ENDS, text, end)) return true;
    if (phraseAt(PARENT_FAMILY_AFTER, text, end)) return true;
    if (phraseAt(PARENT_OTHER_BEFORE, text, at) && phraseAt(PARENT_GROUP_AFTER, text, end)) return true;
    if (phraseAt(PARENT_PART_BEFORE, text, at) && phraseAt(PARENT_NETWORK_AFTER, text, end)) return true;
  }
  return false;
}
/** A pattern for words in any case at their first letter ("Division" or "division"), the name kept as written. */
const anyCase = (words: string): string => words.replace(/\b\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
const phraseAt = (re: RegExp, text: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(text);
};
const PARENT_LEGAL = '(?:Inc|LLC|Ltd|Limited|Corp|Corporation|Co|PLC|GmbH|AG|SA)';
const PARENT_GROUP = `(?:${anyCase('sites|websites|brands|publications|titles|stations|media')})\\b`;
// (each sticky: before the name, a look-behind ending where it starts; after it, a match from where it ends)
const PARENT_BEFORE_OF = new RegExp(`(?<=\\b(?:${anyCase('division|subsidiary|unit')})[ \\t]+of[ \\t]+(?:${anyCase('the')}[ \\t]+)?)`, 'uy');
/** (a legal form may follow: "a division of X Inc.") */
const PARENT_ENDS = new RegExp(`(?![\\p{L}\\p{N}]|[ \\t]+(?!${PARENT_LEGAL}\\b)\\p{Lu})`, 'uy');
const PARENT_FAMILY_AFTER = new RegExp(`[ \\t]+(?:${anyCase('family|network')})[ \\t]+of[ \\t]+${PARENT_GROUP}`, 'uy');
const PARENT_OTHER_BEFORE = new RegExp(`(?<=\\b${anyCase('other')}[ \\t]+)`, 'uy');
const PARENT_GROUP_AFTER = new RegExp(`[ \\t]+${PARENT_GROUP}`, 'uy');
const PARENT_PART_BEFORE = new RegExp(`(?<=\\b${anyCase('part')}[ \\t]+of[ \\t]+the[ \\t]+)`, 'uy');
const PARENT_NETWORK_AFTER = new RegExp(`[ \\t]+(?:${anyCase('network|group|family')})\\b`, 'uy');

/** parentNamed's phrases for a name without its "The" as one pattern: for the names parentPhraseAround leaves to it. */
function parentPattern(bare: string): RegExp {
  const n = escapeRe(bare).replace(/\s+/gu, '\\s+');
  const ends = `(?![\\p{L}\\p{N}]|[ \\t]+(?!${PARENT_LEGAL}\\b)\\p{Lu})`;
  return new RegExp(
    `\\b(?:${anyCase('division|subsidiary|unit')})[ \\t]+of[ \\t]+(?:${anyCase('the')}[ \\t]+)?${n}${ends}` +
      `|${n}[ \\t]+(?:${anyCase('family|network')})[ \\t]+of[ \\t]+${PARENT_GROUP}` +
      `|\\b${anyCase('other')}[ \\t]+${n}[ \\t]+${PARENT_GROUP}` +
      `|\\b${anyCase('part')}[ \\t]+of[ \\t]+the[ \\t]+${n}[ \\t]+(?:${anyCase('network|group|family')})\\b`,
    'u',
  );
}
/** What each of parentNamed's phrases holds whatever the name: "division of ", "part of the ", a group's word. */
const PARENT_CUE = /(?:[Dd]ivision|[Ss]ubsidiary|[Uu]nit)[ \t]+of[ \t]|[Pp]art[ \t]+of[ \t]+the[ \t]|(?:[Ss]ites|[Ww]ebsites|[Bb]rands|[Pp]ublications|[Tt]itles|[Ss]tations|[Mm]edia)\b/u;
let cueText: string | undefined;
let cueHeld = false;
/** PARENT_CUE's answer for `text`, the last page's kept (each of a page's names asks of the same text). */
function parentCue(text: string): boolean {
  if (text !== cueText) [cueText, cueHeld] = [text, PARENT_CUE.test(text)];
  return cueHeld;
}

/** True when `name`, its "The" aside, is one of `publishers` ("The Quay" cut from "© The Quay Corporation"): the parent company. */
export function publisherName(name: string, publishers: readonly string[]): boolean {
  const bare = name.replace(/^the\s+/iu, '').toLowerCase();
  return publishers.some((p) => p.toLowerCase() === bare);
}

/** True when `name` is one of `chromeNames` (a button or a chrome word), whatever its case. */
export const chromeName = (name: string, chromeNames: readonly string[]): boolean => chromeNames.some((c) => c.toLowerCase() === name.toLowerCase());

/**
 * True when `name` is one word glued from entries the page's menus list on lines of their own ("WeatherWatchlist"
 * where "• Weather" and "• Watchlist" stand alone): a menu saved without its spaces, not a name. A name written
 * in one word ("HarborPost") has parts the page does not list alone.
 */
export function gluedEntries(name: string, text: string): boolean {
  if (/\s|\./u.test(name.trim())) return false;
  const parts = name.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length < 2 || parts.some((p) => p.length < 3)) return false;
  const alone = new Set<string>();
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^[•·*□○■☆●-][ \t]*/u, '');
    if (t && t.length <= 40) alone.add(t.toLowerCase());
  }
  return parts.every((p) => alone.has(p.toLowerCase()));
}

/**
 * True when the page writes `name` only as an entry of its network's lists: on lines within a few lines under a
 * heading for the group's other sites ("Also in our network:", "Our brands", "Other sites", "Sister
 * publications"), or as a bulleted entry of a list, and under such a heading at least once. A sister site the page
 * points to, not its own: the site's own name also stands in its header, its copyright or its text.
 */
export function networkOnly(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare) return false;
  const lines = text.split('\n');
  let under = 0;
  for (const i of linesHolding(text, lines, bare)) {
    if (!hasWhole(bare, lines[i], true)) continue;
    if (lines.slice(Math.max(0, i - NETWORK_REACH), i).some((l) => NETWORK_HEADING.test(l))) under++;
    else if (!LIST_ENTRY.test(lines[i])) return false;
  }
  return under > 0;
}
/**
 * The indexes of the lines of `text` (`lines`, split at "\n") that hold `name` in any case, in order: the only lines
 * its whole-word pattern with the `iu` flags can match on. One scan of the page for the name as a plain string: the
 * whole-word pattern opens with a look-behind V8 tries at every place of every line (networkOnly read thousands of
 * lines a page so on whole pages). Every line, for a name holding a line break.
 */
export function* linesHolding(text: string, lines: readonly string[], name: string): Generator<number> {
  if (!name || name.includes('\n')) {
    for (let i = 0; i < lines.length; i++) yield i;
    return;
  }
  const plain = new RegExp(escapeRe(name), 'giu');
  let i = 0;
  let start = 0;
  for (let m = plain.exec(text); m; m = plain.exec(text)) {
    while (i + 1 < lines.length && start + lines[i].length < m.index) start += lines[i++].length + 1;
    yield i;
    if (i + 1 >= lines.length) return;
    start += lines[i++].length + 1;
    plain.lastIndex = start;
  }
}

/** A heading over the group's other sites. */
const NETWORK_HEADING = /(?:^|[^\p{L}])(?:in[ \t]+our|our|other|sister)[ \t]+(?:network|sites|websites|brands|publications)(?![\p{L}])/iu;
/** How many lines above an entry its heading may stand (a blank line or two between). */
const NETWORK_REACH = 4;
/** A bulleted list entry. */
const LIST_ENTRY = /^[ \t]*[•·*□○■☆●-][ \t]*\S/u;

/**
 * True when the page's logo line names another site than `name`: among the page's first `reach` non-blank lines,
 * one that is a single name written twice ("Harbor Quay Post Harbor Quay Post", "Harbor Quay PostHarbor Quay
 * Post": a logo's picture text, then its link's), of two capitalised words or more, where neither name holds the
 * other. The logo is the site's own name, so `name` is one of its sections, a sister brand or its owner. A line
 * written twice that holds `name` ("Harbor Post Logo Harbor Post Logo") keeps it.
 */
export function logoNamesOther(name: string, text: string, reach: number): boolean {
  const own = nameKey(name);
  if (!own) return false;
  let other = false;
  let seen = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (++seen > reach) break;
    const twice = TWICE.exec(t)?.[1].trim();
    if (!twice || !/\p{L}{2}/u.test(twice)) continue;
    const k = nameKey(twice);
    if (k.includes(own) || own.includes(k)) return false;
    other ||= logoShaped(twice);
  }
  return other;
}
/** A line that is one text written twice, a space or nothing between. */
const TWICE = /^(.{3,80}?)[ \t]*\1$/u;
/** Small words a name of capitalised words may hold ("Bureau of Harbor Affairs"). */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', 'a', 'an', 'in', 'on', 'at', 'to', '&', '+', '|', '-', '–', '—', ':']);
const CAPITALISED = /^[(\[]?[\p{Lu}\p{N}]/u;
/** Two to six words, each capitalised or a joiner, two capitalised at least; no picture's file name or "logo" (alt texts). */
function logoShaped(s: string): boolean {
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 6 || /(?<![\p{L}])logo(?![\p{L}])|[[\]]|\.(?:svg|png|jpe?g|gif|webp)$/iu.test(s)) return false;
  return words.filter((w) => CAPITALISED.test(w)).length >= 2 && words.every((w) => CAPITALISED.test(w) || NAME_JOINERS.has(w.toLowerCase()));
}

/**
 * True when `name` is a domain ("harborpost.com") that the page writes only inside longer host names and e-mail
 * addresses, one host at least ("keys.harborpost.com", "desk@harborpost.com"), never on its own: services or people
 * at a domain the article writes about. A site's own domain stands bare somewhere (its logo, its copyright, its
 * links); "www." before it is the domain itself.
 */
export function hostsOnly(name: string, text: string): boolean {
  if (!DOMAIN_NAME.test(name)) return false;
  const sought = name.toLowerCase();
  const lower = lowerAscii(text);
  let hosts = 0;
  for (let at = lower.indexOf(sought); at >= 0; at = lower.indexOf(sought, at + 1)) {
    const before = lower[at - 1] ?? '';
    if (WORD.test(before) || WORD.test(lower[at + sought.length] ?? '')) continue;
    if (before === '.' && !lower.slice(0, at).endsWith('www.')) hosts++;
    else if (before !== '@') return false;
  }
  return hosts > 0;
}

/**
 * True when `name` holds a possessive ("Ana Ruiz's Harbor") and the page always goes on after it with a lower-case
 * word ("Ana Ruiz's Harbor house"): a noun phrase cut before its noun, not a title. A name such as "Quay's Weekly"
 * stands alone somewhere (its masthead, its copyright).
 */
export function possessivePhrase(name: string, text: string): boolean {
  if (!/\p{L}['’]s[ \t]+\S/u.test(name)) return false;
  let seen = 0;
  for (const m of wholeMatches(name, text)) {
    if (!/^[ \t]+\p{Ll}/u.test(text.slice(m.index + name.length, m.index + name.length + 3))) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * True when every line that writes `name` is a copyright line holding it with others: "© 2024 Harbor Holdings and
 * affiliated companies", "© Quay Foundation and Harbor Project contributors". The rights are a group's or a
 * project's contributors', named so on the page of one of the group's sites, whose own name is elsewhere.
 */
export function heldWithOthers(name: string, text: string): boolean {
  let seen = 0;
  for (const line of text.split('\n')) {
    // (the pattern holds the name as written: a line without it has no match)
    if (!line.includes(name)) continue;
    for (const m of wholeMatches(name, line)) {
      if (!COPYRIGHT.test(line.toLowerCase()) || !WITH_OTHERS.test(line.slice(m.index + name.length))) return false;
      seen++;
    }
  }
  return seen > 0;
}
/** What follows a holder on a copyright line held with others. */
const WITH_OTHERS = /^[ \t]+(?:and[ \t]+affiliated[ \t]+companies|contributors)(?![\p{L}])/u;

/** True when `name` is one of the domains that never are the outlet (`ignored`: social networks, platforms, ad and image hosts). */
export function ignoredDomain(name: string, ignored: readonly string[]): boolean {
  const d = domainKey(name);
  return DOMAIN_NAME.test(d) && ignored.some((x) => domainKey(x) === d);
}

/**
 * True when the page writes `name` only before a joiner that ends its line ("© HARBOR &" over "QUAY 2025", "Bureau
 * of" over "Tides"): the name goes on past the line's wrap, so `name` is its first piece, not the name.
 */
export function cutAtWrap(name: string, text: string): boolean {
  let seen = 0;
  for (const m of wholeMatches(name, text)) {
    if (!HANGING_JOINER.test(text.slice(m.index + name.length, m.index + name.length + 12))) return false;
    seen++;
  }
  return seen > 0;
}
/** A joiner, then the line's end. */
const HANGING_JOINER = /^[ \t]*(?:&|and|of|the|[-–—+])[ \t]*(?:\r?\n|$)/iu;

/**
 * True when the page writes `name` (one word), wherever it is capitalised, only inside one longer name: after
 * the same capitalised word each time ("Contact Information", "Follow the Case") or before the same one each
 * time ("Smart Home", "Associated Newspapers"). The word is then a piece of that menu entry, heading or holder's
 * name, cut from it. A site's name stands alone somewhere (its logo, its copyright, its text) or with other
 * words each time ("Harbor Weekly", "the Harbor app"); a word of `kinds` after it (an organisation's: "Quay
 * Magazine") makes it a name of its own. A legal form or a company's word after it each time ("Quay Inc.", "Allied
 * Newspapers Ltd") does not: the word is a piece of the rights holder's name. Lower-case uses are the everyday word.
 */
export function onePhrase(name: string, text: string, kinds: readonly string[]): boolean {
  if (!/^\p{L}+$/u.test(name)) return false;
  let before: string | null | undefined;
  let after: string | null | undefined;
  let seen = 0;
  for (const m of wholeMatches(name, text, true)) {
    if (!/^\p{Lu}/u.test(m.text)) continue;
    const around = lineAround(text, m.index, m.index + name.length);
    const b = CAP_BEFORE.exec(around.before)?.[1]?.toLowerCase() ?? null;
    const a = CAP_AFTER.exec(around.after)?.[1]?.toLowerCase() ?? null;
    before = seen === 0 || before === b ? b : null;
    after = seen === 0 || after === a ? a : null;
    seen++;
  }
  return seen > 0 && (Boolean(before && before !== 'the') || Boolean(after && !kinds.includes(after)));
}
/** The capitalised word before a name on its line, a lower-case "the" between ("Follow the"). */
const CAP_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’-]*)[ \t]+(?:the[ \t]+)?$/u;
/** The capitalised word after a name on its line. */
const CAP_AFTER = /^[ \t]+(\p{Lu}[\p{L}\p{N}]*)/u;

/**
 * True when every line that writes `name` is an entry of a list that is no name of the site's: an entry that is
 * the name alone (a menu's section: "• Harbor Originals"), or a listed link to another article whose title holds
 * the name, its source after a separator ("• Notes From the Quay Office Report | Harborview"). A site's own name
 * also stands in its logo, its copyright or its text; a network's bar that lists it is networkOnly's.
 */
export function listedOnly(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare) return false;
  let seen = 0;
  const lines = text.split('\n');
  // (only the lines holding the name in any case can hold its whole words: linesHolding)
  for (const i of linesHolding(text, lines, bare)) {
    const line = lines[i];
    const m = wholeMatches(bare, line, true).next().value;
    if (!m) continue;
    const entry = LIST_ENTRY.exec(line);
    if (!entry) return false;
    const t = line.slice(entry[0].length - 1).trim().replace(/^the\s+/iu, '');
    const source = LINK_SOURCE.exec(line);
    if (t.toLowerCase() !== bare.toLowerCase() && !(source && source.index >= m.index + bare.length)) return false;
    seen++;
  }
  return seen > 0;
}
/** A listed link's source at its line's end, after a separator ("... | Harborview"). */
const LINK_SOURCE = /[ \t][|–—-][ \t]+[^|–—\n]+$/u;

/**
 * True when `name`, two words or more with a capital, is a phrase the page's sentences write in lower case twice or
 * more ("content depth" for "Content Depth"): a topic the article discusses, capitalised in its heading, not a
 * name. A site's name keeps its capitals wherever its own text writes it ("a Harbor Weekly survey").
 */
export function lowerPhrase(name: string, text: string): boolean {
  const words = name.replace(/^the\s+/iu, '').split(/\s+/u);
  const lower = words.join(' ').toLowerCase();
  if (words.length < 2 || lower === words.join(' ') || !text.includes(words[words.length - 1].toLowerCase())) return false;
  return lowerTwice(lower, text);
}
/**
 * Whether `text` writes `lower` (words and single spaces) twice, whole, any spaces, tabs or line breaks between its
 * words: what `(?<![\p{L}\p{N}])WORDS(?![\p{L}\p{N}])` with [ \t\n]+ for each space counts. The words alone are a
 * pattern without \p classes (a \p pattern per name cost ~0.2 ms to compile), the code points around each place
 * they stand looked at (standsWhole); from each place the words start they end at one place (no word
 * holds a space). A phrase with an empty word or a surrogate keeps the whole pattern.
 */
export function lowerTwice(lower: string, text: string): boolean {
  const words = escapeRe(lower).replace(/ /gu, '[ \\t\\n]+');
  let n = 0;
  if (hasSurrogate(lower) || lower.split(' ').some((w) => !w || /\s/u.test(w))) {
    for (const _ of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'gu'))) if (++n >= 2) return true;
    return false;
  }
  const re = new RegExp(words, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (standsWhole(text, m.index, end)) {
      if (++n >= 2) return true;
      re.lastIndex = end;
    } else re.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * True when `name` is written in capitals and the page writes it only between two words in capitals on its line
 * ("ABOUT HARBOR FORUMS LOGIN" for "HARBOR FORUMS"): a run cut from a menu written in capitals, its entries run
 * together. A site's name in capitals stands at a line's start or end somewhere (its logo, its copyright).
 */
export function capsRun(name: string, text: string): boolean {
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return false;
  let seen = 0;
  for (const m of wholeMatches(name, text)) {
    const { before, after } = lineAround(text, m.index, m.index + name.length);
    if (!CAPS_BEFORE.test(before) || !CAPS_AFTER.test(after)) return false;
    seen++;
  }
  return seen > 0;
}
/** A word in capitals just before, and just after, a name on its line. */
const CAPS_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,}[ \t]+$/u;
const CAPS_AFTER = /^[ \t]+\p{Lu}{2,}(?![\p{L}\p{N}]*\p{Ll})/u;

/**
 * True when `name` opens with a word that describes a picture, a colour or a variant ("Blue Harbor", "White
 * Harbor", "Dark Harbor"), and the page writes it only before "logo" ("Blue Harbor logo"): a logo image's alt text,
 * which names the brand in the colour or the form the picture shows, not the site's name as written.
 */
export function logoPicture(name: string, text: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !PICTURE_WORDS.has(words[0].toLowerCase())) return false;
  let seen = 0;
  for (const m of wholeMatches(name, text, true)) {
    if (!LOGO_NEXT.test(text.slice(m.index + m.text.length, m.index + m.text.length + 8))) return false;
    seen++;
  }
  return seen > 0;
}
/** "logo" right after a name (its alt text's last word). */
const LOGO_NEXT = /^[ \t]*(?:logo|Logo|LOGO)(?!\p{Ll})/u;
/** Words an alt text puts before a brand to say which picture it is: colours, shades, variants. */
const PICTURE_WORDS = new Set(['blue', 'white', 'black', 'red', 'green', 'yellow', 'orange', 'purple', 'pink', 'grey', 'gray', 'gold', 'silver', 'dark', 'light', 'color', 'colour', 'mono', 'monochrome', 'inverted', 'transparent', 'mobile', 'desktop', 'footer', 'header']);
