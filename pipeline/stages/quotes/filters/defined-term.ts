// Rule: a term being defined (`a "targeted harbor zone," which is defined as`): a short quote, then a
// definition cue right after it.
import { norm, startsWith } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

/** Most words a term being defined may have. */
const DEFINED_WORDS = 6;

export const definedTerm: NotSpeechRule = (a) => {
  // (the word count last: the tests only read, so any order answers the same, and few quotes pass the gap's)
  if (a.close < 0 || !/^[\s,]*$/u.test(a.gap) || a.wordsMoreThan(DEFINED_WORDS)) return undefined;
  return startsWith(a.after.map(norm), a.v.definitionCues) ? 'term' : undefined;
};
