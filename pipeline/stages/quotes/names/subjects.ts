// Descriptions in a clause's subject place, which no name keys: a person ("But the former mayor
// showed restraint"), a thing ("The post showed ...", what a later "it said" continues) or a group of
// names ("Al Roe and Bea Tam, economists at ..., found", what a later "they" continues).
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, lowerRaw, startsLower, type Word } from '../words.js';
import { afterOpener, DESCRIPTION_WORDS, opensSentence } from './clauses.js';

export interface DescribedSubject {
  at: number;
  name: string;
}

/**
 * Descriptions opening a clause, as offsets in `text` and the words as written: of a person, a verb
 * after their head noun ("Instead, the Vermont senator is sticking to ..."); not an appositive after
 * a name (", the presumptive nominee,") nor a description inside the clause ("The film mentions
 * neither the president ..."). Of a thing, opening the sentence itself. And groups of names.
 */
export function describedSubjects(text: string, ws: Word[], v: Vocab): DescribedSubject[] {
  const out: DescribedSubject[] = [];
  for (let i = 0; i < ws.length - 2; i++) {
    if (!v.determiners.has(ws[i].lower) || !opensClauseAt(text, ws, i, v)) continue;
    const at = ws[i].start;
    const head = personHead(ws, i, v);
    if (head) out.push({ at, name: text.slice(at, head.end) });
    // (a thing only opening the sentence itself: "As the day went on, ..." is a time, not a source)
    const thing = opensSentence(text, at) ? thingAt(ws, i, v) : undefined;
    if (thing && !out.some((o) => o.at === at)) out.push({ at, name: text.slice(at, thing.end) });
  }
  return [...out, ...groupSubjects(text, ws, v)];
}

/**
 * The determiner at i opens a clause: at a sentence start, after an opener word that opens the sentence
 * ("But the former mayor ..."), or after an opening adverbial, unless it is an appositive after a name.
 */
function opensClauseAt(text: string, ws: Word[], i: number, v: Vocab): boolean {
  const at = ws[i].start;
  if (opensSentence(text, at)) return true;
  if (i > 0 && v.clauseOpeners.has(lowerRaw(ws[i - 1])) && opensSentence(text, ws[i - 1].start)) return true;
  const appositive = i > 1 && ws[i - 1].raw === ',' && isCap(ws[i - 2].raw) && !opensSentence(text, ws[i - 2].start);
  return !appositive && afterOpener(text, at, v);
}

/**
 * The head noun of a description of a person opening at i, when a verb (or a relative clause: "The
 * woman who started it all identified ...") follows it: modifiers only (punctuation, a second
 * determiner or a verb in -s ends the phrase), the last person noun the head ("the presumptive
 * Democratic nominee").
 */
function personHead(ws: Word[], i: number, v: Vocab): Word | undefined {
  for (let j = i + 1; j < Math.min(ws.length - 1, i + DESCRIPTION_WORDS); j++) {
    const w = lowerRaw(ws[j]);
    if (isPunct(ws[j]) || v.determiners.has(w) || v.nameStops.has(w)) return undefined;
    const head = personNoun(ws[j], v);
    if (!head && lowerPlural(ws[j].raw)) return undefined;
    const next = ws[j + 1];
    if (!head || v.personNouns.has(next.lower)) continue;
    const nw = lowerRaw(next);
    return startsLower(next.raw) && (!v.nameStops.has(nw) || v.relativeWords.has(nw)) ? ws[j] : undefined;
  }
  return undefined;
}

/** /^\p{Ll}.*s$/u: a lowercase word in -s (no line break stands in a word, so `.` takes any of it). */
export const lowerPlural = (raw: string) => raw.length > 1 && raw.charCodeAt(raw.length - 1) === 0x73 && startsLower(raw);

/** A person noun, or its plural ("three economists", "the sociologists"), not a possessive. */
function personNoun(w: Word, v: Vocab): boolean {
  const b = w.lower;
  const noun = v.personNouns.has(b) || (/[^s]s$/u.test(w.bare) && v.personNouns.has(b.slice(0, -1)));
  return noun && !w.possessive;
}

/** Most words one name in a group of names may have ("J. Bea DeLong"). */
const NAME_WORDS = 4;

