// Where the reporter's clauses put their subject: a name opening a sentence, or after an opening
// adverbial ("In his statement Saturday, Sanders went further"), a role ("Florida developer Mel Sembler
// expressed dismay") or ", but"; or a description of a person in that place ("But the former president
// showed restraint"). A later "he said" most often continues that subject (resolve.ts).
import type { Vocab } from './vocab.js';
import { isCap, isPunct, type Word } from './words.js';

/**
 * Text ending this way puts the next word at a sentence start (after `,"` a name is an attribution's
 * source); so does a bracket opening a sentence ("... she said. (John Doe defended his mother.").
 */
const SENTENCE_START = /(?:^|[.!?:]|[.!?]["\u201d'\u2019]+|["\u201c\u2018]|''|(?:^|[.!?]["\u201d'\u2019)]*\s*)\()$/u;
/** Most words a description ("the Independent Vermont senator") or a role runs to its head noun. */
const DESCRIPTION_WORDS = 6;
/** How far back (characters) an opening adverbial before a subject is looked for. */
const OPENER_SPAN = 160;

/** True when the word at `at` opens a sentence of `text`. */
export function opensSentence(text: string, at: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, at - 4), at).trimEnd());
}

/**
 * True when the word at `at` follows an opening adverbial ("In his statement Saturday, Sanders"), a
 * description of the person ("One local woman, Karen Robison, pulled ...") or a coordinating ", but"
 * (", but Christie wasn't having it"): its clause's subject.
 */
