// Body: the article's Markdown, made of the source text of every block left in the tree, less the
// lines that chrome or a metadata stage claimed. Source slices keep the writer's own Markdown intact.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { linesBetween } from '../text/lines.js';
import { coveredLines } from '../text/spans.js';
import type { StageOptions } from './options.js';

export default function body(_options: StageOptions) {
  return (tree: Root, file: VFile) => {
    const flags = coveredLines(file);
    const blocks: string[] = [];
    for (const node of tree.children) {
      const s = node.position?.start.offset ?? 0;
      const e = node.position?.end.offset ?? 0;
      const kept = linesBetween(file, s, e).filter((l) => !flags[l.n]).map((l) => l.text.trimEnd());
      const block = kept.join('\n').trim();
      if (block) blocks.push(block);
    }
    file.data.body = blocks.join('\n\n') + (blocks.length ? '\n' : '');
  };
}
