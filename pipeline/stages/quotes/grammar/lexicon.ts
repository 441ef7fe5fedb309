// The closed word classes the attribution grammar leans on (articles, auxiliaries, conjunctions), and the
// word tests every rule shares: is this a speech verb, or a verb form used as a noun ("her remarks").
import lexicon from '../../../text/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';

export const lc = (w: Word) => w.lower;

/** Prepositions that tie a complement to a person noun ("a spokeswoman for X", "the head of X"). */
export const PP_OF_NOUN = new Set(['for', 'of', 'at', 'with']);

export const ARTICLES = new Set(['the', 'a', 'an', 'one']);

export const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);

export const SUBORDINATORS = new Set(['when', 'while', 'because', 'though', 'although', 'if', 'as', 'where', 'whereas']);

export const CONJ = new Set(['and', 'but', 'or', 'so', 'yet', 'as', 'while', 'when', 'because', 'though', 'although', 'if', 'since', 'then', 'where', 'after', 'before', 'until']);

/** Words after which a verb form is a noun: "the answers", "her remarks", "the mayor's comments". */
export const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

export const RELATIVES = new Set(['who', 'whom', 'which', 'that']);

export const WH = new Set(['what', 'why', 'how', 'where', 'when', 'who', 'which']);

export const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

export const isVerb = (w: Word, v: Vocab) => !isCap(w.raw) && v.verbs.has(lc(w));

/** The verb form at k is a noun here: after an article or a possessive, or heading a noun phrase. */
export function nounUse(ws: Word[], k: number, v: Vocab): boolean {
  if (k <= 0) return false;
  const prev = ws[k - 1];
  const possessed = prev.possessive && !v.pronoun.has(lc(prev));
  return NOUN_MARKERS.has(lc(prev)) || possessed || modifiedObject(ws, k, v) || pluralHead(ws, k, v);
}

/**
 * "the two lengthy reports", "Multiple news reports": a word in -s closing a plural noun phrase (a
 * plural determiner, then only lowercase words) is its head noun; a verb would not agree.
 */
function pluralHead(ws: Word[], k: number, v: Vocab): boolean {
  if (!/^\p{Ll}+[^s]s$/u.test(ws[k].raw)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (v.pluralDeterminers.has(lc(ws[j]))) return true;
    if (isPunct(ws[j]) || !/^\p{Ll}/u.test(ws[j].raw) || v.pronoun.has(lc(ws[j])) || AUXILIARIES.has(lc(ws[j]))) return false;
  }
  return false;
}

/**
 * "a flurry of late-night posts", "in deep-red states", "in key states": after a preposition, a
 * hyphenated modifier (or an adjective, before a word in -s) and then the word, the word is the
 * preposition's object (a noun), not a verb. (Not after an article or a possessive: "the co-founder
 * said", "his ex-wife says" are people; not a noun between, "the man in charge says".)
 */
function modifiedObject(ws: Word[], k: number, v: Vocab): boolean {
  if (k < 2 || !v.placePreps.has(lc(ws[k - 2]))) return false;
  const mod = ws[k - 1].raw;
  return /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(mod) || (/^\p{Ll}+$/u.test(mod) && /^\p{Ll}+[^s]s$/u.test(ws[k].raw) && lexicon[mod]?.[0] === 'JJ');
}

/** ws without the adverbs (and an adverb's comma) that end it: "Doe later" -> "Doe". */
export function trimAdverbs(ws: Word[], v: Vocab): Word[] {
  let e = ws.length;
  while (e > 0 && (v.adverbs.has(lc(ws[e - 1])) || (ws[e - 1].raw === ',' && e > 1 && v.adverbs.has(lc(ws[e - 2]))))) e--;
  return ws.slice(0, e);
}

/** The source text from ws's first word to its last. */
export const slice = (text: string, ws: Word[]) => (ws.length ? text.slice(ws[0].start, ws[ws.length - 1].end) : '');
