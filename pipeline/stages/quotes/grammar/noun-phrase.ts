// The noun phrase a clause opens with, and whether a run of words can be a clause's subject: a name with
// its titles ("Former state governor Ed Vance"), a pronoun, or a description ("the company", "A close
// friend", "a spokeswoman for the port authority").
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import { ARTICLES, AUXILIARIES, CONJ, isVerb, lc, PP_OF_NOUN } from './lexicon.js';

/** Whether ws can be a clause's subject: it opens like one, or it is a short description before a name. */
export function subjectLike(ws: Word[], v: Vocab): boolean {
  if (!ws.length || ws.length > 25) return false;
  return opensSubject(ws, v) || describedName(ws, v);
}

/** A capital, a pronoun, a determiner or a title opens the phrase ("state Rep. Ann Cole": a lowercase title before a name). */
function opensSubject(ws: Word[], v: Vocab): boolean {
  const w = ws[0];
  const l = lc(w);
  if (isCap(w.raw) || v.pronoun.has(l) || v.determiners.has(l) || v.titles.has(w.bare)) return true;
  return v.titlesLower.has(l) && ws.length > 1 && isCap(ws[1].raw);
}

/**
 * "17-year-old Jo Potts", "veteran prosecutor Marc Tell": a short lowercase description (or an age)
 * right before a capitalized name, the whole phrase a few words long ("panel Chairman Rep. Al Dunn
 * (R-Utah)": longer when the rest is all name).
 */
function describedName(ws: Word[], v: Vocab): boolean {
  const gap = modifierGap(ws, 0, v);
  if (gap <= 0) return false;
  return ws.length <= 6 || (ws.length <= 10 && headNP(ws.slice(gap), v).length === ws.length - gap);
}

/** The noun phrase opening a clause: "Mr. Vance deflected questions" -> "Mr. Vance". */
export function headNP(ws: Word[], v: Vocab): Word[] {
  let e = nameEnd(ws, v);
  // a party tag after the name: "Sen. Ann Cole (D-Vt.)"
  if (e > 0 && isCap(ws[e - 1].raw) && ws[e]?.raw === '(' && ws[e + 2]?.raw === ')') e += 3;
  else {
    // "The Florida senator", "A city hall official": a name that modifies the nouns after it
    const nouns = namedNouns(ws, e, v);
    if (nouns > e) return ws.slice(0, nouns);
  }
  if (e === 0 && ws.length && v.pronoun.has(lc(ws[0]))) e = 1;
  return ws.slice(0, descriptionEnd(ws, e, v));
}

/** End of the person or organization nouns after a name that ends at e (e itself when there are none). */
function namedNouns(ws: Word[], e: number, v: Vocab): number {
  if (e === 0 || !isCap(ws[e - 1].raw) || v.determiners.has(lc(ws[e - 1]))) return e;
  return nounsAfter(ws, e, v);
}

/**
 * A description runs on to its verb (six words at most): "the company" / "a spokesman for the
 * campaign". Not after a name, nor after a pronoun, which is a whole noun phrase ("he saw no need").
 */
function descriptionEnd(ws: Word[], e: number, v: Vocab): number {
  const pronounOnly = e === 1 && v.pronoun.has(lc(ws[0]));
  if (e === 0 || e >= ws.length || isCap(ws[e - 1].raw) || pronounOnly) return e;
  while (e < ws.length && !isVerb(ws[e], v) && e < 6) e++;
  return e;
}

/**
 * Where the name words opening ws end: capitals, determiners, particles and lowercase titles before a
 * capital, and a lowercase description of up to three words between capitals ("Republican party
 * chair Dana Holt").
 */
function nameEnd(ws: Word[], v: Vocab): number {
  let e = 0;
  for (;;) {
    while (e < ws.length && nameWord(ws, e, v)) e++;
    const gap = e > 0 && isCap(ws[e - 1].raw) ? modifierGap(ws, e, v) : 0;
    if (!gap) return e;
    e += gap;
  }
}

function nameWord(ws: Word[], e: number, v: Vocab): boolean {
  const l = lc(ws[e]);
  if (isCap(ws[e].raw) || v.determiners.has(l) || v.particles.has(l)) return true;
  return v.titlesLower.has(l) && isCap(ws[e + 1]?.raw ?? '');
}

