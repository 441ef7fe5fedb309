// The page's paragraphs in document order: every leaf block of the tree (a paragraph, a heading, a list
// item with its bullet, a rule, a code or HTML block) with its lines. Chrome judges these, the headline
// is looked for among them, and every later stage finds them on `file.data.article`.
import type { Nodes, Parents, Root } from 'mdast';
import type { VFile } from 'vfile';
import { lines } from '../text/lines.js';
import type { Line, Paragraph } from '../types.js';

const LEAVES = new Set(['paragraph', 'heading', 'listItem', 'thematicBreak', 'code', 'html']);

export type Leaf = Exclude<Nodes, Root>;

/** Calls `fn` on every leaf block in document order, with its parent; a list item counts as one leaf. */
export function eachLeaf(tree: Root, fn: (node: Leaf, parent: Parents) => void): void {
  const visit = (node: Parents) => {
    // A copy: `fn` may remove the node it is given.
    for (const c of [...node.children] as Leaf[]) {
      if (LEAVES.has(c.type)) fn(c, node);
      else if ('children' in c) visit(c);
    }
  };
  visit(tree);
}

/** The dump's lines a node spans. */
export function linesOf(file: VFile, node: Nodes): Line[] {
  return node.position ? lines(file).slice(node.position.start.line - 1, node.position.end.line) : [];
}

export function paragraphsOf(tree: Root, file: VFile): Paragraph[] {
  const out: Paragraph[] = [];
  eachLeaf(tree, (node) => {
    const ps = linesOf(file, node);
    if (ps.length) out.push({ i: out.length, lines: ps, text: ps.map((l) => l.text.trim()).join(' '), depth: node.type === 'heading' ? node.depth : 0 });
  });
  return out;
}
