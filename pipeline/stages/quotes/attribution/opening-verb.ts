// Rule: a speech verb that opens its sentence, the source after it (`Said Dora Pell, who grew up with
// him, "...`, `But, said Lamm, "...`), or that follows an opening adverbial ("In other words, explained
// the moderator Ana Ruiz:").
import { CONJ, isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import type { BeforeRule } from './before.js';
import { attributionOf, rightSource } from './source-words.js';

export const openingVerb: BeforeRule = ({ text, ws }, k, v) => {
  // (the verb first: asked at every word before every quote, and few words are speech verbs, while
  // opensSentence copies the words before k; both only read, so either order answers the same)
  if (!invertedVerb(ws, k, v) || !opensSentence(ws, k, v)) return undefined;
  const src = rightSource(ws, k + 1, v);
  let e = src.length;
  while (e > 0 && isPunct(src[e - 1])) e--;
  return e ? attributionOf(text, ws[k].bare, src.slice(0, e)) : undefined;
};

/** Only punctuation and conjunctions before word k, or an opening adverbial set off by a comma. */
export function opensSentence(ws: Word[], k: number, v: Vocab): boolean {
  if (ws.slice(0, k).every((w) => isPunct(w) || CONJ.has(lc(w)))) return true;
  return k > 1 && ws[k - 1].raw === ',' && v.clauseOpeners.has(lc(ws[0])) && !ws.slice(0, k - 1).some((w) => isPunct(w) || isVerb(w, v));
}

/** A speech verb (any case but all capitals, no period) with a capitalized name, no pronoun, after it. */
export function invertedVerb(ws: Word[], k: number, v: Vocab): boolean {
  const w = ws[k];
  if (!v.verbs.has(lc(w)) || /^\p{Lu}{2}/u.test(w.raw) || w.raw.endsWith('.')) return false;
  const next = ws[k + 1];
  return !!next && isCap(next.raw) && !v.pronoun.has(lc(next));
}
