// Title-shaped paragraphs above the article, best first. A title is a short run of words that
// starts like a sentence, does not end like one (a dek or a caption does), and is not a byline, a
// date, a credit or a line the whole batch shares (menus, section names). Among those, the title is
// the one that speaks of what the article speaks of (its content words recur in the article), that
// the page repeats (breadcrumbs, share text), and that stands highest in the header: a dek, a byline
// or a caption comes after the title, not before.
import type { ArticleView } from '../chrome/article.js';
import { wordsOf } from '../chrome/classify.js';
import { isBullet } from '../chrome/paras.js';
import { foldLine } from '../../text/lines.js';

export interface TitleRules {
  minWords: number;
  maxWords: number;
  notTitle: RegExp[];
  chrome: RegExp[];
  stopwords: Set<string>;
}

export interface TitleCandidate {
  text: string;
  start: number;
  end: number;
  /** Paragraphs between the candidate and the article's first paragraph. */
  distance: number;
  score: number;
}

export function isTitleShaped(text: string, rules: TitleRules): boolean {
  const words = wordsOf(text).length;
  if (words < rules.minWords || words > rules.maxWords) return false;
  if (/[.:;,(]$/u.test(text) && !/(?:\.\.\.|…|[?!'"’”])$/u.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"'“‘¿¡]/u.test(text) || isBullet(text)) return false;
  if (rules.notTitle.some((re) => re.test(text)) || rules.chrome.some((re) => re.test(text))) return false;
  return true;
}

const content = (s: string, stop: Set<string>) => wordsOf(s.toLowerCase()).filter((w) => w.length >= 3 && !stop.has(w));

export function titleCandidates(view: ArticleView, window: number, rules: TitleRules, known: (t: string) => boolean): TitleCandidate[] {
  const { paras, region } = view;
  if (region.first < 0) return [];
  const article = new Set<string>();
  for (let i = region.first; i <= region.last; i++) for (const w of content(paras[i].text, rules.stopwords)) article.add(w);
  const folded = paras.map((p) => foldLine(p.text));
  const out: TitleCandidate[] = [];
  for (let i = region.first - 1; i >= 0 && i >= region.first - window; i--) {
    const p = paras[i];
    if (p.lines.length > 3 || !isTitleShaped(p.text, rules) || p.lines.some((l) => known(l.text))) continue;
    const words = content(p.text, rules.stopwords);
    const overlap = words.length ? words.filter((w) => article.has(w)).length / words.length : 0;
    const f = folded[i];
    const echoed = folded.some((o, j) => j !== i && o.length > f.length && o.includes(f));
    const n = wordsOf(p.text).length;
    const score = 2 * overlap + (echoed ? 0.5 : 0) + (n >= 4 ? 0.3 : 0) + 0.005 * (region.first - i);
    out.push({ text: p.text, start: p.lines[0].start, end: p.lines[p.lines.length - 1].end, distance: region.first - i, score });
  }
  return out.sort((a, b) => b.score - a.score);
}
