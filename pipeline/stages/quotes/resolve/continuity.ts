// Quotes with no attribution of their own, continued from the quotes around them: a second quote after
// `"...," Lamm said.` is still Lamm's, and so is each reopened paragraph of a quote that runs over
// several. Each rule records its id on the quote (`speakerBy`) for the run report.
import type { Span } from '../marks/marks.js';
import type { SpeakerRef } from './speakers.js';

export interface Continuable {
  block: number;
  span: Span;
  partial: boolean;
  attribution?: unknown;
  speaker: SpeakerRef | null;
  speakerBy?: string;
  /** Continues a quote from the previous block (reopened paragraph of a multi-paragraph quote). */
  continues: boolean;
  /** Where the sentence the quote closes in ends (block offset), when known. */
  sentenceTo?: number;
  /** Its attribution is only the subject of the reporter's sentence, no verb or credit ("Fundraising was "..."). */
  verbless?: boolean;
  /** Its attribution, with no speech verb, is only a word that opens a clause ("But "..."."): no source. */
  hollow?: boolean;
}

/** Gives `f` the speaker of `from`, by rule `rule`. */
export function continueFrom(f: Continuable, from: Continuable, rule: string): void {
  f.speaker = from.speaker;
  f.speakerBy = rule;
}

/**
 * A fragment with no attribution before a quote that has one in the same sentence: `Sales were "flat
 * ..." as buyers waited to see how a "long season" played out, she said` - every fragment of a
 * sentence takes the sentence's attribution. (Not across sentences: a scare quote earlier in the
 * paragraph, `a report that he "invented" the story. Lamm called it ...`, is seldom the later speaker's.)
 */
function fragmentsBefore(found: Continuable[]): void {
  const shared = new Set<Continuable>();
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const next = found[i + 1];
    if (f.speaker || (f.attribution && !f.verbless) || !f.partial || next.block !== f.block || !next.speaker) continue;
    const sameSentence = f.sentenceTo !== undefined && next.span.open >= 0 && next.span.open < f.sentenceTo;
    if (sameSentence && ((next.attribution && !next.verbless) || shared.has(next))) {
      continueFrom(f, next, 'speaker-same-sentence');
      shared.add(f);
    }
  }
}

/** A rule: the quote whose speaker `f` continues, if this rule applies. */
type Rule = (f: Continuable, prev: Continuable | undefined, next: Continuable | undefined) => Continuable | undefined;

/** The quote before it in its paragraph. */
const quoteBefore: Rule = (f, prev) => (prev && prev.block === f.block && prev.speaker ? prev : undefined);
/** The quote after it in its paragraph (not for a fragment of the reporter's sentence). */
const quoteAfter: Rule = (f, _prev, next) => (next && next.block === f.block && next.speaker && !f.partial ? next : undefined);
/** The quote closing the paragraph before, for a quote that opens with a mark or reopens a long quote. */
const paragraphBefore: Rule = (f, prev) => {
  if (!prev || prev.block !== f.block - 1 || !prev.speaker || f.partial) return undefined;
  return f.continues || f.span.open >= 0 ? prev : undefined;
};

const RULES: [string, Rule][] = [
  ['speaker-quote-before', quoteBefore],
  ['speaker-quote-after', quoteAfter],
  ['speaker-paragraph-before', paragraphBefore],
];

/** `He said "...". But "..."`: an attribution that is only a conjunction (resolve/index.ts) is none. */
function namesNobody(f: Continuable): boolean {
  return !!f.hollow && !f.speaker;
}

export function inherit(found: Continuable[]): void {
  fragmentsBefore(found);
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.speaker || (f.attribution && !namesNobody(f))) continue;
    for (const [id, rule] of RULES) {
      const from = rule(f, found[i - 1], found[i + 1]);
      if (from) {
        continueFrom(f, from, id);
        break;
      }
    }
  }
  // a quote running over paragraphs: the closing paragraph's attribution names the earlier ones too
  for (let i = found.length - 2; i >= 0; i--) {
    if (!found[i].speaker && found[i].span.close < 0 && found[i + 1].continues && found[i + 1].speaker) continueFrom(found[i], found[i + 1], 'speaker-runs-on');
  }
}
