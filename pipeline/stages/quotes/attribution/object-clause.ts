// Rule: "in what Bea Ruiz, treasurer of the club, called", "which he called", "an explosion that Mayor
// Ed Roe described as": the subject of an object clause stands between its "what"/"which" (or a
// relative "that" after a noun) and the verb at k.
import { trimAdverbs, AUXILIARIES, CONJ, isVerb, lc } from '../grammar/lexicon.js';
import { headNP, subjectLike } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isPunct, type Word } from '../words.js';
import type { BeforeRule } from './before.js';
import { attributionOf, clauseSource } from './source-words.js';

/** How far back from the verb the clause's "what" is looked for. */
const REACH = 16;

export const objectClause: BeforeRule = ({ text, ws }, k, v) => {
  if (lc(ws[k]).endsWith('ing')) return undefined;
  const subj = objectClauseSubject(ws, k, v);
  return subj && !clauseSource(subj, v) ? attributionOf(text, ws[k].bare, subj) : undefined;
};

/** The words between a "what"/"which" and the verb at k, when they are a subject ("what Ana Ruiz called"). */
function objectClauseSubject(ws: Word[], k: number, v: Vocab): Word[] | undefined {
  for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
    if (isVerb(ws[j], v) || /[.!?]$/.test(ws[j].raw)) return undefined;
    if (opensObjectClause(ws, j, v)) return subjectIn(trimAdverbs(ws.slice(j + 1, k), v), v);
  }
  return undefined;
}

/** "what", "which", or a relative "that" after a noun (not "thought that", "and that"). */
function opensObjectClause(ws: Word[], j: number, v: Vocab): boolean {
  const l = lc(ws[j]);
  if (l === 'what' || l === 'which') return true;
  const prev = j > 0 ? ws[j - 1] : undefined;
  if (l !== 'that' || !prev || isPunct(prev) || isVerb(prev, v)) return false;
  const p = lc(prev);
  return !CONJ.has(p) && !v.reportVerbs.has(p) && !AUXILIARIES.has(p);
}

/**
 * The subject in the clause's words: its noun phrase is all of them (before any comma), or it and a time
 * or place ("which the mayor on Friday declared"); not "what the plan would do, called".
 */
function subjectIn(subj: Word[], v: Vocab): Word[] | undefined {
  while (subj.length && isPunct(subj[subj.length - 1])) subj = subj.slice(0, -1);
  if (!subj.length) return undefined;
  const comma = subj.findIndex((w) => w.raw === ',');
  const head = comma > 0 ? subj.slice(0, comma) : subj;
  const np = headNP(head, v);
  if (!np.length || !subjectLike(np, v) || AUXILIARIES.has(lc(np[np.length - 1]))) return undefined;
  if (np.length === head.length) return subj;
  const timeOrPlace = comma < 0 && v.nameStops.has(lc(head[np.length])) && !head.slice(np.length).some((w) => AUXILIARIES.has(lc(w)));
  return timeOrPlace ? np : undefined;
}
