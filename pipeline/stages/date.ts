// Publication date: frontmatter, else the best-scored date expression of the page. A whole web page
// holds many dates (today's date in the masthead, related-story lists, embedded tweets, dates in
// prose); the publication date is the one labelled "Published", or standing on a short meta line
// near the byline, and repeated in the page's meta blocks. "Updated" stamps count less than
// "Published". Candidates are scored by rules in config/metadata.yaml; none above the floor: no date.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { firstHit, trusted, type Source } from '../article/sources.js';
import { map, num, obj, str } from '../config/spec.js';
import { findDates } from '../text/dates.js';
import { type Line } from '../text/lines.js';
import { markSpan } from '../text/spans.js';
import { scoreDates, type DateCandidate } from './date/score.js';
import type { StageOptions } from './options.js';
import { registryOf } from './outlet.js';

export const dateSpec = obj({
  label_pattern: str('Text right before a date that labels it the publication date', { regex: true, default: '(?:published|posted|date published|first published|published on|posted on|date)\\s*(?:on|at)?\\s*[:|-]?\\s*$' }),
  updated_pattern: str('Text right before a date that labels it an update stamp', { regex: true, default: '(?:updated|last updated|modified|last modified|revised)\\s*(?:on|at)?\\s*[:|-]?\\s*$' }),
  reject_pattern: str('Text before a date on its line that rules the date out (tweets, notices, corrections)', {
    regex: true,
    default: '\\(@\\w+\\)\\s*$|(?:effective|copyright|©|originally published|correction|expires?|until|since|through|starting|beginning|scheduled for|due)\\b[^.]{0,40}$',
  }),
  reject_after_pattern: str('Text right after a date that makes it an event in prose or a caption, not a stamp (case-sensitive)', { regex: true, default: '^,?\\s*(?:in|at|near)\\s+\\p{Lu}|\\b(?:AP )?Photo\\b' }),
  byline_pattern: str('A line that reads as a byline, making a date beside it the publication date', { regex: true, default: '(?:^|[|•·/—–-]\\s*|\\p{Ll})By\\s*:?\\s+\\p{Lu}|^by\\s*:?\\s+\\p{Lu}' }),
  max_meta_words: num('A line with at most this many words beside its dates is a meta line, not prose', { default: 8, integer: true, min: 1 }),
  min_score: num('The best candidate must score at least this much to be taken', { default: 3 }),
  file_name_pattern: str('A dump file name that carries its date; groups 1-3 are year, month, day', { regex: true, default: '(?:^|[_.-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[_.-]|$)' }),
  zones: map(str('fixed offset (-05:00) or IANA zone'), 'Time-zone abbreviations as news sites write them', {}),
});

interface Ctx {
  file: VFile;
  options: StageOptions;
  home?: string;
}
type Hit = { iso: string; line?: Line };

const sources: Source<Ctx, Hit>[] = [
  {
    // Archives that name each dump with its date ("breitbart_2015-11-11_slug.txt") know it best.
    name: 'file-name',
    find: (ctx) => {
      const base = (ctx.file.path ?? '').split(/[\\/]/u).pop() ?? '';
      const m = new RegExp(ctx.options.config.metadata.date.file_name_pattern, 'u').exec(base);
      if (!m) return undefined;
      const iso = findDates(`${m[1]}-${m[2]}-${m[3]}`, {}, undefined)[0]?.iso;
      return iso ? { iso } : undefined;
    },
  },
  {
    name: 'scored-page',
    find: (ctx) => {
      const best: DateCandidate | undefined = scoreDates(ctx.file, { ...ctx.options.config.metadata.date, byline_label_pattern: ctx.options.config.metadata.byline.label_pattern }, ctx.home);
      return best && { iso: best.iso, line: best.line };
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
