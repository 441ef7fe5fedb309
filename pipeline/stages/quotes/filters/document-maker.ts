// "The ad says ...", "the letter reads ...": a piece of writing credited with a quote and naming no
// owner is, most often, the one the article introduced a little earlier with who made it ("Jo Lin is
// releasing a new ad", "a group of parents sent a letter to the board", "a memo from the agency"; "the
// memo released by the agency" in the quote's own block).
// That maker is the speaker. Only the reporter's prose is read (quotes are masked), nearest first,
// within a few blocks before the quote; a maker that is a pronoun or not a person, an organization or a
// description (speaker-shape.ts) is no answer.
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { isCap, sentenceStart, words, sentenceEnds, type Word } from '../words.js';
import nouns from './speaker-nouns.json' with { type: 'json' };
import { lowerCase } from '../../../text/lower-case.js';

const MAKING = new Set(nouns.making_verbs);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'also', 'just', 'recently', 'then', 'quickly', 'later']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** How many blocks before the quote's a piece of writing may have been introduced in. */
const BLOCKS_BACK = 6;
/** Most words a maker may have. */
const MAX_WORDS = 10;

/** Patterns of an introduced piece of writing, per noun: built once, so they run compiled, not interpreted. */
const byNoun = new Map<string, { intro: RegExp; definite: RegExp; noun: RegExp }>();
export function writingPatterns(noun: string): { intro: RegExp; definite: RegExp; noun: RegExp } {
  let ps = byNoun.get(noun);
  if (ps) return ps;
  const writing = `\\s+(?:[\\p{L}\\p{N}'\u2019-]+\\s+){0,3}?${noun}s?(?![\\p{L}])`;
  ps = {
    intro: new RegExp(`(?<![\\p{L}])(?:a|an|its|his|her|their)${writing}`, 'giu'),
    // ("the statement released by X" names its maker, while "the statement" alone introduces nothing:
    // read only in the quote's own block, and only with the maker after it; further back, "the research
    // by Ana" is seldom what is quoted)
    definite: new RegExp(`(?<![\\p{L}])the${writing}`, 'giu'),
    // Both patterns hold the noun, so a block without it (most blocks) has no match. The noun alone, with
    // the same flags, is found by a fast scan; the full patterns, opening with a look-behind under /iu,
    // are tried at every place of the block (and a quote reads up to BLOCKS_BACK blocks).
    noun: new RegExp(noun, 'iu'),
  };
  if (byNoun.size < 512) byNoun.set(noun, ps);
  return ps;
}

/**
 * The matches of global pattern `re` in `text`, the ones `text.matchAll(re)` gives, found by `re` itself.
 * (matchAll constructs a copy of the pattern on every call; this runs the one built.) Leaves `re.lastIndex` 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // (as matchAll steps past an empty match, by a code point under /u)
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** A character a match of `intro` or `definite` may hold: letters, digits, apostrophes, hyphens, spaces. */
const MATCHABLE = /[\p{L}\p{N}'\u2019\s-]/u;
const matchable = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  // (half of an astral character: counted in, so a run only ends at a character no match can hold)
  return (c >= 0xd800 && c <= 0xdfff) || MATCHABLE.test(text[i]);
};
/** The noun anywhere, as `noun` finds it, per noun. */
const nounAll = new Map<string, RegExp>();

/**
 * The matches `allMatches(re, text)` gives for `re` an `intro` or `definite` pattern of `noun`, found
 * only in the runs of matchable characters that hold the noun: a match is all such characters and ends
 * in the noun, so it lies inside one of those runs. Each run is read with the character on either side,
 * so the look-behind and look-ahead see what they see in the whole text. (The patterns open with a
 * look-behind under /iu, so V8 tries them at every place of the text: allMatches over whole blocks
 * was ~40% of the filters stage in a --cpu-prof of polnear-dev.)
 */
