// Co-writers laid out on the lines after a credit, as w3m prints a byline box per author:
//   "By Ana Ruiz" / "Senior Editor" / "and" / "Tom Pell"          a line that only joins, then the next name;
//   "By Ana Ruiz | ana@x.org | Harbor" / ", Tom Pell | tom@x.org | Harbor" / "and Eve Lund | ..."
//                                                                a line opening with the joiner;
//   "Ana Ruiz, Staff Attorney, Harbor Trust" / "& Tom Pell, Director, Harbor Trust"
//   "By Ana Ruiz May 3, 2024" / "Tom Pell" / "By Tom Pell May 3, 2024"  the same by-line again for the next writer.
// The next writer's line has the credit's own layout after the name (the same cell marks, handles and
// dates, "Tom Pell | tom@x.org | Harbor" after "Ana Ruiz | ana@x.org | Harbor"): a line of prose opening
// with "and" ("and Tom Pell, the mayor, said ...") has another. Between the two, only blank lines, a job
// title under the first name, or the next writer's avatar name are skipped.
import type { Line } from '../../text/lines.js';

export interface CoRead {
  lines: Line[];
  /** The person's name a text opens with, when it opens with one. */
  lead: (text: string) => string | undefined;
  /** The names of a by-line ("By Tom Pell May 3, 2024"), none when the text is not one. */
  byLine: (text: string) => string[] | undefined;
  /** True when the text is a job title standing under a name ("Senior Politics Reporter, Harbor Post"). */
  titleLine: (text: string) => boolean;
}

/** A line that only joins two names. */
const JOINER = /^\s*(?:and|&|,|, and)\s*$/iu;
/** A line opening with a joiner, then (group 1) the next name and its cells. */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(\p{Lu}.*)$/u;
/** Lines skipped between two writers' lines (blank lines aside). */
const SKIP = 3;
/** Most co-writers read after one credit. */
const MAX = 6;

/** The text after the last word of `name` on line `t` ('' when the name ends it, undefined when it is not on it). */
export function tailAfter(t: string, name: string): string | undefined {
  const ws = name.split(/\s+/u);
  const low = t.toLowerCase();
  const first = low.indexOf(ws[0].toLowerCase());
  if (first < 0) return undefined;
  const last = ws[ws.length - 1].toLowerCase();
  const at = low.indexOf(last, first);
  return at < 0 ? undefined : t.slice(at + last.length);
}

/** A tail's layout: its cell marks, handles and numbers ("| a@b.org | Harbor" -> "|@|", " May 3, 2024" -> "#,#"). */
export function layout(tail: string): string {
  return tail.replace(/\d+/gu, '#').replace(/[^#|,@•·/]/gu, '');
}

/**
 * The writers credited on the lines after `line` (whose credit ends with `names`), none when the credit
 * stands alone. `names` are the credit's own (not returned again).
 */
export function coAuthors(r: CoRead, line: Line, names: string[]): string[] {
  const ls = r.lines;
  const seen = new Set(names.map((n) => n.toLowerCase()));
  const tail0 = tailAfter(line.text, names[names.length - 1]);
  if (tail0 === undefined) return [];
  const shape = layout(tail0);
  const out: string[] = [];
  // The next line with words from n on, skipping blank lines; undefined past the page.
  const next = (n: number) => {
    for (let k = n; k < ls.length && k < n + 4; k++) if (ls[k].text.trim()) return ls[k];
    return undefined;
  };
  const take = (name: string | undefined, text: string) => {
    if (!name || seen.has(name.toLowerCase())) return false;
    const tail = tailAfter(text, name);
    if (tail === undefined || layout(tail) !== shape) return false;
    seen.add(name.toLowerCase());
    out.push(name);
    return true;
  };
  let n = line.n + 1;
  for (let skipped = 0; out.length < MAX; ) {
    const l = next(n);
    if (!l) break;
    const t = l.text.trim().replace(/^[•·*-]\s+/u, '');
    if (JOINER.test(t)) {
      const m = next(l.n + 1);
      const mt = m?.text.trim() ?? '';
      if (!m || !take(r.lead(mt), mt)) break;
      n = m.n + 1;
      continue;
    }
    const j = JOINED.exec(t);
    if (j) {
      if (!take(r.lead(j[1]), j[1])) break;
      n = l.n + 1;
      continue;
    }
    const by = r.byLine(t);
    if (by?.length) {
      // The same by-line again, dated alike: the next writer's.
      const fresh = by.filter((b) => !seen.has(b.toLowerCase()));
      if (!fresh.length || fresh.length !== by.length || tailAfter(t, by[by.length - 1])?.trim() !== tail0.trim()) break;
      for (const b of fresh) seen.add(b.toLowerCase());
      out.push(...fresh);
      n = l.n + 1;
      continue;
    }
    if (skipped >= SKIP) break;
    // A job title under the name, or the next writer's avatar name over their own by-line.
    const after = next(l.n + 1);
    const avatar = !!after && (r.byLine(after.text.trim())?.some((b) => b.toLowerCase() === t.toLowerCase()) ?? false);
    if (!r.titleLine(t) && !avatar) break;
    skipped++;
    n = l.n + 1;
  }
  return out;
}
