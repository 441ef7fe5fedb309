// Helpers the attribution rules share to read a source phrase: the source on the right of a cue (`said
// Ana Ruiz, a spokeswoman`), a clause misread as a source ("that the plan is working"), and a source
// cut off by a quoted title that runs on past it.
import { AUXILIARIES, isVerb, lc, RELATIVES, WH } from '../grammar/lexicon.js';
import { bareNoun } from '../grammar/appositive.js';
import { subjectLike } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, words, type Word } from '../words.js';
import { lowerCase } from '../../../text/lower-case.js';

/** An attribution's cue and source phrase, with the source's offsets in the block. */
export interface Attribution {
  /** The verb or phrase as written ("said", "according to"); ':' for a colon, '' for none. */
  cue: string;
  /** The source phrase as written (a name, a pronoun, a description with its appositive). */
  source: string;
  /** Offsets (in the block) of the source phrase, for resolving pronouns against what came before. */
  at: number;
  end: number;
  /** A transcript turn's label or a credit line: as explicit as a verb, though none is written. */
  turn?: boolean;
  /** The fallback rule that found it, when not a cue in the quote's own sentence. */
  rule?: string;
}

/** The attribution of source words `src` with cue `cue`, as written in `text`. */
export function attributionOf(text: string, cue: string, src: Word[]): Attribution {
  return { cue, source: text.slice(src[0].start, src[src.length - 1].end), at: src[0].start, end: src[src.length - 1].end };
}

/** The cue phrases by their first word, each list in the vocabulary's order (longest first). */
// (null for a list holding an empty phrase, which every place matches: that list is read in turn)
const byFirst = new WeakMap<string[][], Map<string, string[][]> | null>();

function phrasesByFirst(phrases: string[][]): Map<string, string[][]> | null {
  let m = byFirst.get(phrases);
  if (m !== undefined) return m;
  if (phrases.some((p) => !p.length)) {
    byFirst.set(phrases, null);
    return null;
  }
  m = new Map();
  for (const p of phrases) {
    const list = m.get(p[0]);
    if (list) list.push(p);
    else m.set(p[0], [p]);
  }
  byFirst.set(phrases, m);
  return m;
}

/**
 * Length of a cue phrase ("according to") starting at word i, or 0 when none. Only the phrases whose
 * first word is the one at i are tried, in the vocabulary's order: any other fails there (asked at
 * every word after every quote and before it, each phrase's first word was lowercased and compared, ~4%
 * of the attribution stage in a --cpu-prof of polnear-dev; test/quote-phrase-at.test.ts compares the two).
 */
export function phraseAt(ws: Word[], i: number, v: Vocab): number {
  const first = phrasesByFirst(v.phrases);
  if (!first || !(i >= 0 && i < ws.length)) return phraseAtEach(ws, i, v.phrases);
  const list = first.get(lowerCase(ws[i].raw));
  return list ? phraseAtEach(ws, i, list) : 0;
}

/** phraseAt's reading, each phrase of `phrases` tried in turn. */
export function phraseAtEach(ws: Word[], i: number, phrases: string[][]): number {
  for (const p of phrases) {
    if (i + p.length <= ws.length && p.every((t, k) => lowerCase(ws[i + k].raw) === t)) return p.length;
  }
  return 0;
}

/** The source words on the right of a cue ending before k (inverted: `said Ana Ruiz, a spokeswoman`). */
export function rightSource(ws: Word[], k: number, v: Vocab): Word[] {
  let s = k;
  while (s < ws.length && (v.beforeSource.has(lc(ws[s])) || isPunct(ws[s]))) s++;
  // (`said Ed Gard, a pollster, citing the mayor's emphasis on ...`: a participle clause after a comma
  // says what the source did, not who they are; not a modifier in -ing: ", managing director of ...")
  for (let e = s + 1; e < ws.length - 2; e++) if (ws[e].raw === ',' && /^\p{Ll}+ing$/u.test(ws[e + 1].raw) && opensParticipleClause(ws[e + 2], v)) return ws.slice(s, e);
  return ws.slice(s);
}

/** The word after a participle opens its object or clause: a name, a determiner, a stop word, "that", a pronoun. */
function opensParticipleClause(w: Word, v: Vocab): boolean {
  const l = lc(w);
  return isCap(w.raw) || v.determiners.has(l) || v.nameStops.has(l) || l === 'that' || v.pronoun.has(l);
}

const CLAUSE_WORDS = new Set([...RELATIVES, 'what', 'whether']);

/**
 * "that the harbor plan is working", "That match-up is almost", "that he's ready": a phrase opened by a
 * relative or wh- word with a verb or a pronoun subject of its own is a clause, not a source (a
 * demonstrative before a noun, "That letter", stays one; a subordinator, "When I agreed", has its
 * subject after it).
 */
export function clauseSource(src: Word[], v: Vocab): boolean {
  if (src.length < 2 || !CLAUSE_WORDS.has(lc(src[0]))) return false;
  const comma = src.findIndex((w) => w.raw === ',');
  return src.slice(1, comma < 0 ? src.length : comma).some((w) => {
    const l = lc(w);
    return AUXILIARIES.has(l) || v.pronoun.has(l) || v.pronoun.has(l.replace(/['\u2019](?:s|re|ve|d|ll)$/u, ''));
  });
}

/**
 * The source in src once a clause is set aside: src itself when it is none; the subject after the
 * clause's last wh- word when one stands there ("That is why critics say"); else nothing.
 */
export function clauseFree(src: Word[], v: Vocab): Word[] {
  if (!clauseSource(src, v)) return src;
  let j = src.length - 1;
  while (j >= 0 && !CLAUSE_WORDS.has(lc(src[j])) && !WH.has(lc(src[j]))) j--;
  const rest = src.slice(j + 1);
  if (j <= 0 || !rest.length || rest.some((w) => isPunct(w) || AUXILIARIES.has(lc(w)) || isVerb(w, v))) return [];
  return subjectLike(rest, v) || bareNoun(rest, v) ? rest : [];
}

/**
 * `," said Al Beck, author of "A Bitter Pill," a history of ...`: a source cut off by a quoted title
 * runs on past it to its sentence end, where a title goes ("author of", "the", "titled"; "waited in an
 * "extraordinarily long line"" is speech).
 */
export function withTitleRunOn(text: string, src: Word[], to: number, v: Vocab): Word[] {
  const cut = src[src.length - 1];
  if (to !== cut.end && !/^\s*$/u.test(text.slice(cut.end, to))) return src;
  if (!v.nameStops.has(lc(cut)) && lc(cut) !== 'the' && !v.titleVerbs.has(lc(cut))) return src;
  const more = titleRunOn(text, to);
  return more.length ? [...src, ...more] : src;
}

/**
 * The words after a short quoted title that starts at `at` (masked: marks around blanks), up to the end
 * of the sentence or the next quote: `"Hacked Harbor," who studies ports`. Empty when no title is there.
 */
function titleRunOn(text: string, at: number): Word[] {
  const m = /^\s*(?:["\u201c]|'')\s{0,80}?(?:["\u201d]|'')/u.exec(text.slice(at, at + 100));
  if (!m || !/\S/u.test(m[0])) return [];
  const from = at + m[0].length;
  const stop = /[.!?](?=\s|$)|["\u201c\u201d]|''/u.exec(text.slice(from));
  const to = stop ? from + stop.index : text.length;
  return words(text, from, to).filter((w) => w.start < to);
}
