// A sentence's words cut into comma chunks, the way attribution rules read a subject: "Ann Cole, a
// pollster for the group, said" is the chunks [Ann Cole] [a pollster for the group] [said].
import type { Vocab } from '../vocab.js';
import { isAbbreviation, isCap, type Word } from '../words.js';
import { CONJ, isVerb, lc, SUBORDINATORS } from './lexicon.js';

/** Words that separate chunks as a comma does. */
const SEPARATORS = new Set([',', ';', '\u2014', '\u2013', ':']);
/**
 * What between two words separates them like a comma: a (masked) quote, a horizontal bar ("... the
 * public ― the mayor boasted"), a dash typed as hyphens ("the end of the season -- complete with
 * fireworks -- the coach told").
 */
const GAP_SEPARATOR = /["\u201c\u201d\u2015]|''|\s-{1,2}\s/u;

/** The marks GAP_SEPARATOR finds alone. */
const SEPARATOR_MARKS = new Set([0x22, 0x201c, 0x201d, 0x2015]);

/**
 * Whether GAP_SEPARATOR finds something in text[from, to). Most gaps are one space or none: those are
 * read by char code (chunks are cut for every speech verb of every block, and a slice and a pattern
 * per word were most of their cost).
 */
export function gapSeparates(text: string, from: number, to: number): boolean {
  if (to - from <= 0) return false;
  if (to - from === 1) return SEPARATOR_MARKS.has(text.charCodeAt(from));
  return GAP_SEPARATOR.test(text.slice(from, to));
}

/** Comma-chunks of ws, leading adverbial chunks ("On Tuesday,", "In a statement,") dropped. */
export function chunks(ws: Word[], v: Vocab, text?: string): Word[][] {
  if (text !== undefined) ws = ws.slice(datelineEnd(ws, text));
  const out: Word[][] = [[]];
  let prev: Word | undefined;
  for (const w of ws) {
    if (SEPARATORS.has(w.raw)) out.push([]);
    else {
      if (text !== undefined && prev !== undefined && gapSeparates(text, prev.end, w.start)) out.push([]);
      out[out.length - 1].push(w);
    }
    prev = w;
  }
  return withoutOpeners(out.filter((c) => c.length), v);
}

/**
 * The chunks with the sentence's openers set aside: a conjunction opening the sentence ("But state Rep.
 * Ann Cole, a member ...": the chunk keeps its subject; "But," alone and "And in the end," are openers),
 * adverbial openers ("On Tuesday,", "Continuing her speech,", "Asked about it,"), and a conjunction
 * opening a chunk ("but he also", "as he later").
 */
function withoutOpeners(kept: Word[][], v: Vocab): Word[][] {
  while (kept.length > 1 && kept[0].length > 1 && CONJ.has(lc(kept[0][0]))) kept[0] = kept[0].slice(1);
  while (kept.length > 1 && (v.clauseOpeners.has(lc(kept[0][0])) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(kept[0][0].raw))) kept.shift();
  return kept.map((c) => {
    let i = 0;
    while (i < c.length - 1 && CONJ.has(lc(c[i]))) i++;
    return c.slice(i);
  });
}

/**
 * Words of a dateline opening the block ("RIVERTON —", "RIVERTON (Wire) -", "LAKE CITY, Utah, Dec. 8
 * (Wire) —"): an all-capitals place, then anything up to a dash within a few words. 0 when none.
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
    if (!endsClause(c, i, v)) continue;
    // "It started when Ed Mora": the subordinator opening the clause is not its subject ("after a
    // lunch" is a phrase, not a clause: only before a name or a pronoun)
    while (i < c.length - 1 && SUBORDINATORS.has(lc(c[i])) && (isCap(c[i + 1].raw) || v.pronoun.has(lc(c[i + 1])))) i++;
    return c.slice(i);
  }
  return c;
}

/** The word before c[i] is a verb or ends a sentence ("Sen. Ann Cole (D-Vt.) said": a period inside brackets ends none). */
function endsClause(c: Word[], i: number, v: Vocab): boolean {
  const w = c[i - 1];
  return isVerb(w, v) || (/[.!?]$/.test(w.raw) && !isAbbreviation(w.raw, v) && c[i].raw !== ')');
}

/** The words after the last comma. */
export function tail(ws: Word[]): Word[] {
  let i = ws.length - 1;
  while (i >= 0 && ws[i].raw !== ',') i--;
  return ws.slice(i + 1);
}
