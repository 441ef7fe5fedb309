// What a pattern cannot match without: strings one of which every match of it holds, read off the
// pattern's source ("sign up|subscribe" needs "sign up" or "subscribe"; "\bby\s+(?:the\s+)?\p{Lu}" needs
// "by"). A rule that tries several patterns on every line of a page can ask first whether the line holds
// any of their strings, with one short case-insensitive pattern (`cueOf`), and skip the rest on the many
// lines that hold none. A pattern that opens with a word boundary or a group, which V8 tries at every place of
// a text, can be asked through `guardedTest`, which first searches for one of its needs of one or a few strings
// (or a digit: "\b\d{1,2}/\d{1,2}/\d{2,4}\b" needs one). The strings are derived, not written beside each pattern,
// so a cue holds for any pattern a newsroom configures; a construct this reader does not know gives no strings,
// and then no cue. (Before a literal alternation a cue does not pay: V8 scans one about as fast as it searches for
// a few strings.)
//
// Only ASCII and characters with no case at all go into the strings: the cue is case-insensitive and
// Unicode-aware, so it finds a string wherever a pattern, with or without its own `i` flag, could match it.

import { escapeRe } from './regexp.js';

/** Any-of: a match holds at least one of these (lower case). */
type Need = string[];

class Unreadable extends Error {}

/** At most this many strings make a need: a wider alternation gives none. */
const MAX_STRINGS = 24;
/** A character repeated more often than this stands in a string this often. */
const MAX_REPEAT = 8;

interface Cursor {
  src: string;
  at: number;
}

/** A character that can stand in a needed string as itself, lower-cased; undefined when it cannot. */
function plain(c: string): string | undefined {
  const code = c.charCodeAt(0);
  if (code >= 0x20 && code < 0x7f) return c.toLowerCase();
  if (code < 0xa0 || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  if (c.toLowerCase() !== c || c.toUpperCase() !== c || /[\p{L}\p{M}]/u.test(c)) return undefined;
  return c;
}

/** The need of a digit ("\\d"), among the strings: no string holds this character (see `plain`). */
export const DIGIT = '\0';

interface Atom {
  /** A character matched as itself (or as either case of one ASCII letter: "[Bb]"). */
  char?: string;
  /** A digit: "\\d", "[0-9]". */
  digit?: boolean;
  /** What a group needs. */
  need?: Need;
}

function escape(p: Cursor): Atom {
  const c = p.src[p.at++];
  if (c === undefined) throw new Unreadable();
  if (c === 'd') return { digit: true };
  if ('DwWsSbBpPkcnrtfv0123456789'.includes(c)) {
    if ((c === 'p' || c === 'P' || c === 'k') && p.src[p.at] === (c === 'k' ? '<' : '{')) {
      const end = p.src.indexOf(c === 'k' ? '>' : '}', p.at);
      if (end < 0) throw new Unreadable();
      p.at = end + 1;
    } else if (c === 'c') p.at++;
    // (A backreference or an octal escape may run to more digits: none of them is a character of its own.)
    else if (/\d/u.test(c)) while (/\d/u.test(p.src[p.at] ?? '')) p.at++;
    return {};
  }
  if (c === 'u' || c === 'x') {
    // A character by its code: read as one that has no place in a string (rare in patterns).
    if (c === 'u' && p.src[p.at] === '{') {
      const end = p.src.indexOf('}', p.at);
      if (end < 0) throw new Unreadable();
      p.at = end + 1;
    } else p.at += c === 'u' ? 4 : 2;
    return {};
  }
  return { char: c };
}

/** A class is a character of a string only when it holds the two cases of one ASCII letter and nothing else. */
function charClass(p: Cursor): Atom {
  const from = p.at;
  for (; p.at < p.src.length; p.at++) {
    if (p.src[p.at] === '\\') p.at++;
    else if (p.src[p.at] === ']') {
      const body = p.src.slice(from, p.at++);
      if (body === '0-9' || body === '\\d') return { digit: true };
      return /^[a-zA-Z]{2}$/u.test(body) && body[0] !== body[1] && body[0].toLowerCase() === body[1].toLowerCase() ? { char: body[0] } : {};
    }
  }
  throw new Unreadable();
}

function group(p: Cursor): Atom {
  let look = false;
  if (p.src[p.at] === '?') {
    const head = p.src.slice(p.at, p.at + 3);
    if (head.startsWith('?:')) p.at += 2;
    else if (head.startsWith('?=') || head.startsWith('?!')) (p.at += 2), (look = true);
    else if (head === '?<=' || head === '?<!') (p.at += 3), (look = true);
    else if (head.startsWith('?<')) {
      const end = p.src.indexOf('>', p.at);
      if (end < 0) throw new Unreadable();
      p.at = end + 1;
    } else throw new Unreadable();
  }
  const need = union(branches(p));
  if (p.src[p.at++] !== ')') throw new Unreadable();
  // A lookaround matches no character of the match: what it needs may lie outside the match.
  return look ? {} : { need };
}

/** The fewest times the atom just read must repeat (from the quantifier after it), and whether exactly so often. */
function quantifier(p: Cursor): { min: number; exact: boolean } {
  const c = p.src[p.at];
  let min = 1;
  let exact = true;
  if (c === '*' || c === '?' || c === '+') {
    p.at++;
    min = c === '+' ? 1 : 0;
    exact = false;
  } else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/u.exec(p.src.slice(p.at));
    if (!m) throw new Unreadable();
    p.at += m[0].length;
    min = Number(m[1]);
    exact = !m[2];
  } else return { min, exact };
  if (p.src[p.at] === '?') p.at++;
  return { min, exact };
}