/**
 * End of the person or organization nouns right after a name (e itself when there are none), a
 * lowercase modifier or two before them ("The Ohio state senator", "The Acme presidential candidate"; not an
 * owner: "The Ohio capital's new mayor" is no description of Ohio's).
 */
function nounsAfter(ws: Word[], e: number, v: Vocab): number {
  const noun = (w?: Word) => !!w && (v.personNouns.has(lc(w)) || v.orgWords.has(w.raw));
  let k = e;
  while (k < e + 2 && ws[k] && !noun(ws[k]) && !ws[k].possessive && /^\p{Ll}/u.test(ws[k].raw) && modifierWord(ws[k], v)) k++;
  if (!noun(ws[k])) k = e;
  while (noun(ws[k])) k++;
  return k;
}

/** Lowercase words from e (at most three, no verb, stop word or punctuation) that a capitalized word follows; 0 when none. */
export function modifierGap(ws: Word[], e: number, v: Vocab): number {
  for (let n = 1; n <= 3 && e + n < ws.length; n++) {
    if (!modifierWord(ws[e + n - 1], v)) return 0;
    if (isCap(ws[e + n].raw) && !isPunct(ws[e + n])) return n;
  }
  return 0;
}

/** A lowercase word that may describe a name after it: no verb, conjunction, stop word, auxiliary, adverb or participle. */
function modifierWord(w: Word, v: Vocab): boolean {
  const l = lc(w);
  if (isCap(w.raw) || isPunct(w) || isVerb(w, v)) return false;
  return !(CONJ.has(l) || v.nameStops.has(l) || AUXILIARIES.has(l) || v.adverbs.has(l) || /ed$/.test(l));
}

/**
 * "The complaint", "A close friend", "the former secretary of state": an article and the lowercase
 * noun phrase after it, up to its verb (a speech verb, a word in -ed, or a word followed by another
 * article: "The ad targets a ..."). Undefined when the chunk does not open that way; empty when a
 * state's auxiliary follows it, unless `states`.
 */
export function describedNP(c: Word[], v: Vocab, states = false): Word[] | undefined {
  if (c.length < 2 || !ARTICLES.has(lc(c[0]))) return undefined;
  let e = 1;
  let inPP = false;
  for (; e < c.length && e < (inPP ? 10 : 6); e++) {
    const step = describedStep(c, e, inPP, v);
    if (step === 'stop') break;
    if (step === 'complement') inPP = true;
  }
  // "The bill was sold as ...", "a motion is valid when ...": the subject of a state, not a speaker
  // (unless `states`: the caller takes such subjects)
  if (!states && e < c.length && AUXILIARIES.has(lc(c[e]))) return [];
  return e > 1 ? c.slice(0, e) : undefined;
}

/** Whether the description goes on at word e, stops there, or enters its complement ("for", "of"). */
function describedStep(c: Word[], e: number, inPP: boolean, v: Vocab): 'go' | 'stop' | 'complement' {
  const w = c[e];
  const l = lc(w);
  if (!inPP && e > 1 && verbAfterPersonNoun(c, e, v)) return 'stop';
  // "A spokeswoman for the Harbor Commission": a complement names what the person is of
  if (isCap(w.raw)) return inPP ? 'go' : 'stop';
  if (endsDescription(w, e, v)) return 'stop';
  if (PP_OF_NOUN.has(l) && e >= 2 && !inPP) return 'complement';
  if (!inPP && c[e + 1] && ARTICLES.has(lc(c[e + 1]))) return 'stop';
  return 'go';
}

/** A verb, a conjunction, an auxiliary, a relative word or punctuation ends a description (a word in -ed right after the article is an adjective: "The retired surgeon"). */
function endsDescription(w: Word, e: number, v: Vocab): boolean {
  const l = lc(w);
  if (isPunct(w) || isVerb(w, v) || (/ed$/.test(l) && e > 1) || CONJ.has(l)) return true;
  return AUXILIARIES.has(l) || ['that', 'which', 'who'].includes(l);
}

/** "The president left no doubt": a person noun, then a lowercase word that is no complement, is the head and its verb. */
function verbAfterPersonNoun(c: Word[], e: number, v: Vocab): boolean {
  const w = c[e];
  const l = lc(w);
  if (!v.personNouns.has(lc(c[e - 1])) || !/^\p{Ll}/u.test(w.raw)) return false;
  return !v.personNouns.has(l) && !PP_OF_NOUN.has(l) && !v.nameStops.has(l);
}
