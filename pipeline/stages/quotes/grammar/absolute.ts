// "Republicans were quick to chime in, with Ana Roe tweeting that it was a "disaster" and asking,
// "...?"": in an absolute phrase ("with" + noun phrase + -ing verb) the noun phrase is the participle's
// subject, and a participle coordinated with it by "and" shares it; the main clause's subject
// ("Republicans") did not ask. Only a speech verb after "with" + noun phrase, with no comma or
// semicolon between "with" and the "and" before the quote's participle, so "..., with reporters
// shouting, saying" (no "and") keeps the main clause's subject. Measured against the commit before:
// polnear-dev 5 quotes of 4 records from the main clause's subject or none to the phrase's person
// (all five as labelled), naeb-dev 1 record (a quote inside a quote, none -> its speaker), silver-dev 0.
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import { lc } from './lexicon.js';
import { headNP, subjectLike } from './noun-phrase.js';

/**
 * The absolute phrase's subject when `left`, the words before a speech participle as written (adverbs
 * and commas kept), ends "with NP" (the participle is the phrase's own verb) or "with NP V-ing ...
 * and". A comma or an adverb before the participle makes "with NP" a verb's object instead ("tangled
 * with Roe once, saying" is the main clause's subject's).
 */
export function absoluteSubject(left: Word[], v: Vocab): Word[] | undefined {
  const own = ownPhrase(left, v);
  if (own) return own;
  if (left.length < 4 || lc(left[left.length - 1]) !== 'and') return undefined;
  for (let i = left.length - 2; i >= 0; i--) {
    const w = left[i];
    if (w.raw === ',' || w.raw === ';' || (isPunct(w) && w.raw !== '"' && w.raw !== '\u201c' && w.raw !== '\u201d')) return undefined;
    if (lc(w) !== 'with') continue;
    const np = headNP(left.slice(i + 1), v);
    const verb = left[i + 1 + np.length];
    if (!np.length || !isCap(np[0].raw) || !subjectLike(np, v) || !verb || !/^\p{Ll}+ing$/u.test(verb.raw) || !v.verbs.has(lc(verb))) return undefined;
    return np;
  }
  return undefined;
}

/** "..., with Ana Roe" right before the participle: the noun phrase after the last "with", all of the rest. */
function ownPhrase(left: Word[], v: Vocab): Word[] | undefined {
  for (let i = left.length - 2; i >= 0 && left.length - i <= 6; i--) {
    if (lc(left[i]) !== 'with') continue;
    const rest = left.slice(i + 1);
    const np = headNP(rest, v);
    return np.length === rest.length && isCap(np[0].raw) && subjectLike(np, v) ? np : undefined;
  }
  return undefined;
}
