// An item of a feed: a list of other stories ("Most read", "Latest") or of readers' comments prints each item
// with its age, counted back from now, on a line of its own under the item's text ("Politics / 5 h ago",
// "• 2 hours ago", "12m ago"). An article's paragraph never closes on its own age: a story says when things
// happened, not how long ago the page was shown. Such a paragraph is the item's excerpt or caption; it reads
// like prose and would weigh as the article's when the stretch is chosen. The stamp closes the item's
// paragraph or stands right under it, no blank line between (a dump breaks a short line off the paragraph).
// The stamp itself stays, and so does a stamp in a short line: a byline line "By Jane Roe | 5 hours ago" or a
// "Published / 4 days ago" under the title is the article's own header. Only prose is taken for an item.
import type { Judged } from './classify.js';

export const FEED_RULE = 'chrome-feed-item';

const AGE = String.raw`\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago`;
/** A line that is an age alone, or a label, a name or a section and the age after a separator. */
const STAMP = new RegExp(String.raw`^(?:[•·*|/–—-]\s*|.*?\s[•·|/–—-]\s*)?${AGE}$`, 'iu');

export const isAgeStamp = (line: string): boolean => STAMP.test(line.trim());

const lastLine = (p: Judged) => p.lines[p.lines.length - 1];

/** Marks prose paragraphs closed by an age stamp, on their last line or on the line right under them, as a feed's items. */
export function markFeedItems(ps: Judged[]): void {
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (p.kind !== 'prose') continue;
    const next = ps[i + 1];
    const under = next !== undefined && next.lines.length === 1 && next.lines[0].n === lastLine(p).n + 1 && isAgeStamp(next.lines[0].text);
    if (under || (p.lines.length > 1 && isAgeStamp(lastLine(p).text))) Object.assign(p, { kind: 'chrome', rule: FEED_RULE });
  }
}
