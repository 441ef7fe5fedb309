// Rule: a poll's answer option: a choosing verb a few words before the quote (`voters who picked a
// candidate who "shares my values"`, `who chose "honest and trustworthy"`), in a sentence
// about a poll's numbers (`23 percent`).
import { words } from '../words.js';
import { norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

/** How far back the sentence holding a poll's option is read for its poll word. */
const POLL_REACH = 300;
const SENTENCE_END = /[.!?]\s|\n/gu;

export const pollOption: NotSpeechRule = (a) => {
  const { text, open, v } = a;
  if (open < 0) return undefined;
  const near = a.clause.slice(-4);
  if (!near.some((w) => v.optionVerbs.has(norm(w))) || near.some((w) => w.raw === ',' || w.raw === ':')) return undefined;
  const from = Math.max(0, open - POLL_REACH);
  let start = from;
  for (const m of text.slice(from, open).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  const sentence = text.slice(start, open);
  return /%/u.test(sentence) || words(sentence).some((w) => v.pollWords.has(norm(w))) ? 'option' : undefined;
};
