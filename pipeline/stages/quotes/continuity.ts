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
  /** Where the sentence the quote closes in ends (block offset), when known. */
  sentenceTo?: number;
  /** Its attribution is only the subject of the reporter's sentence, no verb or credit ("Fundraising was "..."). */
  verbless?: boolean;
}

/**
 * A fragment with no attribution before a quote that has one in the same sentence: `Fundraising was
 * "stagnant ..." as donors waited to see how a "turbulent election cycle" played out, he said` - every
 * fragment of a sentence takes the sentence's attribution. (Not across sentences: a scare quote earlier
 * in the paragraph, `a report that he "fabricated" the story. Carson called it ...`, is seldom the
 * later speaker's.)
 */
function fragmentsBefore(found: Continuable[]): void {
  const shared = new Set<Continuable>();
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const next = found[i + 1];
    if (f.speaker || (f.attribution && !f.verbless) || !f.partial || next.block !== f.block || !next.speaker) continue;
    const sameSentence = f.sentenceTo !== undefined && next.span.open >= 0 && next.span.open < f.sentenceTo;
    if (sameSentence && ((next.attribution && !next.verbless) || shared.has(next))) {
      f.speaker = next.speaker;
      shared.add(f);
    }
  }
}

export function inherit(found: Continuable[]): void {
  fragmentsBefore(found);
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
