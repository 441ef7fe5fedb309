// The marks plugin: the prose blocks of the tree (blocks.ts), the quoted spans of each however they
// are marked (marks.ts, single-marks.ts, spans.ts; a missing opening mark recovered by recover.ts), a
// masked copy of each block (prepare.ts), and quotes carried over bare paragraphs to their closing mark
// (carry.ts). Writes `file.data.quoteBlocks`; a lone closing mark judged a stray is a message.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { StageOptions } from '../../options.js';
import { note } from '../note.js';
import { vocabOf } from '../vocab.js';
import { proseBlocks } from './blocks.js';
import { carryOpenQuotes } from './carry.js';
import { prepareAll } from './prepare.js';

export default function marks(options: StageOptions) {
  const v = vocabOf(options.config);
  return (tree: Root, file: VFile) => {
    const prepared = carryOpenQuotes(prepareAll(proseBlocks(tree, file), v), v);
    file.data.quoteBlocks = prepared;
    for (const p of prepared) {
      for (const at of p.strays) note(file, p.block.start + at, 'quote-stray-mark', 'A closing quotation mark with no opening one, no speech verb after it and no quote it can end: not read as a quote');
    }
  };
}
