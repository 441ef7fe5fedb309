// Rule: `The Gazette quoted the governor as saying "..."`: the person quoted is the one "as saying"
// credits, not the sentence's subject (who only reports the words). The object runs from "quoted" to
// "as", a noun phrase with no punctuation or verb of its own ("quoted him", "quoted an unnamed pilot");
// "was quoted by the radio as saying" has no object there and is left to the rules after (its
// subject speaks). Measured on the five corpora: 10 sentences of this shape, every one credited to the
// reporting subject before this rule.
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isPunct } from '../words.js';
import type { BeforeRule } from './before.js';
import { attributionOf } from './source-words.js';

/** Most words between "quoted" and "as". */
const OBJECT_WORDS = 8;

export const quotedAs: BeforeRule = ({ text, ws }, k, v: Vocab) => {
  if (k < 3 || lc(ws[k - 1]) !== 'as' || !v.verbs.has(lc(ws[k])) || !/ing$/u.test(lc(ws[k]))) return undefined;
  for (let j = k - 2; j >= 0 && k - 1 - j <= OBJECT_WORDS + 1; j--) {
    if (lc(ws[j]) !== 'quoted') continue;
    const object = ws.slice(j + 1, k - 1);
    if (!object.length || lc(object[0]) === 'by' || object.some((w) => isPunct(w) || isVerb(w, v))) return undefined;
    return attributionOf(text, `quoted ... as ${ws[k].bare}`, object);
  }
  return undefined;
};
