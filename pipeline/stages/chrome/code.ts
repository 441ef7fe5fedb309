// A code listing in an article: a tutorial or a developer's post sets its code between its paragraphs. The dump
// prints each line of code as a short line of its own ("user = {", "}", "writeOutput( name );"), so the listing
// is a long run of short lines that costs the stretch more than the prose above it earns: the article's
// stretch opened under the listing, and its top and its title were lost. The listing sits inside the article
// as a caption does: marked so, its lines cost the stretch what a caption costs. They stay in the text, short
// paragraphs as before (a listing is part of a tutorial's text; what the labelled pages keep of it varies).
import type { Judged } from './classify.js';

export const CODE_RULE = 'chrome-code';

/** A line only code writes: it opens with a closing bracket, a comment mark or a tag; ends on an opening bracket or a
 * statement's close ("});", "];"); or assigns a value and ends the statement ("name = user.prefix;"). Prose
 * never ends on "{" or "(", nor opens with "}" or "//". (A list item ending on ";" is a clause of a list, not code.) */
const CODE_LINE = new RegExp(
  [
    String.raw`^(?:[}\]]|\/\/|\/\*|\*\/|<\/?[a-z][\w:.-]*(?:\s[^<>]*)?\/?>$)`,
    String.raw`[{[(]$`,
    String.raw`[)\]}];$`,
    String.raw`^[\w$.[\]]+\s*[-+*/&|.]?=\s*[^=\s].*;$`,
  ].join('|'),
  'iu',
);

export const isCodeLine = (line: string): boolean => CODE_LINE.test(line.trim());

// Chrome a code line is judged by the cues for other pages' furniture: a lone "}" is found in many dumps
// ('chrome-repeated') or has no words ('chrome-symbols'), a short line may read as a menu item. Inside a
// listing each is a line of the listing, kept with it.
const RETAG = new Set(['chrome-symbols', 'chrome-repeated', 'chrome-menu-item']);
const inRun = (p: Judged) => p.kind === 'short' || RETAG.has(p.rule ?? '');

/** Marks each listing: in a run of paragraphs with no prose, the paragraphs from the first code line to the last,
 * when the run holds two code lines or more (one line ending on "(" is a fragment, two make a listing). */
export function markCode(ps: Judged[]): void {
  for (let i = 0; i < ps.length; ) {
    if (!inRun(ps[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ps.length && inRun(ps[j + 1])) j++;
    const coded: number[] = [];
    for (let k = i; k <= j; k++) if (ps[k].lines.some((l) => isCodeLine(l.text))) coded.push(k);
    if (coded.length >= 2) for (let k = coded[0]; k <= coded[coded.length - 1]; k++) Object.assign(ps[k], { kind: 'short', rule: CODE_RULE });
    i = j + 1;
  }
}
