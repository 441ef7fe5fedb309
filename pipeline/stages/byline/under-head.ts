// A name standing alone on the first line under the headline ("Headline" / "Ana Ruiz" / the standfirst
// or the story): how many pages print their byline, with no "By", no date beside it and no box marks.
// Only the very first line with words under the headline counts (image alt texts aside), and only a
// name the stage reads as a person's (a known given name, or shaped as a person's): further down, a
// bare name is a caption's subject, a list's entry or a teaser's.
import type { Line } from '../../text/lines.js';

export interface UnderHeadRead {
  lines: Line[];
  /** The headline's line, when the headline stands in the text. */
  headLine?: number;
  /** The names the line gives when it is a bare name of a person, else none. */
  names: (text: string) => string[];
}

/** A line that is only images as w3m prints them ("[headshot]", "[a1b2c3]"). */
const IMAGES_ONLY = /^(?:\[[^\]\n]{0,80}\]\s*)+$/u;
/** A sentence's marks: a full stop (not an initial's) or a colon at the end, or a comma then a lower-case word. */
const SENTENCE = /(?:\p{Ll}{2}[.!?]|[:;])["”’]?$|,\s*\p{Ll}/u;
/** Blank and image-only lines skipped under the headline before giving up. */
const SKIP = 4;

const ITEM = /^[•·*□○■☆●-]\s*/u;
/** True when the next line with words after line `n` (within SKIP lines) is no list item. */
function loneItem(ls: Line[], n: number): boolean {
  const next = ls.slice(n + 1, n + 2 + SKIP).find((x) => /\p{L}/u.test(x.text));
  return !!next && !ITEM.test(next.text.trim());
}

/** The names on the first line with words under the headline, when that line is a bare person's name. */
export function underHeadline(r: UnderHeadRead): { names: string[]; line: Line } | undefined {
  if (r.headLine === undefined) return undefined;
  for (let n = r.headLine + 1, skipped = 0; n < r.lines.length && skipped <= SKIP; n++) {
    const l = r.lines[n];
    const t = l.text.trim();
    if (!t || IMAGES_ONLY.test(t)) {
      skipped++;
      continue;
    }
    // A list item or an indented cell is the page's chrome (a menu, a share bar), not the credit; a line
    // ending as a sentence ends, or going on after a comma in lower case ("Ana Ruiz, the mayor, said ..."),
    // is the story's first sentence about her.
    // But a lone item, the next line with words no item of the same list, is a byline box w3m printed as a
    // list ("Headline" / "• Ana Ruiz" / "Show comments"): a menu or a tag list goes on with further items.
    const item = ITEM.exec(t);
    if (item && !loneItem(r.lines, n)) return undefined;
    if (!item && (/^\s{2,}/u.test(l.text) || SENTENCE.test(t))) return undefined;
    const names = r.names(item ? t.slice(item[0].length) : t);
    return names.length ? { names, line: l } : undefined;
  }
  return undefined;
}