export function matchesNear(re: RegExp, text: string, noun: string): RegExpExecArray[] {
  let all = nounAll.get(noun);
  if (!all) {
    all = new RegExp(noun, 'giu');
    if (nounAll.size < 512) nounAll.set(noun, all);
  }
  const out: RegExpExecArray[] = [];
  let covered = 0;
  for (const n of allMatches(all, text)) {
    if (n.index < covered) continue;
    let s = n.index;
    while (s > 0 && matchable(text, s - 1)) s--;
    let e = n.index;
    while (e < text.length && matchable(text, e)) e++;
    const from = Math.max(0, s - 1);
    for (const m of allMatches(re, text.slice(from, Math.min(text.length, e + 1)))) {
      m.index += from;
      out.push(m);
    }
    covered = e;
  }
  return out;
}

/** Each block's introductions of a noun, whole (undefined: the noun is not in it), per block and noun. */
const introsByBlock = new WeakMap<Prepared, Map<string, RegExpExecArray[] | undefined>>();

/**
 * The introductions of `noun` in a whole block before the quote's, read once per block and noun: the
 * quotes an article credits to "the report" each read the same few blocks before them (their matches
 * are only read, never changed).
 */
function introsIn(p: Prepared, noun: string, named: RegExp, intro: RegExp): RegExpExecArray[] | undefined {
  let byNoun = introsByBlock.get(p);
  if (!byNoun) introsByBlock.set(p, (byNoun = new Map()));
  if (!byNoun.has(noun)) byNoun.set(noun, named.test(p.masked) ? matchesNear(intro, p.masked, noun) : undefined);
  return byNoun.get(noun);
}

/**
 * The maker of the piece of writing `noun` ("ad", "letter") introduced before `at` (an offset in block
 * `block`), as the article names them; undefined when none is found.
 */
export function documentMaker(blocks: Prepared[], block: number, at: number, noun: string, v: Vocab, ok: (s: string) => boolean): string | undefined {
  const { intro, definite, noun: named } = writingPatterns(noun);
  for (let b = block; b >= Math.max(0, block - BLOCKS_BACK); b--) {
    const p = blocks[b];
    const text = p.masked.slice(0, b === block ? at : p.masked.length);
    const intros = b === block ? (named.test(text) ? matchesNear(intro, text, noun) : undefined) : introsIn(p, noun, named, intro);
    if (!intros) continue;
    const found = intros.map((m) => ({ m, named: false }));
    if (b === block) found.push(...matchesNear(definite, text, noun).map((m) => ({ m, named: true })));
    found.sort((x, y) => x.m.index - y.m.index);
    for (let k = found.length - 1; k >= 0; k--) {
      const { m, named } = found[k];
      const maker = after(p.block.text, m.index + m[0].length, v, ok) ?? (named ? undefined : before(p.masked, p.block.text, m.index, v, ok));
      if (maker) return maker;
    }
  }
  return undefined;
}

/** How many blocks before the quote's an organization's statement may have been reported in. */
const STATEMENT_BLOCKS_BACK = 3;
/** "The council confirmed that ...", "Acme News announced ...", "the agency said in a statement": an organization giving out a statement. */
const STATING = /(?<![\p{L}])((?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.'\u2019&-]*\s+){0,4}?[\p{L}][\p{L}'\u2019-]*)\s+(?:confirmed|announced|stated|said\s+in\s+a\s+(?:written\s+)?statement)(?![\p{L}])/gu;

/**
 * "Acme News confirmed that ... According to the statement, ... '...,' the statement read": a statement
 * the article names no maker for is the one the organization it last reported confirming or announcing
 * something (in the quote's block or the few before) gave out. Only an organization, the clause's
 * subject opening its sentence: a person confirming something is seldom the statement's maker (a
 * campaign's statement about them), and "the statement" in a paper's own reporting is often its source's.
 */
