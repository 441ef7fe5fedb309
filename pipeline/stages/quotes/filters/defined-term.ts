// Rule: a term being defined (`a "targeted harbor zone," which is defined as`): a short quote, then a
// definition cue right after it.
import { moreWordsThan } from '../words.js';
import { norm, startsWith } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

/** Most words a term being defined may have. */
const DEFINED_WORDS = 6;

export const definedTerm: NotSpeechRule = ({ quote, close, gap, after, v }) => {
  if (close < 0 || moreWordsThan(quote, DEFINED_WORDS) || !/^[\s,]*$/u.test(gap)) return undefined;
  return startsWith(after.map(norm), v.definitionCues) ? 'term' : undefined;
};
