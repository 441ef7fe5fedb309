// A fragment with no source of its own, in the sentence right after one that closes on ", he said.",
// is that source's (resolve/fragment-after-said.ts). Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Lighthouse keeper retires\n\nOswin Tarrabee kept the north light for thirty years before the board automated it.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['after ", he said." the next sentence relays him', '“We never lost a boat on my watch,” Tarrabee said. The lamp is easier to run now, he said. Good keeping still matters, but only when “the fog rolls in off the shoals.”', 'the fog rolls in', 'Oswin Tarrabee'],
  ['after an inverted ", said NAME." too', 'The old lens was ground in 1890. The board wants it in a museum, said Tarrabee. Cold weather would crack it, and then “the whole lamp is gone for good.”', 'the whole lamp is', 'Oswin Tarrabee'],
  // negatives
  ['a sentence that only names someone leaves the fragment alone', 'Tarrabee met the board in May. Good keeping still matters, but only when “the fog rolls in off the shoals.”', 'the fog rolls in', null],
  ['two sentences after the attribution is too far', 'The lamp is easier to run now, he said. The board voted in June. Gulls now nest where “the keeper used to sleep.”', 'the keeper used to', null],
];

creditCases('fragment after said', speakers, head, cases);
