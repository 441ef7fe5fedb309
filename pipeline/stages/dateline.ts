// Dateline: the place a story was filed from, opening a paragraph ("SAN SALVADOR, El Salvador —",
// "DALLAS (AP) —"). A whole web page opens with menus, so the first paragraphs that read as a dateline
// are searched, skipping photo-caption labels ("FILE -", "TOPSHOT -") and agency captions
// ("LOS ANGELES, CALIFORNIA - JUNE 03: Actor ...").
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { datelinePatterns, datelineSpec } from './dateline/spec.js';
import type { StageOptions } from './options.js';

export { datelineSpec };

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
      const re = compile(cfg.pattern, datelinePatterns.dateline);
      const caption = compile(cfg.caption_after, datelinePatterns.captionAfter);
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
