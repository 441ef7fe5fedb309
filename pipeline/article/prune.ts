// Removing text from the tree, line by line, with a rule for every line removed. A paragraph whose
// lines all go leaves the tree; one that loses some lines keeps the rest, as text. Lists and quotes
// left empty go too. What was removed is returned, so the stage can report each removal.
import type { Nodes, Parents, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { pointAt } from '../text/lines.js';
import type { Line } from '../types.js';
import { eachLeaf, linesOf } from './paragraphs.js';

export interface Removal {
  rule: string;
  start: number;
  end: number;
  /** False when only some lines of the paragraph went. */
  whole: boolean;
}

/** Removes every line `ruleOf` names a rule for (by line number); returns the removals in document order. */
export function pruneLines(tree: Root, file: VFile, ruleOf: (n: number) => string | undefined): Removal[] {
  const removed: Removal[] = [];
  const emptied = new Set<Parents>();
  eachLeaf(tree, (node, parent) => {
    const ls = linesOf(file, node).filter((l) => l.text.trim());
    const gone = ls.filter((l) => ruleOf(l.n) !== undefined);
    if (!gone.length) return;
    const whole = gone.length === ls.length || node.type === 'code' || node.type === 'html' || node.type === 'thematicBreak';
    if (whole && gone.length < ls.length) return; // a block that cannot be cut keeps what is not all chrome
    if (whole) {
      parent.children.splice(parent.children.indexOf(node as never), 1);
      if (!parent.children.length) emptied.add(parent);
      removed.push({ rule: ruleOf(gone[0].n)!, start: node.position!.start.offset!, end: node.position!.end.offset!, whole: true });
      return;
    }
    keepOnly(file, node, ls.filter((l) => ruleOf(l.n) === undefined));
    for (const l of gone) removed.push({ rule: ruleOf(l.n)!, start: l.start, end: l.end, whole: false });
  });
  if (emptied.size) dropEmpty(tree, emptied);
  return removed;
}

/** A paragraph (or an item's, a heading's) text cut down to the kept lines, each run of them one text node. */
function keepOnly(file: VFile, node: Nodes, kept: Line[]): void {
  const target = node.type === 'listItem' ? node.children[0] : node;
  if (!target || !('children' in target)) return;
  const source = String(file.value);
  const text: Text[] = [];
  const first = target.position?.start.offset ?? 0;
  for (const l of kept) {
    const s = Math.max(l.start + (l.text.length - l.text.trimStart().length), first);
    const e = l.start + l.text.trimEnd().length;
    if (e <= s) continue;
    const prev = text[text.length - 1];
    if (prev && prev.position!.end.line === l.n) {
      prev.value += '\n' + source.slice(s, e);
      prev.position!.end = pointAt(file, e);
    } else text.push({ type: 'text', value: source.slice(s, e), position: { start: pointAt(file, s), end: pointAt(file, e) } });
  }
  // Runs apart in the source stay apart in the text: a line break between them.
  (target as Parents).children = text.flatMap((t, i) => (i ? [{ type: 'text', value: '\n' } as Text, t] : [t])) as never;
}

function dropEmpty(node: Parents, emptied: Set<Parents>): void {
  node.children = node.children.filter((c) => {
    if (!('children' in c)) return true;
    if (emptied.has(c) && !c.children.length) return false;
    dropEmpty(c, emptied);
    return c.children.length > 0 || !(c.type === 'list' || c.type === 'blockquote' || c.type === 'listItem');
  }) as never;
}
