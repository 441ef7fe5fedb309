// Rule: a verb after "who" is the cue of the name the clause hangs on ("Mr. Lamm, who said he ..."),
// only when the clause runs straight into the quote ("Ed Roe, who ended his bid ..., as "..."" is not;
// a comma or colon closing the clause right before the quote is the quote's: "Ana Ruiz, who declared
// in the press room, "..."). Otherwise the verb is the relative clause's, no cue.
import { lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import type { BeforeRule } from './before.js';
import { attributionOf } from './source-words.js';
import { isVerb } from '../grammar/lexicon.js';

/** Most words of the name before "who" (a place it is of included: "Ana Ruiz of Ohio"). */
const NAME_WORDS = 6;

export const relativeWho: BeforeRule = ({ text, ws }, k, v) => {
  if (k === 0 || lc(ws[k - 1]) !== 'who') return undefined;
  if (ws.slice(k + 1, -1).some((w) => isPunct(w)) || ws.slice(k + 1).some((w) => isVerb(w, v))) return 'next';
  const name = nameBeforeWho(ws, k, v);
  return name.some((w) => isCap(w.raw)) ? attributionOf(text, ws[k].bare, name) : 'next';
};

/** The capitalized words (lowercase titles allowed) before "who" and its comma. */
function nameBeforeWho(ws: Word[], k: number, v: Vocab): Word[] {
  let s = k - 2;
  if (s >= 0 && ws[s].raw === ',') s--;
  const e = s + 1;
  const caps = () => {
    while (s >= 0 && e - s <= NAME_WORDS && (isCap(ws[s].raw) || v.titlesLower.has(lc(ws[s]))) && !isPunct(ws[s])) s--;
  };
  caps();
  // ("Sen. Ana Ruiz of Ohio, who said": the name before the place it is of; "the Council of Ohio" is one name)
  if (s >= 1 && s < e - 1 && v.affiliationWords.has(lc(ws[s])) && isCap(ws[s - 1].raw) && !isPunct(ws[s - 1]) && !v.orgWords.has(ws[s - 1].bare)) {
    s--;
    caps();
  }
  return ws.slice(s + 1, e);
}
