// An organisation's credit ("By Harbor Times") over the story whose first line, right before its prose,
// names the writers ("Ana Ruiz/Tom Pell"): the writers are credited, the organisation is the outlet.
import { lines } from '../../text/lines.js';
import { splitNames } from '../../text/names.js';
import { articleOf, type Ctx, type Hit } from './context.js';
import { people } from './people.js';
import { rulesOf, wordsOf } from './words.js';

/**
 * The hit's names, or, when every one is an organisation's (holds an organisation word) and the last line
 * with words before the article's first prose line (below the hit, within `date_reach` lines) is people's
 * names and nothing else, parted by "/", "," or "and" (each two words or more, no organisation or
 * job-title word), those names.
 */
export function personsOverOrg(hit: Hit | undefined, ctx: Ctx): Hit | undefined {
  if (!hit?.line || !hit.names.length) return hit;
  const cfg = ctx.options.config.metadata.byline;
  const marks = wordsOf(cfg, 'org_words', 'title_words');
  const isOrg = (n: string) => (n.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => marks.has(w));
  if (!hit.names.every(isOrg)) return hit;
  const a = articleOf(ctx.file);
  if (!a || a.first <= hit.line.n || a.first - hit.line.n > cfg.date_reach) return hit;
  const ls = lines(ctx.file);
  const opener = ls.slice(hit.line.n + 1, a.first).reverse().find((l) => /\p{L}/u.test(l.text));
  if (!opener) return hit;
  const parts = opener.text.trim().split(/\s*(?:\/|,|&|\band\b)\s*/u);
  if (parts.some((p) => !p)) return hit;
  const names: string[] = [];
  for (const p of parts) {
    const n = people(splitNames(p, rulesOf(cfg)), ctx);
    if (n.length !== 1 || n[0] !== p || n[0].split(/\s+/u).length < 2 || isOrg(n[0])) return hit;
    names.push(n[0]);
  }
  return { names, line: opener };
}
