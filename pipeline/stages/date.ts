// Publication date: frontmatter, a labelled line ("Published …", "date …"), or the first date near
// the top of the dump. Dates deep in the body or in related-link lists are not the publication date.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { firstHit, trusted, type Source } from '../article/sources.js';
import { map, num, obj, str } from '../config/spec.js';
import { findDates, type DateHit } from '../text/dates.js';
import { lines, type Line } from '../text/lines.js';
import { markSpan } from '../text/spans.js';
import type { StageOptions } from './options.js';
import { registryOf } from './outlet.js';

export const dateSpec = obj({
  label_pattern: str('A line that labels the publication date', { regex: true, default: '^(?:date|published|posted|updated|last updated|first published)\\b' }),
  top_lines: num('Non-blank lines from the top searched for an unlabelled date', { default: 8, integer: true, min: 1 }),
  zones: map(str('fixed offset (-05:00) or IANA zone'), 'Time-zone abbreviations as news sites write them', {}),
});

interface Ctx {
  file: VFile;
  options: StageOptions;
  home?: string;
}
type Hit = { iso: string; line?: Line };

function datesIn(l: Line, ctx: Ctx): DateHit[] {
  return findDates(l.text, ctx.options.config.metadata.date.zones, ctx.home);
}

const sources: Source<Ctx, Hit>[] = [
  {
    name: 'labelled-line',
    find: (ctx) => {
      const label = new RegExp(ctx.options.config.metadata.date.label_pattern, 'iu');
      for (const l of lines(ctx.file)) {
        if (!label.test(l.text.trim())) continue;
        const d = datesIn(l, ctx)[0];
        if (d) return { iso: d.iso, line: l };
      }
      return undefined;
    },
  },
  {
    name: 'top-of-page',
    find: (ctx) => {
      const top = lines(ctx.file).filter((l) => l.text.trim()).slice(0, ctx.options.config.metadata.date.top_lines);
      for (const l of top) {
        const d = datesIn(l, ctx)[0];
        if (d) return { iso: d.iso, line: l };
      }
      return undefined;
    },
  },
];

export default function date(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const home = file.data.outlet && registryOf(options.config).lookup(file.data.outlet.value)?.timezone;
    const fromFm = trusted(file, ['date', 'published', 'date_published'], (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? findDates(v, options.config.metadata.date.zones, home)[0]?.iso : undefined));
    const found = firstHit([{ name: 'frontmatter', find: () => { const iso = fromFm.find(undefined); return iso ? ({ iso } as Hit) : undefined; } }, ...sources], { file, options, home });
    if (!found) {
      file.message('No publication date found', { ruleId: 'date-missing', source: 'copydesk-date' });
      return;
    }
    file.data.date = { value: found.value.iso, via: found.via };
    const l = found.value.line;
    if (l) markSpan(file, l.start, l.end, 'metadata-date');
  };
}
