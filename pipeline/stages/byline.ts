// Byline: the people credited with writing the article. Sources, most reliable first:
//   by-line        "By A and B", "By: A, B - @site", "Written by A", "| By A", "BatyBy A" (glued cells),
//                  the one nearest the publication date line (else the first on the page);
//   labelled-line  a label line ("By", "Author:", "Written By") and the name on the next line (even when
//                  that line is a bio: only the leading name is taken);
//   beside-date    a name standing alone on a line next to the publication date line, or opening it
//                  ("Stephen Edelstein December 22, 2023", "Elizabeth Flores   USA TODAY").
// A wire credit standing alone ("By Associated Press") is kept as written; beside a person it is dropped.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asStringList, firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { bylinePatterns, bylineSpec } from './byline/spec.js';
import { bylineFeatures, type NameWords } from './byline/features.js';
import { findDates } from '../text/dates.js';
import { lines, type Line } from '../text/lines.js';
import { splitNames, unglue } from '../text/names.js';
import { markSpan } from '../text/spans.js';
import type { StageOptions } from './options.js';

export { bylineSpec };

type Cfg = StageOptions['config']['metadata']['byline'];
interface Ctx {
  file: VFile;
  options: StageOptions;
  /** Line number of the publication date the date stage took, if any. */
  dateLine?: number;
}
type Hit = { names: string[]; line?: Line };

const rulesOf = (cfg: Cfg) => ({ not_names: cfg.not_names, title_words: cfg.title_words, org_words: cfg.org_words, max_words_per_name: cfg.max_words_per_name });

const compiled = new WeakMap<Cfg, { gluedBy: RegExp; by: RegExp }>();
/** The byline patterns, compiled once per config (the by-line source tries them on every line). */
function patternsOf(cfg: Cfg) {
  let p = compiled.get(cfg);
  if (!p) compiled.set(cfg, (p = { gluedBy: compile(cfg.glued_by_pattern, bylinePatterns.gluedBy), by: compile(cfg.by_pattern, bylinePatterns.by) }));
  return p;
}

/** Names after a "By" on line `t`, or undefined when the line has no byline cue. */
export function byNames(t: string, cfg: Cfg): string[] | undefined {
  // An avatar's alt text, then the byline: "Matt Asay By Matt Asay".
  const twice = t.includes(' By ') ? /^\s*(\p{Lu}.{2,60}?)\s+By\s+\1\s*$/u.exec(t) : null;
  if (twice) t = 'By ' + twice[1];
  const { gluedBy, by } = patternsOf(cfg);
  const glued = gluedBy.exec(t);
  if (glued) t = t.slice(glued.index + glued[0].length);
  const m = glued ? { index: 0, 0: '' } : by.exec(t);
  if (!m) return undefined;
  const rest = unglue(t.slice(m.index + m[0].length));
  if (!rest.trim()) return undefined;
  return splitNames(rest, rulesOf(cfg), { explicit: true });
}

/** Of several candidates, the one nearest the date line (within reach), else the first. */
function pick<T extends { line: Line }>(cands: T[], ctx: Ctx, reach: number): T | undefined {
  if (!cands.length) return undefined;
  if (ctx.dateLine === undefined) return cands[0];
  const d = ctx.dateLine;
  const near = cands.filter((c) => Math.abs(c.line.n - d) <= reach).sort((a, b) => Math.abs(a.line.n - d) - Math.abs(b.line.n - d) || a.line.n - b.line.n);
  return near[0] ?? cands[0];
}

/** The first line where `pattern` holds and its group 1 is a bare name (a byline box as w3m renders it). */
function nameOnLine(ctx: Ctx, pattern: RegExp): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  for (const l of lines(ctx.file)) {
    const m = pattern.exec(l.text);
    if (!m) continue;
    const names = barename(m[1], cfg);
    if (names) return { names, line: l };
  }
  return undefined;
}

