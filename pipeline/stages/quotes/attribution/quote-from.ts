// Fallback: `"..." That quote from Gov. Ana Roe appeared in ...`: a quote its own sentence credits to
// no one, whose next sentence opens by naming it ("That quote from", "The remark by", "Those words
// of") and its speaker, is that speaker's. Only a capitalized name right after "from", "by" or "of",
// run to its last capitalized word ("Securities Commissioner Ana Roe"): a description there ("the
// remark by a board member") is left to the rules that read descriptions. Measured: polnear-dev 1
// hand-judged quote none -> right; the five corpora hold no other sentence of this shape.
import type { Vocab } from '../vocab.js';
import { isCap, words } from '../words.js';
import type { Attribution } from './source-words.js';
import { lowerCase } from '../../../text/lower-case.js';

const OPENING = /^["\u201d'\s]*\.?\s*(?:That|This|The|Those|These)\s+(?:quote|quotation|remark|remarks|line|comment|comments|words)\s+(?:from|by|of)\s+/u;

/** The credit the sentence after a closing mark at `close` gives the quote, if it opens by naming it. */
export function quoteFrom(text: string, close: number, v: Vocab): Attribution | undefined {
  const m = OPENING.exec(text.slice(close, close + 200));
  if (!m) return undefined;
  const from = close + m[0].length;
  const ws = words(text, from, Math.min(text.length, from + 120));
  let e = 0;
  while (e < ws.length && (isCap(ws[e].raw) || (e > 0 && v.particles.has(lowerCase(ws[e].raw)) && isCap(ws[e + 1]?.raw ?? '')))) e++;
  // (the name ends the phrase: a verb or a preposition follows, lowercase)
  if (e === 0 || !ws[e] || !/^\p{Ll}/u.test(ws[e].raw) || ws[e - 1].raw.endsWith('.')) return undefined;
  return { cue: m[0].trim().split(/\s+/).slice(0, 2).join(' '), source: text.slice(ws[0].start, ws[e - 1].end), at: ws[0].start, end: ws[e - 1].end, rule: 'attribution-quote-from' };
}
