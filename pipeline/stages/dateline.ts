// Dateline: the place a story was filed from, opening a paragraph ("SAN SALVADOR, El Salvador —",
// "DALLAS (AP) —"). A whole web page opens with menus, so the first paragraphs that read as a dateline
// are searched, skipping photo-caption labels ("FILE -", "TOPSHOT -") and agency captions
// ("LOS ANGELES, CALIFORNIA - JUNE 03: Actor ...").
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { list, num, obj, str } from '../config/spec.js';
import type { StageOptions } from './options.js';

export const datelineSpec = obj({
  pattern: str('Opening of a paragraph that is a dateline; group 1 is the place', {
    regex: true,
    default: "^((?:[\\p{Lu}][\\p{Lu}.'’-]+)(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+)*(?:,\\s+[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*)*)?)\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s",
  }),
  max_paragraphs: num('Paragraphs from the top searched for a dateline', { default: 80, integer: true, min: 1 }),
  min_letters: num('Fewest capital letters a place has ("SO – IL" is not a dateline)', { default: 3, integer: true, min: 1 }),
  not_places: list(str('a word'), 'Caption and rubric labels that look like a dateline ("FILE -", "TOPSHOT -")', []),
  caption_after: str('Text after the dash that makes the paragraph a photo caption ("JUNE 03: ..."); case-insensitive', { regex: true, default: '^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\s*:' }),
});

interface Ctx {
  tree: Root;
  file: VFile;
  options: StageOptions;
}

const sources: Source<Ctx, string>[] = [
  {
    name: 'first-paragraph',
    find: ({ tree, file, options }) => {
      const cfg = options.config.metadata.dateline;
      const re = new RegExp(cfg.pattern, 'u');
      const caption = new RegExp(cfg.caption_after, 'iu');
      const labels = new Set(cfg.not_places.map((w) => w.toUpperCase()));
      const paras = tree.children.filter((n): n is Paragraph => n.type === 'paragraph').slice(0, cfg.max_paragraphs);
      for (const p of paras) {
        const text = String(file.value).slice(p.position!.start.offset, Math.min(p.position!.end.offset!, p.position!.start.offset! + 300));
        const m = re.exec(text);
        if (!m) continue;
        const place = m[1].trim();
        if (place.replace(/[^\p{Lu}]/gu, '').length < cfg.min_letters || labels.has(place.split(/[\s,]+/u)[0].toUpperCase())) continue;
        if (caption.test(text.slice(m[0].length))) continue;
        return place;
      }
      return undefined;
    },
  },
];

export default function dateline(options: StageOptions) {
  return (tree: Root, file: VFile) => {
    const found = firstHit([trusted(file, ['dateline'], asString), ...sources], { tree, file, options });
    if (found) file.data.dateline = found;
  };
}
