// A source phrase that is a pronoun: "she" alone, a phrase ending in one with no name in it ("In 2010
// she", "Then on Tuesday he"), or one opening the phrase with no name after it ("He then implied that").
import type { Vocab } from '../vocab.js';
import { isCap, lowerRaw, type Word } from '../words.js';
import { SUBJECT_PRONOUNS } from './descriptions.js';
import type { Mention } from './mention.js';

export function pronounMention(ws: Word[], v: Vocab): Mention | undefined {
  const only = ws[0].lower;
  if (ws.length === 1 && v.pronoun.has(only)) return pronoun(only, v);
  const last = lowerRaw(ws[ws.length - 1]);
  const named = (w: Word) => isCap(w.raw) && !v.pronoun.has(lowerRaw(w)) && !v.clauseOpeners.has(lowerRaw(w));
  if (v.pronoun.get(last) && !ws.some(named)) return pronoun(last, v);
  const first = lowerRaw(ws[0]);
  if (v.pronoun.get(first) && SUBJECT_PRONOUNS.has(first) && !ws.slice(1).some((w) => isCap(w.raw))) return pronoun(first, v);
  return undefined;
}

function pronoun(text: string, v: Vocab): Mention {
  return { kind: 'pronoun', text, tokens: [], tail: '', gender: v.pronoun.get(text) };
}
