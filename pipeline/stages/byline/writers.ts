// The last gate before a byline is given: names of everyday words only leave, with a report line.
import type { VFile } from 'vfile';
import { pointAt, type Line } from '../../text/lines.js';
import type { StageOptions } from '../options.js';
import { nameKey } from '../outlet/names.js';
import { everydayWords } from './everyday.js';
import { nameWordsOf } from './words.js';

/** The credited names that may stand as writers: a name of everyday words only ("Industry Insights",
 * byline/everyday.ts) leaves, each with a report line at the credit (`byline-everyday`), unless it is
 * the outlet the page names itself (a site crediting its own name as author). */
export function writers(names: string[], file: VFile, options: StageOptions, line?: Line): string[] {
  const words = nameWordsOf(options);
  const outlet = file.data.outlet ? nameKey(file.data.outlet.value) : '';
  return names.filter((n) => {
    if (!everydayWords(n, { given: words.given, orgWords: words.titles }) || (outlet && nameKey(n) === outlet)) return true;
    file.message(`Not a byline: "${n}" is everyday words (a section, a box title or a button), not a writer's name`, {
      ruleId: 'byline-everyday',
      source: 'copydesk-byline',
      ...(line && { place: pointAt(file, line.start) }),
    });
    return false;
  });
}
