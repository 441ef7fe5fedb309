// What a source phrase names: a person ("the economist Ann Dahl, a former adviser" -> Ann Dahl), an
// organization ("the Harbor Board"), a pronoun ("she"), or only a description ("a senior aide"). The
// phrase is read in steps: its leading openers set aside, up to the first separator; a pronoun; the head
// of its capitalized runs (head.ts); a place after a name; a description cut at its verb; and phrases
// that name nobody (a clause, a statistic, a description cut short) dropped.
import type { Gender, Vocab } from '../vocab.js';
import { isCap, isPunct, lowerRaw, words, type Word } from '../words.js';
import { RELATIVE_OR_THAT, tailOf } from './descriptions.js';
import { genderInPhrase, headOf, phraseText, type Head } from './head.js';
import { pronounMention } from './pronoun.js';
import { isTitle } from './runs.js';
import { leadsName, notNameWord, placeOnly, roleWord, statistic } from './shape.js';
import { AUXILIARIES } from '../grammar/lexicon.js';
import { lowerCase } from '../../../text/lower-case.js';

export type MentionKind = 'person' | 'org' | 'pronoun' | 'nominal';

export interface Mention {
  kind: MentionKind;
  /** The name (person, org), the pronoun, or the description as written. */
  text: string;
  /** Name words, titles removed (person), for matching short forms. */
  tokens: string[];
  /** What the phrase says of the source after its name, as written (", a spokesman for the campaign"). */
  tail: string;
  gender?: Gender;
}

/** Words that end the phrase's first part. */
const SEPARATORS = new Set([',', '(', ';', '\u2014', '\u2013', ':']);

/** The mention a source phrase holds, with the description written after the name (`tail`). */
export function mentionOf(phrase: string, v: Vocab): Mention | undefined {
  const all = words(phrase);
  const gender = genderInPhrase(all, v);
  const lead = leadEnd(all, v);
  let sep = all.findIndex((w, i) => i > lead && SEPARATORS.has(w.raw));
  if (sep < 0) sep = all.length;
  // "In Concord, he referred to ...": capitalized words after an opening preposition are a place or a
  // time; the subject comes after the comma
  if (all[sep]?.raw === ',' && all.slice(0, lead).some((w) => v.placePreps.has(lowerRaw(w)))) return after(phrase, all[sep].end, v);
  const ws = all.slice(lead, sep);
  if (!ws.length || participleOpening(ws, v)) return undefined;
  return pronounMention(ws, v) ?? namedMention(phrase, all, ws, sep, v, gender);
}

/** Leading punctuation, and a conjunction or adverb opening the phrase ("But she", "And he"). */
function leadEnd(all: Word[], v: Vocab): number {
  let lead = 0;
  while (lead < all.length - 1 && (isPunct(all[lead]) || v.clauseOpeners.has(lowerRaw(all[lead])))) lead++;
  return lead;
}

/** "Holding signs calling ...": a participle opening the phrase, its object after it, has no subject. */
function participleOpening(ws: Word[], v: Vocab): boolean {
  if (ws.length < 2 || !/^\p{Lu}\p{Ll}{3,}ing$/u.test(ws[0].raw)) return false;
  const next = ws[1].raw;
  return /^\p{Ll}/u.test(next) && !v.adverbs.has(next) && !v.verbs.has(next) && !v.nameStops.has(next);
}

/** The mention a phrase gives by its head: a place after a name skipped, a description trimmed to its noun. */
function namedMention(phrase: string, all: Word[], ws: Word[], sep: number, v: Vocab, gender: Gender | undefined): Mention | undefined {
  const m = headOf(phrase, ws, v, gender);
  if (!m) return undefined;
  // "San Jose, California the GOP candidate": a name followed by its state is a place; the source, if
  // any, comes after it
  const place = m.kind === 'person' ? placeAfter(phrase.slice(m.endAt), v) : 0;
  if (place) return after(phrase, m.endAt + place, v);
  if (m.kind === 'nominal') {
    const short = descriptionBeforeRelative(phrase, ws, gender);
    if (short) return short;
    if (runsOn(ws, v) || quotedSpeech(m.text, v)) return undefined;
  }
  if (m.kind !== 'person' && all[sep]?.raw === ',') {
    const named = nameAfterDescription(phrase, all, sep, v, gender);
    if (named) return named;
  }
  const cut = cutAtVerb(phrase, ws, m, v);
  if (namesNobody(cut.ws, cut.m, v)) return undefined;
  // a name given again in short ("said Mr. Lamm, who served three tours") is already known: what a
  // relative clause adds there is news about them, not who they are
  const h = cut.m;
  // (written out, not spread: every Head holds these keys in this order (head.ts), and the spread took a
  // slow copy, ~4% of this stage's self time in a --cpu-prof of polnear-dev)
  const tail = tailOf(phrase.slice(h.endAt), v, h.kind === 'person' && h.tokens.length === 1);
  return { kind: h.kind, text: h.text, tokens: h.tokens, gender: h.gender, endAt: h.endAt, tail } as Mention;
}

