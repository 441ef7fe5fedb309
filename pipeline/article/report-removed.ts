// Nothing leaves an article without a word: every removal is a message with its rule and its place, and
// the dump's counts per rule ride on `file.data.removed` to the run report. A run of paragraphs removed
// under one rule is one message (a menu of 150 items is one line in the report, not 150); a run is
// contiguous in the dump: removals under one rule with kept text between them (the header's and the
// footer's chrome, the article between) are two messages, so a message's place never covers a kept line.
import type { VFile } from 'vfile';
import { placeOf } from '../text/lines.js';
import type { Removal } from './prune.js';

export function reportRemoved(file: VFile, removals: Removal[], source: string, what: (rule: string) => string): void {
  const counts = (file.data.removed ??= {});
  const text = String(file.value);
  for (let i = 0; i < removals.length; ) {
    let j = i;
    while (j + 1 < removals.length && sameRun(removals[i], removals[j + 1]) && nothingKept(text, removals[j].end, removals[j + 1].start)) j++;
    const { rule, whole } = removals[i];
    const n = j - i + 1;
    const unit = whole ? (n === 1 ? 'paragraph' : `${n} paragraphs`) : n === 1 ? 'line of a paragraph' : `${n} lines of a paragraph`;
    file.info(`Removed ${unit}: ${what(rule)}`, { place: placeOf(file, removals[i].start, removals[j].end), ruleId: rule, source });
    counts[rule] = (counts[rule] ?? 0) + n;
    i = j + 1;
  }
}

const sameRun = (a: Removal, b: Removal) => a.rule === b.rule && a.whole === b.whole;

/** Markdown's container marks opening a line (a quote's ">", a list item's "-", "*", "+" or "1."): between two
 * removed items of one list, these are all that stands. */
const MARKS = /^\s*(?:>\s*|[-*+](?:\s+|$)|\d{1,9}[.)](?:\s+|$))*/u;

/** Whether the dump between two removals holds nothing but blank lines and container marks. */
export function nothingKept(text: string, from: number, to: number): boolean {
  if (to <= from) return true;
  for (const line of text.slice(from, to).split('\n')) if (line.replace(MARKS, '').trim()) return false;
  return true;
}
