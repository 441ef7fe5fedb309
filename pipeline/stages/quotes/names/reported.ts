// Attributions that frame no quote ("Lamm said the plan failed", "The plan failed, said Lamm, a
// pollster"): the sources a later "he said" may point back to.
import { leftSource } from '../grammar/left-source.js';
import { isVerb } from '../grammar/lexicon.js';
import { subjectLike } from '../grammar/noun-phrase.js';
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, lowerRaw, words, type Word } from '../words.js';
import { opensSentence } from './clauses.js';

/** A reported source: where it starts, as written, and whether it is a description of a person. */
export interface Reported {
  at: number;
  source: string;
  /** A description whose head noun is a person's ("the admiral", "his brother") and that opens its clause. */
  person?: boolean;
}

/** Attributions outside quotes (`Lamm said the plan failed`), as document offsets and source phrases. */
export function reportedSources(p: Prepared, v: Vocab): Reported[] {
  const out: Reported[] = [];
  let s = 0;
  // (the masked block tokenized whole once, so each sentence's words below are read from that: asked
  // sentence by sentence first, a block no rule had tokenized was scanned twice over its first sentence)
  if (p.ends.length) words(p.masked);
  for (const e of [...p.ends, p.masked.length]) {
    const ws = words(p.masked, s, e);
    for (let k = 1; k < ws.length; k++) {
      const r = reportedAt(p, ws, k, v);
      if (r) out.push(r);
    }
    s = e;
  }
  // one source per offset, the fullest: "Roe, who heads ..., said he thought" is read at "said" and again
  // at "thought" (shorter); the credit line a later "he said" borrows is the one with the description
  const best = new Map<number, Reported>();
  for (const o of out) if ((best.get(o.at)?.source.length ?? -1) < o.source.length) best.set(o.at, o);
  return [...best.values()];
}

/** The source a verb (or an inverted cue) at ws[k] reports, if any. */
function reportedAt(p: Prepared, ws: Word[], k: number, v: Vocab): Reported | undefined {
  const inverted = invertedSource(ws, k, v);
  if (inverted.length) return { at: p.block.start + inverted[0].start, source: p.block.text.slice(inverted[0].start, inverted[inverted.length - 1].end) };
  if (!isVerb(ws[k], v) && !(v.reportVerbs.has(ws[k].lower) && !isCap(ws[k].raw))) return undefined;
  const src = leftSource(p.masked, ws, k, v);
  // "Roe said that Ms. Lamm wanted ...": the subject of a reported clause is not the one speaking
  if (!src.length || embedded(ws, ws.indexOf(src[0]), v)) return undefined;
  // a subject runs up to its verb, or closes an appositive with a comma; a long run-on is a misread clause
  // (or an appositive closed by its comma before a relative: "Ann Roe, the ranking Democrat, who said")
  const closed = ws[k - 1]?.raw === ',' || (ws[k - 1]?.lower === 'who' && ws[k - 2]?.raw === ',');
  const compact = src.length <= v.subjectMaxWords || closed;
  if (!compact || !subjectLike(src, v)) return undefined;
  return { at: p.block.start + src[0].start, source: p.block.text.slice(src[0].start, src[src.length - 1].end), person: describesPerson(p.masked, ws, ws.indexOf(src[0]), src, v) };
}

/**
 * Whether a source is a description of a person opening its clause: a determiner, modifiers and a
 * person noun, nothing after it ("the admiral", "his brother", "the campaign manager"). Not one that
 * runs on ("The wife of a man shot ..." is read in part), nor an appositive of a name before it ("Ana
 * Ruiz, the presumptive nominee, who has called ..." is Ruiz's clause), nor the subject of a clause
 * inside another ("..., when a reporter asked if ..."). `text` is the masked block the words index.
 */
function describesPerson(text: string, ws: Word[], i: number, src: Word[], v: Vocab): boolean {
  if (!v.determiners.has(src[0].lower)) return false;
  if (i > 1 && ws[i - 1].raw === ',' && isCap(ws[i - 2].raw)) return false;
  if (i > 0 && v.clauseOpeners.has(lowerRaw(ws[i - 1])) && !opensSentence(text, ws[i - 1].start)) return false;
  return !src.some((w) => isPunct(w) || v.nameStops.has(w.lower)) && v.personNouns.has(src[src.length - 1].lower);
}

/** Whether the words before ws[i] make it open a clause reported by another verb ("said that", "says"). */
function embedded(ws: Word[], i: number, v: Vocab): boolean {
  const prev = ws[i - 1];
  if (!prev) return false;
  const said = (w?: Word) => !!w && (isVerb(w, v) || v.reportVerbs.has(w.lower));
  return said(prev) || (prev.lower === 'that' && said(ws[i - 2]));
}

/** No inverted source: one array for every word that opens none (asked of every word of every block), only ever read. */
const NONE: readonly Word[] = [];

/** Most words an inverted source phrase ("said Jane Doe, a pollster at ...") is read over. */
const INVERTED_SPAN = 25;

/**
 * The source of an inverted attribution that closes a reported clause: `..., said Ana Ruiz, a
 * professor` or `..., according to Jane Doe`. The cue follows a comma and a capitalized name follows
 * the cue (words like "on Tuesday" may stand between). Empty when ws[k] opens no such attribution.
 */
function invertedSource(ws: Word[], k: number, v: Vocab): readonly Word[] {
  if (ws[k - 1].raw !== ',') return NONE;
  const n = cueLength(ws, k, v);
  if (!n) return NONE;
  const cue = k + n;
  let s = cue;
  while (s < ws.length && v.beforeSource.has(lw(ws, s))) s++;
  if (!nameStartsAt(ws, s, cue, v)) return NONE;
  // the name closes the sentence or opens an appositive: "mocked Ana Ruiz for ..." has an object, not a source
  let e = s;
  while (e < ws.length && (isCap(ws[e].raw) || v.particles.has(lw(ws, e))) && !isPunct(ws[e])) e++;
  if (e < ws.length && ws[e].raw !== ',' && ws[e].raw !== '(') return NONE;
  return ws.slice(s, s + INVERTED_SPAN);
}

const lw = (ws: Word[], i: number) => (ws[i] ? lowerRaw(ws[i]) : '');

/** Words of the cue at k: the longest cue phrase there ("according to"), 1 for a speech verb not in -ing, 0 for none. */
function cueLength(ws: Word[], k: number, v: Vocab): number {
  let n = 0;
  for (const p of v.phrases) if (p.every((t, i) => lw(ws, k + i) === t)) n = Math.max(n, p.length);
  if (n) return n;
  return isVerb(ws[k], v) && !ws[k].lower.endsWith('ing') ? 1 : 0;
}

/**
 * A name starts at s: a capitalized word that is no pronoun, and not right after a preposition past the
 * cue ("..., said on Capital Radio", "said in Concord" name where, not who).
 */
function nameStartsAt(ws: Word[], s: number, cue: number, v: Vocab): boolean {
  if (!ws[s] || !isCap(ws[s].raw) || isPunct(ws[s]) || v.pronoun.has(lw(ws, s))) return false;
  return !(s > cue && v.placePreps.has(lw(ws, s - 1)));
}
