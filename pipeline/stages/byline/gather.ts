// Every candidate byline of a page for the ranker (candidates.ts gives their features): the by-lines, the
// labelled lines, the name-and-age and name-and-outlet lines, the ordered rules' pick and every bare name.
import type { VFile } from 'vfile';
import type { Found } from '../../types.js';
import { compile } from '../../config/spec.js';
import { findDates } from '../../text/dates.js';
import { lines, type Line } from '../../text/lines.js';
import { unglue } from '../../text/names.js';
import type { StageOptions } from '../options.js';
import { byLines } from './by-line.js';
import type { Candidate, PageView } from './candidates.js';
import { articleOf, headLineOf, type Ctx, type Hit } from './context.js';
import { labelledLines } from './labelled.js';
import { namesOnLines } from './name-on-line.js';
import { barename } from './people.js';
import { bylinePatterns } from './spec.js';
import { nameWordsOf, norm } from './words.js';

/** Bare names standing on a line of their own, or before a title, a handle or a date ("Ana Ruiz, Contributor"). */
function bareLines(ctx: Ctx): { names: string[]; line: Line; rest: boolean }[] {
  const cfg = ctx.options.config.metadata.byline;
  const zones = ctx.options.config.metadata.date.zones;
  const out: { names: string[]; line: Line; rest: boolean }[] = [];
  for (const l of lines(ctx.file)) {
    let t = l.text.trim();
    // Cheap first: a short line opening with a capital (after a bullet) and holding two capitalised words.
    if (t.length < 4 || t.length > cfg.max_line_chars + 40 || !BARE_START.test(t)) continue;
    t = unglue(t).replace(/^[•·*□○■☆●-]\s*/u, '');
    if (/\d/u.test(t)) {
      const d = findDates(t, zones)[0];
      if (d) t = t.slice(0, d.index).trim();
    }
    if (!t || t.length > cfg.max_line_chars || /^["“‘']/u.test(t)) continue;
    const names = barename(t, cfg);
    if (names) out.push({ names, line: l, rest: norm(t) !== norm(names.join(' ')) });
  }
  return out;
}
const BARE_START = /^(?:[•·*□○■☆●-]\s*)?\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;

/** Every candidate of the page, the ordered rules' pick among them marked. */
export function bylineCandidates(ctx: Ctx, rule: Found<Hit> | undefined): Candidate[] {
  const cfg = ctx.options.config.metadata.byline;
  const byKey = new Map<string, Candidate>();
  const add = (names: string[], line: Line, source: string, rest = true) => {
    if (!names.length) return;
    const k = `${line.n}|${names.join('|')}`;
    const c = byKey.get(k);
    if (c) {
      if (!c.sources.includes(source)) c.sources.push(source);
      c.rest &&= rest;
    } else byKey.set(k, { names, line, sources: [source], rule: false, rest });
  };
  for (const c of byLines(ctx)) add(c.names, c.line, 'by-line');
  for (const c of labelledLines(ctx)) add(c.names, c.line, 'labelled-line');
  for (const c of namesOnLines(ctx, compile(cfg.name_age_pattern, bylinePatterns.nameAge))) add(c.names, c.line, 'name-and-age');
  for (const c of namesOnLines(ctx, compile(cfg.name_outlet_pattern, bylinePatterns.nameOutlet))) add(c.names, c.line, 'name-and-outlet');
  if (rule?.value.line) add(rule.value.names, rule.value.line, rule.via);
  for (const c of bareLines(ctx)) add(c.names, c.line, 'bare-name', c.rest);
  const out = [...byKey.values()];
  if (rule?.value.line) {
    const k = `${rule.value.line.n}|${rule.value.names.join('|')}`;
    const r = byKey.get(k);
    if (r) r.rule = true;
  }
  return out;
}

/** What the ranker sees of the page beside the candidates. */
export function pageView(file: VFile, options: StageOptions): PageView {
  return {
    file,
    lines: lines(file),
    dateLine: file.data.dateLine?.n,
    headLine: headLineOf(file),
    headline: file.data.headline?.value,
    outlet: file.data.outlet?.value,
    article: articleOf(file),
    words: nameWordsOf(options),
  };
}
