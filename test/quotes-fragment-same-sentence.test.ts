// A second fragment of a sentence whose own subject names no one takes the speaker of the fragment
// before it in that sentence (resolve/fragment-same-sentence.ts). Invented sentences, table-driven,
// with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Survey ranks the ferries\n\nThe harbor board published its yearly survey of the ferry fleet on Monday.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['the second fragment goes on from the first', 'Two inspectors, Ida Marchbank and Rolf Pennick, reported in May that the fleet is “the safest on the whole coast” and Westland ground crews are “the fastest at every landing.”', 'the fastest at every', 'Ida Marchbank'],
  // negatives
  ['a second fragment whose subject is a known person keeps its own', 'Ida Marchbank reported in May that the fleet is “the safest on the whole coast” while Rolf Pennick called the crews “the fastest at every landing.”', 'the fastest at every', 'Rolf Pennick'],
  ['a fragment in the next sentence is not the same sentence', 'Ida Marchbank reported in May that the fleet is “the safest on the whole coast.” Northern crews are “the fastest at every landing.”', 'the fastest at every', { not: 'Ida Marchbank' }],
];

creditCases('fragment same sentence', speakers, head, cases);
