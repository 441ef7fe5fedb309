// Fallback for a fragment: an inverted attribution closing the fragment's sentence, however far after
// it (`The promise to "clean up the harbor" and "bring the ferries back" appeals to ..., said Ana Ruiz,
// a historian`): a comma, a speech verb, then a capitalized source running to the sentence end.
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, words } from '../words.js';
import { attributionOf, rightSource, type Attribution } from './source-words.js';

export function invertedAtSentenceEnd(text: string, from: number, to: number, v: Vocab): Attribution | undefined {
  const ws = words(text, from, to).filter((w) => w.end <= to);
  for (let k = ws.length - 2; k > 0; k--) {
    if (ws[k - 1].raw !== ',' || !isVerb(ws[k], v) || lc(ws[k]).endsWith('ing')) continue;
    const src = rightSource(ws, k + 1, v);
    if (!src.length || !isCap(src[0].raw) || v.pronoun.has(lc(src[0]))) return undefined;
    return { ...attributionOf(text, ws[k].bare, src), rule: 'attribution-sentence-end' };
  }
  return undefined;
}
