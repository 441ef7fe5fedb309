// The subject of the clause a participle hangs on (`..., saying`): the first chunk, from the nearest,
// that opens with a noun phrase followed by a predicate.
import type { Vocab } from '../vocab.js';
import { isCap, type Word } from '../words.js';
import { describes } from './appositive.js';
import { AUXILIARIES, isVerb, lc, SUBORDINATORS } from './lexicon.js';
import { describedNP, headNP, subjectLike } from './noun-phrase.js';

/**
 * The nearest clause the participle hangs on ("It was a potent punch, as Ms. Lamm echoed the
 * criticism, saying" is Ms. Lamm's). Chunks that are only a name or a place ("Salem, Oregon,"), only a
 * time ("Hours later,"), or an opener ("To wit,", "Speaking in Iowa,") carry no subject. With none, the
 * first chunk's name.
 */
export function participleSubject(cs: Word[][], v: Vocab): Word[] {
  for (const c of [...cs].reverse()) {
    const np = clauseSubject(c, v);
    if (np) return np;
  }
  return firstName(cs, v);
}

/** The subject of chunk c when c is a clause: a noun phrase, then a lowercase predicate. */
function clauseSubject(c: Word[], v: Vocab): Word[] | undefined {
  if (v.clauseOpeners.has(lc(c[0])) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(c[0].raw)) return undefined;
  // ("After saying her foot was swollen, she ...": a preposition alone opens the participle's own phrase)
  if (c.length === 1 && (v.nameStops.has(lc(c[0])) || SUBORDINATORS.has(lc(c[0])))) return undefined;
  // ("The retired surgeon has provided no details ..., saying": a state's subject is one here)
  const np = describedNP(c, v, true) || headNP(c, v);
  if (!np.length || !subjectLike(np, v) || (np.length === 1 && v.determiners.has(lc(np[0])))) return undefined;
  // ("at Lake House, Mr. Roe's private club, calling": a possessive noun phrase with no verb is an
  // appositive, not a clause; "Dr. Lamm's dubious advice earned him ..., and for saying" has one)
  if (np[np.length - 1].possessive && !c.slice(np.length).some((w) => verbLike(w, v))) return undefined;
  // the predicate: the first word after the noun phrase (adverbs aside) is a lowercase word, not a
  // number or a bracket ("RIVERTON, Dec. 8 (Wire) —" is a dateline)
  const pred = c.slice(np.length).find((w) => !v.adverbs.has(lc(w)));
  return pred && /^\p{Ll}/u.test(pred.raw) ? np : undefined;
}

/** A lowercase verb, auxiliary or participle in -ed. */
function verbLike(w: Word, v: Vocab): boolean {
  return /^\p{Ll}/u.test(w.raw) && (isVerb(w, v) || AUXILIARIES.has(lc(w)) || /ed$/.test(lc(w)));
}

/**
 * "Mike J. Pell, president of the Ford Institute, tied the scores to ..., saying": the first chunk's
 * name, with the appositives between it and its predicate. An article or a preposition alone names no one.
 */
function firstName(cs: Word[][], v: Vocab): Word[] {
  if (!cs.length) return [];
  const head = headNP(cs[0], v);
  if (head.length === 1 && namesNoOne(lc(head[0]), v)) return [];
  if (head.length === cs[0].length && isCap(head[0].raw)) {
    const last = cs.length - 1;
    if (last >= 2 && cs.slice(1, last).every((c) => describes(c, v)) && /^\p{Ll}/u.test(cs[last][0].raw)) return cs.slice(0, last).flat();
  }
  return head;
}

function namesNoOne(l: string, v: Vocab): boolean {
  return v.determiners.has(l) || v.nameStops.has(l) || SUBORDINATORS.has(l) || v.clauseOpeners.has(l);
}
