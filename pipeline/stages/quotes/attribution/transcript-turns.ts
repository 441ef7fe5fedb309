// Fallback: "HOST: ...", "RUIZ: ...": a transcript's turns name their speakers (transcript.ts), for
// quotes with no attribution by a word (none, a colon, or only a clause's subject).
import type { QuoteFind } from '../data.js';
import type { Vocab } from '../vocab.js';
import { transcriptLabels } from './transcript.js';

export function transcriptTurns(finds: QuoteFind[], v: Vocab): void {
  transcriptLabels(finds.map((f) => f.text), v).forEach((label, i) => {
    const f = finds[i];
    if (!label || /\p{L}/u.test(f.attribution?.cue ?? '')) return;
    f.attribution = { cue: ':', source: label, at: f.span.start, end: f.span.start + label.length, turn: true };
    f.source = label;
    f.attributedBy = 'attribution-transcript-turn';
  });
}
