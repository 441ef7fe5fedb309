// Rule: `a play called "Los Hijos del Puerto," or "Sons of the Harbor,"`: a quote offered as another
// name for the quote right before it is a title when that one is.
import type { NotSpeechRule } from './not-speech.js';
import { notSpeech } from './not-speech.js';

export const alternativeTitle: NotSpeechRule = ({ text, open, v }) => {
  if (open < 0) return undefined;
  const m = /(["\u201c]|'')([^"\u201c\u201d\n]{1,120}?)["\u201d']{1,2}\s*,?\s*\(?or\s*$/u.exec(text.slice(Math.max(0, open - 160), open));
  if (!m) return undefined;
  const prevOpen = Math.max(0, open - 160) + m.index;
  return notSpeech(text, prevOpen, m[2].trim(), false, v) === 'title' ? 'title' : undefined;
};
