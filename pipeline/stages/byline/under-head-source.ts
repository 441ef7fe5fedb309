// The under-headline source: a bare name on the first line under the headline, read with the stage's
// grammar (where it stands: under-head.ts).
import lexicon from '../../text/lexicon.js';
import { lines } from '../../text/lines.js';
import { headLineOf, type Ctx, type Hit } from './context.js';
import { bareRead, people, writerShaped } from './people.js';
import { underHeadline } from './under-head.js';
import { jobWordsOf, lowerWords, nameWordsOf, opensWithGiven, wordsOf } from './words.js';

/** "Headline" / "Ana Ruiz" / the story: a bare name on the first line under the headline (byline/under-head.ts). */
export function underHeadSource(ctx: Ctx): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  const titles = jobWordsOf(cfg);
  const given = nameWordsOf(ctx.options).given;
  const known = (n: string) => opensWithGiven(n, given);
  const stops = wordsOf(cfg, 'not_names');
  return underHeadline({
    lines: lines(ctx.file),
    headLine: headLineOf(ctx.file),
    // After the names, only a job title, "in" and a place, or "and" and the wires: "Ana No Comments" is
    // a one-word credit and the comment count, not a name. Every name of the credit counts once one of
    // them opens with a known given name ("Ana Ruiz and Zarifa McPell") or is shaped as a person's
    // with no word the lexicon knows ("Zarifa Holloway"): with no mark beside it, "Video Gallery" is
    // a section's.
    names: (t) => {
      const read = t.length > cfg.max_line_chars || /\d/u.test(t) ? undefined : bareRead(t, cfg);
      if (!read || read.rest.some((w) => stops.has(w) && w !== 'in' && w !== 'and')) return [];
      const names = people(read.names, ctx);
      // The words after the given name are none the prose writes in lower case ("Ana Ruiz Harbor").
      const low = lowerWords(ctx);
      const plain = names.every((n) => n.split(/\s+/u).slice(1).every((w) => !low.has(w.toLowerCase())));
      return plain && names.some((n) => known(n) || (writerShaped(n, ctx, titles) && n.split(/\s+/u).every((w) => !Object.hasOwn(lexicon, w.toLowerCase())))) ? names : [];
    },
  });
}
