// Chunks that stand beside a name and say who the person is (", a pollster", ", 34", ", who ..."), or
// only how or when (", however", ", clearly frustrated"), and the short source phrases right after a
// quote (", federal prosecutors wrote").
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import { CONJ, isVerb, lc, POSSESSIVES } from './lexicon.js';

/** A chunk that describes what came before it: "a spokesman", "who ...", "34", "now retired". */
export function appositive(c: Word[], v: Vocab): boolean {
  const w = c[0];
  if (/^\p{N}/u.test(w.raw)) return true;
  if (isCap(w.raw)) return w.possessive || (c.length === 1 && w.raw.endsWith('.')); // "the mayor's chief of staff", "Md."
  // ("Tom Rigg, her attorney, argues": a possessive before a noun describes, as an article does; not
  // before a name, "The other man, his cousin Jim Rigg,", which is a subject of its own)
  return !v.pronoun.has(lc(w)) || ['who', 'which', 'whose'].includes(lc(w)) || (POSSESSIVES.has(lc(w)) && c.length > 1 && possessiveRole(c, v));
}

/** "her attorney", "his chief of staff at the agency": lowercase words up to any complement, no name. */
function possessiveRole(c: Word[], v: Vocab): boolean {
  for (let i = 1; i < c.length; i++) {
    if (v.nameStops.has(lc(c[i]))) return i > 1;
    if (!/^\p{Ll}/u.test(c[i].raw)) return false;
  }
  return true;
}

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
  // (a relative clause, "who he noted", is not one; nor a conjunction left over from a coordination: ", and described")
  const clause = v.relativeWords.has(first) || ['which', 'that', 'whom'].includes(first) || CONJ.has(first);
  if (clause || c.some((w) => v.pronoun.has(lc(w)))) return false;
  return v.adverbs.has(first) || v.clauseOpeners.has(first) || /ly$/.test(first) || (c.length === 2 && v.nameStops.has(first));
}

/**
 * `..., a pastor in Elk Grove, Colorado, said`, `of Salem, N.H., said`: a short capitalized chunk after
 * a chunk ending in a capitalized word is the second half of a place, not the subject.
 */
export function placeAfter(prev: Word[], c: Word[], v: Vocab): boolean {
  if (c.length > 3 || !c.every((w) => isCap(w.raw))) return false;
  if (c.length === 1 && v.notNames.has(c[0].bare)) return true;
  return prev.length > 1 && isCap(prev[prev.length - 1].raw) && !isCap(prev[0].raw);
}

/** `," Vance, the league's top scorer and ... after the final, said`: a name with a long appositive. */
export function appositiveSubject(ws: Word[], v: Vocab): boolean {
  return ws.length <= v.cueWindow && isCap(ws[0].raw) && ws[ws.length - 1].raw === ',' && ws.some((w, i) => i > 0 && i < 5 && w.raw === ',');
}

/** `," federal prosecutors wrote`, `," spokesman Al Roy said`: a short bare noun phrase right after a quote. */
export function bareNoun(ws: Word[], v: Vocab): boolean {
  return ws.length <= 4 && ws.every((w) => !isPunct(w) && !isVerb(w, v) && !CONJ.has(lc(w)) && !v.nameStops.has(lc(w)));
}