/** Of a branch's needs, the one that filters best: its shortest string longest, then the fewest strings. */
function best(needs: Need[]): Need | undefined {
  let out: Need | undefined;
  const shortest = (n: Need) => Math.min(...n.map((s) => s.length));
  for (const n of needs) {
    if (!out || shortest(n) > shortest(out) || (shortest(n) === shortest(out) && n.length < out.length)) out = n;
  }
  return out;
}

/** Every need of one branch: a match holds one string of each. */
function sequence(p: Cursor): Need[] {
  const needs: Need[] = [];
  let run = '';
  const flush = () => {
    if (run) needs.push([run]);
    run = '';
  };
  while (p.at < p.src.length && p.src[p.at] !== '|' && p.src[p.at] !== ')') {
    const c = p.src[p.at++];
    let atom: Atom;
    if (c === '\\') atom = escape(p);
    else if (c === '[') atom = charClass(p);
    else if (c === '(') atom = group(p);
    else if (c === '^' || c === '$' || c === '.') atom = {};
    else if ('*+?{}]'.includes(c)) throw new Unreadable();
    else atom = { char: c };
    const { min, exact } = quantifier(p);
    const ch = atom.char === undefined ? undefined : plain(atom.char);
    if (ch !== undefined && min >= 1) {
      // (" {3,}" needs three spaces; "a{2}b" needs "aab"; "a+b" needs "a" and "b".)
      run += ch.repeat(Math.min(min, MAX_REPEAT));
      if (!exact || min > MAX_REPEAT) flush();
    } else {
      flush();
      if (atom.need && min >= 1) needs.push(atom.need);
      if (atom.digit && min >= 1) needs.push([DIGIT]);
    }
  }
  flush();
  return needs;
}

function branches(p: Cursor): Need[][] {
  const out = [sequence(p)];
  while (p.src[p.at] === '|') {
    p.at++;
    out.push(sequence(p));
  }
  return out;
}

/** One need for several branches: each branch's best, together; none when a branch has none. */
function union(all: Need[][]): Need | undefined {
  const strings = new Set<string>();
  for (const needs of all) {
    const need = best(needs);
    if (!need) return undefined;
    for (const s of need) strings.add(s);
  }
  return strings.size <= MAX_STRINGS ? [...strings] : undefined;
}

