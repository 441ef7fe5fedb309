// Fallback for a fragment inside a sentence's opening participle of saying ("After calling the plan
// "a mess," she left the room", "Before adding that the vote was "over" Roe thanked ..."): a participle
// has no subject of its own, so whoever called or added is the main clause's subject, written right
// after the phrase. Only a speech verb's participle: other openers ("While ...", "As ...") are clauses
// of their own, whose fragments are often another's words (opener-subject.ts).
import { isVerb, lc } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isPunct, words, type Word } from '../words.js';
import { mainSubject } from './opener-subject.js';
import { attributionOf, type Attribution } from './source-words.js';

/** Prepositions a participle phrase may open with (closed class): "after saying", "upon declaring". */
const LEADS = new Set(['after', 'before', 'upon', 'on', 'while', 'when', 'since', 'without', 'by', 'besides', 'in']);

export function participleOpener(text: string, from: number, open: number, close: number, to: number, v: Vocab): Attribution | undefined {
  const before = words(text, from, open);
  const k = before.length && LEADS.has(lc(before[0])) ? 1 : 0;
  const p = before[k];
  if (!p || !lc(p).endsWith('ing') || !isVerb(p, v) || before.some((w) => isPunct(w))) return undefined;
  const rest = words(text, close, to).filter((w) => w.end <= to);
  // the phrase's comma stands inside the closing mark (`... "a mess," she left`) or after it
  const np = (rest.length && !isPunct(rest[0]) ? mainSubject(rest, v) : undefined) ?? afterComma(rest, v);
  return np ? { ...attributionOf(text, '', np), rule: 'attribution-participle-opener' } : undefined;
}

function afterComma(rest: Word[], v: Vocab): Word[] | undefined {
  const comma = rest.findIndex((w) => w.raw === ',');
  return comma < 0 ? undefined : mainSubject(rest.slice(comma + 1), v);
}
