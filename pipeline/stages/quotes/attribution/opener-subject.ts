// Fallback for a fragment inside the sentence's opening phrase (`In a speech that spoke to the "anger,
// the fear" over ..., Ms. Ruiz struck ...`): the phrase hangs on the main clause, whose subject stands
// right after the comma that closes it.
import { chunks } from '../grammar/chunks.js';
import { AUXILIARIES, lc, WH } from '../grammar/lexicon.js';
import { headNP } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, words, type Word } from '../words.js';
import { attributionOf, type Attribution } from './source-words.js';

/** Most words of the main clause's subject. */
const SUBJECT_WORDS = 6;

export function openerSubject(text: string, from: number, open: number, close: number, to: number, v: Vocab): Attribution | undefined {
  const before = words(text, from, open);
  // (a preposition's phrase only: "While ...", "As ...", "Asked by X if ..." open clauses of their own,
  // whose fragments are often another's words)
  if (!before.length || before.some((w) => isPunct(w)) || !v.placePreps.has(lc(before[0]))) return undefined;
  const rest = words(text, close, to).filter((w) => w.end <= to);
  const comma = rest.findIndex((w) => w.raw === ',');
  if (comma < 0) return undefined;
  const np = mainSubject(rest.slice(comma + 1), v);
  return np ? { ...attributionOf(text, '', np), rule: 'attribution-opener-subject' } : undefined;
}

/** The subject opening `ws` (a main clause): a name or a pronoun, then its lowercase verb. */
export function mainSubject(ws: Word[], v: Vocab): Word[] | undefined {
  const c = chunks(ws, v)[0] ?? [];
  const np = headNP(c, v);
  return withPredicate(np, c[np.length], v) && (pronounAlone(np, v) || namedSubject(np, v)) ? np : undefined;
}

/** A short subject, not ending in an auxiliary, and then its lowercase verb. */
function withPredicate(np: Word[], pred: Word | undefined, v: Vocab): boolean {
  if (!np.length || np.length > SUBJECT_WORDS || !pred) return false;
  return /^\p{Ll}/u.test(pred.raw) && !v.nameStops.has(lc(pred)) && !AUXILIARIES.has(lc(np[np.length - 1]));
}

const pronounAlone = (np: Word[], v: Vocab) => np.length === 1 && v.pronoun.has(lc(np[0]));

const namedSubject = (np: Word[], v: Vocab) => isCap(np[0].raw) && !v.determiners.has(lc(np[0])) && !WH.has(lc(np[0]));
