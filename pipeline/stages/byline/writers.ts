// The last gate before a byline is given: names of everyday words only leave, with a report line.
import type { VFile } from 'vfile';
import { lines, pointAt, type Line } from '../../text/lines.js';
import lexicon from '../../text/lexicon.js';
import { escapeRe } from '../../text/regexp.js';
import type { StageOptions } from '../options.js';
import { nameKey } from '../outlet/names.js';
import { everydayWords } from './everyday.js';
import { recurs } from './people.js';
import { nameWordsOf, wordsOf } from './words.js';

/** The credited names that may stand as writers: a name of everyday words only ("Industry Insights",
 * byline/everyday.ts) leaves, each with a report line at the credit (`byline-everyday`), unless it is
 * the outlet the page names itself (a site crediting its own name as author). */
export function writers(names: string[], file: VFile, options: StageOptions, line?: Line): string[] {
  const words = nameWordsOf(options);
  const outlet = file.data.outlet ? nameKey(file.data.outlet.value) : '';
  return names.filter((n) => {
    if (orgCut(n, file, options, line)) {
      file.message(`Not a byline: "${n}" is an organisation's name cut before its organisation word, not a writer's`, {
        ruleId: 'byline-org-cut',
        source: 'copydesk-byline',
        ...(line && { place: pointAt(file, line.start) }),
      });
      return false;
    }
    if (!everydayWords(n, { given: words.given, orgWords: words.titles }) || (outlet && nameKey(n) === outlet)) return true;
    file.message(`Not a byline: "${n}" is everyday words (a section, a box title or a button), not a writer's name`, {
      ruleId: 'byline-everyday',
      source: 'copydesk-byline',
      ...(line && { place: pointAt(file, line.start) }),
    });
    return false;
  });
}

/**
 * True when `name` opens with no known given name and, on its line or the two after it (a label's name),
 * runs on into an organisation word, the name and that word printed elsewhere on the page too (a
 * masthead, a copyright line): "Harbor Business" read from "Harbor Business News
 * Correspondent" on a page of the Harbor Business News is the organisation's name cut short, no person.
 * "Ana Ruiz News Editor" keeps her name, "Zorvek Talmani News Staff" his, and so does a writer before a
 * wire's own name ("Zorvek Talmani Reuters").
 */
function orgCut(name: string, file: VFile, options: StageOptions, line?: Line): boolean {
  if (!line) return false;
  const first = name.split(/\s+/u)[0].toLowerCase().replace(/[^\p{L}'-]/gu, '');
  if (nameWordsOf(options).given.has(first)) return false;
  const orgs = wordsOf(options.config.metadata.byline, 'org_words');
  const after = new RegExp(`${escapeRe(name)}[ \\t]+(\\p{L}+)`, 'u');
  const text = String(file.value);
  return lines(file).slice(line.n, line.n + 3).some((l) => {
    const m = after.exec(l.text);
    // A wire's own name after a writer's ("Ana Ruiz Reuters") is no English word, and no cut.
    if (!m || !orgs.has(m[1].toLowerCase()) || !Object.hasOwn(lexicon, m[1].toLowerCase())) return false;
    return recurs(`${name} ${m[1]}`, text);
  });
}
