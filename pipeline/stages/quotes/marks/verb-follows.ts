// Whether a speech verb follows a closing mark closely enough to vouch for it (`..." Ortiz said`,
// `..." said Sen. Joe Roe`): within a few words, before the sentence ends.
import { isVerb } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isAbbreviation, isCap, words, type Word } from '../words.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Most words between a lone closing mark and the speech verb that vouches for it (`" Sen. Joe Roe said`). */
const AFTER_WORDS = 6;

/** A speech verb among the few words after the closing mark at `at`, before the sentence ends. */
export function verbFollows(text: string, at: number, v: Vocab): boolean {
  let e = at + 1;
  while (e < text.length && /["'\u201c\u201d\u2018\u2019]/u.test(text[e])) e++;
  const ws = words(text, e, Math.min(text.length, e + 80));
  if (ws.length && opensNewClause(text, at, e, ws, v)) return false;
  for (let i = 0; i < Math.min(ws.length, AFTER_WORDS); i++) {
    if (i > 0 && endsSentence(ws[i - 1], v)) return false;
    if (isVerb(ws[i], v)) return true;
  }
  return false;
}

/**
 * What follows the mark starts something of its own: a sentence end before the first word; after a
 * full stop inside the mark, a capitalized pronoun (`...?’ They said, ‘...`); or a clause opener
 * whose verb attributes nothing (`" When I agreed to ...`).
 */
function opensNewClause(text: string, at: number, e: number, ws: Word[], v: Vocab): boolean {
  if (/[.!?;]/u.test(text.slice(e, ws[0].start))) return true;
  const first = lowerCase(ws[0].raw);
  if (/[.!?]/u.test(text[at - 1] ?? '') && isCap(ws[0].raw) && v.pronoun.has(first)) return true;
  return v.clauseOpeners.has(first) && !isVerb(ws[0], v);
}

/** A word whose punctuation ends the sentence (a period of an abbreviation or initial does not). */
function endsSentence(w: Word, v: Vocab): boolean {
  return /[!?;]$|\.$/u.test(w.raw) && !(w.raw.endsWith('.') && isAbbreviation(w.raw, v));
}
