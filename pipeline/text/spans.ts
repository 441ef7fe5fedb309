// Spans of the text that are not article body: site chrome, and the lines a metadata stage consumed
// (headline, date, byline lines). Stages add spans; the body stage keeps what no span covers.
import type { VFile } from 'vfile';
import { lines, pointAt } from './lines.js';

export function markSpan(file: VFile, start: number, end: number, rule: string): void {
  (file.data.chrome ??= []).push({ start, end, rule });
}

/** One flag per line: set when marked spans cover the whole line. Linear in lines plus spans. */
export function coveredLines(file: VFile): Uint8Array {
  const ls = lines(file);
  const flags = new Uint8Array(ls.length);
  for (const s of file.data.chrome ?? []) {
    for (let i = pointAt(file, s.start).line - 1; i < ls.length && ls[i].start < s.end; i++) {
      if (ls[i].start >= s.start && ls[i].end <= s.end) flags[i] = 1;
    }
  }
  return flags;
}
