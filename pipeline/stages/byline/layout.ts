// Where a line stands in the page's layout that makes a name on it no credit of the story: under an
// editor's or a reviewer's label, in a menu, in a list of trending topics.
import type { Line } from '../../text/lines.js';

/** A label crediting a role other than writing: "Edited by:", "Medically reviewed by", "Fact checked by". */
const OTHER_CREDIT = /^\s*(?:[•·*-]\s*)?(?:(?:medically\s+)?reviewed|edited|fact[- ]?checked)\s+by\b/iu;
/**
 * True when the line, or one of the two lines with words above it (an avatar's alt text between them
 * aside), is an editor's or a reviewer's label: a name there is the editor's, not the writer's.
 */
export function underOtherCredit(ls: Line[], n: number): boolean {
  for (let k = n, seen = 0; k >= 0 && seen < 3; k--) {
    const t = ls[k].text;
    if (!/\p{L}/u.test(t)) continue; // blank, or a mark such as a close button
    if (OTHER_CREDIT.test(t)) return true;
    seen++;
  }
  return false;
}

const ITEM = /^\s*[•·*□○■☆●-]/u;
/**
 * True when line `n` is an item of a list of MENU_ITEMS or more items (blank lines between them allowed)
 * none of which is `marked` (holds a date or a handle): a menu or a gallery's captions ("• Podcasts",
 * "• Eye on Money"). A byline box printed as a list ("• Ana Ruiz" / "• @anaruiz" / "• 3 March 2017") has them.
 */
export function inMenu(ls: Line[], n: number, marked: (t: string) => boolean): boolean {
  const items: Line[] = [];
  for (const step of [-1, 1]) {
    for (let k = step < 0 ? n : n + 1, blank = 0; k >= 0 && k < ls.length; k += step) {
      const t = ls[k].text;
      if (!t.trim()) {
        if (++blank > 1) break;
        continue;
      }
      if (!ITEM.test(t)) break;
      blank = 0;
      items.push(ls[k]);
    }
  }
  return items.length >= MENU_ITEMS && !items.some((l) => marked(l.text));
}
const MENU_ITEMS = 3;

/** A short phrase in title case, no digits or marks: "Gaza Hostages", "Weather Alerts". */
const TOPIC = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}$/u;
/**
 * True when line `n` stands in a list of short title-case phrases laid out one per line with no bullets
 * (topics above and below it, or two above it): a name there is a trending person's, not a credit. A
 * job-title line ("Senior Editor") and the headline do not count as topics.
 */
export function inTopicList(ls: Line[], n: number, titleOnly: (l?: Line) => boolean, headLine?: number): boolean {
  const near = (from: number, step: number) => {
    for (let k = from, seen = 0; k >= 0 && k < ls.length && seen < 2; k += step, seen++) if (ls[k].text.trim()) return ls[k];
    return undefined;
  };
  const topic = (l?: Line) => !!l && l.n !== headLine && TOPIC.test(l.text.trim()) && !titleOnly(l);
  const above = near(n - 1, -1);
  const below = near(n + 1, 1);
  return topic(above) && (topic(below) || topic(near(above!.n - 1, -1)));
}

/** Shortest line that reads as wrapped prose (dumps wrap at 72-100 columns). */
export const WRAPPED = 60;
/**
 * True when line `n` is inside a paragraph the dump wrapped: the line right above it runs full width with no
 * full stop at its end, and `n` runs full width too or ends the paragraph at the same indent (a river of
 * teasers, "... Progress" / "Made Under Harbor HarborWire 2016-12-13 Town Votes ..."). A credit's meta line
 * stands on its own.
 */
export function wrappedOn(ls: Line[], n: number): boolean {
  const prev = ls[n - 1]?.text ?? '';
  if (prev.trim().length < WRAPPED || !/[\p{L},;]$/u.test(prev.trimEnd())) return false;
  // Full width too, or the paragraph's last line, indented as the line above it ("    ... Ignored").
  const t = ls[n].text;
  const indent = /^[ \t]*/u.exec(t)![0];
  return t.trim().length >= WRAPPED || (indent.length >= 2 && prev.startsWith(indent) && !/^\s/u.test(prev.slice(indent.length)));
}

