// A credit's co-writers on the lines after it, read with the stage's own grammar (the layouts: coauthors.ts).
import { lines } from '../../text/lines.js';
import { splitNames } from '../../text/names.js';
import { withoutImages } from './box.js';
import { byNames } from './by-names.js';
import { coAuthors } from './coauthors.js';
import type { Ctx, Hit } from './context.js';
import { people } from './people.js';
import { jobWordsOf, nameWordsOf, notNamesOf, rulesOf, wordsOf } from './words.js';

/** The hit with the co-writers credited on the lines after its credit (byline/coauthors.ts). */
export function withCoAuthors(hit: Hit | undefined, ctx: Ctx): Hit | undefined {
  if (!hit?.line || !hit.names.length) return hit;
  const cfg = ctx.options.config.metadata.byline;
  const grammar = { zones: ctx.options.config.metadata.date.zones, given: nameWordsOf(ctx.options).given, places: notNamesOf(ctx.options) };
  const jobs = jobWordsOf(cfg);
  const titles = wordsOf(cfg, 'title_words');
  const more = coAuthors(
    {
      lines: lines(ctx.file),
      lead: (t) => people(splitNames(t, rulesOf(cfg)).slice(0, 1), ctx)[0],
      byLine: (t) => (t.length > 400 ? undefined : byNames(withoutImages(t), cfg, grammar)),
      // "Senior Politics Reporter, Harbor Post": title and desk words up to the first comma.
      titleLine: (t) => {
        const head = t.split(/,\s/u)[0].trim();
        const ws = head.toLowerCase().match(/\p{L}+/gu) ?? [];
        return /^\p{Lu}/u.test(head) && ws.length > 0 && ws.length <= 6 && ws.some((w) => titles.has(w)) && ws.every((w) => jobs.has(w) || TITLE_GLUE.has(w));
      },
    },
    hit.line,
    hit.names,
  );
  return more.length ? { ...hit, names: [...hit.names, ...more] } : hit;
}
const TITLE_GLUE = new Set(['and', 'of', 'for', '&']);
