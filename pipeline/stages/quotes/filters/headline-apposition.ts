// Rule: `Ana Ruiz' commentary, "Harbor, tell your story," is very thoughtful`, `In Sen. Ed Roe's column
// on Aug. 10, "The piling on must stop," the senator ...`: a piece of writing named by a possessive or a
// determiner, then its headline set off by commas. Unattributed only: `In the op-ed, "We must act," Roe
// wrote` quotes the piece.
import { norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

/** Most words of a headline cited in apposition to the piece it names. */
const APPOSITIVE_WORDS = 14;
/** Most words between the piece's noun and the comma (`column on Aug. 10,`). */
const PIECE_REACH = 5;

export const headlineInApposition: NotSpeechRule = (a) => {
  const { text, open, quote, close, cued } = a;
  if (close < 0 || cued || !/,\s*$/u.test(text.slice(Math.max(0, open - 3), open))) return undefined;
  if (!/,\s*$/u.test(quote) && !/^\s*,/u.test(text.slice(close, close + 2))) return undefined;
  if (a.wordsMoreThan(APPOSITIVE_WORDS) || !a.after.length) return undefined;
  const { clause, v } = a;
  const body = clause.filter((w) => w.raw !== ',');
  const at = body.findIndex((w, i) => v.citedWorks.has(norm(w)) && i > 0 && (body[i - 1].possessive || v.determiners.has(norm(body[i - 1]))));
  return at >= 0 && body.length - at <= PIECE_REACH ? 'title' : undefined;
};
