// The attribution plugin: for every quoted span of the marks plugin's blocks, the attribution in its
// sentence (locate.ts, attribution.ts), else a fallback: the paragraph before ending in a colon
// (colon-paragraph.ts), a credit on the line below (credit-below.ts), a transcript's turn label
// (transcript-turns.ts). Writes `file.data.quoteFinds`; each fallback is a message.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { QuoteFind } from '../data.js';
import type { StageOptions } from '../../options.js';
import { note } from '../note.js';
import { vocabOf } from '../vocab.js';
import { creditBelowBlock } from './credit-below.js';
import { findsOfBlock } from './locate.js';
import { transcriptTurns } from './transcript-turns.js';

/** What each fallback's message says. */
const REASONS: Record<string, string> = {
  'attribution-credit-line': 'credited by a line signed after the quote',
  'attribution-credit-below': 'credited by the line below the quote',
  'attribution-colon-paragraph': 'attributed by the paragraph before, which ends in a colon',
  'attribution-quote-from': 'attributed by the next sentence, which names the quote and whom it is from',
  'attribution-transcript-turn': "attributed by a transcript turn's label",
  'attribution-sentence-end': "attributed by a verb at the end of the fragment's sentence",
  'attribution-opener-subject': 'attributed to the subject after the opening phrase the fragment is in',
  'attribution-whom-clause': 'attributed to the subject of the "whom" clause the fragment closes',
  'attribution-participle-opener': 'attributed to the subject after the opening participle of saying the fragment is in',
  'attribution-clause-subject': 'attributed to the subject of the sentence the fragment is woven into (no speech verb)',
};

export default function attribution(options: StageOptions) {
  const v = vocabOf(options.config);
  return (_tree: Root, file: VFile) => {
    const prepared = file.data.quoteBlocks ?? [];
    const source = String(file.value);
    const finds: QuoteFind[] = [];
    prepared.forEach((_p, bi) => {
      finds.push(...findsOfBlock(prepared, bi, v));
      creditBelowBlock(finds, prepared, bi, source, v);
    });
    transcriptTurns(finds, v);
    file.data.quoteFinds = finds;
    for (const f of finds) {
      if (f.attributedBy) note(file, prepared[f.block].block.start + f.span.start, f.attributedBy, `Quote ${REASONS[f.attributedBy]}: "${f.source.trim()}"`);
    }
  };
}
