// A nominative pronoun written right before a verb ("..., at the town hall she said") is that verb's
// subject, whatever clauses open the sentence before it: "he", "she", "they", "we" and "I" are never
// objects, so no reading of the chunks before them can make them so. Used where the chunk reading finds
// no subject-like phrase ("Though in May she called it a blunder, at the pier on Friday she said the
// vote was "...""), so it changes no source the chunk reading already gives.
// Measured against main 38b29e8: polnear-dev 6 quotes null or wrong -> the pronoun's person (one
// hand-judged, right), none the other way; silver-dev 4 right where none or another was, 2 wrong (a
// quote with no credit of its own now goes to a newer source; a "they" resolved to a body).
import type { Vocab } from '../vocab.js';
import type { Word } from '../words.js';
import { isVerb, lc } from './lexicon.js';

const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * The pronoun closing chunk `c` when it is a nominative one, as the subject of the verb after it.
 * `after`: the words from that verb to the quote. Not when a relative clause's speech verb stands
 * there ("she says she got a message from him that said, "...""): the quote is what the message said,
 * and its maker is for the rules after to find.
 */
export function pronounSubject(c: Word[], after: Word[], v: Vocab): Word[] | undefined {
  const last = c[c.length - 1];
  if (!last || !NOMINATIVE.has(lc(last))) return undefined;
  // ("... behind Tom Hale, whom he describes as": the relative's antecedent is what "he" is not, and
  // the reading that gives "he" would credit the nearest name, often that antecedent; left as before:
  // polnear-dev 2 quotes right -> none, silver-dev 1 wrong -> none, a test's wrong name -> none)
  if (c.length > 1 && lc(c[c.length - 2]) === 'whom') return undefined;
  return after.some((w, i) => i > 0 && ['that', 'which'].includes(lc(after[i - 1])) && isVerb(w, v)) ? undefined : [last];
}
