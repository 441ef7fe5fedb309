// Whether a source of some kind and gender may be what a pronoun means.
import type { Mention } from '../names/mention.js';
import type { Gender } from '../vocab.js';

export type Fits = (kind: Mention['kind'], gender: Gender | undefined, human?: boolean) => boolean;

/** The test for pronoun gender `g` (undefined: any source fits). */
export function fitsPronoun(g: Gender | undefined): Fits {
  if (g === 'male' || g === 'female') return personal(g);
  // ("it" is a thing or a body, never a description of a person: "the staffer")
  if (g === 'neuter') return (kind, _gender, human = false) => kind !== 'person' && !(kind === 'nominal' && human);
  if (g === 'first_person') return (kind) => kind !== 'org';
  // "they" is a group, an organization or people: never one man or one woman the article names
  if (g === 'plural') return (kind, gender) => kind !== 'person' || (gender !== 'male' && gender !== 'female');
  return () => true;
}

/**
 * "she" is a person or a description that says so ("a spokeswoman") or names a person ("the
 * senator") and is not known to be a man; never "the report".
 */
function personal(g: 'male' | 'female'): Fits {
  const other = g === 'male' ? 'female' : 'male';
  return (kind, gender, human = false) => (kind === 'person' || (kind === 'nominal' && human) ? gender !== other : kind === 'nominal' && gender === g);
}
