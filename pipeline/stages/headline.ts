// Headline: the dump's own frontmatter, a Markdown heading, or a title-shaped first line.
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { num, obj } from '../config/spec.js';
import { lines, type Line } from '../text/lines.js';
import { isCovered, markSpan } from '../text/spans.js';
import type { StageOptions } from './options.js';

export const headlineSpec = obj({
  min_words: num('Fewest words a title line may have', { default: 3, integer: true, min: 1 }),
  max_words: num('Most words a title line may have', { default: 30, integer: true, min: 1 }),
  top_lines: num('How many non-blank lines from the top may hold the headline', { default: 5, integer: true, min: 1 }),
});

interface Ctx {
  tree: Root;
  file: VFile;
  options: StageOptions;
}

const headingText = (file: VFile, h: Heading) => String(file.value).slice(h.position!.start.offset, h.position!.end.offset).replace(/^#+\s*|\s*#+\s*$/g, '').trim();

function titleShaped(l: Line, min: number, max: number): boolean {
  const t = l.text.trim();
  const words = t.split(/\s+/).length;
  if (words < min || words > max) return false;
  if (/[.:;,]$/.test(t) && !/[?!'"’”]$/.test(t)) return false;
  return /^[\p{Lu}\p{N}"'“‘]/u.test(t);
}

const sources: Source<Ctx, { value: string; start: number; end: number }>[] = [
  {
    name: 'heading',
    find: ({ tree, file }) => {
      const h = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth <= 2);
      return h && { value: headingText(file, h), start: h.position!.start.offset!, end: h.position!.end.offset! };
    },
  },
  {
    name: 'first-line',
    find: ({ file, options }) => {
      const cfg = options.config.metadata.headline;
      const top = lines(file).filter((l) => l.text.trim() && !isCovered(file, l)).slice(0, cfg.top_lines);
      const first = top[0];
      if (!first) return undefined;
      const next = lines(file)[first.n + 1];
      // A title stands alone: followed by a blank line (or the end), not running on into a paragraph.
      if ((next === undefined || !next.text.trim()) && titleShaped(first, cfg.min_words, cfg.max_words)) {
        return { value: first.text.trim(), start: first.start, end: first.end };
      }
      return undefined;
    },
  },
];

export default function headline(options: StageOptions) {
  return (tree: Root, file: VFile) => {
    const fromFm = trusted(file, ['title', 'headline'], asString);
    const found = firstHit(
      [{ name: fromFm.name, find: () => { const v = fromFm.find(undefined); return v ? { value: v, start: -1, end: -1 } : undefined; } }, ...sources],
      { tree, file, options },
    );
    if (!found) return;
    file.data.headline = { value: found.value.value, via: found.via };
    if (found.value.start >= 0) markSpan(file, found.value.start, found.value.end, 'metadata-headline');
  };
}
