// Which capitalized runs of a block name a person, and what a mention says of that person's gender: an
// honorific before the name ("Ms. Lamm"), a given name, a gendered role noun in the appositive ("Jo
// Lamm, a spokeswoman"), a pronoun right after a subject's name ("Lamm said her ...").
import type { Gender, Vocab } from '../vocab.js';
import { isCap, lowerRaw, startsLower, type Word } from '../words.js';
import type { Run } from './runs.js';
import { titleSurname } from './shape.js';
import { lowerCase } from '../../../text/lower-case.js';

/**
 * The run's core [s, e) names no person: a letter without a period ends it ("Q A", "Plan B"); an
 * article before the run makes it a description or a title ("A Rally in Lisbon", "The Lamm Foundation";
 * not before a title: "the Rev. Al Dunn"); a title inside it that is no surname; a lone pronoun,
 * determiner or place ("She", "That", "California"); a place of several words unless a given name opens
 * it ("South Carolina", but "George Washington").
 */
export function notAPerson(ws: Word[], run: Run, [s, e]: Run, tokens: string[], v: Vocab): boolean {
  if (e - s > 1 && /^\p{Lu}$/u.test(ws[e - 1].raw)) return true;
  if (s > run[0] && articleBefore(ws, run, v)) return true;
  if (tokens.some((t) => v.titles.has(t)) && !titleSurname(tokens, v)) return true;
  const first = tokens[0];
  if (tokens.length !== 1) return v.notNames.has(tokens[tokens.length - 1]) && !v.firstName.has(first);
  if (v.notNames.has(first)) return true;
  // (lowercased once: a capitalized word goes to ICU, asked of every one-word run of every block)
  const lower = lowerCase(first);
  return v.pronoun.has(lower) || v.determiners.has(lower);
}

function articleBefore(ws: Word[], run: Run, v: Vocab): boolean {
  const next = ws[run[0] + 1];
  return ['a', 'an', 'the'].includes(ws[run[0]].lower) && !v.titles.has(next.raw) && !v.titles.has(next.bare);
}

/** A lowercase verb of saying or thinking after word e, adverbs aside ("Lamm openly admitted"). */
export function speechVerbAfter(ws: Word[], e: number, v: Vocab): boolean {
  let k = e;
  while (k < ws.length && v.adverbs.has(lowerRaw(ws[k]))) k++;
  const w = ws[k];
  return !!w && startsLower(w.raw) && (v.verbs.has(w.lower) || v.reportVerbs.has(w.lower));
}

type Vote = (key: string, g: Gender, n: number) => void;

/** Gender votes from one person mention (honorifics and given names count most, pronouns least). */
export function voteGender(ws: Word[], run: Run, [s, e]: Run, tokens: string[], mention: { gender?: Gender }, vote: Vote, v: Vocab): void {
  // (one key for every vote: a single token's join is the token, lowercased once; ICU was asked twice per one-word mention)
  const full = lowerCase(tokens.join(' '));
  for (let i = run[0]; i < s; i++) {
    const g = v.honorific.get(lowerRaw(ws[i])) ?? v.honorific.get(ws[i].lower);
    if (!g) continue;
    vote(full, g, 3);
    mention.gender = g;
  }
  if (tokens.length >= 2) {
    const g = v.firstName.get(tokens[0]);
    if (g) vote(full, g, 3);
  }
  // "his wife, Jo Lamm", "her son Al Lamm": a gendered noun in lowercase just before the name is its apposition
  const before = ws[run[0] - 1]?.raw === ',' ? ws[run[0] - 2] : ws[run[0] - 1];
  const bg = before && /^\p{Ll}/u.test(before.raw) ? v.genderNoun.get(before.bare) : undefined;
  if (bg) vote(full, bg, 2);
  // "Jo Lamm, a spokeswoman for ..." / "Lamm, her campaign's ..."
  // (the three words after the comma read in place: asked at every person mention, the two slices
  // were new arrays for nothing)
  if (ws[e]?.raw === ',') {
    for (let i = e + 1; i < Math.min(ws.length, e + 4); i++) {
      const g = v.genderNoun.get(ws[i].lower);
      if (g) vote(full, g, 2);
    }
  }
  const g = pronounAfter(ws, e, Math.min(ws.length, e + 6), v, ADPOSITIONS.has(ws[run[0] - 1] ? lowerRaw(ws[run[0] - 1]) : ''));
  if (g) vote(full, g, 1);
}

/** Prepositions that make a name their object ("with Jo Lamm", "beside Jo Lamm"). */
const ADPOSITIONS = new Set(['with', 'by', 'beside', 'alongside', 'behind', 'at', 'on', 'in', 'to', 'from', 'for', 'of', 'near', 'among', 'between', 'against', 'without']);

/**
 * "Lamm said his ...": a personal pronoun within a few words of a name, before the sentence or another name.
 * `object`: the name is a preposition's object, and a pronoun in a prepositional phrase after it belongs
 * to the clause's subject ("with Mayor Jo Lamm by her side, the senator ...": "her" is the senator's).
 */
function pronounAfter(ws: Word[], from: number, to: number, v: Vocab, object = false): Gender | undefined {
  // (the words [from, to) read in place, not sliced: asked at every person mention; test/person-runs.test.ts
  // compares this with the sliced form on generated word lists)
  for (let i = from; i < to; i++) {
    const w = ws[i];
    if (endsSentence(w.raw)) return undefined;
    if (object && i > from && ADPOSITIONS.has(lowerRaw(ws[i - 1]))) return undefined;
    const g = v.pronoun.get(lowerRaw(w));
    if (g === 'male' || g === 'female') return g;
    if (i > from && isCap(w.raw)) return undefined;
  }
  return undefined;
}

/** `/[.!?]$/.test(raw)` by char code (a "." token ends in one too). */
function endsSentence(raw: string): boolean {
  const c = raw.charCodeAt(raw.length - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}