/**
 * Names joined by "and" opening a clause ("Al Roe and Bea Tam, sociologists at ..., published", "Mr.
 * Roe, Mr. Tam and Mr. Lee found"): several people, what a later "they" continues.
 */
export function groupSubjects(text: string, ws: Word[], v: Vocab, gated = true): DescribedSubject[] {
  const out: DescribedSubject[] = [];
  for (let i = 0; i < ws.length; i++) {
    // (andAhead first: most capitals join no group, and their sentence start was most of this loop's
    // cost; `gated` false is the loop as it was, for test/quote-names-groups.test.ts)
    if (!isCap(ws[i].raw) || (gated && !andAhead(ws, i)) || !(opensSentence(text, ws[i].start) || afterOpener(text, ws[i].start, v))) continue;
    const { e, joined } = groupEnd(ws, i, v);
    if (joined && groupIsSubject(ws[e], v)) out.push({ at: ws[i].start, name: text.slice(ws[i].start, ws[e - 1].end) });
    i = Math.max(i, e - 1);
  }
  return out;
}

/**
 * Whether an "and" follows word i across capitalized words and commas alone: groupEnd joins names (capitalized
 * words) at commas and that "and", so a capital with none ahead opens no group. (A capital it skips, inside
 * a name groupEnd would have stepped over, has none ahead either: the loop goes on as it did.)
 */
export function andAhead(ws: Word[], i: number): boolean {
  for (let j = i + 1; j < ws.length; j++) {
    if (lowerRaw(ws[j]) === 'and') return true;
    if (ws[j].raw !== ',' && !isCap(ws[j].raw)) return false;
  }
  return false;
}

/** Where the names from i end, and whether an "and" joined two of them. */
function groupEnd(ws: Word[], i: number, v: Vocab): { e: number; joined: boolean } {
  let e = nameEnd(ws, i, v);
  while (e > i && e < ws.length - 1 && (ws[e].raw === ',' || lowerRaw(ws[e]) === 'and')) {
    const and = lowerRaw(ws[e]) === 'and';
    const f = nameEnd(ws, e + 1, v);
    if (f === e + 1) break;
    e = f;
    if (and) return { e, joined: true };
  }
  return { e, joined: false };
}

/** End of the capitalized words from k that can be a name (no pronoun, no determiner). */
function nameEnd(ws: Word[], k: number, v: Vocab): number {
  let e = k;
  while (e < ws.length && e - k < NAME_WORDS && nameWord(ws[e], v)) e++;
  return e;
}

function nameWord(w: Word, v: Vocab): boolean {
  const l = lowerRaw(w);
  return isCap(w.raw) && !isPunct(w) && !v.pronoun.has(l) && !v.determiners.has(l);
}

/**
 * The group is the clause's subject: a verb, an appositive or an affiliation follows it ("... DeLong
 * of the State University suggest").
 */
function groupIsSubject(next: Word | undefined, v: Vocab): boolean {
  if (!next) return false;
  const nw = lowerRaw(next);
  return next.raw === ',' || (startsLower(next.raw) && (!v.nameStops.has(nw) || v.affiliationWords.has(nw)));
}

/** Most words a description of a thing ("the staff association's letter") runs to its head noun. */
const THING_WORDS = 4;

/**
 * A description of a thing opening a clause, its verb a verb of saying or in -ed ("The post showed
 * ...", "The statement provided ..."): the head word, or undefined. Only lowercase modifiers: "The
 * Business Council ..." is a name.
 */
function thingAt(ws: Word[], i: number, v: Vocab): Word | undefined {
  for (let j = i + 1; j < Math.min(ws.length - 1, i + THING_WORDS); j++) {
    const w = ws[j];
    if (!thingModifier(w, v)) return undefined;
    const next = lowerRaw(ws[j + 1]);
    const verb = v.verbs.has(next) || v.reportVerbs.has(next) || (/^\p{Ll}+ed$/u.test(next) && !v.nameStops.has(next));
    if (verb && !w.possessive) return w;
  }
  return undefined;
}

/** A lowercase word that is no determiner, stop word or person noun. */
function thingModifier(w: Word, v: Vocab): boolean {
  const lw = lowerRaw(w);
  if (isPunct(w) || !startsLower(w.raw)) return false;
  return !v.determiners.has(lw) && !v.nameStops.has(lw) && !v.personNouns.has(w.lower);
}
