// The words just around a quoted span, as negatives.ts and framing.ts read them: where its closing
// marks end, and a word folded for matching against config cue lists.
import type { Word } from './words.js';

export const MARKS = /["'\u201c\u201d\u2018\u2019\u201e]/u;

/** A word as cue lists hold it: lowercase, a trailing period or colon dropped ("said:", "Sen."). */
export const norm = (w: Word) => w.raw.toLowerCase().replace(/[.:]$/, '');

/** Where the quote's closing marks end, or -1 when the quote runs on without one. */
export function closeOf(text: string, open: number, quote: string): number {
  const at = text.indexOf(quote, open);
  let e = at + quote.length;
  if (at < 0 || !MARKS.test(text[e] ?? '')) return -1;
  while (e < text.length && MARKS.test(text[e])) e++;
  return e;
}
