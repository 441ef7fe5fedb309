// The byline-box source: a name the lines around it mark as the writer's (a handle, a job title after a
// comma, the story's age or a job title under it), read with the stage's grammar (the layouts: box.ts).
import { findDates } from '../../text/dates.js';
import { lines } from '../../text/lines.js';
import { unglue } from '../../text/names.js';
import { anyOfCue } from '../../text/literals.js';
import { bylineBox } from './box.js';
import { articleOf, headLineOf, type Ctx, type Hit } from './context.js';
import { bareRead, barename, people, writerShaped } from './people.js';
import { jobWordsOf, nameWordsOf, notNamesOf, opensWithGiven, wordsOf } from './words.js';

const cues = new WeakMap<ReadonlySet<string>, RegExp>();
/** The pattern finding any of the words (built once per set: the stage's word sets are built once per config). */
function cueOfWords(words: ReadonlySet<string>): RegExp {
  let re = cues.get(words);
  if (!re) cues.set(words, (re = anyOfCue(words)));
  return re;
}

/** "Ana Ruiz•@anaruiz", "Ana Ruiz, Contributor", "Ana Ruiz" over "2h ago": a byline box (byline/box.ts). */
export function boxSource(ctx: Ctx): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  const titles = jobWordsOf(cfg);
  const jobs = wordsOf(cfg, 'title_words');
  const given = nameWordsOf(ctx.options).given;
  const places = notNamesOf(ctx.options);
  const jobCue = cueOfWords(jobs);
  const known = (n: string) => opensWithGiven(n, given);
  // Outside the prose, the box's own marks (a handle, a job title, the story's age) vouch for a name
  // whose given name the list does not know ("Zarifa Holloway"), if it is shaped as one; box.ts takes
  // such a name only just under the headline (measured, silver-dev: taken anywhere it cost byline P 1.5).
  const writer = (n: string) => known(n) || writerShaped(n, ctx, titles);
  return bylineBox({
    lines: lines(ctx.file),
    headLine: headLineOf(ctx.file),
    article: articleOf(ctx.file),
    known,
    // A known given name first, or a name shaped as one: with no "By" and no date, "Video Gallery" or
    // "Mobile Apps" read as names too (writerShaped and box.ts's gates keep them out).
    names: (t) => people(barename(t, cfg, places) ?? [], ctx).filter(writer),
    titled: (t, inside) => {
      // A name and a job title end with a title word, so the line holds one (10-12% of the lines read here,
      // naeb-dev, silver-dev, polnear-dev).
      if (!jobCue.test(t)) return [];
      // Up to the story's date glued after the title ("Ana Ruiz Featured ColumnistMarch 22, 2017").
      const u = /\d/u.test(t) ? unglue(t) : t;
      const d = u === t && !/\d/u.test(t) ? undefined : findDates(u, ctx.options.config.metadata.date.zones)[0];
      const read = bareRead(d ? u.slice(0, d.index) : u, cfg, places);
      const last = read?.rest[read.rest.length - 1]?.replace(/s$/u, '');
      return read && last && jobs.has(last) ? people(read.names, ctx).filter(inside ? known : writer) : [];
    },
    // "Senior Editor", "Digital Content Producer": a few capitalised words ending with a job-title word.
    titleOnly: (t) => {
      const ws = t.trim().split(/\s+/u);
      return ws.length <= 4 && ws.every((w) => /^\p{Lu}[\p{L}&-]*$/u.test(w)) && jobs.has(ws[ws.length - 1].toLowerCase()) && ws.filter((w) => !titles.has(w.toLowerCase())).length <= 2;
    },
  });
}