/** "one former executive who asked not to be named to ...": a long description up to its relative clause. */
function descriptionBeforeRelative(phrase: string, ws: Word[], gender: Gender | undefined): Mention | undefined {
  if (ws.length <= 8) return undefined;
  const rel = ws.findIndex((w, i) => i >= 2 && RELATIVE_OR_THAT.has(lowerRaw(w)));
  if (rel <= 0 || rel > 8 || /["\u201c\u201d]|''/u.test(phrase.slice(ws[0].start, ws[rel - 1].end))) return undefined;
  return { kind: 'nominal', text: phraseText(phrase, ws, 0, rel), tokens: [], tail: '', gender };
}

/**
 * A description that runs on ("he thought that ... and that the result") is not a source: more than
 * twelve words, or more than eight with a relative word, a verb, a pronoun or a participle among them
 * (twelve words of nouns and modifiers are still one: "the former secretary of state and current
 * presidential nominee").
 */
function runsOn(ws: Word[], v: Vocab): boolean {
  if (ws.length > 12) return true;
  const clauseWord = (w: Word) => {
    const l = lowerRaw(w);
    return RELATIVE_OR_THAT.has(l) || v.verbs.has(l) || v.pronoun.has(l) || /ed$/.test(w.raw);
  };
  return ws.length > 8 && ws.some(clauseWord);
}

/**
 * "the club spokesman, Ed Dunn, told ...": a description, then the name set off by commas (two to four
 * capitalized words, or one word ending the phrase: "Asked what a firm commitment looks like, Dunn").
 */
function nameAfterDescription(phrase: string, all: Word[], sep: number, v: Vocab, gender: Gender | undefined): Mention | undefined {
  let next = all.findIndex((w, i) => i > sep && SEPARATORS.has(w.raw));
  if (next < 0) next = all.length;
  const name = all.slice(sep + 1, next);
  const last = next === all.length && name.length === 1 && !leadsName(name[0], v);
  if (!(last || (name.length >= 2 && name.length <= 4))) return undefined;
  if (!name.every((w) => isCap(w.raw) || v.particles.has(lowerRaw(w)))) return undefined;
  const n = headOf(phrase, name, v, gender);
  return n?.kind === 'person' ? { ...n, tail: tailOf(phrase.slice(name[name.length - 1].end), v) } : undefined;
}

/**
 * "The conservative magazine has been outspoken", "The Treasury secretary also lauded Mr.", "A local
 * woman who": a description ends where its verb, an adverb or a relative word begins (an adverb only
 * before a verb or at the end: "the former first lady", "his most famously false claim").
 */
function cutAtVerb(phrase: string, ws: Word[], m: Head, v: Vocab): { ws: Word[]; m: Head } {
  if (m.kind !== 'nominal') return { ws, m };
  const verb = (w?: Word) => !!w && (AUXILIARIES.has(w.raw) || v.verbs.has(w.raw) || v.reportVerbs.has(w.raw));
  const adverbBeforeVerb = (w: Word, i: number) => v.adverbs.has(w.raw) && (i === ws.length - 1 || verb(ws[i + 1]) || /^\p{Ll}+(?:s|ed)$/u.test(ws[i + 1].raw));
  let aux = ws.findIndex((w, i) => i > 0 && (verb(w) || adverbBeforeVerb(w, i)));
  if (aux < 0 && ws.length > 1 && RELATIVE_OR_THAT.has(ws[ws.length - 1].raw)) aux = ws.length - 1;
  if (aux <= 0 || ws.slice(0, aux).some((w) => RELATIVE_OR_THAT.has(lowerRaw(w)))) return { ws, m };
  const cut = ws.slice(0, aux);
  return { ws: cut, m: { ...m, text: phraseText(phrase, cut, 0, aux), endAt: cut[aux - 1].end } };
}

/**
 * A phrase that names nobody: a description cut before the noun its possessive owns, or inside its
 * complement ("The club's success was", "The promise to"); a statistic ("Some 55 percent of voters");
 * words that only lead names ("What Are"); a clause or an adverbial ("What’s this", "Within half an
 * hour of", "Whatever the case").
 */
function namesNobody(ws: Word[], m: Head, v: Vocab): boolean {
  const end = ws[ws.length - 1];
  if (m.kind !== 'person' && (end.possessive || cutShort(end, v))) return true;
  if (m.kind !== 'nominal') return false;
  if (statistic(m.text) || ws.every((w) => onlyLeads(w, v))) return true;
  const first = ws[0].lower;
  return isCap(ws[0].raw) && notNameWord(ws[0], v) && !v.quantifiers.has(first) && !v.determiners.has(first);
}

/** A capitalized word that only leads a name and is no title or role. */
function onlyLeads(w: Word, v: Vocab): boolean {
  return isCap(w.raw) && leadsName(w, v) && !isTitle(w, v) && !roleWord(w, v);
}

/** A word no description ends with: a preposition, an article, an adverb ("The promise to", "The results also"). */
function cutShort(w: Word, v: Vocab): boolean {
  const l = lowerRaw(w);
  return /^\p{Ll}/u.test(w.raw) && (v.minorWords.has(l) || v.adverbs.has(l));
}

/** The mention in what is left of `phrase` after offset `at`, if anything is. */
function after(phrase: string, at: number, v: Vocab): Mention | undefined {
  const rest = phrase.slice(at);
  return /[\p{L}]/u.test(rest) ? mentionOf(rest, v) : undefined;
}

/** Length of ", California" (a place that is never a name, then an optional comma) opening `rest`, or 0. */
function placeAfter(rest: string, v: Vocab): number {
  // (the place ends at a comma, a space or the end: "the company's global director" is a description)
  const m = /^\s*,\s*(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)(?=[\s,]|$)\s*,?/u.exec(rest);
  if (!m) return 0;
  const tokens = m[1].split(/\s+/);
  return placeOnly(tokens, v) && !tokens.some((t) => v.personNouns.has(lowerCase(t))) ? m[0].length : 0;
}

/**
 * A quote inside a description that is not a title after "of"/"the" ("the authors of the "Harbor
 * Renewal Plan""): the phrase is the reporter's clause, not a source.
 */
function quotedSpeech(text: string, v: Vocab): boolean {
  const at = text.search(/["\u201c\u201d]|''/u);
  if (at < 0) return false;
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '';
  return !(v.nameStops.has(before) || before === 'the' || v.titleVerbs.has(before));
}
