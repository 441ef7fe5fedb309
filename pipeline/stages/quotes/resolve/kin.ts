// "His wife, Nora, toured the docks": a relative the reporter names by a given name alone,
// right after "his wife" or "her son", bears the family's surname, the one of the person "his" or "her"
// points back to ("Victor Quarry ... his wife, Nora," is Nora Quarry). Kept narrow, since a wrong
// surname costs more than a printed given name:
// - only a given name the article never writes with any surname (a wife who kept her own name is
//   written with it somewhere: People.expand finds her, and this is never asked);
// - only the close family that shares a surname in news naming (spouse, child, sibling, parent), not
//   "his friend, Nora," or "her colleague, Ana,";
// - only when the possessive points back to a person named in full (antecedents.ts), never a company.
// Measured (polnear-dev): 2 quotes of 2 records get the full name, both right, 1 of them hand-judged
// (speakers true 94.2 -> 94.3); no other corpus's records change.
import type { People } from '../names/people.js';
import type { Gender, Vocab } from '../vocab.js';
import { lowerCase } from '../../../text/lower-case.js';

/** "his wife, ", "her older brother, ", "his late wife of 40 years, " just before the given name. */
const KIN = /\b(his|her)\s+(?:[a-z-]+\s+){0,2}(wife|husband|son|daughter|brother|sister|mother|father)(?:\s+of\s+[\w\s-]{1,20}?)?,\s*$/iu;

/** A relative introduced right before `at`: the gender "his" or "her" points back to, and the relation noun. */
function kinBefore(people: People, at: number): { of: Gender; relation: string } | undefined {
  const m = KIN.exec(people.sentenceBefore(at));
  if (!m) return undefined;
  return { of: lowerCase(m[1]) === 'his' ? 'male' : 'female', relation: lowerCase(m[2]) };
}

/**
 * The full name of a relative named by `given` at `at`, given the person the possessive points back to
 * (`of`, a full name; `relation`, "wife"): the given name and that person's surname. Undefined when the given name is no
 * given name, the article writes it with a surname, or the person has no surname to give.
 */
function kinName(people: People, v: Vocab, given: string, relation: string, of: string | undefined): string | undefined {
  if (!of || !v.firstName.has(given) || people.expand([given])) return undefined;
  // ("his wife, Victor,": a given name of the other gender is no reading of the relation)
  const g = v.genderNoun.get(relation);
  if (g && v.firstName.get(given) && v.firstName.get(given) !== g) return undefined;
  const words = of.split(' ');
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{Lu}/u.test(w))) return undefined;
  const surname = words[words.length - 1];
  // ("his wife, Nora," of a person written "Victor Quarry Jr.": no plain surname to pass on)
  if (!/^\p{Lu}\p{Ll}+$/u.test(surname)) return undefined;
  return `${given} ${surname}`;
}

/**
 * The relative a lone given name at `at` names, with the gender the relation gives ("his wife, Nora,"
 * -> Nora Quarry, female: the family's surname must not lend her the husband's gender); `resolve`
 * finds whom a pronoun of a gender at an offset points back to (antecedents.ts).
 */
export function kinOf(people: People, v: Vocab, given: string, at: number, resolve: (g: Gender, at: number) => string | undefined): { name: string; gender?: Gender } | undefined {
  if (!v.firstName.has(given)) return undefined;
  const k = kinBefore(people, at);
  const name = k ? kinName(people, v, given, k.relation, resolve(k.of, at)) : undefined;
  return name ? { name, gender: v.genderNoun.get(k!.relation) ?? v.firstName.get(given) } : undefined;
}
