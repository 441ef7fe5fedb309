// Quotes with no attribution of their own: a second quote after `"...," Smith said.` is still Smith's,
// and so is each reopened paragraph of a quote that runs over several.
import type { Span } from './marks.js';
import type { SpeakerRef } from './resolve.js';

export interface Continuable {
  block: number;
  span: Span;
  partial: boolean;
  attribution?: unknown;
  speaker: SpeakerRef | null;
  /** Continues a quote from the previous block (reopened paragraph of a multi-paragraph quote). */
  continues: boolean;
}

/** Quotes without an attribution continue the quote before them in the paragraph (or after it), or the paragraph before. */
export function inherit(found: Continuable[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.speaker || f.attribution) continue;
    const prev = found[i - 1];
    const next = found[i + 1];
    if (prev && prev.block === f.block && prev.speaker) f.speaker = prev.speaker;
    else if (next && next.block === f.block && next.speaker && !f.partial) f.speaker = next.speaker;
    else if (prev && prev.block === f.block - 1 && prev.speaker && !f.partial && (f.continues || f.span.open >= 0)) f.speaker = prev.speaker;
  }
  // a quote running over paragraphs: the closing paragraph's attribution names the earlier ones too
  for (let i = found.length - 2; i >= 0; i--) {
    if (!found[i].speaker && found[i].span.close < 0 && found[i + 1].continues && found[i + 1].speaker) found[i].speaker = found[i + 1].speaker;
  }
}