const sources: Source<Ctx, Hit>[] = [
  {
    name: 'by-line',
    find: (ctx) => {
      const cfg = ctx.options.config.metadata.byline;
      const cands: { names: string[]; line: Line }[] = [];
      for (const l of lines(ctx.file)) {
        if (!l.text.trim() || l.text.length > 400) continue;
        const names = byNames(l.text, cfg);
        if (names?.length) cands.push({ names, line: l });
      }
      return pick(cands, ctx, cfg.date_reach);
    },
  },
  {
    name: 'labelled-line',
    find: (ctx) => {
      const cfg = ctx.options.config.metadata.byline;
      const label = compile(cfg.label_pattern, bylinePatterns.label);
      const ls = lines(ctx.file);
      const cands: { names: string[]; line: Line }[] = [];
      for (const l of ls) {
        if (!label.test(l.text.trim().replace(/^[•·*-]\s*/u, ''))) continue;
        const next = ls.slice(l.n + 1, l.n + 4).find((x) => x.text.trim());
        if (!next) continue;
        const names = splitNames(next.text.trim().replace(/^[•·*-]\s*/u, ''), rulesOf(cfg)).slice(0, 1);
        if (names.length) cands.push({ names, line: l });
      }
      return pick(cands, ctx, cfg.date_reach);
    },
  },
  {
    // "Haje Jan Kamps 2 months": a name and the story's age, as feeds and cards print them.
    name: 'name-and-age',
    find: (ctx) => nameOnLine(ctx, compile(ctx.options.config.metadata.byline.name_age_pattern, bylinePatterns.nameAge)),
  },
  {
    // "Elizabeth Flores   USA TODAY": a name, a wide gap, the outlet (w3m's rendering of a byline box).
    name: 'name-and-outlet',
    find: (ctx) => nameOnLine(ctx, compile(ctx.options.config.metadata.byline.name_outlet_pattern, bylinePatterns.nameOutlet)),
  },
  {
    name: 'beside-date',
    find: (ctx) => {
      const cfg = ctx.options.config.metadata.byline;
      if (ctx.dateLine === undefined) return undefined;
      const ls = lines(ctx.file);
      const zones = ctx.options.config.metadata.date.zones;
      const reach = cfg.beside_date_reach;
      // Nearest lines first: the date line itself, then one above, one below, two above ... Further
      // away (up to far_reach), a name must recur on the page (author box, bio) to count.
      const far = cfg.beside_date_far_reach;
      const titles = new Set([...cfg.title_words, ...cfg.not_names].map((w) => w.toLowerCase()));
      // A job-title line between the name and the date ("Senior Editor") does not count as distance.
      const titleOnly = (l?: Line) => !!l && /\p{L}/u.test(l.text) && (l.text.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => titles.has(w));
      const order = [0, ...Array.from({ length: far }, (_, i) => [-(i + 1), i + 1]).flat()];
      for (const off of order) {
        const l = ls[ctx.dateLine + off];
        if (!l || !l.text.trim() || titleOnly(l)) continue;
        let between = 0;
        for (let k = Math.min(0, off) + 1; k < Math.max(0, off); k++) if (titleOnly(ls[ctx.dateLine + k])) between++;
        const distant = Math.abs(off) - between > reach;
        const bullet = /^[•·*□○■☆-]/u.test(l.text.trim());
        if (distant && bullet) continue; // far from the date, a list item is a menu or a teaser
        let t = unglue(l.text.trim()).replace(/^[•·*□○■☆-]\s*/u, '');
        const d = findDates(t, zones)[0];
        if (d) t = t.slice(0, d.index);
        if (t.length > cfg.max_line_chars) continue; // a caption or a sentence, not a credit
        if (/^["“‘']/u.test(t)) continue; // a quotation, not a credit
        const names = barename(t, cfg);
        if (names && (!distant || recurs(names[0], String(ctx.file.value)))) return { names, line: l };
      }
      return undefined;
    },
  },
];

/** True when `name` stands on the page more than once. */
function recurs(name: string, text: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}

/** A line that is a name and nothing prose-like: "Will Shanklin", "Elizabeth Flores   USA TODAY". */
function barename(t: string, cfg: Cfg): string[] | undefined {
  const titles = new Set([...cfg.title_words, ...cfg.not_names].map((w) => w.toLowerCase()));
  const lead = unglue(t, titles).split(/\s{2,}|\s[|/•·—–-]\s|[@/]|,\s/u)[0].trim();
  if (!lead || lead.split(/\s+/u).length > cfg.max_words_per_name + 6) return undefined;
  const names = splitNames(lead, rulesOf(cfg));
  if (!names.length) return undefined;
  // Whatever follows the names may only be a job title ("Will Macmaster Editor") or where they
  // filed from ("Ana Ruiz and Tom Pell in Denver").
  const used = names.join(' ').split(/\s+/u).length + names.length - 1;
  const rest = lead.split(/\s+/u).slice(used).map((w) => w.toLowerCase());
  return rest[0] === 'in' || rest.every((w) => titles.has(w)) ? names : undefined;
}

const nameWords = new WeakMap<object, NameWords>();
function nameWordsOf(options: StageOptions): NameWords {
  let w = nameWords.get(options.config);
  if (!w) {
    const q = options.config.quotes.first_names;
    const b = options.config.metadata.byline;
    nameWords.set(options.config, (w = { given: new Set([...q.male, ...q.female].map((n) => n.toLowerCase())), titles: new Set([...b.title_words, ...b.org_words].map((n) => n.toLowerCase())) }));
  }
  return w;
}

export default function byline(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const fm = trusted(file, ['byline', 'authors', 'author'], asStringList);
    const dateLine = file.data.dateLine?.n;
    const found = firstHit([{ name: 'frontmatter', find: () => { const v = fm.find(undefined); return v ? ({ names: v } as Hit) : undefined; } }, ...sources], { file, options, dateLine });
    if (!found) return;
    const features = found.via === 'frontmatter' ? undefined : bylineFeatures(found.value.names, found.via, found.value.line, dateLine, lines(file).length, String(file.value), nameWordsOf(options));
    file.data.byline = { value: found.value.names, via: found.via, ...(features && { features }) };
    if (found.value.line) markSpan(file, found.value.line.start, found.value.line.end, 'metadata-byline');
  };
}
