// The last check before a speaker reaches the record: a speaker is a person ("Jo Lin", "Mr. Lin"), an
// organization ("the Harbor Council", "NASA") or a description of one ("a senior aide", "officials",
// "one source familiar with the talks"). Anything else (a clause, "condemning the plan"; a headline's
// words, "Mayor Says Budget"; a thing, "a job"; a piece of writing, "the statement") was read wrong
// upstream: the filters plugin drops it to null with a message (index.ts).
// A description is judged by its head noun, the word before its complement ("a source [familiar with
// ...]"): it must name a person, people or a body. The head nouns are general English, kept as data
// beside this file (speaker-nouns.json) with the quote vocabulary's person and organization words.
import { AUXILIARIES, CONJ } from '../grammar/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, words, type Word } from '../words.js';
import nouns from './speaker-nouns.json' with { type: 'json' };
import { lowerCase } from '../../../text/lower-case.js';

const PEOPLE = new Set(nouns.people);
const BODIES = new Set(nouns.bodies);
const WORKS = new Set(nouns.works);
const COMPLEMENTS = new Set(nouns.complements);
/** Endings that make a noun one for a person or people ("congressman", "lobbyist", "guardian", "trainee"). */
const PERSON_ENDING = /(?:man|men|woman|women|person|people|ist|ists|ian|ians|ee|ees|eer|eers|crat|crats)$/u;
/** Possessive and demonstrative words that open a description ("her aide", "my father", "those surveyed"). */
const OPENERS = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'every', 'each', 'any', 'no', 'other', 'fellow', 'former', 'then', 'longtime', 'top', 'senior', 'local']);
/** "a 33-year-old", "the 46-year-old": a person by their age. */
const AGE = /^\p{N}+-year-old$/u;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me']);
/** A pronoun run together with a verb ("I’ve", "It's", "We’re"): a capital opens it, yet it names no one. */
const CONTRACTED = /^(\p{L}+)['\u2019](?:ve|d|m|ll|re|s)$/iu;

/** Most words a speaker may have: a name with titles, or a description with its complement. */
const MAX_WORDS = 14;

/** Texts judged, per judgement and vocabulary: a bound on how many are kept. */
const JUDGED_KEPT = 4096;
type Judge<T> = (s: string, v: Vocab) => T;
const judged = new WeakMap<Judge<unknown>, WeakMap<Vocab, Map<string, unknown>>>();

/**
 * judge(s, v), judged once per text and vocabulary (each judge here reads nothing else): an article
 * credits the same few speakers quote after quote, and each credit is asked more than once (the
 * filters plugin's checks, its maker's candidates). Tokenizing and judging them again was ~9% of the
 * filters stage in a --cpu-prof of polnear-dev; test/quote-filters-cpu.test.ts compares the two.
 */
function once<T>(judge: Judge<T>, s: string, v: Vocab): T {
  let byVocab = judged.get(judge);
  if (!byVocab) judged.set(judge, (byVocab = new WeakMap()));
  let seen = byVocab.get(v);
  if (!seen) byVocab.set(v, (seen = new Map()));
  if (seen.has(s)) return seen.get(s) as T;
  const out = judge(s, v);
  if (seen.size >= JUDGED_KEPT) seen.clear();
  seen.set(s, out);
  return out;
}

/** Why `speaker` is no person, organization or description, or undefined when it is one (shapeOf, once per text). */
export const badShape = (written: string, v: Vocab): string | undefined => once(shapeOf, written, v);

/** badShape's reading, afresh. */
export function shapeOf(written: string, v: Vocab): string | undefined {
  const speaker = titled(written);
  if (/["\u201c\u201d\u2018]|''|[!?;]/u.test(speaker)) return 'holds quotation marks or sentence punctuation';
  const ws = words(speaker).filter((w) => /[\p{L}\p{N}]/u.test(w.raw));
  if (!ws.length) return 'has no words';
  if (ws.length > MAX_WORDS) return 'runs on like a clause';
  if (ws.some((w) => v.verbs.has(w.lower) && (isCap(w.raw) || ws.length > 1))) return 'holds a speech verb';
  const last = ws[ws.length - 1];
  if (/^\p{Ll}/u.test(last.raw) && (v.minorWords.has(lowerCase(last.raw)) || AUXILIARIES.has(last.raw))) return 'ends in a function word';
  if (ws.length === 1 && PRONOUNS.has(last.lower)) return 'is a pronoun nobody was found for';
  if (PRONOUNS.has(CONTRACTED.exec(ws[0].raw)?.[1].toLowerCase() ?? '')) return 'opens with a pronoun run together with a verb';
  return descriptionShape(ws, v);
}

/** The reason badShape gives a piece of writing: its owner, if the credit names one, is the speaker (document-owner.ts). */
export const WORK = 'is a piece of writing, not who made it';

/** A noun for a piece of writing, a recording or a finding ("statement", "ads"). */
export const isWork = (w: string) => WORKS.has(w) || WORKS.has(singular(w));

/** The speaker without adverbs run on at its end ("Jo Lin boldly" -> "Jo Lin"), once per text (tailTrimmed). */
export const trimTail = (speaker: string, v: Vocab): string => once(tailTrimmed, speaker, v);

/** trimTail's reading, afresh. */
export function tailTrimmed(speaker: string, v: Vocab): string {
  let ws = words(speaker);
  while (ws.length > 1 && /^\p{Ll}{3,}ly$/u.test(ws[ws.length - 1].raw) && !personOrBody(ws[ws.length - 1].raw, v)) ws = ws.slice(0, -1);
  return speaker.slice(0, ws[ws.length - 1].end);
}

/**
 * Why a description credited beside a name ("a Penn pollster", "69", "who ran the 2008 race") is cut
 * or broken, if it is: relative clauses, ages and places are fine there; quotation marks and a
 * description cut off at a function word ("who said she has friends and understands the") are not.
 * Once per text (roleFlaw).
 */
export const badRole = (role: string, v: Vocab): string | undefined => once(roleFlaw, role, v);

/** badRole's reading, afresh. */
export function roleFlaw(role: string, v: Vocab): string | undefined {
  if (/["\u201c\u201d]|''/u.test(titled(role))) return 'holds quotation marks';
  const ws = words(role).filter((w) => /[\p{L}\p{N}]/u.test(w.raw));
  const last = ws[ws.length - 1];
  if (last && /^\p{Ll}/u.test(last.raw) && (v.minorWords.has(lowerCase(last.raw)) || AUXILIARIES.has(last.raw))) return 'is cut off at a function word';
  return undefined;
}

/** A title in quotation marks, closed, stands as one word ("the \u201cHarbor Lights\u201d star" -> "the Title star"). */
function titled(s: string): string {
  return s.replace(/\u201c[^\u201c\u201d"]{1,80}\u201d|"[^\u201c\u201d"]{1,80}"|''[^']{1,80}''/gu, 'Title');
}

function opensDescription(w: Word, v: Vocab): boolean {
  const l = w.lower;
  return v.determiners.has(l) || v.quantifiers.has(l) || v.groupNumbers.has(l) || OPENERS.has(l) || /^\p{N}/u.test(w.raw);
}

/** A lowercase opening must open a description or a name, and a description must end in a noun for a person or a body. */
function descriptionShape(ws: Word[], v: Vocab): string | undefined {
  const first = ws[0];
  const f = first.lower;
  const lower = /^\p{Ll}/u.test(first.raw);
  const described = opensDescription(first, v);
  if (lower && !described && (v.minorWords.has(f) || AUXILIARIES.has(f) || CONJ.has(f) || PRONOUNS.has(f) || /^\p{Ll}+ly$/u.test(first.raw) || /^\p{Ll}+ing$/u.test(first.raw)))
    return 'opens with a word no name or description opens with';
  if (described && ws.length === 1) return 'is a determiner alone';
  const head = headOf(ws, v);
  if (!head) return 'describes no person or organization';
  if (isCap(head.raw) || (head === ws[0] && described)) return undefined;
  const h = head.lower;
  if (AGE.test(head.bare)) return undefined;
  if (isWork(h)) return WORK;
  if (!personOrBody(h, v)) return 'describes no person or organization';
  return undefined;
}

/** A noun for a person, people or a body ("aide", "pollsters", "campaign", "officials"). */
function personOrBody(w: string, v: Vocab): boolean {
  for (const x of new Set([w, singular(w)])) {
    if (PEOPLE.has(x) || BODIES.has(x) || v.personNouns.has(x) || v.groupNumbers.has(x) || v.genderNoun.has(x)) return true;
    if (v.orgWords.has(x) || v.orgWords.has(x.charAt(0).toUpperCase() + x.slice(1))) return true;
  }
  return PERSON_ENDING.test(w) && !WORKS.has(w);
}

/** "officials" -> "official", "companies" -> "company", "witnesses" -> "witness". */
function singular(w: string): string {
  if (/ies$/u.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x)es$/u.test(w)) return w.slice(0, -2);
  if (/[^s]s$/u.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * A description's head: its last word before a complement ("a source [familiar with ...]", "the head
 * [of ...]", "an aide [who ...]", "those [surveyed]"); "one of the aides" and "some of the staff" head
 * on what follows "of". Where several words could end the noun phrase ("federal and state
 * investigators", "a chorus of Republicans"), the first that names a person or a body is the head.
 */
function headOf(ws: Word[], v: Vocab): Word | undefined {
  let from = 0;
  const l = (i: number) => ws[i].lower;
  if (ws.length > 2 && l(1) === 'of' && (v.quantifiers.has(l(0)) || v.groupNumbers.has(l(0)) || l(0) === 'one' || /^\p{N}/u.test(ws[0].raw))) from = 2;
  if (ws.length > from + 1 && opensDescription(ws[from], v) && /^\p{Ll}+(?:ing|ed)$/u.test(ws[from + 1].raw)) return ws[from];
  const names = (w: Word) => isCap(w.raw) || personOrBody(w.lower, v) || AGE.test(w.bare);
  let first: Word | undefined;
  for (let i = from + 1; i < ws.length; i++) {
    const w = l(i);
    if (!(v.nameStops.has(w) || v.relativeWords.has(w) || COMPLEMENTS.has(w) || (i >= from + 2 && /^\p{Ll}+(?:ing|ed)$/u.test(ws[i].raw)))) continue;
    if (names(ws[i - 1])) return ws[i - 1];
    first ??= ws[i - 1];
  }
  const last = ws[ws.length - 1];
  return names(last) ? last : (first ?? last);
}
