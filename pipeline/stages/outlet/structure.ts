// Where the page's structure holds an outlet candidate, from chrome's article zone (file.data.article):
// a site names itself in its header and footer (a logo line, "Get X in your inbox", the title's
// "Headline | X", a copyright), while the article names the outlets it cites, and menus name sections.
// A copyright line may name the parent company rather than the site ("© 2024 Ashgrove Holdings Inc."):
// a company word after the name tells them apart. Features only: the outlet ranker's weights decide.
import { lineStartsOf } from '../../text/lines.js';
import type { ArticleZone } from '../../types.js';
import { nameKey } from './names.js';
import { copyrightLines } from '../../text/copyright-lines.js';

/** The page's lines placed in its structure, computed once per page for all its candidates. */
export interface PageStructure {
  text: string;
  lineStarts: number[];
  /** Per line: 0 header (before the article), 1 article, 2 footer (after it), -1 outside every paragraph. */
  place: Int8Array;
  /** Per line: in a menu or a box of links. */
  menu: Uint8Array;
  /** Per line: in the page's first paragraph (its title, as a browser saves it). */
  first: Uint8Array;
  /** Lines that read "Headline | Site" (a title with a separator), by the folded key of each end. */
  titleEnds: Set<string>;
  /** Folded keys of the lines standing alone, per place (header, footer). */
  aloneHead: Set<string>;
  aloneFoot: Set<string>;
  copyright: Uint8Array;
  /** Corporate words (the outlet settings' corporate_suffixes), folded. */
  company: Set<string>;
}

const MENU_RULES = new Set(['chrome-menu-item', 'chrome-link-box']);
const SEPARATOR = /\s+[|–—-]\s+|\s*::\s*|\s+·\s+/u;
const BULLET = /^[•·*□○■☆●-]\s*/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function pageStructure(text: string, zone: ArticleZone, corporateWords: readonly string[]): PageStructure {
  const lines = text.split('\n');
  const lineStarts = lineStartsOf(lines);
  const n = lines.length;
  const place = new Int8Array(n).fill(-1);
  const menu = new Uint8Array(n);
  const first = new Uint8Array(n);
  const copyright = copyrightLines(text);
  const { first: a, last: b } = zone.region;
  for (const p of zone.paras) {
    const where = a < 0 ? 0 : p.i < a ? 0 : p.i > b ? 2 : 1;
    for (const l of p.lines) {
      if (l.n >= n) continue;
      place[l.n] = where;
      if (MENU_RULES.has(p.rule ?? '')) menu[l.n] = 1;
      if (p.i === 0) first[l.n] = 1;
    }
  }
  const titleEnds = new Set<string>();
  const aloneHead = new Set<string>();
  const aloneFoot = new Set<string>();
  lines.forEach((line, i) => {
    const t = line.trim().replace(BULLET, '');
    if (!t) return;
    if (t.length <= 60) {
      if (place[i] === 0) aloneHead.add(nameKey(t));
      if (place[i] === 2) aloneFoot.add(nameKey(t));
    }
    if (place[i] === 1) return;
    const parts = t.split(SEPARATOR).map((x) => x.trim()).filter(Boolean);
    // A title: some words, a separator, the site (or the site first).
    if (parts.length >= 2 && parts.some((x) => x.split(/\s+/u).length >= 3)) {
      titleEnds.add(nameKey(parts[0]));
      titleEnds.add(nameKey(parts[parts.length - 1]));
    }
  });
  return { text, lineStarts, place, menu, first, titleEnds, aloneHead, aloneFoot, copyright, company: new Set(corporateWords.map((w) => w.toLowerCase())) };
}

function lineOf(s: PageStructure, at: number): number {
  let lo = 0;
  let hi = s.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.lineStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The structure features of one candidate outlet name (its "the" dropped; a domain is looked up as written). */
export function structureFeatures(name: string, s: PageStructure): Record<string, number> {
  const bare = name.replace(/^the\s+/iu, '');
  const key = nameKey(bare);
  const count = [0, 0, 0];
  let menu = 0;
  let first = 0;
  let onCopyright = 0;
  let copyrightArticle = 0;
  let companyAfter = 0;
  let total = 0;
  const text = s.text;
  for (let at = bare ? text.indexOf(bare) : -1; at >= 0 && total < 32; at = text.indexOf(bare, at + 1)) {
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[at + bare.length] ?? '')) continue;
    total++;
    const ln = lineOf(s, at);
    const where = s.place[ln];
    if (where >= 0) count[where]++;
    if (s.menu[ln]) menu = 1;
    if (s.first[ln]) first = 1;
    if (s.copyright[ln]) {
      onCopyright = 1;
      // A copyright inside the article is a reprint's source ("© 2024 Wire Co." under syndicated copy).
      if (where === 1) copyrightArticle = 1;
      // "Ashgrove Holdings Inc.": the name runs on into a company word (or is one): a parent, not the site.
      const next = /^[\s,]*([\p{L}.]+)/u.exec(text.slice(at + bare.length, at + bare.length + 30))?.[1]?.replace(/\.$/u, '').toLowerCase();
      if (next && s.company.has(next)) companyAfter = 1;
    }
  }
  const nameWords = bare.split(/\s+/u);
  const f: Record<string, number> = {
    z_head: Math.log1p(count[0]),
    z_article: Math.log1p(count[1]),
    z_foot: Math.log1p(count[2]),
    z_only_article: total > 0 && count[1] === total ? 1 : 0,
    z_edges: total > 0 && count[0] > 0 && count[2] > 0 ? 1 : 0,
    z_menu: menu,
    z_first_para: first,
    z_alone_head: key && s.aloneHead.has(key) ? 1 : 0,
    z_alone_foot: key && s.aloneFoot.has(key) ? 1 : 0,
    z_title_end: key && s.titleEnds.has(key) ? 1 : 0,
    z_copyright: onCopyright,
    z_copyright_article: copyrightArticle,
    z_company: companyAfter || s.company.has(nameWords[nameWords.length - 1].replace(/\.$/u, '').toLowerCase()) ? 1 : 0,
  };
  return f;
}
