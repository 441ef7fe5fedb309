// A fragment closing a "whom" clause is the words of that clause's own subject, not of the person
// "whom" stands for (attribution/whom-clause.ts). Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Harbor board race\n\nThe race for the harbor board turned on the ferry contract this spring.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a named subject, "introduced ... as"', 'The crowd cheered for Tobias Wrenfield, whom Greta Holmquist introduced to the room as “my oldest friend on the docks,” before he spoke.', 'my oldest friend on', 'Greta Holmquist'],
  ['a description subject, "described as"', 'His closest adviser is Tobias Wrenfield, whom one harbor insider described as “the real captain of the campaign.”', 'the real captain of', { not: 'Tobias Wrenfield' }],
  // negatives
  ['a pronoun subject is left to the pronoun rules, never the person "whom" stands for', 'Greta Holmquist spoke next. She praised Tobias Wrenfield, whom she called “the hardest worker on the waterfront.”', 'the hardest worker on', 'Greta Holmquist'],
  ['no "whom": the usual reading', 'Greta Holmquist called Tobias Wrenfield “the hardest worker on the waterfront.”', 'the hardest worker on', 'Greta Holmquist'],
];

creditCases('whom clause', speakers, head, cases);
