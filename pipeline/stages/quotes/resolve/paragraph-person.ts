// Last resort for "he" or "she" that nothing else resolves (no source, no subject, no one whose gender
// the article makes plain): the one person its paragraph has named in full before it, in any place in
// the sentence ("The speech echoes the words of Abe Lindqvist at his second inauguration. He closed,
// "..."": a name inside a prepositional phrase is no subject, but no one else is there to mean). Only
// when that paragraph names exactly one person before the pronoun, and the article says nothing of
// their gender that the pronoun contradicts; a name after "in", "at" or "on" is a place or a show.
import type { People } from '../names/people.js';
import type { Gender } from '../vocab.js';
import { fullName } from './antecedents.js';
import type { SpeakerRef } from './speakers.js';

/** Prepositions that make the capitalized words after them a where, not a who ("said on Morning Ledger", "in Salem"). */
const WHERE = new Set(['in', 'at', 'on']);

export function onlyPersonOfParagraph(people: People, g: Gender | undefined, at: number): SpeakerRef | null {
  if (g !== 'male' && g !== 'female') return null;
  let only: string | undefined;
  const ms = people.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    if (m.at >= at) continue;
    if (!people.sameBlock(m.at, at)) break;
    if (m.nominal || WHERE.has(people.sentenceBefore(m.at).trimEnd().split(/\s+/u).pop()?.toLowerCase() ?? '')) continue;
    const name = fullName(people, m);
    if (only && only !== name) return null;
    only = name;
  }
  if (!only || only.split(' ').length < 2) return null;
  const mg = people.genderOf(only);
  return !mg || mg === g ? { name: only, role: '' } : null;
}
