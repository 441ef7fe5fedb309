// Where a quote's attribution is: a speech verb (or "according to") in the same sentence, with the
// source on one side of it: after the quote (after.ts) or before it (before.ts); a fragment inside the
// reporter's sentence looks before first, then falls back to an inverted attribution at its sentence's
// end, the subject after an opening phrase, or the subject of the clause it is woven into. Works on a
// masked copy of the block in which every quote's words are blanked, so nothing inside a quote is ever
// read as its own attribution.
import type { Vocab } from '../vocab.js';
import { findAfter } from './after.js';
import { findBefore } from './before.js';
import { clauseSubject } from './clause-subject.js';
import { openerSubject } from './opener-subject.js';
import { participleOpener } from './participle-opener.js';
import { invertedAtSentenceEnd } from './sentence-end.js';
import type { Attribution } from './source-words.js';
import { whomClause } from './whom-clause.js';

export type { Attribution } from './source-words.js';

/** Where to look for the attribution of the quote spanning [open, close) in the masked block. */
export interface Reach {
  open: number;
  close: number;
  /** Start of the quote's sentence, and how far after the quote an attribution may run. */
  beforeStart: number;
  afterEnd: number;
  partial: boolean;
  /** The quote ends its sentence: only a tight attribution may follow. */
  sentenceEnded: boolean;
  /** End of the quote's sentence. */
  sentenceTo: number;
}

/** The attribution of a quote (fallbacks carry their rule id in `rule`). */
export function attribute(masked: string, r: Reach, v: Vocab): Attribution | undefined {
  const after = r.close >= 0 ? findAfter(masked, r.close, r.afterEnd, r.sentenceEnded, v) : undefined;
  if (!r.partial) return after ?? findBefore(masked, r.beforeStart, r.open, v);
  return whomClause(masked, r.beforeStart, r.open, v) ?? findBefore(masked, r.beforeStart, r.open, v) ?? after ?? fragmentFallback(masked, r, v);
}

function fragmentFallback(masked: string, r: Reach, v: Vocab): Attribution | undefined {
  const far = r.close >= 0 ? invertedAtSentenceEnd(masked, r.close, r.sentenceTo, v) ?? participleOpener(masked, r.beforeStart, r.open, r.close, r.sentenceTo, v) ?? openerSubject(masked, r.beforeStart, r.open, r.close, r.sentenceTo, v) : undefined;
  return far ?? clauseSubject(masked, r.beforeStart, r.open, v);
}
