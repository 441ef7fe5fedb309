// Rule: a speech verb whose object is the person addressed, in the passive ("they are asked to rank
// their choices", "the crowd was told to wait"), is no cue: its subject is who was addressed, not who
// speaks, so the reading goes on to the words before it or to the credit after the quote ("..., and
// the panel is less likely to be "...," Roe said"). Only forms of "be" written right before the verb,
// adverbs aside ("were never told"); "had told" and "has asked" are active.
import { lc } from '../grammar/lexicon.js';
import type { BeforeRule } from './before.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", '\u2019re']);

export const passive: BeforeRule = ({ ws }, k, v) => {
  if (!v.addresseeVerbs.has(lc(ws[k]))) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const w = lc(ws[j]);
    if (BE.has(w)) return 'next';
    if (!v.adverbs.has(w)) return undefined;
  }
  return undefined;
};
