// Rule: `an executive order signed by the governor "to protect ..."`: a quote right after a piece of
// writing and its maker ("a letter sent by X", "the bill introduced by X") is the writing's words, so
// its maker's, not the sentence subject's (who only talks about the writing). Only with the maker
// running straight into the quote, a making participle before "by", and the writing's noun just before that.
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isPunct } from '../words.js';
import nouns from '../filters/speaker-nouns.json' with { type: 'json' };
import type { BeforeRule } from './before.js';
import { attributionOf } from './source-words.js';

const WORKS = new Set(nouns.works);
/** Participles that make a piece of writing its maker's. */
const MADE = new Set(['signed', 'issued', 'written', 'released', 'sent', 'drafted', 'filed', 'introduced', 'sponsored', 'authored', 'published', 'posted', 'penned', 'proposed']);
/** Most words of the maker, and of the writing's modifiers between its noun and the participle. */
const MAKER_WORDS = 6;
const BETWEEN = 2;

export const madeBy: BeforeRule = ({ text, ws }, k, v) => {
  if (lc(ws[k]) !== 'by' || k < 2 || !MADE.has(lc(ws[k - 1]))) return undefined;
  const maker = ws.slice(k + 1);
  if (!maker.length || maker.length > MAKER_WORDS || maker.some((w) => isPunct(w) || isVerb(w, v) || v.pronoun.has(lc(w)))) return undefined;
  // the writing's noun right before the participle ("an executive order signed by")
  let j = k - 2;
  while (j > k - 2 - BETWEEN && j >= 0 && !WORKS.has(lc(ws[j])) && !isPunct(ws[j])) j--;
  if (j < 0 || !WORKS.has(lc(ws[j]))) return undefined;
  return attributionOf(text, `${ws[k - 1].bare} by`, maker);
};
