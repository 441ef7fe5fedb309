// Rule: `"Harbor Lights" star Ana Ruiz`, `"Meet the Mayor" host Ed Roe`: a work's name before the role
// of someone in it and their name. A quote that ends in punctuation ends its clause; a speech verb
// after the name attributes the quote (`"We'll see" host Ed Roe said`).
import { norm, oneWordCues } from './around.js';
import type { NotSpeechRule } from './not-speech.js';
import { lowerCase } from '../../../text/lower-case.js';

export const roleAfterWork: NotSpeechRule = ({ close, ends, gap, after, v }) => {
  if (close < 0 || ends || !/^[ \t]+$/u.test(gap) || after.length < 2) return undefined;
  // `"Today" show host Ed Roe`: the kind of work may come first
  const i = oneWordCues(v.titleCues).has(norm(after[0])) && after.length > 2 && v.workRoles.has(norm(after[1])) ? 1 : 0;
  if (!v.workRoles.has(norm(after[i])) || !/^\p{Ll}/u.test(after[i].raw)) return undefined;
  const name = after[i + 1];
  if (!name || !/^\p{Lu}/u.test(name.raw)) return undefined;
  return after.slice(i + 1, i + 5).some((w) => v.verbs.has(lowerCase(w.raw).replace(/[.,]$/, ''))) ? undefined : 'title';
};