export function afterOpener(text: string, at: number, v: Vocab): boolean {
  const from = Math.max(0, at - OPENER_SPAN);
  const before = text.slice(from, at);
  if (/,\s*(?:but|yet)\s+$/u.test(before)) return true;
  const comma = before.trimEnd().length - 1;
  if (before[comma] !== ',') return false;
  // the sentence up to that comma (it starts after the last . ! or ?, within reach) opens with an
  // adverbial word and holds no other comma
  let start = comma - 1;
  while (start >= 0 && !'.!?'.includes(before[start])) start--;
  if (start < 0 && from > 0) return false;
  const chunk = before.slice(start + 1, comma);
  if (chunk.includes(',')) return false;
  const ws = chunk.match(/[\p{L}'\u2019-]+/gu) ?? [];
  const first = (ws[0] ?? '').toLowerCase();
  const described = v.determiners.has(first) && ws.length <= DESCRIPTION_WORDS && v.personNouns.has(ws[ws.length - 1].toLowerCase());
  return described || v.clauseOpeners.has(first) || /^\p{Lu}\p{Ll}+ing$/u.test(ws[0] ?? '');
}

/**
 * True when the name starting at word r follows a role that opens the clause ("Florida developer Mel
 * Sembler expressed dismay", "Last month, Rubio supporter Scott Szlachta told ..."): modifiers (never a
 * determiner) ending in a person noun.
 */
export function afterRole(text: string, ws: Word[], r: number, v: Vocab): boolean {
  if (r === 0 || !v.personNouns.has(ws[r - 1].raw.toLowerCase())) return false;
  for (let k = r - 1; k >= Math.max(0, r - DESCRIPTION_WORDS); k--) {
    const w = ws[k];
    if (isPunct(w) || v.determiners.has(w.raw.toLowerCase()) || v.nameStops.has(w.raw.toLowerCase())) return false;
    if (opensSentence(text, w.start) || afterOpener(text, w.start, v)) return true;
  }
  return false;
}

/**
 * Descriptions of a person opening a clause, a verb after their head noun ("But the former president
 * showed restraint", "Instead, the Vermont senator is sticking to ..."), as offsets in `text` and the
 * words as written. Not an appositive after a name (", the presumptive nominee,") nor a description
 * inside the clause ("The movie mentions neither the president ..."). Descriptions of a thing in that
 * place ("The post showed ...") too, for "it": their head is no person noun.
 */
export function describedSubjects(text: string, ws: Word[], v: Vocab): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  for (let i = 0; i < ws.length - 2; i++) {
    if (!v.determiners.has(ws[i].bare.toLowerCase())) continue;
    const at = ws[i].start;
    const appositive = i > 1 && ws[i - 1].raw === ',' && /^\p{Lu}/u.test(ws[i - 2].raw) && !opensSentence(text, ws[i - 2].start);
    // "But the former president ...": a conjunction or adverb may open the sentence first
    const led = i > 0 && v.clauseOpeners.has(ws[i - 1].raw.toLowerCase()) && opensSentence(text, ws[i - 1].start);
    if (!opensSentence(text, at) && !led && (appositive || !afterOpener(text, at, v))) continue;
    for (let j = i + 1; j < Math.min(ws.length - 1, i + DESCRIPTION_WORDS); j++) {
      const w = ws[j].raw.toLowerCase();
      // modifiers only: punctuation, a second determiner or a verb in -s ends the phrase
      if (isPunct(ws[j]) || v.determiners.has(w) || v.nameStops.has(w)) break;
      // (a plural head names people: "three economists", "the sociologists")
      const head = (v.personNouns.has(ws[j].bare.toLowerCase()) || (/[^s]s$/u.test(ws[j].bare) && v.personNouns.has(ws[j].bare.toLowerCase().slice(0, -1)))) && !ws[j].possessive;
      if (!head && /^\p{Ll}.*s$/u.test(ws[j].raw)) break;
      const next = ws[j + 1];
      // "the presumptive Republican nominee": the head is the last person noun
      if (!head || v.personNouns.has(next.bare.toLowerCase())) continue;
      // a verb follows the head, or a relative clause does ("The woman who started it all identified ...")
      const nw = next.raw.toLowerCase();
      if (/^\p{Ll}/u.test(next.raw) && (!v.nameStops.has(nw) || v.relativeWords.has(nw))) out.push({ at, name: text.slice(at, ws[j].end) });
      break;
    }
    // (a thing only opening the sentence itself: "As the day went on, ..." is a time, not a source)
    const thing = opensSentence(text, at) ? thingAt(ws, i, v) : undefined;
    if (thing && !out.some((o) => o.at === at)) out.push({ at, name: text.slice(at, thing.end) });
  }
  return [...out, ...groupSubjects(text, ws, v)];
}

/** Most words one name in a group of names may have ("J. Bradford DeLong"). */
const NAME_WORDS = 4;

/**
 * Names joined by "and" opening a clause ("Richard Alba and Nancy Foner, sociologists at ..., published",
 * "Mr. Autor, Mr. Dorn and Mr. Hanson found"): several people, what a later "they" continues.
 */
function groupSubjects(text: string, ws: Word[], v: Vocab): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  const name = (k: number) => {
    let e = k;
    while (e < ws.length && e - k < NAME_WORDS && isCap(ws[e].raw) && !isPunct(ws[e]) && !v.pronoun.has(ws[e].raw.toLowerCase()) && !v.determiners.has(ws[e].raw.toLowerCase())) e++;
    return e;
  };
  for (let i = 0; i < ws.length; i++) {
    if (!isCap(ws[i].raw) || !(opensSentence(text, ws[i].start) || afterOpener(text, ws[i].start, v))) continue;
    let e = name(i);
    let joined = false;
    while (e > i && e < ws.length - 1 && (ws[e].raw === ',' || ws[e].raw.toLowerCase() === 'and')) {
      const and = ws[e].raw.toLowerCase() === 'and';
      const f = name(e + 1);
      if (f === e + 1) break;
      e = f;
      if (and) {
        joined = true;
        break;
      }
    }
    // the group is the clause's subject: a verb, an appositive or an affiliation follows it ("... DeLong
    // of the University of California suggest")
    const next = ws[e];
    const nw = next?.raw.toLowerCase() ?? '';
    if (joined && next && (next.raw === ',' || (/^\p{Ll}/u.test(next.raw) && (!v.nameStops.has(nw) || v.affiliationWords.has(nw))))) out.push({ at: ws[i].start, name: text.slice(ws[i].start, ws[e - 1].end) });
    i = Math.max(i, e - 1);
  }
  return out;
}

/** Most words a description of a thing ("the staff association's letter") runs to its head noun. */
const THING_WORDS = 4;

/**
 * A description of a thing opening a clause, its verb a verb of saying or in -ed ("The post showed
 * ...", "The statement provided ..."): what a later "it said" or "it reads" continues. The head word,
 * or undefined. Only lowercase modifiers: "The Business Council ..." is a name.
 */
function thingAt(ws: Word[], i: number, v: Vocab): Word | undefined {
  for (let j = i + 1; j < Math.min(ws.length - 1, i + THING_WORDS); j++) {
    const w = ws[j];
    const lw = w.raw.toLowerCase();
    if (isPunct(w) || !/^\p{Ll}/u.test(w.raw) || v.determiners.has(lw) || v.nameStops.has(lw) || v.personNouns.has(w.bare.toLowerCase())) return undefined;
    const next = ws[j + 1].raw.toLowerCase();
    const verb = v.verbs.has(next) || v.reportVerbs.has(next) || (/^\p{Ll}+ed$/u.test(next) && !v.nameStops.has(next));
    if (verb && !w.possessive) return w;
  }
  return undefined;
}
