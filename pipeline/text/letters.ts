// Unicode letter classes (and white space) of one UTF-16 code unit, read from a table instead of a pattern: the word
// scanners every stage shares test each character of every text, and a regex match per word (its
// match array, its exec call) cost more than the scan. Only for code units outside the surrogate
// range (a surrogate is half of a code point: callers fall back to their pattern when they meet one).
// Each unit's classes are found once, by the same \p{...} patterns, the first time it is asked.

const LETTER = 1;
const NUMBER = 2;
const LOWER = 4;
const UPPER = 16;
const KNOWN = 8;
const SPACE = 32;

const table = new Uint8Array(0x10000);
const L = /^\p{L}$/u;
const N = /^\p{N}$/u;
const LL = /^\p{Ll}$/u;
const LU = /^\p{Lu}$/u;
const S = /^\s$/;

function classes(c: number): number {
  let k = table[c];
  if (k === 0) {
    const s = String.fromCharCode(c);
    k = KNOWN | (L.test(s) ? LETTER : 0) | (N.test(s) ? NUMBER : 0) | (LL.test(s) ? LOWER : 0) | (LU.test(s) ? UPPER : 0) | (S.test(s) ? SPACE : 0);
    table[c] = k;
  }
  return k;
}

/** Half of a code point (U+D800-U+DFFF): the tables do not answer for it. */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
/** \p{L} */
export const isLetter = (c: number): boolean => (classes(c) & LETTER) !== 0;
/** [\p{L}\p{N}] */
export const isLetterOrNumber = (c: number): boolean => (classes(c) & (LETTER | NUMBER)) !== 0;
/** \p{Ll} */
export const isLower = (c: number): boolean => (classes(c) & LOWER) !== 0;
/** \p{Lu} */
export const isUpper = (c: number): boolean => (classes(c) & UPPER) !== 0;
/** \s (the same with or without /u; a surrogate is none) */
export const isSpace = (c: number): boolean => (classes(c) & SPACE) !== 0;

/** The code point starting at UTF-16 offset `i` (a surrogate pair read whole), or '' past the end. */
export function codePointAt(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** The code point ending just before UTF-16 offset `i` (a surrogate pair read whole), or '' at 0. */
export function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}
