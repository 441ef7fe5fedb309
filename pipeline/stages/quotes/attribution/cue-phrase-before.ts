// Rule: a cue phrase ending at word k ("according to Ana Ruiz, ..." before the quote) takes the first
// chunk after it as its source. A cue inside a reported clause is its speaker's, not the quote's ("Roe
// said that according to its survey, ... "..."").
import { chunks } from '../grammar/chunks.js';
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Word } from '../words.js';
import type { Vocab } from '../vocab.js';
import type { BeforeRule } from './before.js';
import { attributionOf, phraseAt } from './source-words.js';

export const cuePhraseBefore: BeforeRule = ({ text, ws }, k, v) => {
  const at = phraseEndingAt(ws, k, v);
  if (at < 0) return undefined;
  const plen = k - at + 1;
  if (at >= 2 && lc(ws[at - 1]) === 'that' && ws.slice(Math.max(0, at - 5), at - 1).some((w) => isVerb(w, v))) return 'next';
  const src = chunks(ws.slice(at + plen), v, text)[0] ?? [];
  return src.length ? attributionOf(text, ws.slice(at, at + plen).map((w) => w.raw).join(' '), src) : 'next';
};

/** Where a cue phrase that ends at word k starts (it starts at most two words back), or -1. */
function phraseEndingAt(ws: Word[], k: number, v: Vocab): number {
  for (let back = 0; back < 3 && k - back >= 0; back++) {
    const n = phraseAt(ws, k - back, v);
    if (n && k - back + n - 1 === k) return k - back;
  }
  return -1;
}
