// The grammar of a source phrase: comma chunks, the noun phrase opening a clause, appositives that
// describe a name, titles before it. attribution.ts finds where a source is; this says what its words are.
import type { Vocab } from './vocab.js';
import { isAbbreviation, isCap, isPunct, type Word } from './words.js';

export const lc = (w: Word) => w.bare.toLowerCase();

/** Prepositions that tie a complement to a person noun ("a spokeswoman for X", "the head of X"). */
export const PP_OF_NOUN = new Set(['for', 'of', 'at', 'with']);


export const ARTICLES = new Set(['the', 'a', 'an', 'one']);

export const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);


export const SUBORDINATORS = new Set(['when', 'while', 'because', 'though', 'although', 'if', 'as', 'where', 'whereas']);

export const CONJ = new Set(['and', 'but', 'or', 'so', 'yet', 'as', 'while', 'when', 'because', 'though', 'although', 'if', 'since', 'then', 'where', 'after', 'before', 'until']);

export const isVerb = (w: Word, v: Vocab) => !isCap(w.raw) && v.verbs.has(lc(w));

/** Words after which a verb form is a noun: "the answers", "her remarks", "Trump's comments". */
export const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

export const nounUse = (ws: Word[], k: number, v: Vocab) => k > 0 && (NOUN_MARKERS.has(lc(ws[k - 1])) || (ws[k - 1].possessive && !v.pronoun.has(lc(ws[k - 1]))) || modifiedObject(ws, k, v) || pluralHead(ws, k, v));

/**
 * "a flurry of late-night tweets", "in deep-red states": after a preposition, a hyphenated modifier and
 * then the word, the word is the preposition's object (a noun), not a verb. (Not after an article or a
 * possessive: "the co-founder said", "his ex-wife says" are people.)
 */
/**
 * "the two lengthy investigative reports", "Multiple news reports": a word in -s closing a plural noun
 * phrase (a plural determiner, then only lowercase words) is its head noun; a verb would not agree.
 */
function pluralHead(ws: Word[], k: number, v: Vocab): boolean {
  if (!/^\p{Ll}+[^s]s$/u.test(ws[k].raw)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (v.pluralDeterminers.has(lc(ws[j]))) return true;
    if (isPunct(ws[j]) || !/^\p{Ll}/u.test(ws[j].raw) || v.pronoun.has(lc(ws[j])) || AUXILIARIES.has(lc(ws[j]))) return false;
  }
  return false;
}

function modifiedObject(ws: Word[], k: number, v: Vocab): boolean {
  if (k < 2 || !/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(ws[k - 1].raw)) return false;
  return v.placePreps.has(lc(ws[k - 2]));
}

export function subjectLike(ws: Word[], v: Vocab): boolean {
  if (!ws.length || ws.length > 25) return false;
  const w = ws[0];
  const l = lc(w);
  // "state Rep. Gilda Cobb-Hunter", "former Gov. Ed Rendell": a lowercase title before a name
  if (isCap(w.raw) || v.pronoun.has(l) || v.determiners.has(l) || v.titles.has(w.bare) || (v.titlesLower.has(l) && ws.length > 1 && isCap(ws[1].raw))) return true;
  // "17-year-old Jared Potts", "anti-terrorist prosecutor Marc Trevidic": a short lowercase description
  // (or an age) right before a capitalized name, the whole phrase a few words long
  // ("panel Chairman Rep. Jason Chaffetz (R-Utah)": longer when the rest is all name)
  const gap = modifierGap(ws, 0, v);
  return gap > 0 && (ws.length <= 6 || (ws.length <= 10 && headNP(ws.slice(gap), v).length === ws.length - gap));
}

export function trimAdverbs(ws: Word[], v: Vocab): Word[] {
  let e = ws.length;
  while (e > 0 && (v.adverbs.has(lc(ws[e - 1])) || (ws[e - 1].raw === ',' && e > 1 && v.adverbs.has(lc(ws[e - 2]))))) e--;
  return ws.slice(0, e);
}

