// A fragment closing a "whom" clause ("Joel Lark, whom one dockside regular called "the real boss"",
// "the nephew, whom Ana Roe presented to the crowd as "my favorite deckhand"") is the words of the
// clause's own subject: "whom" is the object of its verb, so the name before "whom" is who was
// described, never who described. Read before the verb rules, which take the nearest name. Not for a
// pronoun subject ("whom he called ..."): which person that is, is for the pronoun rules, and the
// person "whom" stands for is the one it cannot be.
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, words } from '../words.js';
import { attributionOf, type Attribution } from './source-words.js';

/** Most words from "whom" to the quote, and of the clause's subject. */
const CLAUSE_WORDS = 12;
const SUBJECT_WORDS = 6;

export function whomClause(text: string, from: number, open: number, v: Vocab): Attribution | undefined {
  const ws = words(text, from, open);
  let k = ws.length - 1;
  while (k >= 0 && lc(ws[k]) !== 'whom') k--;
  const rest = ws.slice(k + 1);
  if (k < 0 || !rest.length || rest.length > CLAUSE_WORDS || rest.some((w) => isPunct(w))) return undefined;
  // the clause's verb: the first lowercase speech, naming or past-tense verb after the subject
  const j = rest.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w.raw) && (isVerb(w, v) || v.namingVerbs.has(lc(w)) || /\p{Ll}ed$/u.test(w.raw)));
  if (j < 1 || j > SUBJECT_WORDS) return undefined;
  const np = rest.slice(0, j);
  // (a name or a description opening with a determiner; a pronoun is left to the pronoun rules)
  if (np.length === 1 && v.pronoun.has(lc(np[0]))) return undefined;
  if (!isCap(np[0].raw) && !v.determiners.has(lc(np[0]))) return undefined;
  // the clause runs to the quote: its verb right before it, or "as" ("described as", "introduced ... as")
  const last = rest[rest.length - 1];
  if (last !== rest[j] && lc(last) !== 'as') return undefined;
  return { ...attributionOf(text, rest[j].bare, np), rule: 'attribution-whom-clause' };
}
