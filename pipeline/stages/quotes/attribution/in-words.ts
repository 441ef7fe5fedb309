// Rule: "in the Tidewater Gazette's words, "..."": the owner of "words" right before the quote is its
// source (the phrase form "in the words of" is a cue phrase, vocab `phrases`). Only right before the
// quote (a comma or colon between), and only a named owner: "in his words" is left to the rules after.
import { lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import type { BeforeRule } from './before.js';
import { attributionOf } from './source-words.js';

/** Most words of the owner between "in" and "words". */
const OWNER_WORDS = 5;

export const inWords: BeforeRule = ({ text, ws }, k, v) => {
  if (lc(ws[k]) !== 'words' || k < 2 || !ws.slice(k + 1).every((w) => w.raw === ',' || w.raw === ':')) return undefined;
  const owner = ws[k - 1];
  if (!owner.possessive || !isCap(owner.raw) || v.pronoun.has(lc(owner))) return undefined;
  let s = k - 1;
  while (s > 0 && k - s <= OWNER_WORDS && lc(ws[s - 1]) !== 'in' && !isPunct(ws[s - 1])) s--;
  if (s === 0 || lc(ws[s - 1]) !== 'in') return undefined;
  const bare: Word = { ...owner, raw: owner.bare, end: owner.start + owner.bare.length, possessive: false };
  return attributionOf(text, 'in words', [...ws.slice(s, k - 1), bare]);
};
