// The last filter before a speaker reaches the record: a speaker is a person ("Jo Lin", "Mr. Lin"), an
// organization ("the Harbor Council", "NASA") or a description of one ("a senior aide", "the two
// pollsters"). Anything else (a clause, "condemning the plan"; a headline's words, "Mayor Says Budget";
// a thing, "a job", "the report") was read wrong upstream, and is dropped with a message.
import type { Vocab } from '../vocab.js';
import { isCap, words, type Word } from '../words.js';

/** Nouns for people and bodies that a description may end in beyond the quote vocabulary's role nouns. */
const GROUP_NOUNS = new Set(['person', 'people', 'source', 'narrator', 'group', 'outlet', 'newspaper', 'paper', 'audience', 'crowd', 'organization', 'network', 'member', 'resident', 'voter', 'supporter', 'friend', 'family', 'tycoon', 'man', 'woman', 'men', 'women']);

/** Most words a speaker may have: a name with titles, or a description with its complement. */
const MAX_WORDS = 14;

/** Why `speaker` is no person, organization or description, or undefined when it is one. */
export function badShape(speaker: string, v: Vocab): string | undefined {
  if (/["\u201c\u201d\u2018]|''|[!?;]/u.test(speaker)) return 'holds quotation marks or sentence punctuation';
  const ws = words(speaker).filter((w) => /[\p{L}\p{N}]/u.test(w.raw));
  if (!ws.length) return 'has no words';
  if (ws.length > MAX_WORDS) return 'runs on like a clause';
  if (ws.some((w) => v.verbs.has(w.bare.toLowerCase()) && (isCap(w.raw) || ws.length > 1))) return 'holds a speech verb';
  const last = ws[ws.length - 1];
  if (/^\p{Ll}/u.test(last.raw) && v.minorWords.has(last.raw.toLowerCase())) return 'ends in a function word';
  return descriptionShape(ws, v);
}

/** A lowercase opening must open a description, and a description must end in a noun for a person or a body. */
function descriptionShape(ws: Word[], v: Vocab): string | undefined {
  const first = ws[0].bare.toLowerCase();
  const lower = /^\p{Ll}/u.test(ws[0].raw);
  const opensDescription = v.determiners.has(first) || v.quantifiers.has(first) || v.groupNumbers.has(first) || /^\p{N}/u.test(ws[0].raw);
  const opensName = v.titlesLower.has(first) || roleNoun(first, v) || v.particles.has(first);
  if (lower && !opensDescription && !opensName) return 'opens with a word no name or description opens with';
  const head = headOf(ws.map((w) => w.bare), v);
  if ((lower || opensDescription) && /^\p{Ll}/u.test(head) && !roleNoun(head.toLowerCase(), v)) return 'describes no person or organization';
  return undefined;
}

/** A noun for a person, people or a body ("aide", "pollsters", "campaign"). */
function roleNoun(w: string, v: Vocab): boolean {
  const one = w.replace(/e?s$/u, '');
  const group = GROUP_NOUNS.has(w) || GROUP_NOUNS.has(one) || GROUP_NOUNS.has(w.replace(/s$/u, ''));
  return group || v.personNouns.has(w) || v.personNouns.has(one) || v.orgWords.has(w) || v.groupNumbers.has(w);
}

/** A description's head: its last word before a complement ("a source involved in ...", "the head of ..."). */
function headOf(ws: string[], v: Vocab): string {
  let head = ws[ws.length - 1];
  for (let i = 1; i < ws.length; i++) {
    const l = ws[i].toLowerCase();
    if (v.nameStops.has(l) || v.relativeWords.has(l) || (i >= 2 && /^\p{Ll}+(?:ing|ed)$/u.test(ws[i]))) return ws[i - 1];
  }
  return head;
}
