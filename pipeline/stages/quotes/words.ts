// Word tokens with offsets, and sentence ends that know "Sen." and "U.S." do not end anything.
import { isLetter, isLetterOrNumber, isLower, isSurrogate, isUpper } from '../../text/letters.js';
import type { Vocab } from './vocab.js';
import { lowerCase } from '../../text/lower-case.js';

export interface Word {
  /** As written, with a trailing period if one is attached ("Mr.", "said."). */
  raw: string;
  /** Without a trailing period or possessive ("Garin" for "Garin's"). */
  bare: string;
  /** `bare` in lowercase, as the vocabularies hold words: made once here, since rule after rule asks it
   * of word after word (the lowercasing and hashing of fresh strings was ~4% of the quote chain's self
   * time in a --cpu-prof of polnear-dev). */
  lower: string;
  start: number;
  end: number;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-]|['\u2019](?=\p{L})|\.(?=\p{L}))*(?:['\u2019](?![\p{L}'\u2019])|\.)?|[,;:()\u2014\u2013]/gu;

/**
 * The words of `text` that start in [from, to) (the last may run past `to`). Rules ask again and again for
 * the words of one block or one window of it, so a text asked for a second time is tokenized whole once and
 * later asks are read from that: the same tokens, since a scan started where no token of the whole text is
 * cut finds exactly the whole text's tokens from there on (a start inside one: fromInside). The Word
 * objects are shared between asks and never written; each ask gets its own array.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  if (text.length < MEMO_MIN_CHARS || !Number.isInteger(from) || from < 0 || typeof to !== 'number') return scan(text, from, to);
  let all = memoGet(text);
  if (all === undefined) {
    if (memoCount >= MEMO_TEXTS) memoClear();
    // Asked whole the first time: that scan is kept (a block's words are asked again by later plugins).
    if (from === 0 && to >= text.length) {
      memoSet(text, (all = scan(text, 0, text.length)));
      return all.slice();
    }
    // Seen once: scan only what is asked (a window of a long text may be all anyone wants of it).
    memoSet(text, null);
    return scan(text, from, to);
  }
  if (all === null) memoSet(text, (all = scan(text, 0, text.length)));
  // the first token ending after `from`
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  if (lo < all.length && all[lo].start < from) return fromInside(text, from, to, all, lo);
  let end = lo;
  while (end < all.length && all[end].start < to) end++;
  return all.slice(lo, end);
}

/**
 * The words from `from`, a place inside token `lo` of the whole text's tokens `all`: what is left of that
 * token is scanned afresh, and once the scan stands where that token ends (the scan's only state is
 * where it stands) the rest are the whole text's. (Windows cut into a token are what the rules read
 * around a quote, 100 characters back from its mark: ~11% of the characters scanned on polnear-dev.)
 */
function fromInside(text: string, from: number, to: number, all: Word[], lo: number): Word[] {
  const cut = all[lo].end;
  const head = scan(text, from, Math.min(to, cut));
  if (to <= cut) return head;
  if (!head.length || head[head.length - 1].end !== cut) return scan(text, from, to);
  let end = lo + 1;
  while (end < all.length && all[end].start < to) end++;
  for (let i = lo + 1; i < end; i++) head.push(all[i]);
  return head;
}

/**
 * The tokens of `text` from its start until `n` of them pass `counts` (all of them when fewer do): the
 * same tokens as words(text), read no further. A rule that only asks whether a quote has more than so
 * many words (filters/title-case.ts, asked of every quote) need not tokenize a long one whole. Not kept
 * in the memo: a quote is asked this once or twice.
 */
export function firstWords(text: string, n: number, counts: (w: Word) => boolean): Word[] {
  const out: Word[] = [];
  let from = 0;
  let found = 0;
  while (found < n) {
    // (a scan may stop after any token: the next starts where that one ends, as the pattern's would; a
    // text read by the pattern, for an astral character, comes whole and is cut here)
    const limit = n - found;
    const chunk = scan(text, from, text.length, limit);
    for (const w of chunk) {
      out.push(w);
      if (counts(w) && ++found >= n) return out;
    }
    if (chunk.length < limit) return out;
    from = chunk[chunk.length - 1].end;
  }
  return out;
}

/**
 * firstWords(text, n, counts), read only while `keep` holds of each token: undefined at the first that
 * fails it, the tokens after it never made. A question that one word settles (filters/title-case.ts: a
 * quote with a word in lowercase is no title, asked of every quote) need not tokenize the rest; the
 * tokens are scanned one at a time, each from where the one before ends, as firstWords' chunks are.
 */
export function firstWordsWhile(text: string, n: number, counts: (w: Word) => boolean, keep: (w: Word) => boolean): Word[] | undefined {
  const out: Word[] = [];
  let from = 0;
  let found = 0;
  while (found < n) {
    // (one token, or for a text read by the pattern all of them from here)
    const chunk = scan(text, from, text.length, 1);
    for (const w of chunk) {
      if (!keep(w)) return undefined;
      out.push(w);
      if (counts(w) && ++found >= n) return out;
    }
    if (!chunk.length) return out;
    from = chunk[chunk.length - 1].end;
  }
  return out;
}

/** Every token counts (moreWordsThan). */
const ANY = () => true;

/**
 * Whether `text` has more than `n` tokens: words(text).length > n, read no further than token n + 1.
 * The filters ask it of every quote ("a term has at most five words"): tokenizing a long quote whole for
 * that was most of the quote word scan, and kept the quote in the memo, which then cleared blocks' words.
 */
export function moreWordsThan(text: string, n: number): boolean {
  return firstWords(text, n + 1, ANY).length > n;
}

/**
 * A text's tokens counted as far as asked: upTo(n) is min(words(text).length, n), so upTo(m + 1) > m is
 * moreWordsThan(text, m). Each ask goes on from where the last stopped, by firstWords' own steps (a
 * scan stops after any token, the next starts where it ends): a quote asked by rule after rule whether
 * it has more than so many words (filters/around.ts) is read once, no further than the most asked.
 */
export class TokenCount {
  private from = 0;
  private found = 0;
  private done = false;

  constructor(readonly text: string) {}

  upTo(n: number): number {
    while (!this.done && this.found < n) {
      const limit = n - this.found;
      // (a text read by the pattern, for an astral character, comes whole from `from`: all counted)
      const chunk = scan(this.text, this.from, this.text.length, limit);
      this.found += chunk.length;
      if (chunk.length < limit) this.done = true;
      else this.from = chunk[chunk.length - 1].end;
    }
    return Math.min(this.found, n);
  }
}

/** Texts whose whole tokenization is kept (a block, a quote's window): an article asks of far fewer. */
const MEMO_TEXTS = 256;
/** Shorter texts are scanned each time: a lookup would cost about as much. */
const MEMO_MIN_CHARS = 40;
// Kept by the text's length, then the text itself: a Map keyed by the text hashed each new text whole (a
// block, a masked block) on its first ask, ~2.5% of the names stage's time in a --cpu-prof of polnear-dev;
// a length hashes for nothing, and a text is then told from the few of its length by ===, most often the
// same string object (a block's text, asked again by rule after rule). The same answers as that Map.
const memo = new Map<number, [text: string, all: Word[] | null][]>();
let memoCount = 0;

// (a text found is moved to the front of its length's list: a block and its masked copy have one
// length and the same words up to the first quote, so each ask for the masked copy, one per sentence in
// names/reported.ts, compared it with the block first, character by character up to that quote)
function memoGet(text: string): Word[] | null | undefined {
  const same = memo.get(text.length);
  if (!same) return undefined;
  for (let j = 0; j < same.length; j++) {
    const e = same[j];
    if (e[0] !== text) continue;
    if (j > 0) {
      same[j] = same[0];
      same[0] = e;
    }
    return e[1];
  }
  return undefined;
}

function memoSet(text: string, all: Word[] | null): void {
  let same = memo.get(text.length);
  if (!same) memo.set(text.length, (same = []));
  for (const e of same) {
    if (e[0] !== text) continue;
    e[1] = all;
    return;
  }
  same.push([text, all]);
  memoCount++;
}

function memoClear(): void {
  memo.clear();
  memoCount = 0;
}

/** A token as WORD reads it from `start` to `end`. */
function wordAt(text: string, start: number, end: number): Word {
  const raw = text.slice(start, end);
  const bare = bareOf(raw);
  return { raw, bare, lower: lowerCase(bare), start, end, possessive: raw.length > 2 && apostropheEnd(raw) > 0 };
}

/** The tokens WORD finds from `from` that start before `to`. */
function scanByPattern(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push(wordAt(text, m.index, m.index + m[0].length));
  return out;
}

// WORD read by char code (every word of every stage passes through here; a match array per word cost
// more than the rest of the scan). The same tokens as scanByPattern (test/word-scan.test.ts compares
// them): a text holding a surrogate (an astral character) where the scan looks is read by the pattern.
const isPunctCode = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2014 || c === 0x2013;

function scan(text: string, from: number, to: number, limit = Infinity): Word[] {
  const n = text.length;
  // (a start inside a surrogate pair: the pattern steps back to the pair's start)
  if (!Number.isInteger(from) || from < 0 || typeof to !== 'number' || (from < n && isSurrogate(text.charCodeAt(from)))) return scanByPattern(text, from, to);
  const out: Word[] = [];
  let i = from;
  while (i < n && i < to && out.length < limit) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return scanByPattern(text, from, to);
    if (isPunctCode(c)) {
      out.push(wordAt(text, i, i + 1));
      i++;
      continue;
    }
    if (!isLetterOrNumber(c)) {
      i++;
      continue;
    }
    // [\p{L}\p{N}](?:[\p{L}\p{N}\-]|['\u2019](?=\p{L})|\.(?=\p{L}))*
    let j = i + 1;
    for (;;) {
      if (j >= n) break;
      const d = text.charCodeAt(j);
      if (isSurrogate(d)) return scanByPattern(text, from, to);
      if (d === 0x2d || isLetterOrNumber(d)) {
        j++;
        continue;
      }
      if (d === 0x27 || d === 0x2019 || d === 0x2e) {
        if (j + 1 >= n) break;
        const e = text.charCodeAt(j + 1);
        if (isSurrogate(e)) return scanByPattern(text, from, to);
        if (isLetter(e)) {
          j++;
          continue;
        }
      }
      break;
    }
    // (?:['\u2019](?![\p{L}'\u2019])|\.)?
    if (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x2e) j++;
      else if (d === 0x27 || d === 0x2019) {
        const e = j + 1 < n ? text.charCodeAt(j + 1) : -1;
        if (e >= 0 && isSurrogate(e)) return scanByPattern(text, from, to);
        if (!(e === 0x27 || e === 0x2019 || (e >= 0 && isLetter(e)))) j++;
      }
    }
    out.push(wordAt(text, i, j));
    i = j;
  }
  return out;
}

