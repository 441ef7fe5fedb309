// "Mr. Lamm said" where the article names two Lamms: which member a surname alone means. The member
// the article names most often (People.expand) is the default, but when the reporter has just
// introduced the other ("..., and his older brother, Dana Lamm, ... Mr. Lamm said"), the surname goes
// on from the member the prose last named in full. Only the reporter's naming counts, never a name
// written inside a quote ("'Jo Lamm has the experience,' Mr. Lamm said" is not Jo speaking), and only
// members the honorific's gender allows ("Mrs. Lamm" is never "Dana Lamm" the husband).
import type { Mention } from '../names/mention.js';
import type { People } from '../names/people.js';
import type { Gender, Vocab } from '../vocab.js';
import { fullName } from './antecedents.js';
import { lowerCase } from '../../../text/lower-case.js';

/** How many paragraphs before the mention the member may last have been named in full (as described.ts). */
const BLOCKS_BEFORE = 2;

/**
 * The family member a one-word person mention at `at` stands for, when the article gives two or more
 * full names with that surname that its gender allows; undefined when it names no family (or no
 * member in full before `at`), so the usual expansion decides.
 */
export function familyMember(people: People, v: Vocab, m: Mention, at: number, quoted: readonly [number, number][]): string | undefined {
  return m.kind === 'person' && m.tokens.length === 1 ? memberOf(people, v, lowerCase(m.tokens[0]), m.gender, at, quoted) : undefined;
}

/** familyMember by surname `key` (lowercase) and the gender an honorific gives the mention. */
export function memberOf(people: People, v: Vocab, key: string, gender: Gender | undefined, at: number, quoted: readonly [number, number][]): string | undefined {
  if (gender !== 'male' && gender !== 'female') return undefined;
  const other = gender === 'male' ? 'female' : 'male';
  // members by given name: "Jo Lamm" and "Jo A. Lamm" are one person
  const members = new Set<string>();
  let last: { name: string; at: number } | undefined;
  for (const x of people.mentions) {
    if (x.nominal || x.key !== key || !x.name.includes(' ')) continue;
    const full = fullName(people, x);
    const given = full.split(' ')[0];
    if (!v.firstName.has(given) || (people.genderOf(full) ?? v.firstName.get(given)) === other) continue;
    members.add(given);
    if (x.at < at && !quoted.some(([a, b]) => x.at >= a && x.at < b)) last = { name: full, at: x.at };
  }
  // (only a member named in full in this paragraph or the two before: further back, the member the
  // article names most is the one meant)
  if (members.size < 2 || !last || people.blockIndex(at) - people.blockIndex(last.at) > BLOCKS_BEFORE) return undefined;
  // (a short form the reporter already used before that naming is settled on the member it meant:
  // "Mrs. Lamm wrote ... a visit by Ana Lamm ... Mrs. Lamm replied" is the first Mrs. Lamm)
  const settled = people.mentions.some((x) => x.at < last!.at && x.key === key && !x.name.includes(' ') && x.gender === gender);
  return settled ? undefined : last.name;
}
