// A second fragment of one sentence whose own reading names no one ("Two analysts, Al Roe and Bo Lin,
// found that the fleet is "the best in the region" and Harbor crews are "the fastest anywhere."": the
// subject nearest the second, "Harbor", is no one the article makes known) is the speaker of the
// fragment before it in that sentence: the clause it stands in reports the same source. Only where the
// second would get no speaker at all, so no credit the sentence's own reading gives is replaced.
import type { QuoteFind } from '../data.js';

export function fragmentSameSentence(found: QuoteFind[], minWords: number): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const prev = found[i - 1];
    // (a word or two in quotes is a term the reporter marks: filters drop those no one said)
    if (f.speaker || !f.partial || f.text.split(/\s+/u).length < minWords || f.attributedBy !== 'attribution-clause-subject' || f.speakerBy !== 'speaker-unresolved') continue;
    if (prev.block !== f.block || !prev.partial || !prev.speaker || prev.sentenceTo === undefined || f.span.open < 0 || f.span.open >= prev.sentenceTo) continue;
    f.speaker = prev.speaker;
    f.speakerBy = 'speaker-fragment-before';
  }
}
