// A source phrase that is a pronoun: "she" alone, a phrase ending in one with no name in it ("In 2010
// she", "Then on Tuesday he"), or one opening the phrase with no name after it ("He then implied that").
import type { Vocab } from '../vocab.js';
import { isCap, type Word } from '../words.js';
import { SUBJECT_PRONOUNS } from './descriptions.js';
import type { Mention } from './mention.js';
import { lowerCase } from '../../../text/lower-case.js';

export function pronounMention(ws: Word[], v: Vocab): Mention | undefined {
  const only = ws[0].lower;
  if (ws.length === 1 && v.pronoun.has(only)) return pronoun(only, v);
  const last = lowerCase(ws[ws.length - 1].raw);
  const named = (w: Word) => isCap(w.raw) && !v.pronoun.has(lowerCase(w.raw)) && !v.clauseOpeners.has(lowerCase(w.raw));
  if (v.pronoun.get(last) && !ws.some(named)) return pronoun(last, v);
  const first = lowerCase(ws[0].raw);
  if (v.pronoun.get(first) && SUBJECT_PRONOUNS.has(first) && !ws.slice(1).some((w) => isCap(w.raw))) return pronoun(first, v);
  return undefined;
}

function pronoun(text: string, v: Vocab): Mention {
  return { kind: 'pronoun', text, tokens: [], tail: '', gender: v.pronoun.get(text) };
}
