// Every byline a page might carry, each with the features that say why it would be the story's (or
// not): where its line stands against the headline, the publication date and the article, how its
// names read, what the line holds besides them, and whether the ordered rules (byline.ts) would take
// it. A learned ranker (rank.ts, weights in ranker.json) chooses among them.
import type { VFile } from 'vfile';
import type { Line } from '../../text/lines.js';
import type { NameWords } from './features.js';
import { lowerWordsOf } from '../../text/lower-words.js';
import { escapeRe } from '../../text/regexp.js';

export const CANDIDATE_SOURCES = ['by-line', 'labelled-line', 'name-and-age', 'name-and-outlet', 'beside-date', 'bare-name'] as const;

export interface Candidate {
  names: string[];
  /** The line the names were read from (for a labelled line, the label). */
  line: Line;
  /** How it was found; the first is the most reliable source that found it. */
  sources: string[];
  /** True when the ordered rules would take exactly this candidate. */
  rule: boolean;
  /** True when the line holds more than the names (a title, a date, a handle). */
  rest: boolean;
  features?: Record<string, number>;
}

export interface PageView {
  file: VFile;
  lines: Line[];
  dateLine?: number;
  /** Line of the headline the headline stage took, when it stands in the text. */
  headLine?: number;
  headline?: string;
  outlet?: string;
  /** First and last line of the article's prose, when chrome found any. */
  article?: { first: number; last: number };
  words: NameWords;
}

const BULLET = /^[•·*□○■☆●-]/u;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Lines of the page whose text (bullets aside) holds `name`, counted up to 8. */
function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 8; at = text.indexOf(name, at + 1)) n++;
  return n;
}

/** The features of each candidate, against the page and the other candidates. */
export function rankFeatures(cands: Candidate[], page: PageView): void {
  const text = String(page.file.value);
  const count = page.lines.length || 1;
  const headWords = new Set(norm(page.headline ?? '').split(' ').filter((w) => w.length > 2));
  const outlet = norm(page.outlet ?? '');
  const bulletLines = page.lines.filter((l) => BULLET.test(l.text.trim()));
  const ordered = [...cands].sort((a, b) => a.line.n - b.line.n);
  // Words the page also writes in lower case are common words ("Exclusive Details", "Latest Posts"), not names.
  const lowerWords = lowerWordsOf(text);
  for (const c of cands) {
    const f: Record<string, number> = {};
    for (const s of CANDIDATE_SOURCES) f[`src_${s}`] = c.sources.includes(s) ? 1 : 0;
    f.rule = c.rule ? 1 : 0;
    f.rule_names = cands.some((o) => o.rule && o.names.join('|') === c.names.join('|')) ? 1 : 0;
    const parts = c.names.map((n) => n.split(/\s+/u));
    f.names = Math.min(c.names.length, 4);
    f.mean_words = parts.reduce((a, p) => a + p.length, 0) / Math.max(1, parts.length);
    f.given = parts.filter((p) => page.words.given.has(p[0].toLowerCase().replace(/[^\p{L}'-]/gu, ''))).length / Math.max(1, parts.length);
    f.title_word = parts.some((p) => p.some((w) => page.words.titles.has(w.toLowerCase()))) ? 1 : 0;
    const words = parts.flat().filter((w) => w.length >= 3);
    f.lower_words = words.length ? words.filter((w) => lowerWords.has(w.toLowerCase())).length / words.length : 0;
    f.one_word = parts.some((p) => p.length === 1) ? 1 : 0;
    f.caps = /\p{Ll}/u.test(c.line.text) ? 0 : 1;
    f.rest = c.rest ? 1 : 0;
    f.bullet = BULLET.test(c.line.text.trim()) ? 1 : 0;
    f.handle = c.line.text.includes('@') ? 1 : 0;
    f.line_len = Math.min(c.line.text.trim().length, 120) / 120;
    const n = c.line.n;
    f.place = n / count;
    const d = page.dateLine;
    f.has_date = d === undefined ? 0 : 1;
    f.date_same = d === n ? 1 : 0;
    f.date_near = d === undefined ? 0 : Math.max(0, 1 - Math.abs(n - d) / 10);
    f.date_far = d === undefined ? 0 : Math.abs(n - d) > 12 ? 1 : 0;
    const h = page.headLine;
    f.has_head = h === undefined ? 0 : 1;
    f.head_below = h !== undefined && n > h && n - h <= 15 ? 1 : 0;
    f.head_above = h !== undefined && n < h && h - n <= 8 ? 1 : 0;
    f.head_near = h === undefined ? 0 : Math.max(0, 1 - Math.abs(n - h) / 15);
    // The first candidate after the headline, none between them.
    f.first_after_head = h !== undefined && n > h && !ordered.some((o) => o !== c && o.line.n > h && o.line.n < n) ? 1 : 0;
    const a = page.article;
    f.has_article = a ? 1 : 0;
    f.before_article = a && n < a.first ? 1 : 0;
    f.near_article = a && n < a.first && a.first - n <= 15 ? 1 : 0;
    f.in_article = a && n >= a.first && n <= a.last ? 1 : 0;
    f.after_article = a && n > a.last ? 1 : 0;
    const first = c.names[0] ?? '';
    f.log_recur = Math.log1p(Math.max(0, occurrences(text, first) - 1));
    f.in_menu = bulletLines.some((l) => l !== c.line && l.text.includes(first)) ? 1 : 0;
    f.in_headline = parts.some((p) => p.some((w) => headWords.has(norm(w)))) ? 1 : 0;
    f.is_outlet = outlet && c.names.some((nm) => norm(nm) === outlet || outlet.includes(norm(nm))) ? 1 : 0;
    f.log_cands = Math.log1p(cands.length);
    // Every word of the names in the headline: a title the story is about (a film, a book), not its writer.
    f.head_all = parts.length && parts.every((p) => p.every((w) => headWords.has(norm(w)))) ? 1 : 0;
    // The names run into a lower-case word on their line ("Ana Ruizarchive", "Ana Ruiz archive"): chrome, not a credit.
    const line = c.line.text;
    f.glued = c.names.some((nm) => new RegExp(`${escapeRe(nm)}(?:\\p{Ll}|[ \\t]+\\p{Ll}{3,}[ \\t]*$)`, 'u').test(line)) ? 1 : 0;
    // The same names credited at the other end of the page (an author box after the article agreeing with a top line).
    const key = c.names.join('|');
    const others = cands.filter((o) => o !== c && o.names.join('|') === key);
    f.agrees_far = others.some((o) => Math.abs(o.line.n - c.line.n) > count / 3) ? 1 : 0;
    f.agrees_after = a ? (others.some((o) => o.line.n > a.last) ? 1 : 0) : 0;
    f.by_lines = Math.min(cands.filter((o) => o.sources.includes('by-line')).length, 4);
    c.features = f;
  }
}