export function statementMaker(blocks: Prepared[], block: number, at: number, v: Vocab, ok: (s: string) => boolean): string | undefined {
  for (let b = block; b >= Math.max(0, block - STATEMENT_BLOCKS_BACK); b--) {
    const p = blocks[b];
    const text = p.masked.slice(0, b === block ? at : p.masked.length);
    const ends = sentenceEnds(text, v);
    const found = allMatches(STATING, text).filter((m) => sentenceStart(ends, m.index) === m.index || /^\s*$/u.test(text.slice(sentenceStart(ends, m.index), m.index)));
    for (let k = found.length - 1; k >= 0; k--) {
      const ws = words(p.block.text, found[k].index, found[k].index + found[k][1].length);
      if (!ws.some((w) => v.orgWords.has(w.bare) || v.orgWords.has(w.raw)) || ws.some((w) => PRONOUNS.has(lowerCase(w.raw)))) continue;
      const out = maker(p.block.text, ws, ok);
      if (out) return out;
    }
  }
  return undefined;
}

/** "a letter from the union", "an ad paid for by the party": the maker named after the writing. */
function after(text: string, end: number, v: Vocab, ok: (s: string) => boolean): string | undefined {
  const m = /^\s*,?\s*(?:(?:released|issued|sent|written|signed|paid\s+for|put\s+out|published|posted)\s+)?(?:by|from)\s+([^,.;:()\u201c\u201d"]+)/u.exec(text.slice(end, end + 160));
  if (!m) return undefined;
  const ws = words(m[1]);
  let e = 0;
  while (e < ws.length && (e === 0 || !v.nameStops.has(ws[e].lower) || ws[e].lower === 'of')) e++;
  return maker(m[1], ws.slice(0, e), ok);
}

/** "Jo Lin is releasing a new ad": the subject of the clause whose making verb has the writing as its object. */
function before(masked: string, text: string, at: number, v: Vocab, ok: (s: string) => boolean): string | undefined {
  const from = sentenceStart(sentenceEnds(masked, v), at);
  const ws = words(text, from, at).filter((w) => w.end <= at);
  let e = ws.length;
  if (!e || !MAKING.has(lowerCase(ws[e - 1].raw))) return undefined;
  e--;
  while (e > 0 && AUX.has(lowerCase(ws[e - 1].raw))) e--;
  let s = 0;
  // an opening adverbial up to its comma ("In late September, the parents sent ...")
  const comma = ws.slice(0, e).findIndex((w) => w.raw === ',');
  if (comma >= 0 && (v.clauseOpeners.has(lowerCase(ws[0].raw)) || v.placePreps.has(lowerCase(ws[0].raw)))) s = comma + 1;
  let subject = ws.slice(s, e);
  // an appositive or a relative clause after the subject's head ("the union, which ..., sent")
  const cut = subject.findIndex((w, i) => i > 0 && (w.raw === ',' || v.relativeWords.has(lowerCase(w.raw)) || lowerCase(w.raw) === 'which'));
  if (cut > 0) subject = subject.slice(0, cut);
  // "with kids in charter schools": a description's complement other than "of" goes
  const stop = subject.findIndex((w, i) => i > 1 && lowerCase(w.raw) !== 'of' && v.nameStops.has(lowerCase(w.raw)));
  if (stop > 0) subject = subject.slice(0, stop);
  if (!subject.length || subject.some((w) => /^[,;:()]$/u.test(w.raw))) return undefined;
  return maker(text, subject, ok);
}

/** The maker's words as written: a name after its titles ("presidential candidate Jo Lin" -> "Jo Lin"), or the description. */
function maker(text: string, ws: Word[], ok: (s: string) => boolean): string | undefined {
  if (!ws.length || ws.length > MAX_WORDS || PRONOUNS.has(lowerCase(ws[0].raw))) return undefined;
  let s = ws.length;
  while (s > 0 && isCap(ws[s - 1].raw)) s--;
  const named = ws.length - s >= 2 && s > 0 && /^\p{Ll}/u.test(ws[s - 1].raw) && !/^(?:the|a|an)$/u.test(ws[s - 1].raw) ? ws.slice(s) : ws;
  const out = text.slice(named[0].start, named[named.length - 1].end).replace(/['\u2019]s?$/u, '');
  return ok(out) ? out : undefined;
}
