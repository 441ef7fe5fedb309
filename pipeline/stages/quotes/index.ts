// Direct quotes and their speakers: a chain of unified plugins, each reading the tree or the keys the
// plugins before it left on `file.data` (data.ts), each writing its own:
//   marks        quoted spans of every prose block, however they are marked        -> quoteBlocks
//   attribution  the attribution in each quote's sentence, or a fallback           -> quoteFinds
//   names        the people the article names; what each source phrase names       -> quoteNames
//   resolve      sources resolved in document order; quotes with no attribution
//                continue the quotes and prose around them                         -> quoteSources
//   rank         credits that name nobody outright, ranked by fitted weights       -> speakerChoices
//   filters      drop what is not speech                                           -> quotes
// Every drop and every fallback is a `file.message` with its place and a rule id (note.ts).
import attribution from './attribution/index.js';
import filters from './filters/index.js';
import marks from './marks/index.js';
import names from './names/index.js';
import rank from './rank/index.js';
import resolve from './resolve/index.js';

export type { QuoteFind, QuoteNames } from './data.js';
export { badShape } from './filters/speaker-shape.js';
export { mentionOf } from './names/mention.js';
export { quotesSpec } from './spec.js';
export { vocabOf } from './vocab.js';
export { sentenceEnds } from './words.js';

/** The quote plugins in chain order, named for the run report's stage timings. */
export const quoteChain = [
  ['quotes/marks', marks],
  ['quotes/attribution', attribution],
  ['quotes/names', names],
  ['quotes/resolve', resolve],
  ['quotes/rank', rank],
  ['quotes/filters', filters],
] as const;