export const slice = (text: string, ws: Word[]) => (ws.length ? text.slice(ws[0].start, ws[ws.length - 1].end) : '');

/** Comma-chunks of ws, leading adverbial chunks ("On Tuesday,", "In a statement,") dropped. */
export function chunks(ws: Word[], v: Vocab, text?: string): Word[][] {
  if (text !== undefined) ws = ws.slice(datelineEnd(ws, text));
  const out: Word[][] = [[]];
  let prev: Word | undefined;
  for (const w of ws) {
    // a (masked) quote between two words separates them like a comma
    // (so does a horizontal bar, which is no word: "... public ― Trump boasted")
    // (and so does a dash typed as hyphens: "the end of the primaries -- complete with teleprompter -- Trump told")
    const quoted = text !== undefined && prev !== undefined && /["\u201c\u201d\u2015]|''|\s-{1,2}\s/u.test(text.slice(prev.end, w.start));
    if (w.raw === ',' || w.raw === ';' || w.raw === '\u2014' || w.raw === '\u2013' || w.raw === ':') out.push([]);
    else {
      if (quoted) out.push([]);
      out[out.length - 1].push(w);
    }
    prev = w;
  }
  const kept = out.filter((c) => c.length);
  // "But state Rep. Kline, a member ...": a conjunction opening the sentence is not an adverbial opener
  // (the chunk keeps its subject); "But, ..." alone and "And in the end, ..." still are
  while (kept.length > 1 && kept[0].length > 1 && CONJ.has(lc(kept[0][0]))) kept[0] = kept[0].slice(1);
  // "On Tuesday,", "Continuing his speech,", "Asked about it,": adverbial openers, not subjects
  while (kept.length > 1 && (v.clauseOpeners.has(lc(kept[0][0])) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(kept[0][0].raw))) kept.shift();
  // "but he also", "as he later": a conjunction opening a chunk is not part of its subject
  return kept.map((c) => {
    let i = 0;
    while (i < c.length - 1 && CONJ.has(lc(c[i]))) i++;
    return c.slice(i);
  });
}

/**
 * Words of a dateline opening the block ("WASHINGTON —", "LONDON (Reuters) -", "COLUMBUS, Ohio,
 * Dec. 8 (UPI) —"): an all-capitals place, then anything up to a dash within a few words. 0 when none.
 */
export function datelineEnd(ws: Word[], text: string): number {
  if (!ws.length || ws[0].start > 2 || !/^\p{Lu}{2,}$/u.test(ws[0].bare.replace(/[\s.]/g, ''))) return 0;
  for (let i = 0; i < Math.min(ws.length, 10); i++) {
    const gap = text.slice(ws[i].end, ws[i + 1]?.start ?? ws[i].end);
    if (ws[i].raw === '\u2014' || ws[i].raw === '\u2013') return i + 1;
    if (/\s-+\s/u.test(gap)) return i + 1;
  }
  return 0;
}

/** The words of a subject chunk after any earlier verb or sentence end in it: a subject never spans a clause. */
export function ownClause(c: Word[], v: Vocab): Word[] {
  for (let i = c.length - 1; i > 0; i--) {
    const w = c[i - 1];
    // "Sen. Bernie Sanders (I-Vt.) said": a period inside brackets ends no sentence
    if (isVerb(w, v) || (/[.!?]$/.test(w.raw) && !isAbbreviation(w.raw, v) && c[i].raw !== ')')) {
      // "It started when Edward Snowden": the subordinator opening the clause is not its subject
      // ("after a lunch" is a phrase, not a clause: only before a name or a pronoun)
      while (i < c.length - 1 && SUBORDINATORS.has(lc(c[i])) && (isCap(c[i + 1].raw) || v.pronoun.has(lc(c[i + 1])))) i++;
      return c.slice(i);
    }
  }
  return c;
}

/** `," Trump, the 2016 GOP frontrunner and ... after winning New Hampshire, said`: a name with a long appositive. */
export function appositiveSubject(ws: Word[], v: Vocab): boolean {
  return ws.length <= v.cueWindow && isCap(ws[0].raw) && ws[ws.length - 1].raw === ',' && ws.some((w, i) => i > 0 && i < 5 && w.raw === ',');
}

/** `," federal prosecutors wrote`, `," spokesman Stuart Roy said`: a short bare noun phrase right after a quote. */
export function bareNoun(ws: Word[], v: Vocab): boolean {
  return ws.length <= 4 && ws.every((w) => !isPunct(w) && !isVerb(w, v) && !CONJ.has(lc(w)) && !v.nameStops.has(lc(w)));
}

/**
 * `..., a pastor in Elizabeth, Colorado, said`, `of Salem, N.H., said`: a short capitalized chunk after
 * a chunk ending in a capitalized word is the second half of a place, not the subject.
 */
export function placeAfter(prev: Word[], c: Word[], v: Vocab): boolean {
  if (c.length > 3 || !c.every((w) => isCap(w.raw))) return false;
  if (c.length === 1 && v.notNames.has(c[0].bare)) return true;
  return prev.length > 1 && isCap(prev[prev.length - 1].raw) && !isCap(prev[0].raw);
}

/** The words after the last comma. */
export function tail(ws: Word[]): Word[] {
  let i = ws.length - 1;
  while (i >= 0 && ws[i].raw !== ',') i--;
  return ws.slice(i + 1);
}

/** A chunk that describes what came before it: "a spokesman", "who ...", "34", "now retired". */
export function appositive(c: Word[], v: Vocab): boolean {
  const w = c[0];
  if (/^\p{N}/u.test(w.raw)) return true;
  if (isCap(w.raw)) return w.possessive || (c.length === 1 && w.raw.endsWith('.')); // "Sanders' campaign manager", "Md."
  // ("Tom Coan, her attorney, argues": a possessive before a noun describes, as an article does; not
  // before a name, "The other man, his cousin James York,", which is a subject of its own)
  return !v.pronoun.has(lc(w)) || ['who', 'which', 'whose'].includes(lc(w)) || (POSSESSIVES.has(lc(w)) && c.length > 1 && possessiveRole(c, v));
}

/** "her attorney", "his chief of staff at the Pentagon": lowercase words up to any complement, no name. */
function possessiveRole(c: Word[], v: Vocab): boolean {
  for (let i = 1; i < c.length; i++) {
    if (v.nameStops.has(lc(c[i]))) return i > 1;
    if (!/^\p{Ll}/u.test(c[i].raw)) return false;
  }
  return true;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** An appositive that says who someone is ("president of X", "a pollster"), not how or when ("clearly frustrated", "then in college", "herself a fan"). */
export function describes(c: Word[], v: Vocab): boolean {
  const w = lc(c[0]);
  return appositive(c, v) && !v.clauseOpeners.has(w) && !v.adverbs.has(w) && !/(?:ly|self)$/.test(w) && !CONJ.has(w);
}

/**
 * A short lowercase chunk that says how or when, not who: "however", "for example", "in fact",
 * "clearly frustrated": an adverb or opener first, or a preposition and one word.
 */
export function aside(c: Word[], v: Vocab): boolean {
  if (!c.length || c.length > 2 || c.some((w) => !/^\p{Ll}/u.test(w.raw))) return false;
  const first = lc(c[0]);
  // (a relative clause, "who he noted", is not one)
  // (nor a conjunction left over from a coordination: ", and described")
  if (v.relativeWords.has(first) || ['which', 'that', 'whom'].includes(first) || CONJ.has(first) || c.some((w) => v.pronoun.has(lc(w)))) return false;
  return v.adverbs.has(first) || v.clauseOpeners.has(first) || /ly$/.test(first) || (c.length === 2 && v.nameStops.has(first));
}

/** The noun phrase opening a clause: "Mr. McConnell deflected questions" -> "Mr. McConnell". */
export function headNP(ws: Word[], v: Vocab): Word[] {
  let e = 0;
  // capitalized words, and lowercase titles between them ("Former Pennsylvania governor Ed Rendell")
  for (;;) {
    while (e < ws.length && (isCap(ws[e].raw) || v.determiners.has(lc(ws[e])) || v.particles.has(lc(ws[e])) || (v.titlesLower.has(lc(ws[e])) && isCap(ws[e + 1]?.raw ?? '')))) e++;
    // "Republican presidential front-runner Donald Trump": a lowercase description of up to three
    // words between capitalized words is a title before the name
    const gap = e > 0 && isCap(ws[e - 1].raw) ? modifierGap(ws, e, v) : 0;
    if (!gap) break;
    e += gap;
  }
  // a party tag after the name: "Sen. Bernie Sanders (I-Vt.)"
  if (e > 0 && isCap(ws[e - 1].raw) && ws[e]?.raw === '(' && ws[e + 2]?.raw === ')') e += 3;
  // "The Florida senator", "A Clinton campaign official": a name that modifies the nouns after it
  else if (e > 0 && isCap(ws[e - 1].raw) && !v.determiners.has(lc(ws[e - 1]))) {
    const noun = (w?: Word) => !!w && (v.personNouns.has(lc(w)) || v.orgWords.has(w.raw));
    if (noun(ws[e])) {
      while (noun(ws[e])) e++;
      return ws.slice(0, e);
    }
  }
  if (e === 0 && ws.length && v.pronoun.has(lc(ws[0]))) e = 1;
  // a description: "the company" / "a spokesman for the campaign"
  // (a pronoun is a whole noun phrase: "he saw no need" names "he", not a description)
  if (e > 0 && e < ws.length && !isCap(ws[e - 1].raw) && !(e === 1 && v.pronoun.has(lc(ws[0])))) {
    while (e < ws.length && !isVerb(ws[e], v) && e < 6) e++;
  }
  return ws.slice(0, e);
}

/** Lowercase words from e (at most three, no verb, stop word or punctuation) that a capitalized word follows; 0 when none. */
export function modifierGap(ws: Word[], e: number, v: Vocab): number {
  for (let n = 1; n <= 3 && e + n < ws.length; n++) {
    const w = ws[e + n - 1];
    if (isCap(w.raw) || isPunct(w) || isVerb(w, v) || CONJ.has(lc(w)) || v.nameStops.has(lc(w)) || AUXILIARIES.has(lc(w)) || v.adverbs.has(lc(w)) || /ed$/.test(lc(w))) return 0;
    if (isCap(ws[e + n].raw) && !isPunct(ws[e + n])) return n;
  }
  return 0;
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
    const w = c[e];
    // "The president left no doubt": a person noun, then a lowercase word that is no complement, is
    // the head and its verb
    if (!inPP && e > 1 && v.personNouns.has(lc(c[e - 1])) && /^\p{Ll}/u.test(w.raw) && !v.personNouns.has(lc(w)) && !PP_OF_NOUN.has(lc(w)) && !v.nameStops.has(lc(w))) break;
    // "A spokeswoman for the House Armed Services Committee": a complement names what the person is of
    if (isCap(w.raw)) {
      if (inPP && !isPunct(w)) continue;
      break;
    }
    // (a word in -ed right after the article is an adjective: "The retired neurosurgeon")
    if (isPunct(w) || isVerb(w, v) || (/ed$/.test(lc(w)) && e > 1) || CONJ.has(lc(w)) || AUXILIARIES.has(lc(w)) || ['that', 'which', 'who'].includes(lc(w))) break;
    if (PP_OF_NOUN.has(lc(w)) && e >= 2 && !inPP) {
      inPP = true;
      continue;
    }
    if (!inPP && c[e + 1] && ARTICLES.has(lc(c[e + 1]))) break;
  }
  // "The bill was sold as ...", "a motion is valid when ...": the subject of a state, not a speaker
  // (unless `states`: the caller takes such subjects)
  if (!states && e < c.length && AUXILIARIES.has(lc(c[e]))) return [];
  return e > 1 ? c.slice(0, e) : undefined;
}
