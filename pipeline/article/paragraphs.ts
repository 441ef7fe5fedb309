// The page's paragraphs in document order: every leaf block of the tree (a paragraph, a heading, a list
// item with its bullet, a rule, a code or HTML block) with its lines. Chrome judges these, the headline
// is looked for among them, and every later stage finds them on `file.data.article`.
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { lines } from '../text/lines.js';
import type { Paragraph } from '../types.js';

const LEAVES = new Set(['paragraph', 'heading', 'listItem', 'thematicBreak', 'code', 'html']);

export function paragraphsOf(tree: Root, file: VFile): Paragraph[] {
  const ls = lines(file);
  const out: Paragraph[] = [];
  const visit = (node: Nodes) => {
    if (LEAVES.has(node.type) && node.position) {
      const ps = ls.slice(node.position.start.line - 1, node.position.end.line);
      out.push({ i: out.length, lines: ps, text: ps.map((l) => l.text.trim()).join(' ') });
      return;
    }
    if ('children' in node) for (const c of node.children) visit(c);
  };
  visit(tree);
  return out;
}