// (Read by char code, not by patterns: every word of every stage passes through here.)
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** How many code units end `s` as a possessive: "'" or "'s" (either apostrophe), else 0. */
function apostropheEnd(s: string): number {
  const n = s.length;
  if (n && isApostrophe(s.charCodeAt(n - 1))) return 1;
  return n > 1 && s.charCodeAt(n - 1) === 0x73 && isApostrophe(s.charCodeAt(n - 2)) ? 2 : 0;
}

/** The word without one trailing period, then without a possessive ending ("Garin's." -> "Garin"). */
function bareOf(raw: string): string {
  const s = raw.charCodeAt(raw.length - 1) === 0x2e ? raw.slice(0, -1) : raw;
  const cut = apostropheEnd(s);
  return cut ? s.slice(0, -cut) : s;
}

/**
 * lowerCase(w.raw), read from `lower` when the word is written bare (most are: no trailing period or
 * possessive), where it is the same string. The names rules ask it of word after word, and lowerCase's
 * char loop was ~5% of that stage's self time in a --cpu-prof of polnear-dev.
 */
export const lowerRaw = (w: Word): string => (w.raw === w.bare ? w.lower : lowerCase(w.raw));

// (built once: a literal in the arrow is a new RegExp object on every call, and these run per word)
const CAP = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
// (isCap by the letter table, the pattern only for an astral first character: every stage asks it of
// word after word, and the pattern's exec was ~0.6% of the chain's self time in a --cpu-prof of polnear-dev;
// test/word-scan.test.ts compares the two on every BMP character)
export const isCap = (w: string) => {
  if (!w) return false;
  const c = w.charCodeAt(0);
  return isSurrogate(c) ? CAP.test(w) : isUpper(c);
};
// (isPunct by char code: PUNCT is one code unit of isPunctCode's, and every rule asks it of word after word)
export const isPunct = (w: Word) => w.raw.length === 1 && isPunctCode(w.raw.charCodeAt(0));
/** /^\p{Ll}/u of `w` (a lowercase first letter), by the letter table as isCap is. */
export const startsLower = (w: string) => {
  if (!w) return false;
  const c = w.charCodeAt(0);
  return isSurrogate(c) ? LOWER_START.test(w) : isLower(c);
};

