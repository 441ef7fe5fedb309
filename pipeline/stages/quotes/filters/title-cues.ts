// Rules: a title named by the words right before it. A Title Case quote after a title cue (`the film
// "Harbor Lights"`), with a subtitle after a colon (`"Ferries!: 30 Years of the Harbor Line"`: nobody
// speaks in Title Case on both sides of a colon), after a naming verb and a cue (`a play called "Sons
// of the Harbor"`), or after a preposition or a possessive (`on "Meet the Mayor"`, `the station's "This
// Week"`); any quote after a title verb ("titled", "headlined"), whatever its case.
import { endsWithCue, norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

export const titleCue: NotSpeechRule = (a) => (a.open >= 0 && a.longTitle && endsWithCue(a.lead, a.v.titleCues) ? 'title' : undefined);

export const titleAndSubtitle: NotSpeechRule = (a) => (a.open >= 0 && a.longTitle && /\p{L}[!?]?:\s+[\p{Lu}\p{N}]/u.test(a.quote) ? 'title' : undefined);

export const titleVerb: NotSpeechRule = (a) => (a.open >= 0 && a.prev && a.v.titleVerbs.has(norm(a.prev)) ? 'title' : undefined);

export const namedTitle: NotSpeechRule = (a) => {
  if (a.open < 0 || !a.longTitle || !a.prev || !a.v.namingVerbs.has(norm(a.prev))) return undefined;
  return endsWithCue(a.lead.slice(0, -1), a.v.titleCues) ? 'title' : undefined;
};

export const titleAfterPreposition: NotSpeechRule = (a) => {
  if (a.open < 0 || !a.longTitle || !a.prev) return undefined;
  return a.prev.possessive || a.v.titlePreps.has(norm(a.prev)) ? 'title' : undefined;
};
