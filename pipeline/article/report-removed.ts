// Nothing leaves an article without a word: every removal is a message with its rule and its place, and
// the dump's counts per rule ride on `file.data.removed` to the run report. A run of paragraphs removed
// under one rule is one message (a menu of 150 items is one line in the report, not 150).
import type { VFile } from 'vfile';
import { placeOf } from '../text/lines.js';
import type { Removal } from './prune.js';

export function reportRemoved(file: VFile, removals: Removal[], source: string, what: (rule: string) => string): void {
  const counts = (file.data.removed ??= {});
  for (let i = 0; i < removals.length; ) {
    let j = i;
    while (j + 1 < removals.length && removals[j + 1].rule === removals[i].rule && removals[j + 1].whole === removals[i].whole) j++;
    const { rule, whole } = removals[i];
    const n = j - i + 1;
    const unit = whole ? (n === 1 ? 'paragraph' : `${n} paragraphs`) : n === 1 ? 'line of a paragraph' : `${n} lines of a paragraph`;
    file.info(`Removed ${unit}: ${what(rule)}`, { place: placeOf(file, removals[i].start, removals[j].end), ruleId: rule, source });
    counts[rule] = (counts[rule] ?? 0) + n;
    i = j + 1;
  }
}
