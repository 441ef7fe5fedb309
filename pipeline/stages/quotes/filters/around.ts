// The words just around a quoted span, as the not-speech rules read them: the words before the opening
// mark, the words after the closing mark, the clause the quote sits in. Each is read once per quote,
// when a rule first asks for it.
import type { Vocab } from '../vocab.js';
import { isAbbreviation, TokenCount, words, type Word } from '../words.js';
import { titleCase } from './title-case.js';
import { lowerCase } from '../../../text/lower-case.js';
import { isSpace } from '../../../text/letters.js';

export const MARKS = /["'\u201c\u201d\u2018\u2019\u201e]/u;

/** Most words a title may have where a cue says a title comes (`co-author of "Those Days Had All the Fun: ..."`). */
const CUED_TITLE_WORDS = 14;

/** A word as cue lists hold it: lowercase, a trailing period or colon dropped ("said:", "Sen."). */
export const norm = (w: Word) => {
  // (one trailing period or colon cut by its char code, not a replace: asked of every word around every quote)
  const l = lowerCase(w.raw);
  const c = l.charCodeAt(l.length - 1);
  return c === 0x2e || c === 0x3a ? l.slice(0, -1) : l;
};

/** Where the quote's closing marks end, or -1 when the quote runs on without one. */
export function closeOf(text: string, open: number, quote: string): number {
  const at = text.indexOf(quote, open);
  let e = at + quote.length;
  if (at < 0 || !MARKS.test(text[e] ?? '')) return -1;
  while (e < text.length && MARKS.test(text[e])) e++;
  return e;
}

const oneWord = new WeakMap<string[][], Set<string>>();

/**
 * The one-word cues of `cues` as a set: `oneWordCues(cues).has(w)` is `cues.some((c) => c.length === 1
 * && c[0] === w)`, asked of a word around every quote (a list's scan per quote, per rule).
 */
export function oneWordCues(cues: string[][]): Set<string> {
  let set = oneWord.get(cues);
  if (!set) oneWord.set(cues, (set = new Set(cues.filter((c) => c.length === 1).map((c) => c[0]))));
  return set;
}

/** True when `seq` (lowercased words) ends with one of `cues`. */
export function endsWith(seq: string[], cues: string[][]): boolean {
  return cues.some((c) => c.length <= seq.length && c.every((t, i) => seq[seq.length - c.length + i] === t));
}

/** True when `seq` starts with one of `cues`. */
export function startsWith(seq: string[], cues: string[][]): boolean {
  return cues.some((c) => c.length <= seq.length && c.every((t, i) => seq[i] === t));
}

/** True when the words `ws` end with one of `cues`. */
export const endsWithCue = (ws: Word[], cues: string[][]) => {
  // (a cue's last word must be the last word's: most quotes' is no cue's, settled by one lookup, not a
  // scan of the cues per rule; null for a list holding an empty cue, which ends any words)
  const last = cueEnds(cues);
  if (last && (!ws.length || !last.has(norm(ws[ws.length - 1])))) return false;
  return endsWith(ws.map(norm), cues);
};

const lastWords = new WeakMap<string[][], Set<string> | null>();

/** The last words of `cues`, or null when one of them is empty. */
function cueEnds(cues: string[][]): Set<string> | null {
  let set = lastWords.get(cues);
  if (set === undefined) lastWords.set(cues, (set = cues.some((c) => !c.length) ? null : new Set(cues.map((c) => c[c.length - 1]))));
  return set;
}

export interface Trail {
  /** What stands between the closing mark and the first word. */
  gap: string;
  ws: Word[];
  /** The text right after the closing mark. */
  rest: string;
}

/** A quote at `open` (-1: its opening mark is missing) in block `text`, and the words around it. */
export class Around {
  // (each read once per quote, on first ask, into a field: a Map of memos keyed by name, and the same
  // words before the mark tokenized anew by three rules, were ~15% of the filters stage in a --cpu-prof
  // of polnear-dev; test/quote-filters-cpu.test.ts compares each with its reading afresh)
  private leadWords?: Word[];
  private leadMemo?: Word[];
  private longTitleMemo?: boolean;
  private closeMemo?: number;
  private trailMemo?: Trail;
  private afterMemo?: Word[];
  private gapMemo?: string;
  private clauseMemo?: Word[];
  private counted?: TokenCount;

  /** `cued`: a speech verb (or a colon) attributes the quote. */
  constructor(readonly text: string, readonly open: number, readonly quote: string, readonly cued: boolean, readonly v: Vocab) {}

  /**
   * lead(text, open, n) for n up to LEAD_MOST: the words before the mark, nearest last. Every n reads
   * the same window (lead's), so its words are read once and each n is its last n of them.
   */
  leadOf(n: number): Word[] {
    if (n > LEAD_MOST || n < 1 || !Number.isInteger(n)) return lead(this.text, this.open, n);
    this.leadWords ??= lead(this.text, this.open, LEAD_MOST);
    return this.leadWords.slice(-n);
  }

  /** moreWordsThan(quote, n): the quote's tokens counted once, as far as the largest n asked needs. */
  wordsMoreThan(n: number): boolean {
    return (this.counted ??= new TokenCount(this.quote)).upTo(n + 1) > n;
  }

  /** Up to five words before the opening mark, commas and colons aside, nearest last. */
  get lead(): Word[] {
    return (this.leadMemo ??= this.leadOf(5).filter((w) => w.raw !== ',' && w.raw !== ':'));
  }

  /** The word right before the opening mark (commas and colons aside). */
  get prev(): Word | undefined {
    return this.lead[this.lead.length - 1];
  }

  /** The quote is in Title Case, up to a cued title's length. */
  get longTitle(): boolean {
    return (this.longTitleMemo ??= titleCase(this.quote, this.v.minorWords, CUED_TITLE_WORDS));
  }

  /** Where the closing marks end (-1 when the quote runs on). */
  get close(): number {
    return (this.closeMemo ??= this.open < 0 ? -1 : closeOf(this.text, this.open, this.quote));
  }

  /** Up to six words after the closing mark (none when the quote runs on), the gap before them, the text after the mark. */
  get trail(): Trail {
    if (this.trailMemo) return this.trailMemo;
    const e = this.close;
    if (e < 0) return (this.trailMemo = { gap: '', ws: [], rest: '' });
    const ws = words(this.text, e, Math.min(this.text.length, e + 100)).slice(0, 6);
    return (this.trailMemo = { gap: ws.length ? this.text.slice(e, ws[0].start) : '', ws, rest: this.text.slice(e, e + 80) });
  }

  /** Up to seven words after the closing mark, read a little further (the framing rules' reach). */
  get after(): Word[] {
    return (this.afterMemo ??= this.close < 0 ? [] : words(this.text, this.close, Math.min(this.text.length, this.close + 120)).slice(0, 7));
  }

  /** What stands between the closing mark and the first of `after`. */
  get gap(): string {
    return (this.gapMemo ??= this.close < 0 || !this.after.length ? '' : this.text.slice(this.close, this.after[0].start));
  }

  /** Up to eight words of the clause just before the opening mark (clauseBefore). */
  get clause(): Word[] {
    return (this.clauseMemo ??= clauseBefore(this.text, this.open, 8, this.v));
  }

  /** The quote ends in punctuation, so it ends its clause. */
  get ends(): boolean {
    return /[,.;:!?\u2026]\s*$/u.test(this.quote);
  }
}

/** Most words before the mark a rule reads (inscription.ts: a carrier noun, a verb and "the words"). */
export const LEAD_MOST = 9;

/** Words just before the opening mark, nearest last. */
export function lead(text: string, open: number, n: number): Word[] {
  return words(text, Math.max(0, open - 100), open).slice(-n);
}

/**
 * Words of the clause just before the opening mark, nearest last: back to a sentence end (a period
 * after "Sen." or "Aug." ends nothing), a closing mark or a line break.
 */
export function clauseBefore(text: string, open: number, n: number, v: Vocab): Word[] {
  const ws = words(text, Math.max(0, open - 160), open);
  const out: Word[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < n; i--) {
    const w = ws[i];
    if (breaksClause(text, w.end, i + 1 < ws.length ? ws[i + 1].start : open)) break;
    if (w.raw.endsWith('.') && !isAbbreviation(w.raw, v)) break;
    out.push(w);
  }
  return out.reverse();
}

/**
 * `/\n|["\u201d\u2019]\s|[!?;]/u.test(text.slice(from, to))`, read by char code in place: asked of the gap
 * after every word of the clause before every quote (a slice and a pattern per word were most of
 * clauseBefore's own time in a --cpu-prof of polnear-dev; test/quote-clause-before.test.ts compares).
 */
export function breaksClause(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x21 || c === 0x3f || c === 0x3b) return true;
    if ((c === 0x22 || c === 0x201d || c === 0x2019) && i + 1 < end && isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

