// Where a name beside the publication date reads as a person's but is no credit of the story: a commenter
// under a comments heading (the date taken was the comment's), a picture's credit under its caption, the
// outlet's own name printed by the date. And a writer's short form ("A. Ruiz") under the full name.
import lexicon from '../../text/lexicon.js';
import type { Line } from '../../text/lines.js';
import { norm } from './words.js';

/** The nearest line with words within `reach` lines above line `n`. */
const wordsAbove = (ls: Line[], n: number, reach: number) => ls.slice(Math.max(0, n - reach), n).reverse().find((x) => /\p{L}/u.test(x.text));

/**
 * The line of a comments heading ("6 thoughts on “...”", "12 Comments", "Leave a Reply") above line `n`
 * and below `from` (the headline's line or the article's first, else the page's top), else undefined: a
 * name by a date after it is a commenter's, dated by the comment.
 */
export function commentsAbove(ls: Line[], n: number, heading: RegExp, from = 0): number | undefined {
  for (let k = Math.min(n, ls.length) - 1; k > from && k >= 0; k--) if (heading.test(ls[k].text.trim())) return k;
  return undefined;
}

/**
 * True when the names stand after the comments heading on line `heading` and none of them stands on the
 * page before it: a commenter. The writer answering in the comments is credited above them too.
 */
export function commenter(names: string[], at: number, heading: number | undefined, text: string, ls: Line[]): boolean {
  if (heading === undefined || at <= heading) return false;
  const before = text.slice(0, ls[heading].start);
  return !names.some((n) => before.includes(n));
}

const IMAGE = /^\s*\[[^\]]*\]\s*$/u;
/**
 * True when line `n` is a picture's credit: right under a caption (a line of four words or more that is
 * not the headline) that stands right under an image's mark ("[photo-1a2b]"), and the name has an agency
 * or a picture service after it ("Ana Ruiz, Harbor Press", "Ana Ruiz/Harborpix"). A writer's headshot
 * has the name right under the image, or a job title under the name.
 */
export function underCaption(ls: Line[], n: number, headLine?: number): boolean {
  if (!/^\s*\p{Lu}[^,/]*\s*[,/]\s*\S/u.test(ls[n]?.text ?? '')) return false;
  const caption = wordsAbove(ls, n, 2);
  if (!caption || caption.n === headLine || IMAGE.test(caption.text) || (caption.text.match(/\p{L}+/gu) ?? []).length < 4) return false;
  const image = ls.slice(Math.max(0, caption.n - 2), caption.n).reverse().find((x) => x.text.trim());
  return !!image && IMAGE.test(image.text);
}

/**
 * True when `name` is the outlet's own name (as the outlet stage found it), opens with no known given name
 * and ends with an everyday word (one the lexicon knows as no proper noun): the masthead printed by the date
 * ("Harbor Movies  March 3, 2017"), not a writer. A blog named after its writer ("Ana Ruiz") keeps the credit.
 */
export function ownOutlet(name: string, outlet: string | undefined, given: ReadonlySet<string>): boolean {
  if (!outlet || norm(name) !== norm(outlet)) return false;
  const words = name.toLowerCase().split(/\s+/u).map((w) => w.replace(/[^\p{L}'-]/gu, ''));
  const tag = lexicon[words[words.length - 1]]?.[0];
  return words.length >= 2 && !given.has(words[0]) && tag !== undefined && !/^NNPS?$/u.test(tag);
}

/**
 * The full name on the line right above a short form ("Ana Ruiz" over "A. Ruiz|03.01.19"), as a byline
 * box prints both: the initial and the surname agree. Else undefined.
 */
export function fullFormAbove(ls: Line[], n: number, name: string): string | undefined {
  const m = /^(\p{Lu})\.\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(name.trim());
  if (!m) return undefined;
  const above = wordsAbove(ls, n, 2);
  const full = above && /^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+(\p{Lu}[\p{L}'’-]+))\s*$/u.exec(above.text);
  return full && full[1].startsWith(m[1]) && full[2] === m[2] ? full[1].replace(/\s+/gu, ' ') : undefined;
}
