// Rule: "the Tidewater Gazette report, which notes, "..."": a speech verb after a comma and "which" is
// the cue of the noun phrase the relative hangs on, when that phrase names its maker in capitals (an
// organization, or the writing of one: "the Harbor Council, which said"; the filters credit a piece of
// writing to its maker, document-owner.ts). The clause must run straight into the quote, as for
// "who" (relative-who.ts). A phrase with no capitals ("the letter, which said") stays no cue: the
// letter's maker is for the rules after to find.
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import type { BeforeRule } from './before.js';
import { attributionOf } from './source-words.js';

/** Most words of the noun phrase before ", which". */
const PHRASE_WORDS = 6;

export const relativeWhich: BeforeRule = ({ text, ws }, k, v) => {
  if (k < 3 || lc(ws[k - 1]) !== 'which' || ws[k - 2].raw !== ',' || !isVerb(ws[k], v)) return undefined;
  if (ws.slice(k + 1, -1).some((w) => isPunct(w)) || ws.slice(k + 1).some((w) => isVerb(w, v))) return undefined;
  const np = phraseBefore(ws, k - 2, v);
  return np.length && np.some((w, i) => isCap(w.raw) && (i > 0 || np.length === 1 || !v.determiners.has(lc(w)))) ? attributionOf(text, ws[k].bare, np) : undefined;
};

/**
 * The noun phrase closing right before the comma at `comma`: back over words that are no verb,
 * punctuation, preposition or conjunction ("of" between capitals is part of a name), to a determiner if
 * one opens it ("the Tidewater Gazette report"); none when a pronoun stands in it or nothing is left.
 */
function phraseBefore(ws: Word[], comma: number, v: Vocab): Word[] {
  let s = comma;
  while (s > 0 && comma - s < PHRASE_WORDS) {
    const w = ws[s - 1];
    const l = lc(w);
    // ("the Federation of Harbor Pilots, which": "of" between capitals is inside the name)
    const inName = l === 'of' && s < comma && isCap(ws[s].raw) && s > 1 && isCap(ws[s - 2].raw);
    if (!inName && (isPunct(w) || isVerb(w, v) || v.nameStops.has(l) || v.placePreps.has(l) || ['and', 'or', 'to', 'that', 'by'].includes(l) || v.pronoun.has(l))) break;
    s--;
    if (v.determiners.has(l)) break;
  }
  return ws.slice(s, comma);
}
