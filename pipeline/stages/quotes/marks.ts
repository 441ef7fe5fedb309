// Quotation marks and the spans they enclose, within one block of prose. Direction comes from context
// (a mark after a space and before a word opens; one after a word and before a space or punctuation
// closes), because dumps mix curly, straight and NYT-style doubled apostrophes ('' ... '') and curly
// marks are often typed the wrong way round. Single quotes nest inside double ones, so they are not
// tokens at all, except in a block written in the British style (single marks outside, no double
// marks: `‘We will win,’ she said.`), where `findSingleMarks` reads them instead; apostrophes
// ("Obama's", "don’t") never open anything.

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

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
const APOS = new Set(["'", '\u2018', '\u2019']);
const OPEN_BEFORE = /[\s(\[{\u2014\u2013\-\/:\u2026]/u;
const CLOSE_AFTER = /[\s,.;:!?)\]}\u2014\u2013\-\u2026]/u;

const spaceLike = (c: string | undefined) => c === undefined || c === '' || /\s/u.test(c);

/** Double quotation marks in `text`, with their direction. Linear in the text. */
export function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  let depth = 0;
  const lastClose = Math.max(text.lastIndexOf('"'), text.lastIndexOf('\u201d'), text.lastIndexOf("''"));
  // guillemets say their direction (French «...», German »...«): no context needed, spaces inside or not
  const guillemets: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u00ab' || c === '\u00bb') {
      const closes = guillemets.length > 0 && guillemets[guillemets.length - 1] !== c;
      if (closes) guillemets.pop();
      else guillemets.push(c);
      out.push({ at: i, len: 1, dir: closes ? 'close' : 'open' });
      depth = closes ? Math.max(0, depth - 1) : depth + 1;
      continue;
    }
    let len = 0;
    let runLen = 0;
    if (DOUBLE.has(c)) len = 1;
    else if (APOS.has(c)) {
      while (i + runLen < text.length && text[i + runLen] === c) runLen++;
      if (runLen < 2) continue;
      len = 2;
    } else continue;
    const total = runLen || 1;
    const prev = text[i - 1];
    const next = text[i + total];
    // feet and inches (`6'3"`, `5’2”`) are measures, not marks
    if (len === 1 && isInches(text, i)) continue;
    const prevMark = prev !== undefined && (DOUBLE.has(prev) || APOS.has(prev));
    const nextMark = next !== undefined && (DOUBLE.has(next) || APOS.has(next));
    const opens = (spaceLike(prev) || OPEN_BEFORE.test(prev) || prevMark) && !spaceLike(next);
    const closes = !spaceLike(prev) && (spaceLike(next) || CLOSE_AFTER.test(next) || nextMark);
    let dir: 'open' | 'close';
    if (opens && !closes) dir = 'open';
    else if (closes && !opens) dir = 'close';
    else if (spaceLike(prev) && spaceLike(next)) {
      // between spaces: after a word's closing punctuation (`community,' " Reeves`, `coalitions, ''`) it
      // closes an open quote; a left curly mark with nothing open (`said, “ you have to`) opens one, its
      // direction typed on purpose; otherwise it stands alone and encloses nothing
      const before = text.slice(Math.max(0, i - 3), i).trimEnd();
      if (depth > 0 && /[,.!?;'\u2019]$/u.test(before)) dir = 'close';
      else if (depth === 0 && c === '\u201c' && i < lastClose) dir = 'open';
      else {
        i += total - 1;
        continue;
      }
    } else if (c === '\u201c' || c === '\u201e' || c === '\u2018') dir = 'open';
    else if (c === '\u201d' || c === '\u2019') dir = 'close';
    else dir = depth > 0 ? 'close' : 'open';
    // A run of three apostrophes is a double and a nested single: the double is outermost.
    const at = runLen === 3 && dir === 'close' ? i + 1 : i;
    out.push({ at, len, dir });
    depth = dir === 'open' ? depth + 1 : Math.max(0, depth - 1);
    i += total - 1;
  }
  return out;
}

const SINGLE_OPEN = new Set(['\u2018', "'"]);
const WORDCHAR = /[\p{L}\p{N}]/u;

/**
 * Single quotation marks used as the outer marks, with their direction. A mark between two letters is
 * an apostrophe (`don’t`, `O’Brien`), and so is one before a number (`'80s`). Linear in the text.
 */
export function findSingleMarks(text: string): Mark[] {
  const out: Mark[] = [];
  let depth = 0;
  // the last closing mark set after punctuation (`,’`): a plural possessive before it (`the voters’
  // mood`) is an apostrophe, not the end of the quote
  let lastPunctClose = -1;
  for (const m of text.matchAll(/[,.?!\u2026][\u2019']/gu)) lastPunctClose = m.index + 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!APOS.has(c)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (prev !== undefined && next !== undefined && WORDCHAR.test(prev) && WORDCHAR.test(next)) continue;
    if (next !== undefined && /\p{N}/u.test(next) && !WORDCHAR.test(prev ?? ' ')) continue;
    if ((prev === 's' || prev === 'S') && i < lastPunctClose && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) continue;
    const opens = SINGLE_OPEN.has(c) && (spaceLike(prev) || OPEN_BEFORE.test(prev) || DOUBLE.has(prev)) && !spaceLike(next);
    // tokenized dumps set the closing mark off by a space after the quote's last punctuation (`shot, ' he said`)
    const spacedClose = spaceLike(prev) && spaceLike(next) && /[,.!?;]\s+$/u.test(text.slice(Math.max(0, i - 3), i));
    const closes = depth > 0 && c !== '\u2018' && (spacedClose || (!spaceLike(prev) && (spaceLike(next) || CLOSE_AFTER.test(next) || DOUBLE.has(next))));
    if (!opens && !closes) continue;
    const dir = opens ? 'open' : 'close';
    out.push({ at: i, len: 1, dir });
    depth = dir === 'open' ? depth + 1 : depth - 1;
  }
  return out;
}

/**
 * Outermost quoted spans of a block. Nested quotes stay inside their outer quote. A closing mark with
 * nothing open is a quote whose opening mark is missing: it gets `open: -1` and a start recovered by
 * `recoverStart`. A quote still open at the block's end runs to the end (`close: -1`).
 */
export function findSpans(text: string, recoverStart: (text: string, from: number, to: number) => number, singles = false): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let openAt = -1;
  let openLen = 0;
  let lastEnd = 0;
  for (const m of singles ? findSingleMarks(text) : findMarks(text)) {
    if (m.dir === 'open') {
      if (depth === 0) {
        openAt = m.at;
        openLen = m.len;
      }
      depth++;
      continue;
    }
    if (depth === 0) {
      const start = recoverStart(text, lastEnd, m.at);
      if (start < m.at) spans.push({ start, end: m.at, open: -1, close: m.at + m.len });
    } else if (--depth === 0) {
      spans.push({ start: openAt + openLen, end: m.at, open: openAt, close: m.at + m.len });
    } else continue;
    lastEnd = m.at + m.len;
  }
  if (depth > 0) spans.push({ start: openAt + openLen, end: text.trimEnd().length, open: openAt, close: -1 });
  return spans.filter((s) => s.end > s.start);
}

/** A double mark right after `<digits><apostrophe><digits>`: the inches of a height (`6'3"`). */
function isInches(text: string, at: number): boolean {
  let i = at - 1;
  const digitsEnd = i;
  while (i >= 0 && /\p{N}/u.test(text[i])) i--;
  if (i === digitsEnd || i < 1 || !APOS.has(text[i])) return false;
  return /\p{N}/u.test(text[i - 1]);
}