/** Each branch's needs of `re`'s pattern; undefined when the pattern cannot be read. */
function branchNeeds(re: RegExp): Need[][] | undefined {
  if (re.flags.includes('v')) return undefined;
  const p: Cursor = { src: re.source, at: 0 };
  try {
    const all = branches(p);
    return p.at === p.src.length ? all : undefined;
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

/** Strings one of which every match of `re` holds, lower-cased; undefined when none can be told. */
export function neededStrings(re: RegExp): string[] | undefined {
  const all = branchNeeds(re);
  return all && union(all);
}

/** Whether every text holding `s` holds `o` too. */
const covers = (o: string, s: string) => o !== s && (o === DIGIT ? /\d/u.test(s) : s !== DIGIT && s.includes(o));

/**
 * A case-insensitive pattern finding any of `strings` (a digit for DIGIT) inside a text: a cue a text must match
 * before a costlier rule that needs one of them reads it. A string that holds another is left out. (Case-insensitive
 * matching with /u finds a word wherever lower-casing the text's words would give it.)
 */
export function anyOfCue(strings: Iterable<string>): RegExp {
  const all = [...strings];
  const kept = all.filter((s) => !all.some((o) => covers(o, s)));
  return new RegExp(kept.map((s) => (s === DIGIT ? '\\d' : escapeRe(s))).join('|'), 'iu');
}

/**
 * A pattern that finds, in any text one of `patterns` matches, a string that pattern needs: a text it does
 * not match none of them matches. Undefined when some pattern's needs cannot be told.
 */
export function cueOf(patterns: RegExp[]): RegExp | undefined {
  const all = new Set<string>();
  for (const re of patterns) {
    const need = neededStrings(re);
    if (!need) return undefined;
    for (const s of need) all.add(s);
  }
  return all.size ? anyOfCue(all) : undefined;
}

/** At most this many cues are tried before a pattern, each of at most this many strings. (A cue of one string is
 * a substring search; V8 tries a wide alternation at every place of a text, much as it tries the pattern.) */
const MAX_CUES = 2;
const MAX_CUE_STRINGS = 4;

/** The cues worth trying before `re`: its needs of few strings, none of them one character (a digit aside). */
function cuesOf(re: RegExp): RegExp[] {
  const all = branchNeeds(re);
  if (!all) return [];
  const one = all.length === 1 ? all[0] : [union(all) ?? []];
  const needs = one.filter((n) => n.length && n.length <= MAX_CUE_STRINGS && n.every((s) => s.length >= 2 || (s === DIGIT && n.length === 1)));
  const shortest = (n: Need) => Math.min(...n.map((s) => (s === DIGIT ? 1 : s.length)));
  const sources = new Map<string, RegExp>();
  for (const n of needs.sort((a, b) => a.length - b.length || shortest(b) - shortest(a))) {
    const cue = anyOfCue(n);
    if (!sources.has(cue.source)) sources.set(cue.source, cue);
  }
  return [...sources.values()].slice(0, MAX_CUES);
}

const testers = new WeakMap<RegExp, (text: string) => boolean>();

/**
 * `re.test(text)`, asking first the pattern's cheap cues (a string or a digit every match holds): a text without
 * one is not tried. For a pattern with no state (no g or y flag): tried on many texts, it opens with a word
 * boundary or a group V8 tries at every place ("\b(?:jan|feb|...)\.?\s+\d{1,2},?\s+\d{4}" needs a digit).
 */
export function guardedTest(re: RegExp, text: string): boolean {
  let t = testers.get(re);
  if (!t) {
    const cues = re.global || re.sticky ? [] : cuesOf(re);
    t = cues.length ? (s) => cues.every((c) => c.test(s)) && re.test(s) : (s) => re.test(s);
    testers.set(re, t);
  }
  return t(text);
}
