// Rule: `The Gazette sent its "senior harbor reporter" Ana Ruiz`: a short lowercase job title after a
// determiner and before a name. Unattributed only: `Roe says his "friend and colleague" Ana Ruiz`
// quotes Roe's words.
import { isCap, words } from '../words.js';
import { norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Most words a scare-quoted job title may have (`"senior harbor reporter"`). */
const JOB_WORDS = 5;

export const jobBeforeName: NotSpeechRule = (a) => {
  const { quote, close, cued, ends, v } = a;
  if (close < 0 || cued || ends) return undefined;
  const ws = words(quote).filter((w) => /\p{L}/u.test(w.raw));
  if (!ws.length || ws.length > JOB_WORDS || ws.some((w) => !/^\p{Ll}/u.test(w.raw))) return undefined;
  const { clause, gap, after } = a;
  const prev = clause[clause.length - 1];
  if (!prev || !v.determiners.has(norm(prev)) || !/^[ \t]+$/u.test(gap) || after.length < 2) return undefined;
  if (!isCap(after[0].raw) || !isCap(after[1].raw)) return undefined;
  return after[2] && v.verbs.has(lowerCase(after[2].raw)) ? undefined : 'term';
};
