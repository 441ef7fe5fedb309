// Dateline: the place a story was filed from, opening its first paragraph ("SAN SALVADOR, El Salvador —").
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { obj, str } from '../config/spec.js';
import type { StageOptions } from './options.js';

export const datelineSpec = obj({
  pattern: str('Opening of a paragraph that is a dateline; group 1 is the place', {
    regex: true,
    default: "^((?:[\\p{Lu}][\\p{Lu}.'’-]+)(?:\\s+[\\p{Lu}][\\p{Lu}.'’-]+)*(?:,\\s+[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*)*)?)\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s",
  }),
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
      const re = new RegExp(options.config.metadata.dateline.pattern, 'u');
      const paras = tree.children.filter((n): n is Paragraph => n.type === 'paragraph').slice(0, 3);
      for (const p of paras) {
        const text = String(file.value).slice(p.position!.start.offset, p.position!.end.offset);
        const m = re.exec(text);
        if (m && m[1].replace(/[^\p{Lu}]/gu, '').length >= 2) return m[1].trim();
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
