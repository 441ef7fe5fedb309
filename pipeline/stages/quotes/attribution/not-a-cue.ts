// Rule: word k is no cue when it is no speech verb, a verb form used as a noun ("her remarks"), or a
// relative clause's verb after "that" or "which" ("a voice that said", "the letter, which said").
import { isVerb, lc, nounUse } from '../grammar/lexicon.js';
import type { BeforeRule } from './before.js';

export const notACue: BeforeRule = ({ ws }, k, v) => {
  if (!isVerb(ws[k], v) || nounUse(ws, k, v)) return 'next';
  const rel = k > 0 ? lc(ws[k - 1]) : '';
  return rel === 'that' || rel === 'which' ? 'next' : undefined;
};
