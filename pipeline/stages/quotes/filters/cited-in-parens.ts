// Rule: `("Mayor blasts board as a 'fraud' ...," Gazette.com, Thursday)`: a headline opening a
// parenthesis, then the outlet and a date and nothing else. `("We are done," Roe said)` has a speech
// verb in it and is an aside quoting someone.
import { words } from '../words.js';
import type { NotSpeechRule } from './not-speech.js';
import { lowerCase } from '../../../text/lower-case.js';

export const citedInParens: NotSpeechRule = ({ text, open, close, v }) => {
  if (close < 0 || !/\(\s*$/u.test(text.slice(Math.max(0, open - 3), open))) return undefined;
  const m = /^\s*,?\s*(\p{Lu}[^()\n]{0,60})\)/u.exec(text.slice(close, close + 80));
  if (!m) return undefined;
  return words(m[1]).some((w) => v.verbs.has(lowerCase(w.raw))) ? undefined : 'title';
};
