// Rule (the last at each word): the subject on the left of the verb at k (grammar/left-source.ts). A
// clause set aside leaves the subject after it ("That is why critics say"); a name with a long
// appositive ("Al Roe, a top operative who played ... in the state, said") is judged by the name; an
// object after the verb ("told reporters Lamm") is never the source.
import { leftSource } from '../grammar/left-source.js';
import { subjectLike } from '../grammar/noun-phrase.js';
import type { BeforeRule } from './before.js';
import { attributionOf, clauseFree } from './source-words.js';

/** Most words of a subject read up to its first comma. */
const SUBJECT_WORDS = 60;

export const leftSubject: BeforeRule = ({ text, ws }, k, v) => {
  const left = leftSource(text, ws, k, v, true);
  const src = clauseFree(left, v);
  if (src.length && src !== left) return attributionOf(text, ws[k].bare, src);
  const comma = src.findIndex((w) => w.raw === ',');
  const head = comma > 0 && src.length <= SUBJECT_WORDS ? src.slice(0, comma) : src;
  return src.length && subjectLike(head, v) ? attributionOf(text, ws[k].bare, src) : 'next';
};