/** True when a period at the end of `raw` belongs to an abbreviation or an initial, not a sentence end. */
export function isAbbreviation(raw: string, v: Vocab): boolean {
  return v.abbreviations.has(raw) || /^(?:\p{L}\.)+$/u.test(raw) || /^\p{Lu}\.?$/u.test(raw);
}

/**
 * Offsets just past each sentence end in `text`: terminal punctuation (with any closing marks) followed
 * by a space and something that can start a sentence: a capital, or an opening mark of any kind (the
 * words after it may be masked). Linear in the text.
 */
export function sentenceEnds(text: string, v: Vocab): number[] {
  const out: number[] = [];
  const re = /[.!?\u2026]+["\u201d'\u2019\u00bb\u00ab)\]]*(?=\s+(?:["\u201c'\u2018\u00ab\u00bb(\[]?[\p{Lu}\p{N}]|["\u201c\u2018'\u00ab\u00bb]))/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0][0] === '.' && !/["\u201d'\u2019\u00bb\u00ab)\]]/u.test(m[0])) {
      // the word the period is attached to
      let s = m.index;
      while (s > 0 && /[\p{L}\p{N}.'\u2019\-]/u.test(text[s - 1])) s--;
      const raw = text.slice(s, m.index + 1);
      if (isAbbreviation(raw, v) && !initialismEnds(raw, text, m.index + m[0].length, v)) continue;
    }
    out.push(m.index + m[0].length);
  }
  return out;
}

/**
 * "... in the U.S. He says": a dotted initialism ends a sentence when a pronoun or a determiner
 * that opens a clause follows it ("U.S. Senate", "D.C. Council" go on).
 */
function initialismEnds(raw: string, text: string, after: number, v: Vocab): boolean {
  if (!/^(?:\p{L}\.){2,}$/u.test(raw)) return false;
  const next = /^\s+(\p{Lu}\p{Ll}*)\b/u.exec(text.slice(after, after + 20))?.[1]?.toLowerCase();
  return !!next && (v.pronoun.has(next) || v.determiners.has(next));
}

/** Index of the first sentence end after `at` in sorted `ends` (binary search). */
function nextEnd(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the sentence holding `at`, given sorted `ends`. */
export function sentenceStart(ends: number[], at: number): number {
  const i = nextEnd(ends, at);
  return i === 0 ? 0 : ends[i - 1];
}

/** End of the sentence holding `at`. */
export function sentenceEnd(ends: number[], at: number, textLength: number): number {
  const i = nextEnd(ends, at);
  return i < ends.length ? ends[i] : textLength;
}
