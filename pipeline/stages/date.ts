// Publication date: frontmatter, else the best-scored date expression of the page. A whole web page
// holds many dates (today's date in the masthead, related-story lists, embedded tweets, dates in
// prose); the publication date is the one labelled "Published", or standing on a short meta line
// near the byline, and repeated in the page's meta blocks. "Updated" stamps count less than
// "Published". Candidates are scored by rules in config/metadata.yaml; none above the floor: no date.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { datePatterns, dateSpec } from './date/spec.js';
import { findDates, NO_ZONES } from '../text/dates.js';
import { type Line } from '../text/lines.js';
import { markSpan } from '../text/spans.js';
import { bestDate, dateFeatures, rankDates, undecided, type DateCandidate } from './date/score.js';
import { rankedDates, zoneOf } from './date/rank.js';
import { decide, type Ranker } from './confidence/rank.js';
import rankerJson from './date/ranker.json' with { type: 'json' };
import { lines, pointAt } from '../text/lines.js';
import type { StageOptions } from './options.js';

export { dateSpec };

interface Ctx {
  file: VFile;
  options: StageOptions;
  home?: string;
  ranker?: Ranker | null;
  /** The line of a stamp the rules found but do not date the story by (a masthead's date, a tie): it
   * still tells the byline stage where the page's meta line is (a byline beside it; measured: 3 right
   * bylines of silver-dev are found so and were lost when the date went; a teaser's, 1 more). */
  stamp?: Line;
}
type Hit = { iso: string; line?: Line; features?: Record<string, number> };

const sources: Source<Ctx, Hit>[] = [
  {
    // Archives that name each dump with its date ("breitbart_2015-11-11_slug.txt") know it best.
    name: 'file-name',
    find: (ctx) => {
      const base = (ctx.file.path ?? '').split(/[\\/]/u).pop() ?? '';
      const m = compile(ctx.options.config.metadata.date.file_name_pattern, datePatterns.fileName).exec(base);
      if (!m) return undefined;
      const iso = findDates(`${m[1]}-${m[2]}-${m[3]}`, NO_ZONES, undefined)[0]?.iso;
      return iso ? { iso } : undefined;
    },
  },
  {
    name: 'scored-page',
    find: (ctx) => {
      const { ranked, rule } = scored(ctx);
      const n = lines(ctx.file).length;
      const ranker = ctx.ranker;
      if (!ranker || !ranked.length) return rule && { iso: rule.iso, line: rule.line, features: dateFeatures(rule, ranked, n) };
      const cands = rankedDates(ranked, rule, n, ctx.file.data.article);
      const d = decide(ranker, cands, rule && [rule.iso.slice(0, 10)]);
      if (!d.c) {
        const shown = rule ?? d.top?.c.cand;
        ctx.file.message(`No date: the likeliest, ${shown?.iso ?? 'none'}, is not likely enough (the ranker's best chance ${(d.top?.p ?? 0).toFixed(3)}, below ${ranker.model.threshold})`, {
          ruleId: 'date-unsure',
          source: 'copydesk-date',
          ...(shown && { place: pointAt(ctx.file, shown.line.start) }),
        });
        return undefined;
      }
      const best = d.c.cand;
      return { iso: best.iso, line: best.line, features: { ...dateFeatures(best, ranked, n), rank_p: d.p } };
    },
  },
];

/** The page's dates with the rules' points, and the rules' pick. */
function scored(ctx: Ctx): { ranked: DateCandidate[]; rule?: DateCandidate } {
  const cfg = ctx.options.config.metadata.date;
  const aside: DateCandidate[] = [];
  const ranked = rankDates(ctx.file, { ...cfg, byline_label_pattern: ctx.options.config.metadata.byline.label_pattern }, ctx.home, aside);
  const rule = bestDate(ranked, cfg.min_score);
  const teaser = !rule && bestDate(ranked, cfg.min_score, true);
  if (teaser) {
    ctx.stamp = teaser.line;
    ctx.file.message(`No date: the likeliest, ${teaser.iso}, is one of a short run of lines printed alike with other days: other stories' teasers`, {
      ruleId: 'date-teaser',
      source: 'copydesk-date',
      place: pointAt(ctx.file, teaser.line.start),
    });
  } else if (!rule && aside.length) {
    ctx.stamp = aside[0].line;
    ctx.file.message(`No date: ${aside[0].iso} stands in the page's masthead, far above the title with no label, byline or time: the day of the visit, not of the story`, {
      ruleId: 'date-masthead',
      source: 'copydesk-date',
      place: pointAt(ctx.file, aside[0].line.start),
    });
  }
  if (rule && undecided(rule, ranked, zoneOf(ctx.file.data.article)(rule.line.n).zone_after === 1)) {
    ctx.stamp = rule.line;
    ctx.file.message(`No date: the likeliest, ${rule.iso}, ties with another day's date below the article and nothing ties it to the story`, {
      ruleId: 'date-undecided',
      source: 'copydesk-date',
      place: pointAt(ctx.file, rule.line.start),
    });
    return { ranked };
  }
  return { ranked, rule };
}

/** The rules' pick and every date candidate with the ranker's features (for fitting: bench/train-date.ts). */
export function dateCandidatesOf(file: VFile, options: StageOptions) {
  const { ranked, rule } = scored({ file, options, home: file.data.outletEntry?.timezone });
  return { rule: rule && [rule.iso.slice(0, 10)], cands: rankedDates(ranked, rule, lines(file).length, file.data.article) };
}

/** The fitted date ranker (bench/train-date.ts): null while it has not held on every site fold. */
const shippedRanker = (rankerJson as { ranker: Ranker | null }).ranker;

export default function date(options: StageOptions, ranker: Ranker | null = shippedRanker) {
  return (_tree: Root, file: VFile) => {
    const home = file.data.outletEntry?.timezone;
    const fromFm = trusted(file, ['date', 'published', 'date_published'], (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? findDates(v, options.config.metadata.date.zones, home)[0]?.iso : undefined));
    const ctx: Ctx = { file, options, home, ranker };
    const found = firstHit([{ name: 'frontmatter', find: () => { const iso = fromFm.find(undefined); return iso ? ({ iso } as Hit) : undefined; } }, ...sources], ctx);
    if (!found) {
      file.message('No publication date found', { ruleId: 'date-missing', source: 'copydesk-date' });
      if (ctx.stamp) file.data.dateLine = ctx.stamp;
      return;
    }
    file.data.date = { value: found.value.iso, via: found.via, ...(found.value.features && { features: found.value.features }) };
    const l = found.value.line;
    if (l) {
      file.data.dateLine = l;
      markSpan(file, l.start, l.end, 'metadata-date');
    }
  };
}
