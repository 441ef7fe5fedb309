// How a byline was found, as numbers for its confidence (stages/confidence.ts): the source, where the
// line stands (against the page and the publication date), and how the names read as people's.
import type { Line } from '../../text/lines.js';

const SOURCES = ['by-line', 'labelled-line', 'name-and-age', 'name-and-outlet', 'beside-date'];

export interface NameWords {
  /** Given names, lower case. */
  given: ReadonlySet<string>;
  /** Job-title and organisation words, lower case: a name holding one may be chrome. */
  titles: ReadonlySet<string>;
}

export function bylineFeatures(names: string[], via: string, line: Line | undefined, dateLine: number | undefined, lineCount: number, text: string, words: NameWords): Record<string, number> {
  const f: Record<string, number> = {};
  for (const s of SOURCES) f[`via_${s}`] = via === s ? 1 : 0;
  const parts = names.map((n) => n.split(/\s+/u));
  const first = (p: string[]) => p[0].toLowerCase().replace(/[^\p{L}'-]/gu, '');
  f.names = Math.min(names.length, 4);
  f.mean_words = parts.reduce((a, p) => a + p.length, 0) / Math.max(1, parts.length);
  f.given = parts.filter((p) => words.given.has(first(p))).length / Math.max(1, parts.length);
  f.title_word = parts.some((p) => p.some((w) => words.titles.has(w.toLowerCase()))) ? 1 : 0;
  f.one_word = parts.some((p) => p.length === 1) ? 1 : 0;
  f.has_date = dateLine === undefined ? 0 : 1;
  f.date_near = line && dateLine !== undefined ? Math.max(0, 1 - Math.abs(line.n - dateLine) / 10) : 0;
  f.place = line && lineCount ? line.n / lineCount : 0;
  // A name that recurs (an author box, a bio) is more likely the writer's.
  let seen = 0;
  if (names[0]) for (let at = text.indexOf(names[0]); at >= 0 && seen < 8; at = text.indexOf(names[0], at + 1)) seen++;
  f.log_recur = Math.log1p(Math.max(0, seen - 1));
  return f;
}
