// Where a dump's paragraphs end. w3m (and pasted copy) wraps prose at a fixed width, so a paragraph is
// a run of lines where each line was full: the next line's first word would not have fitted. A line that
// stops short is a deliberate break (a menu item, a title, the end of a paragraph), even without a blank
// line after it. The wrap width is learned per dump from its long lines.
import type { Line } from '../types.js';
import words from './wrap.json' with { type: 'json' };

const DANGLING = new Set(words.dangling);
const lastWord = (s: string) => /[\p{L}']+$/u.exec(s)?.[0]?.toLowerCase() ?? '';

/** A list item's mark: the bullets w3m and editors draw, or a number ("2." "3)"). */
export const BULLET = /^(?:[•□◦▪●■◆▸►‣∙·☆★*+-]|\d{1,3}[.)])\s/u;
export const isBullet = (t: string) => BULLET.test(t);
/** A numbered point ("2.  Kasich did not ..."): listicles number their paragraphs; menus and teasers use marks. */
export const isNumbered = (t: string) => /^\d{1,3}[.)]\s/u.test(t);

/** Terminal layouts wrap well under this; a dump whose long lines run longer holds one paragraph a line. */
const MAX_WRAP = 140;

/** The dump's wrap width: the length most long lines reach (a high percentile of line lengths). */
export function wrapWidth(ls: readonly Line[]): number {
  const lens = ls.map((l) => l.text.trimEnd().length).filter((n) => n >= 40).sort((a, b) => a - b);
  if (lens.length < 5) return Infinity;
  const w = lens[Math.floor(lens.length * 0.9)];
  return w > MAX_WRAP ? Infinity : w;
}

const firstWord = (s: string) => /^\S*/.exec(s)![0];

/**
 * True when the trimmed line `t` continues the paragraph whose last line is `prev`: the previous line
 * ran to the margin. A bullet always starts an item. A block laid out narrower (indented, then stripped)
 * wraps short of the page width, and a dump of one paragraph a line still breaks a few mid-sentence: a
 * long line that stops mid-sentence, followed by one that starts in lower case, or (in a dump with no
 * width to learn) that stops on a word no sentence ends on ("a four-day school week on" / "Wednesday
 * after ..."), is the same paragraph too.
 */
export function continues(prev: string, t: string, width: number): boolean {
  const p = prev.trimEnd();
  const long = p.length >= Math.min(width, MAX_WRAP) * 0.6;
  // (Where the width is known, a line that stopped short on such a word is a title or a menu entry.)
  const unwrapped = width === Infinity && (DANGLING.has(lastWord(p)) || p.endsWith(','));
  const midSentence = long && ((/^\p{Ll}/u.test(t) && !/[.!?:;]["'”’]?$/u.test(p)) || unwrapped);
  return !isBullet(t) && (p.length + 1 + firstWord(t).length > width - 1 || midSentence);
}
