// Rule after the words before a quote hold no cue: a colon introducing the quote. A name ending at the
// colon is the source ("More from Lamm:", "Pollsters agree - Ana Ruiz:"), unless it is a preposition's
// object ("Lamm put it to the weekly Harbor Times:", "... in an interview with KXYZ on Tuesday:"): then
// the sentence's subject speaks. Else the noun phrase opening the sentence ("The statement from the
// board: "...").
import { chunks } from '../grammar/chunks.js';
import { ARTICLES, lc, WH } from '../grammar/lexicon.js';
import { describedNP, headNP, subjectLike } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import type { Before } from './before.js';
import { attributionOf, type Attribution } from './source-words.js';

/** Most words of a name before a colon. */
const NAME_WORDS = 4;
/** Most appositives (and words in each) between a subject and its predicate before a colon. */
const MAX_APPOSITIVES = 2;
const APPOSITIVE_WORDS = 8;
/** How far back before the name a preposition makes it an object. */
const OBJECT_REACH = 5;

export function colonIntroduction({ text, ws }: Before, v: Vocab): Attribution | undefined {
  if (ws[ws.length - 1]?.raw !== ':') return undefined;
  const n = nameStart(text, ws);
  if (n >= 0) {
    const subject = objectBefore(text, ws, n, v) ? sentenceSubject(text, ws, n, v) : undefined;
    return attributionOf(text, ':', subject ?? ws.slice(n, ws.length - 1));
  }
  const cs = chunks(ws.slice(0, -1), v, text);
  const np = cs.length ? headNP(cs[0], v) : [];
  return np.length && subjectLike(np, v) ? attributionOf(text, ':', np) : undefined;
}

/** A dash typed as one or two hyphens between words a and b. */
const dashBetween = (text: string, ws: Word[], a: number, b: number) => /\s-{1,2}\s/u.test(text.slice(ws[a].end, ws[b].start));

/**
 * Where a name of up to four capitalized words ending at the colon starts, when it stands alone (at the
 * start, after a lowercase word, or after a dash: "... IN OTHER STATES - Ana Ruiz:"); -1 when none.
 */
function nameStart(text: string, ws: Word[]): number {
  const colon = ws.length - 1;
  let n = colon;
  while (n > 0 && isCap(ws[n - 1].raw) && !isPunct(ws[n - 1]) && colon - n < NAME_WORDS && !dashBetween(text, ws, n - 1, n)) n--;
  if (n === colon) return -1;
  return n === 0 || !isCap(ws[n - 1].raw) || dashBetween(text, ws, n - 1, n) ? n : -1;
}

/** A stop word (a preposition) within a few words before the name, no punctuation or dash between. */
function objectBefore(text: string, ws: Word[], n: number, v: Vocab): boolean {
  for (let j = n - 1; j >= Math.max(0, n - OBJECT_REACH); j--) {
    if (isPunct(ws[j]) || /\s-+\s/u.test(text.slice(ws[j].end, ws[j + 1].start))) return false;
    if (v.nameStops.has(lc(ws[j]))) return true;
  }
  return false;
}

/**
 * "Ana Ruiz, D-Ore., sent a note to Lamm:": the subject fills its comma chunk, an appositive or two of
 * a few words follow, then the predicate's chunk; its first word is the predicate's.
 */
function afterAppositive(cs: Word[][], subjectLength: number): Word | undefined {
  if (subjectLength !== cs[0]?.length || cs.length < 3 || cs.length > 2 + MAX_APPOSITIVES) return undefined;
  return cs.slice(1, -1).every((a) => a.length <= APPOSITIVE_WORDS) ? cs[cs.length - 1][0] : undefined;
}

/**
 * The subject of the sentence before the name, with its lowercase predicate: a description opening with
 * an article, or a name of two capitalized words or more.
 */
function sentenceSubject(text: string, ws: Word[], n: number, v: Vocab): Word[] | undefined {
  const cs = chunks(ws.slice(0, n), v, text);
  const c = cs[0] ?? [];
  const subj = describedNP(c, v) || headNP(c, v);
  const pred = c[subj.length] ?? afterAppositive(cs, subj.length);
  if (!subj.length || !pred || !/^\p{Ll}/u.test(pred.raw) || v.nameStops.has(lc(pred))) return undefined;
  if (!subjectLike(subj, v) || !isCap(subj[0].raw) || WH.has(lc(subj[0]))) return undefined;
  if (!ARTICLES.has(lc(subj[0])) && subj.filter((w) => isCap(w.raw)).length < 2) return undefined;
  // ("One early backer, Rep. Al Roe, R-Ore., gave it a try on the radio:": the name the description is given)
  const named = c[subj.length] ? undefined : cs[1];
  return named && ARTICLES.has(lc(subj[0])) && named.every((w) => isCap(w.raw)) && named.length >= 2 ? named : subj;
}
