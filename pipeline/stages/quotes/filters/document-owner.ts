// A piece of writing credited with a quote ("the campaign's statement", "a memo from the agency", "the
// Harbor Council release") speaks for whoever made it: the owner the phrase itself names is the speaker.
// A phrase that names none ("the statement", "his letter") gives no speaker (speaker-shape.ts drops it).
import type { Vocab } from '../vocab.js';
import { isCap, words, type Word } from '../words.js';

/** Words after a piece of writing that introduce who made it ("a statement from", "a report by", "the memo released by"). */
const MAKER_WORDS = new Set(['from', 'by']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The owner named in `credit`, whose head noun is the piece of writing at `head` (an index into its words); undefined when it names none. */
export function documentOwner(credit: string, isWork: (w: string) => boolean, v: Vocab): string | undefined {
  const ws = words(credit).filter((w) => /[\p{L}\p{N}]/u.test(w.raw));
  const h = ws.findIndex((w) => /^\p{Ll}/u.test(w.raw) && isWork(w.lower));
  if (h < 0) return undefined;
  // after: "a statement from the Harbor Council", "the report released by the agency on Friday"
  for (let i = h + 1; i < Math.min(ws.length - 1, h + 4); i++) {
    if (!MAKER_WORDS.has(ws[i].lower)) continue;
    const rest = ws.slice(i + 1);
    let e = 0;
    while (e < rest.length && (e === 0 || !v.nameStops.has(rest[e].lower))) e++;
    return text(credit, rest.slice(0, e));
  }
  // before: "the campaign's statement", "the Harbor Council's annual report"
  const p = ws.slice(0, h).findIndex((w) => w.possessive);
  if (p >= 0) return POSSESSIVE_PRONOUNS.has(ws[p].lower) ? undefined : text(credit, ws.slice(0, p + 1), true);
  // before: "the Harbor Council release", "one Lin ad": the capitalized words modifying the head
  let s = h;
  while (s > 0 && isCap(ws[s - 1].raw) && !v.determiners.has(ws[s - 1].lower) && !v.notNames.has(ws[s - 1].bare)) s--;
  return s < h ? text(credit, ws.slice(s, h)) : undefined;
}

/** The credit's text over ws, without a closing possessive when asked ("the campaign's" -> "the campaign"). */
function text(credit: string, ws: Word[], dropPossessive = false): string | undefined {
  if (!ws.length) return undefined;
  const out = credit.slice(ws[0].start, ws[ws.length - 1].end);
  return dropPossessive ? out.replace(/['\u2019]s?$/u, '') : out;
}
