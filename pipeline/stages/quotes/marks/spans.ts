// Outermost quoted spans of a block, from its marks. Nested quotes stay inside their outer quote. A
// closing mark with nothing open is a quote whose opening mark is missing: where it starts is for
// `recoverStart` to say (recover.ts), and a mark it judges a stray makes no span. A quote still open
// at the block's end runs to the end (`close: -1`).
import { findMarks, type Span } from './marks.js';
import { findSingleMarks } from './single-marks.js';

/** Where the quote closed by the mark at `to` starts, looking back to `from`; `to` when it is no quote. */
export type Recover = (text: string, from: number, to: number) => number;

/** The block's spans, and the offsets of lone closing marks that enclose nothing (`strays`). */
export function findSpans(text: string, recoverStart: Recover, singles = false, strays: number[] = []): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let openAt = -1;
  let openLen = 0;
  let lastEnd = 0;
  for (const m of singles ? findSingleMarks(text) : findMarks(text)) {
    if (m.dir === 'open') {
      if (depth === 0) [openAt, openLen] = [m.at, m.len];
      depth++;
      continue;
    }
    if (depth === 0) {
      const start = recoverStart(text, lastEnd, m.at);
      if (start < m.at) spans.push({ start, end: m.at, open: -1, close: m.at + m.len });
      else strays.push(m.at);
    } else if (--depth === 0) {
      spans.push({ start: openAt + openLen, end: m.at, open: openAt, close: m.at + m.len });
    } else continue;
    lastEnd = m.at + m.len;
  }
  if (depth > 0) spans.push({ start: openAt + openLen, end: text.trimEnd().length, open: openAt, close: -1 });
  return spans.filter((s) => s.end > s.start);
}
