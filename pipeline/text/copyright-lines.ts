// Which lines of a page carry a copyright ("©", "(c)", "copyright", "all rights reserved"): the outlet ranker's
// features read them twice a page (outlet/own-site.ts and outlet/structure.ts), and testing every line of the page
// twice was ~1% of the chain's CPU on polnear-dev (the outlet-rank stage's ~8%); the answer for the last page is kept.

const COPYRIGHT = /©|\(c\)|copyright|all rights reserved/iu;

let last: { text: string; marks: Uint8Array } | undefined;

/**
 * 1 for each line of `text` (split at '\n') that holds a copyright mark, else 0. Shared between callers on the
 * same page: read it, never write it. (None of the marks holds a space at its ends, a bullet or a line break, so
 * a line trimmed or less its bullet holds one exactly when the line does.)
 */
export function copyrightLines(text: string): Uint8Array {
  if (last?.text === text) return last.marks;
  const lines = text.split('\n');
  const marks = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) if (COPYRIGHT.test(lines[i])) marks[i] = 1;
  last = { text, marks };
  return marks;
}
