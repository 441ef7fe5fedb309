// Line views of a dump's normalized text. Dumps are line-oriented (w3m output, pasted copy), so most
// metadata cues are whole lines; positions stay offsets into `file.value` so messages can point at them.
import type { VFile } from 'vfile';
import type { Line } from '../types.js';

export type { Line };

/** The dump's lines, split once and kept on `file.data.lines` for every stage. */
export function lines(file: VFile): Line[] {
  return (file.data.lines ??= splitLines(String(file.value)));
}

export function splitLines(text: string): Line[] {
  const ls: Line[] = [];
  let start = 0;
  let n = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    ls.push({ n: n++, start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return ls;
}

/** The line of `text` that holds the span [start, end): what stands before the span on it, what stands after it,
 * and the whole line (without its newline). Rules that judge a name by its neighbours on its line ask this. */
export function lineAround(text: string, start: number, end: number): { before: string; after: string; line: string } {
  const from = text.lastIndexOf('\n', start) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl < 0 ? text.length : nl;
  return { before: text.slice(from, start), after: text.slice(end, to), line: text.slice(from, to) };
}

/** Folds a line for comparison across dumps: case, quotes, dashes and spacing do not matter. */
export function foldLine(s: string): string {
  let f = folds.get(s);
  if (f === undefined) {
    if (folds.size >= FOLDS_KEPT) folds.clear();
    folds.set(s, (f = fold(s)));
  }
  return f;
}

// The chrome stage folds every paragraph, and the headline stage folds the same paragraph texts again
// (and its candidates a third time): folds are kept for the last few thousand texts, so a dump's
// paragraphs are folded once (headline stage CPU 0.81x on a 300-dump sample). A pure function: the same answers.
const FOLDS_KEPT = 4096;
const folds = new Map<string, string>();

function fold(s: string): string {
  const t = ASCII.test(s)
    ? s.toLowerCase().replaceAll('`', "'")
    : s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
        .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-');
  return (SPACING.test(t) ? t.replace(/\s+/g, ' ') : t).trim();
}

// (ASCII text is its own NFKC form, and of the quotes and dashes folded holds only the backtick: most lines
// are ASCII, and the three passes looking for the others cost a fifth of folding them. `\s+` -> ' ' changes only
// a text holding a whitespace other than a space, or two spaces in a row. The checks cost less than the work they
// skip on most lines.)
const ASCII = /^[\x00-\x7f]*$/;
const SPACING = /[^\S ]| {2}/;

/**
 * Keys for a folded line's opening and closing words, so a paragraph an editor touched up between two
 * versions of one story ("this summer" -> "last summer") is still known as shared. Only lines of at
 * least twice `n` words get them: short lines repeat by chance.
 */
export function echoKeys(folded: string, n: number): string[] {
  if (n <= 0) return [];
  // The n-th space from each end bounds the keys (words are what ' ' separates, as split(' ') has them): pass 1
  // asks this of every line of every dump, and splitting each line into words cost it more than the rest of this.
  let head = -1;
  for (let i = 0; i < n && (head = folded.indexOf(' ', head + 1)) >= 0; i++);
  let tail = folded.length;
  for (let i = 0; i < n && tail >= 0; i++) tail = tail > 0 ? folded.lastIndexOf(' ', tail - 1) : -1;
  // 2n words or more: n-1 spaces inside each key and one between them (or the same one when there are 2n exactly)
  if (head < 0 || tail < 0 || head > tail) return [];
  return ['\u0001' + folded.slice(0, head), '\u0002' + folded.slice(tail + 1)];
}

/** The key counting a folded line's dumps that show it outside their article (header or footer). */
export const edgeKey = (folded: string) => '\u0003' + folded;

/** Point (1-based line/column) of an offset, for `file.message` places. */
export function pointAt(file: VFile, offset: number): { line: number; column: number; offset: number } {
  const ls = lines(file);
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - ls[lo].start + 1, offset };
}

export function placeOf(file: VFile, start: number, end: number) {
  return { start: pointAt(file, start), end: pointAt(file, end) };
}

/** Lines overlapping [start, end), found by binary search (dumps can run to many thousand lines). */
export function linesBetween(file: VFile, start: number, end: number): Line[] {
  const ls = lines(file);
  const first = pointAt(file, start).line - 1;
  const out: Line[] = [];
  for (let i = first; i < ls.length && ls[i].start < end; i++) if (ls[i].end > start || ls[i].start === start) out.push(ls[i]);
  return out;
}

/** The offset in the text at which each of its lines (the text split at '\n') starts. */
export function lineStartsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return starts;
}
