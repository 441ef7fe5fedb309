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
import { bestDate, dateFeatures, rankDates, type DateCandidate } from './date/score.js';
import { lines } from '../text/lines.js';
import type { StageOptions } from './options.js';

export { dateSpec };

interface Ctx {
  file: VFile;
  options: StageOptions;
  home?: string;
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
      const cfg = ctx.options.config.metadata.date;
      const ranked = rankDates(ctx.file, { ...cfg, byline_label_pattern: ctx.options.config.metadata.byline.label_pattern }, ctx.home);
      const best: DateCandidate | undefined = bestDate(ranked, cfg.min_score);
      return best && { iso: best.iso, line: best.line, features: dateFeatures(best, ranked, lines(ctx.file).length) };
    },
  },
];

export default function date(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const home = file.data.outletEntry?.timezone;
    const fromFm = trusted(file, ['date', 'published', 'date_published'], (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? findDates(v, options.config.metadata.date.zones, home)[0]?.iso : undefined));
    const found = firstHit([{ name: 'frontmatter', find: () => { const iso = fromFm.find(undefined); return iso ? ({ iso } as Hit) : undefined; } }, ...sources], { file, options, home });
    if (!found) {
      file.message('No publication date found', { ruleId: 'date-missing', source: 'copydesk-date' });
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
