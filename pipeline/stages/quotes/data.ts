// What the quote plugins hand each other on `file.data`, typed. The chain runs in this order, each
// plugin reading only the keys of the plugins before it:
//   marks        -> quoteBlocks   the prose blocks, their quoted spans, a masked copy with sentence ends
//   attribution  -> quoteFinds    one record per quoted span, with the attribution of its sentence
//   names        -> quoteNames    the people the article names, prose subjects, reported sources;
//                                 fills each find's `mention` and `at` (none for a page with no quote)
//   resolve      -> quoteSources  every source resolved in document order; fills each find's `speaker`
//   rank         -> speakerChoices the ranked candidates of credits that name nobody outright
//   filters      -> quotes        the quotes that are speech, as the record keeps them
import type { Attribution } from './attribution/attribution.js';
import type { Span } from './marks/marks.js';
import type { Prepared } from './marks/prepare.js';
import type { Mention } from './names/mention.js';
import type { People } from './names/people.js';
import type { Candidate, Context } from './rank/rank.js';
import type { SpeakerRef, Speakers } from './resolve/speakers.js';

/** A quoted span as the chain fills it in, stage by stage. */
export interface QuoteFind {
  /** Index of the block (in `quoteBlocks`) and the span in it. */
  block: number;
  span: Span;
  /** The quoted words, trimmed, as the rules read them (tags blanked to spaces). */
  text: string;
  /** The same words as the source writes them (tags kept): the text a record carries. */
  written?: string;
  /** A fragment inside the reporter's sentence. */
  partial: boolean;
  attribution?: Attribution;
  /** The attribution's source phrase as written ('' when none). */
  source: string;
  /** Continues a quote left open in the block before (a reopened paragraph of a long quote). */
  continues: boolean;
  /** Where the sentence the quote closes in ends (block offset). */
  sentenceTo?: number;
  /** Its attribution is only the subject of the reporter's sentence: no verb, no credit. */
  verbless?: boolean;
  /** resolve: its verbless attribution is only a word that opens a clause ("But"): the quote continues the one before. */
  hollow?: boolean;
  /** How the attribution was found, when not in the quote's own sentence by a verb (a rule id). */
  attributedBy?: string;
  /** names: what the source phrase names, and the document offset of the source. */
  mention?: Mention;
  at?: number;
  /** resolve and rank: who said it, and the rule id of the fallback that chose them, if any. */
  speaker: SpeakerRef | null;
  speakerBy?: string;
  /** rank: how the speaker was ranked, when the credit names nobody outright. */
  ranked?: { context: Context; candidates: Candidate[] };
}

/** A source of reported speech outside any quote ("Doe said the plan failed"), named. */
export interface ReportedSource {
  at: number;
  mention: Mention;
}

export interface QuoteNames {
  people: People;
  /** Person names opening a clause of the reporter's prose, outside any quote, in document order. */
  subjects: People['mentions'];
  /** Sources of reported speech that frame no quote, in document order of their blocks. */
  reported: ReportedSource[];
}

declare module 'vfile' {
  interface DataMap {
    quoteBlocks: Prepared[];
    quoteFinds: QuoteFind[];
    quoteNames: QuoteNames;
    quoteSources: Speakers;
    /** Per quote whose speaker was ranked (rank/): its offset, its context and the scored candidates. */
    speakerChoices: { offset: number; context: Context; candidates: Candidate[] }[];
    /** Set by a fitting run (bench/fit-speakers.ts): rank "he"/"she" credits too while their weights are not shipped. */
    speakerFitting: boolean;
  }
}
