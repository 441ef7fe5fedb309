// Last refusals of a chosen byline, whichever source or the ranker took it, read from what its line says
// around the names and from what else the page says of its writer: a line that lists a work ("Ana Ruiz -
// Harbor Portraits (3 March 2023)"), a name the page's own author link does not name ("Tom Pell View More
// Articles" over "Eve Lund March 3, 2023"). Each gives its reason for the run report.
import { findDates, type ZoneTable } from '../../text/dates.js';
import type { Line } from '../../text/lines.js';
import { escapeRe } from '../../text/regexp.js';
import type { Ctx } from './context.js';
import { people } from './people.js';
import { norm } from './words.js';

export interface Refusal {
  ruleId: string;
  reason: string;
}

/**
 * "Ana Ruiz - Harbor Portraits [Spain] (27 October 2023)": after the name a separator, a title, then the
 * date in brackets and nothing more. A listing of a work by or about the person (a pictorial, a record, a
 * paper), as related-links lists print them; a credit line puts the date beside the name, not a title
 * between them with the date bracketed after it. The title must hold two words or more ("Ana Ruiz -
 * Staff (27 October 2023)" is left alone: a one-word cell may be a desk).
 */
export function workListing(name: string, line: string, zones: ZoneTable): boolean {
  const at = new RegExp(escapeRe(name), 'iu').exec(line);
  if (!at) return false;
  const m = /^\s*[-–—|]\s+([^()]+?)\s*\(([^()]+)\)\s*$/u.exec(line.slice(at.index + at[0].length));
  if (!m || (m[1].match(/\p{L}+/gu) ?? []).length < 2) return false;
  const d = findDates(m[2], zones)[0];
  return !!d && d.index === 0 && m[2].trim().length === d.length;
}

/**
 * The people the page links as its writer ("More articles by Ana Ruiz", "Ana RuizView More Articles"):
 * the pattern's first group that holds a name, kept when it reads as a person's (people.ts: "More
 * stories by This Author" names no one).
 */
export function authorLinks(ctx: Ctx, pattern: RegExp): string[] {
  const found = [...String(ctx.file.value).matchAll(pattern)].map((m) => m.slice(1).find(Boolean)).filter((n): n is string => !!n);
  return people([...new Set(found.map((n) => n.replace(/\s+/gu, ' ').trim()))], ctx);
}

/**
 * True when two names are one person's as a page prints them in two places: the same letters, one holding
 * the other ("Ana Ruiz", "Ana Ruiz Jr"), or the same surname ("Ana M. Ruiz", "Ana Ruiz").
 */
export function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  const last = (s: string) => norm(s.trim().split(/\s+/u).pop() ?? '');
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x))) || (last(a).length >= 2 && last(a) === last(b));
}

/**
 * Why the names read from `line` are no credit of the story, else undefined. `links` are the people the
 * page links as its writer (authorLinks): names of which none is linked are someone else's (an editor,
 * a photographer beside the date) when the page links a writer.
 */
export function refusal(names: string[], line: Line | undefined, zones: ZoneTable, links: () => string[]): Refusal | undefined {
  const work = line && names.find((n) => workListing(n, line.text, zones));
  if (work)
    return {
      ruleId: 'byline-work-listing',
      reason: `No byline: "${work}" opens a listing of a work (a title, then its date in brackets), not a credit`,
    };
  const linked = links();
  if (linked.length && !names.some((n) => linked.some((l) => sameName(n, l))))
    return {
      ruleId: 'byline-not-linked-writer',
      reason: `No byline: "${names.join(', ')}" is not the writer the page links to ("${linked.join('", "')}": more articles by them)`,
    };
  return undefined;
}
