// Byline: the people credited with writing the article. "By A and B", "by Brett Samuels - 12/22/23
// 11:35 AM ET", a "Written By" label followed by the name (even when the name opens a bio line).
// A bio sentence is never itself a byline: only the leading name is taken from it.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asStringList, firstHit, trusted, type Source } from '../article/sources.js';
import { list, num, obj, str } from '../config/spec.js';
import { lines, type Line } from '../text/lines.js';
import { markSpan } from '../text/spans.js';
import type { StageOptions } from './options.js';

export const bylineSpec = obj({
  by_pattern: str('A byline line: the prefix before the names', { regex: true, default: '^(?:by|written by|words by|story by|reporting by)\\s*:?\\s*' }),
  label_pattern: str('A line that labels the byline on the line after it', { regex: true, default: '^(?:written by|by|author|authors?|about the author)\\s*:?$' }),
  top_lines: num('Non-blank lines from the top searched for a "By" line', { default: 12, integer: true, min: 1 }),
  max_words_per_name: num('Longest name, in words', { default: 4, integer: true, min: 1 }),
  not_names: list(str('a word'), 'Words that end a name when they follow it (bio verbs, job titles)', []),
});

interface Ctx {
  file: VFile;
  options: StageOptions;
}
type Hit = { names: string[]; line: Line };

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|van|von|de|der|da|del|di|la|le|bin|al|St\.)$/u;

/** Splits "A, B and C" into names, cutting each at the first word that cannot be part of a name. */
export function splitNames(text: string, cfg: StageOptions['config']['metadata']['byline']): string[] {
  const cleaned = text
    .replace(/\s+[-–—|]\s+.*$/, '') // "Brett Samuels - 12/22/23 11:35 AM ET"
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/@\w+/g, '')
    .trim();
  const stop = new Set(cfg.not_names.map((w) => w.toLowerCase()));
  const out: string[] = [];
  for (const part of cleaned.split(/\s*(?:,|;|&|\band\b)\s*/iu)) {
    const words: string[] = [];
    for (const w of part.split(/\s+/).filter(Boolean)) {
      if (stop.has(w.toLowerCase()) || !NAME_WORD.test(w)) break;
      words.push(w);
    }
    if (words.length >= 2 && words.length <= cfg.max_words_per_name && /^\p{Lu}/u.test(words[0])) out.push(words.join(' '));
  }
  return out;
}

const sources: Source<Ctx, Hit>[] = [
  {
    name: 'by-line',
    find: ({ file, options }) => {
      const cfg = options.config.metadata.byline;
      const by = new RegExp(cfg.by_pattern, 'iu');
      const top = lines(file).filter((l) => l.text.trim()).slice(0, cfg.top_lines);
      for (const l of top) {
        const t = l.text.trim();
        const m = by.exec(t);
        if (!m || m[0].length === t.length) continue;
        const names = splitNames(t.slice(m[0].length), cfg);
        if (names.length) return { names, line: l };
      }
      return undefined;
    },
  },
  {
    name: 'labelled-line',
    find: ({ file, options }) => {
      const cfg = options.config.metadata.byline;
      const label = new RegExp(cfg.label_pattern, 'iu');
      const ls = lines(file);
      for (const l of ls) {
        if (!label.test(l.text.trim())) continue;
        const next = ls.slice(l.n + 1).find((x) => x.text.trim());
        if (!next) continue;
        const names = splitNames(next.text.trim(), cfg).slice(0, 1);
        if (names.length) return { names, line: l };
      }
      return undefined;
    },
  },
];

export default function byline(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const fm = trusted(file, ['byline', 'authors', 'author'], asStringList);
    const found = firstHit([{ name: 'frontmatter', find: () => { const v = fm.find(undefined); return v ? { names: v, line: undefined as unknown as Line } : undefined; } }, ...sources], { file, options });
    if (!found) return;
    file.data.byline = { value: found.value.names, via: found.via };
    if (found.value.line) markSpan(file, found.value.line.start, found.value.line.end, 'metadata-byline');
  };
}
