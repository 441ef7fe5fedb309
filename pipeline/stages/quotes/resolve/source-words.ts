// What a source's words say of it: the description to credit with the name (", a pollster", not ", for
// example"), whether a description is a person ("the senator"), several people ("three economists"), or
// a thing ("the report").
import type { Vocab } from '../vocab.js';
import { lowerCase } from '../../../text/lower-case.js';

/**
 * A description as the credit line shows it: without the comma or bracket that set it off. An aside
 * ("for example", "however", "like most economists") or a lone pronoun or function word describes
 * nobody: no description then.
 */
export function roleOf(tail: string, v: Vocab): string {
  const role = tail.replace(/^[\s,(]+|[\s,)]+$/gu, '');
  const ws = lowerCase(role).split(/\s+/).filter(Boolean);
  if (v.roleAsides.some((p) => p.every((t, i) => ws[i] === t))) return '';
  return ws.every((w) => functionWord(w, v)) ? '' : role;
}

function functionWord(w: string, v: Vocab): boolean {
  return v.pronoun.has(w) || v.relativeWords.has(w) || v.determiners.has(w) || v.adverbs.has(w) || v.clauseOpeners.has(w) || v.nameStops.has(w);
}

/** Whether an appositive names what a person is ("a campaign consultant and the host of ..."). */
export function describesPerson(role: string, v: Vocab): boolean {
  return lowerCase(role).split(/[\s,]+/).some((w) => v.personNouns.has(w));
}

/** Whether what is written beside a name may describe a person: nothing, an age, a "who" clause or a person noun. */
export function mayBePerson(role: string, v: Vocab): boolean {
  // (an age is a number set off alone: "Ed Roe, 58, who lives ...", not "13 miles from ...")
  const first = role.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  return !role || /^\d+(?:,|$)/u.test(role) || v.relativeWords.has(first) || describesPerson(role, v);
}

/** Whether a description's head noun (its last word before "of", "who", "and") is a person's. */
export function human(text: string, v: Vocab): boolean {
  return v.personNouns.has(headNoun(text, v));
}

/** Whether a description names people ("three economists"): what "they" may mean, never "he" or "it". */
export function severalPeople(text: string, v: Vocab): boolean {
  // (names joined by "and": "Al Roe and Bea Tam")
  if (/^\p{Lu}.* and \p{Lu}/u.test(text)) return true;
  // ("two candidates", "the three senators": a number of them)
  const ws = lowerCase(text).split(/\s+/);
  if (v.groupNumbers.has(ws[0]) || (v.determiners.has(ws[0]) && v.groupNumbers.has(ws[1] ?? ''))) return true;
  const head = headNoun(text, v);
  return /[^s]s$/u.test(head) && v.personNouns.has(head.slice(0, -1));
}

function headNoun(text: string, v: Vocab): string {
  let head = '';
  for (const w of lowerCase(text).split(/\s+/)) {
    if (v.nameStops.has(w)) break;
    head = w.replace(/['\u2019]s?$|[^\p{L}-]/gu, '');
  }
  return head;
}
