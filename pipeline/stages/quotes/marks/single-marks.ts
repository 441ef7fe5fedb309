// Single quotation marks used as the outer marks, in a block written in the British style (single marks
// outside, no double marks: `‘We will win,’ she said.`; british.ts decides). A mark between two
// letters is an apostrophe (`don’t`, `O’Brien`), and so is one before a number (`'80s`) or after the s of
// a plural possessive (`the voters’ mood`).
import { APOS, CLOSE_AFTER, DOUBLE, OPEN_BEFORE, spaceLike, type Mark } from './marks.js';

const SINGLE_OPEN = new Set(['\u2018', "'"]);
const WORDCHAR = /[\p{L}\p{N}]/u;

/** Single quotation marks used as the outer marks, with their direction. Linear in the text. */
export function findSingleMarks(text: string): Mark[] {
  const out: Mark[] = [];
  let depth = 0;
  const lastPunctClose = lastClosingAfterPunctuation(text);
  for (let i = 0; i < text.length; i++) {
    if (!APOS.has(text[i]) || apostrophe(text, i, lastPunctClose)) continue;
    const dir = opensSingle(text, i) ? 'open' : closesSingle(text, i, depth) ? 'close' : undefined;
    if (!dir) continue;
    out.push({ at: i, len: 1, dir });
    depth = dir === 'open' ? depth + 1 : depth - 1;
  }
  return out;
}

/**
 * The last closing mark set after punctuation (`,’`): a plural possessive before it (`the voters’
 * mood`) is an apostrophe, not the end of the quote.
 */
function lastClosingAfterPunctuation(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/[,.?!\u2026][\u2019']/gu)) last = m.index + 1;
  return last;
}

/** The mark at i is an apostrophe: inside a word, before a number, or a plural possessive inside the quote. */
function apostrophe(text: string, i: number, lastPunctClose: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  const insideWord = prev !== undefined && next !== undefined && WORDCHAR.test(prev) && WORDCHAR.test(next);
  const beforeNumber = next !== undefined && /\p{N}/u.test(next) && !WORDCHAR.test(prev ?? ' ');
  const pluralPossessive = (prev === 's' || prev === 'S') && i < lastPunctClose && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3));
  return insideWord || beforeNumber || pluralPossessive;
}

/** A left single mark (or a straight one) after a space, a bracket or a double mark, before a word. */
function opensSingle(text: string, i: number): boolean {
  const prev = text[i - 1];
  const opener = spaceLike(prev) || OPEN_BEFORE.test(prev) || DOUBLE.has(prev);
  return SINGLE_OPEN.has(text[i]) && opener && !spaceLike(text[i + 1]);
}

/**
 * A closing single mark while a quote is open: after a word and before a space or punctuation, or set
 * off by a space after the quote's last punctuation, as tokenized dumps write it (`shot, ' he said`).
 */
function closesSingle(text: string, i: number, depth: number): boolean {
  if (depth <= 0 || text[i] === '\u2018') return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  const spacedClose = spaceLike(prev) && spaceLike(next) && /[,.!?;]\s+$/u.test(text.slice(Math.max(0, i - 3), i));
  const afterWord = !spaceLike(prev) && (spaceLike(next) || CLOSE_AFTER.test(next) || DOUBLE.has(next));
  return spacedClose || afterWord;
}
