// Fallback for a fragment woven into the reporter's sentence with a verb of characterizing rather than
// saying ("Lamm derided "the professional left"", "Roe has gone after the mayor as a "harbor leech""):
// the words are the sentence's subject's, a name, a pronoun, or a short description opening with an
// article ("The complaint alleged that the board "failed to ..."").
import { chunks } from '../grammar/chunks.js';
import { ARTICLES, isVerb, lc } from '../grammar/lexicon.js';
import { describedNP, headNP } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, words, type Word } from '../words.js';
import { attributionOf, clauseFree, type Attribution } from './source-words.js';

/** Most words of a named subject (punctuation aside). */
const NAMED_WORDS = 8;
/** Most words of a description subject. */
const DESCRIBED_WORDS = 10;

export function clauseSubject(text: string, from: number, to: number, v: Vocab): Attribution | undefined {
  const cs = chunks(words(text, from, to), v, text);
  for (let i = cs.length - 1; i >= 0; i--) {
    const d = describedNP(cs[i], v);
    if (d && !d.length) continue;
    const whole = d ?? headNP(cs[i], v);
    const np = clauseFree(whole, v);
    if (!np.length) continue;
    // ("That is why critics say": the subject after the clause is the source, bare noun as it is)
    if (np !== whole) return subjectAttribution(text, np);
    // "Jo Lamm, the director of debate at X, compared ...": the description stands beside a name
    if (ownsWords(np, v)) return subjectAttribution(text, d && i > 0 && nameBefore(cs[i - 1], v) ? [...cs[i - 1], ...np] : np);
  }
  return undefined;
}

function subjectAttribution(text: string, src: Word[]): Attribution {
  return { ...attributionOf(text, '', src), rule: 'attribution-clause-subject' };
}

/** A short description opening with an article, no verb in it; or a short phrase with a name in it; or a pronoun. */
function ownsWords(np: Word[], v: Vocab): boolean {
  if (np.length >= 2 && np.length <= DESCRIBED_WORDS && ARTICLES.has(lc(np[0])) && !np.some((w) => isVerb(w, v))) return true;
  if (np.filter((w) => !isPunct(w)).length > NAMED_WORDS) return false;
  return np.some((w) => isCap(w.raw) && !v.determiners.has(lc(w))) || (np.length === 1 && v.pronoun.has(lc(np[0])));
}

/** A chunk that is all a name (capitalized, no article). */
function nameBefore(prev: Word[], v: Vocab): boolean {
  return isCap(prev[0].raw) && !ARTICLES.has(lc(prev[0])) && headNP(prev, v).length === prev.length;
}
