// Rule: a quote in Title Case that no speech verb attributes is a title (`"Harbor Lights"`), unless it
// is a whole sentence right after a sentence that attributes speech (`..., the mayor added. "We're
// Back."`), which goes on with that speech however many capitals it has.
import type { Vocab } from '../vocab.js';
import { firstWordsWhile, isAbbreviation, isCap, words, type Word } from '../words.js';
import type { NotSpeechRule } from './not-speech.js';
import { lowerCase } from '../../../text/lower-case.js';

/**
 * Title Case: every word capitalized but the minor ones (articles, conjunctions, prepositions: "the",
 * "of", "with"), and no sentence inside. A sentence keeps its verbs and nouns in lowercase, however short
 * (`"Karma is the guy on the team"`, `"I'm with her"`), and has no capital past its first word.
 */
export function titleCase(quote: string, minor: Set<string>, maxWords = 10): boolean {
  // (read only as far as one word past maxWords: a longer quote is no title however it is written; and
  // only up to the first word that is no title's, the first in lowercase of most quotes, which settles
  // it: tokenizing eleven words of every quote was ~12% of the filters stage's samples in a --cpu-prof of polnear-dev.
  // The same answer as reading them all: test/quote-title-case.test.ts compares the two)
  let first = true;
  const titleWord = (w: Word) => {
    if (!hasLetter(w)) return true;
    const ok = first ? isCap(w.raw) : isCap(w.raw) || /^\p{N}/u.test(w.raw) || minor.has(w.bare);
    first = false;
    return ok;
  };
  const read = firstWordsWhile(quote, maxWords + 1, hasLetter, titleWord);
  if (!read) return false;
  const ws = read.filter(hasLetter);
  if (!ws.length || ws.length > maxWords) return false;
  if (/[.!?]\s+\p{Lu}/u.test(quote)) return false;
  return ws.length === 1 || ws.slice(1).some((w) => isCap(w.raw));
}

const LETTER = /\p{L}/u;
const hasLetter = (w: Word) => LETTER.test(w.raw);

export const unattributedTitle: NotSpeechRule = (a) => {
  if (a.cued || !titleCase(a.quote, a.v.minorWords) || sentenceAfterAttribution(a.text, a.open, a.quote, a.v)) return undefined;
  return 'title';
};

/** A whole sentence in quotes right after a sentence that holds a speech verb. */
function sentenceAfterAttribution(text: string, open: number, quote: string, v: Vocab): boolean {
  if (open < 0 || !/[.!?]["'\u201d\u2019]*\s*$/u.test(quote)) return false;
  const before = text.slice(Math.max(0, open - 300), open);
  if (!/[.!?]["'\u201d\u2019]*\s+$/u.test(before)) return false;
  const prevEnd = before.trimEnd().length;
  // the sentence before: back to the sentence end before it (or the stretch's start)
  let from = 0;
  for (const m of before.slice(0, prevEnd - 1).matchAll(/(\S*)[.!?]["'\u201d\u2019]*\s+(?=\S)/gu)) {
    if (!isAbbreviation(`${m[1]}.`, v)) from = m.index + m[0].length;
  }
  const sentence = before.slice(from, prevEnd);
  return words(sentence).some((w) => v.verbs.has(lowerCase(w.raw).replace(/\.$/, '')));
}
