// An outlet that is the article's own title: once the headline is chosen, an outlet the page's text gave
// (the rules or the ranker, not the newsroom, the dump's metadata or the registry) that reads exactly as the
// headline is the title line taken for a masthead. A publisher's name and an article's title are two things;
// when they coincide one of them is wrong, and the outlet is the one with nothing else behind it: a site
// writes its name inside other lines too (a copyright line, "alerts from X", "X logo"), or its domain spells
// it, where a title stands only on lines of its own. Such an outlet is held back (none is better than wrong)
// with the reason in the report; the headline stands.
// After the headline stage, before byline (which reads the outlet), so no later stage sees the title as outlet.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { nameFitsDomain, nameKey } from './outlet/names.js';
import { wholeName } from '../text/whole-words.js';
import { lineAround, pointAt } from '../text/lines.js';
import type { StageOptions } from './options.js';

/** How an outlet the page's text gave is recorded (outlet.ts setOutlet): the rules' pick or the ranker's. */
const inferred = (via: string): boolean => via === 'page-evidence' || via.startsWith('ranked-');

export default function outletTitle(_options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const outlet = file.data.outlet;
    const title = file.data.headline?.value;
    if (!outlet || !title || file.data.outletEntry || !inferred(outlet.via)) return;
    const key = nameKey(outlet.value);
    if (!key || key !== nameKey(title)) return;
    const text = String(file.value);
    const domain = file.data.siteDomain;
    if ((domain && nameFitsDomain(outlet.value, domain)) || !onlyAlone(outlet.value, text)) return;
    delete file.data.outlet;
    const at = text.indexOf(outlet.value);
    file.message(`No outlet: the likeliest, "${outlet.value}" (${outlet.via}), is the article's headline, and the page writes it only on lines of its own (no other line or domain of the page names it)`, {
      ruleId: 'outlet-unsure',
      source: 'copydesk-outlet',
      ...(at >= 0 && { place: pointAt(file, at) }),
    });
  };
}

/** True when every place `text` writes `name` as written (a whole word, its case: a title's words come back
 * lower-cased in the article's prose, a site's name keeps its capitals) is a line that holds nothing else. */
function onlyAlone(name: string, text: string): boolean {
  for (const m of text.matchAll(wholeName(name, 'gu'))) if (lineAround(text, m.index, m.index + m[0].length).line.trim() !== name) return false;
  return true;
}
