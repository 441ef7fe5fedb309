// Double quotation marks and their direction, within one block of prose. Direction comes from context
// (a mark after a space and before a word opens; one after a word and before a space or punctuation
// closes), because dumps mix curly, straight and doubled-apostrophe marks ('' ... '') and curly marks are
// often typed the wrong way round. Single marks nest inside double ones, so they are no tokens here
// (single-marks.ts reads blocks that quote with single marks outside); apostrophes never open anything.

export interface Mark {
  at: number;
  len: number;
  dir: 'open' | 'close';
}

export interface Span {
  /** First character of the quoted words (after the opening mark), relative to the block. */
  start: number;
  /** End of the quoted words (before the closing mark, or the block's end when unclosed). */
  end: number;
  /** Offset of the opening mark, or -1 when the opening mark is missing. */
  open: number;
  /** Offset just past the closing mark, or -1 when the quote runs on past the block. */
  close: number;
}

export const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
export const APOS = new Set(["'", '\u2018', '\u2019']);
export const OPEN_BEFORE = /[\s(\[{\u2014\u2013\-\/:\u2026]/u;
export const CLOSE_AFTER = /[\s,.;:!?)\]}\u2014\u2013\-\u2026]/u;
const GUILLEMETS = new Set(['\u00ab', '\u00bb']);
/** Every character the scan acts on: guillemets, double marks and apostrophes (DOUBLE, APOS). */
const MARK_CHAR = /[\u00ab\u00bb"\u201c\u201d\u201e\u201f\u2033'\u2018\u2019]/g;

export const spaceLike = (c: string | undefined) => c === undefined || c === '' || /\s/u.test(c);
const isMark = (c: string | undefined) => c !== undefined && (DOUBLE.has(c) || APOS.has(c));

/** What the scan knows so far: how deep the quotes are nested, and the guillemets left open. */
interface Scan {
  depth: number;
  guillemets: string[];
  /** The last straight or right double mark (or doubled apostrophe) of the block. */
  lastClose: number;
}

/** Double quotation marks in `text`, with their direction. Linear in the text. */
export function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  const scan: Scan = { depth: 0, guillemets: [], lastClose: Math.max(text.lastIndexOf('"'), text.lastIndexOf('\u201d'), text.lastIndexOf("''")) };
  for (let i = 0; i < text.length; i++) {
    // (straight to the next character that can be a mark: the loop below tests every character, and
    // most of a block is none; findMarks was ~2% of the chain's self time in a --cpu-prof of polnear-dev)
    MARK_CHAR.lastIndex = i;
    if (!MARK_CHAR.test(text)) break;
    i = MARK_CHAR.lastIndex - 1;
    if (GUILLEMETS.has(text[i])) {
      out.push(guillemet(text[i], i, scan));
      continue;
    }
    const run = runAt(text, i);
    // feet and inches (`6'3"`, `5’2”`) are measures, not marks
    if (!run || (run.len === 1 && isInches(text, i))) continue;
    const dir = directionOf(text, i, run.total, scan);
    if (dir) {
      // a run of three apostrophes is a double and a nested single: the double is outermost
      out.push({ at: run.total === 3 && dir === 'close' ? i + 1 : i, len: run.len, dir });
      scan.depth = dir === 'open' ? scan.depth + 1 : Math.max(0, scan.depth - 1);
    }
    i += run.total - 1;
  }
  return out;
}

/** Guillemets say their direction (French «...», German »...«): no context needed, spaces inside or not. */
function guillemet(c: string, at: number, scan: Scan): Mark {
  const g = scan.guillemets;
  const closes = g.length > 0 && g[g.length - 1] !== c;
  if (closes) g.pop();
  else g.push(c);
  scan.depth = closes ? Math.max(0, scan.depth - 1) : scan.depth + 1;
  return { at, len: 1, dir: closes ? 'close' : 'open' };
}

/** The mark at i: a double mark, or two or three apostrophes typed as one (`len` 2); none for a lone apostrophe. */
function runAt(text: string, i: number): { len: number; total: number } | undefined {
  const c = text[i];
  if (DOUBLE.has(c)) return { len: 1, total: 1 };
  if (!APOS.has(c)) return undefined;
  let n = 0;
  while (i + n < text.length && text[i + n] === c) n++;
  return n < 2 ? undefined : { len: 2, total: n };
}

/** Which way the mark at i (of `total` characters) points; undefined when it stands alone and encloses nothing. */
function directionOf(text: string, i: number, total: number, scan: Scan): Mark['dir'] | undefined {
  const prev = text[i - 1];
  const next = text[i + total];
  const opens = (spaceLike(prev) || OPEN_BEFORE.test(prev) || isMark(prev)) && !spaceLike(next);
  const closes = !spaceLike(prev) && (spaceLike(next) || CLOSE_AFTER.test(next) || isMark(next));
  if (opens !== closes) return opens ? 'open' : 'close';
  if (spaceLike(prev) && spaceLike(next)) return betweenSpaces(text, i, scan);
  return typedDirection(text[i], scan.depth);
}

/**
 * A mark between spaces: after a word's closing punctuation (`done,' " she`, `coalitions, ''`) it closes
 * an open quote; a left curly mark with nothing open (`said, “ you have to`) opens one, its direction
 * typed on purpose; otherwise it stands alone.
 */
function betweenSpaces(text: string, i: number, scan: Scan): Mark['dir'] | undefined {
  const before = text.slice(Math.max(0, i - 3), i).trimEnd();
  if (scan.depth > 0 && /[,.!?;'\u2019]$/u.test(before)) return 'close';
  if (scan.depth === 0 && text[i] === '\u201c' && i < scan.lastClose) return 'open';
  return undefined;
}

/** A mark between two words or two punctuation marks: its shape says, else whether a quote is open. */
function typedDirection(c: string, depth: number): Mark['dir'] {
  if (c === '\u201c' || c === '\u201e' || c === '\u2018') return 'open';
  if (c === '\u201d' || c === '\u2019') return 'close';
  return depth > 0 ? 'close' : 'open';
}

/** A double mark right after `<digits><apostrophe><digits>`: the inches of a height (`6'3"`). */
function isInches(text: string, at: number): boolean {
  let i = at - 1;
  const digitsEnd = i;
  while (i >= 0 && /\p{N}/u.test(text[i])) i--;
  if (i === digitsEnd || i < 1 || !APOS.has(text[i])) return false;
  return /\p{N}/u.test(text[i - 1]);
}
