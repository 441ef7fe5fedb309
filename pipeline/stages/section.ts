// Section: the desk an article ran under. Frontmatter, else a section name from the configured
// vocabulary standing on the date line or on a line of its own near the top (menu entries excluded).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { sectionSpec } from './section/spec.js';
import { findDates, NO_ZONES } from '../text/dates.js';
import { lines } from '../text/lines.js';
import type { StageOptions } from './options.js';

export { sectionSpec };

interface Ctx {
  file: VFile;
  options: StageOptions;
}

const sources: Source<Ctx, string>[] = [
  {
    name: 'top-line',
    find: ({ file, options }) => {
      const cfg = options.config.metadata.section;
      const vocab = new Map(cfg.vocabulary.map((v) => [v.toLowerCase(), v]));
      for (const l of lines(file).filter((x) => x.text.trim()).slice(0, cfg.top_lines)) {
        // A menu entry ("  • World") names a section of the site, not the one this story ran in.
        if (/^\s*[•·*□○■-]\s/u.test(l.text)) continue;
        let rest = l.text;
        // A date on the line ("24 December 2025 World") is cut away; what stands beside it may be the section.
        for (const d of findDates(l.text, NO_ZONES, undefined).reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
        const hit = vocab.get(rest.replace(/[|•·]/g, ' ').trim().toLowerCase());
        if (hit) return hit;
      }
      return undefined;
    },
  },
];

export default function section(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const found = firstHit([trusted(file, ['section', 'category'], asString), ...sources], { file, options });
    if (found) file.data.section = found;
  };
}
