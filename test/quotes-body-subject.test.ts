// An organization's description opening a sentence ("The group seeks ...") right after a sentence that
// names the organization is that organization, and a later "it" continues it (names/body-subjects.ts).
// Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['"it" continues the group the sentence before names', 'An early post praised the plan. Dev Ostrander now helps lead a program called Harbor Watch Promise. The group seeks to keep the channel open through what it calls “sensible dredging rules and harbor policy.”', 'sensible dredging rules', 'Harbor Watch Promise'],
  ['a name after "called" counts though it opens with a given name', 'An early post praised the plan. Dev Ostrander now helps lead a program called Sandy Cove Watch. The group seeks to keep the channel open through what it calls “sensible dredging rules and harbor policy.”', 'sensible dredging rules', 'Sandy Cove Watch'],
  // negatives
  ['a person named before is no organization', 'An early post praised the plan. The pilots listened to Wilma Quarry. The group seeks to keep the channel open through what it calls “sensible dredging rules and harbor policy.”', 'sensible dredging rules', { not: 'Wilma Quarry' }],
  ['with no description opening the sentence, "it" is read as before', 'Dev Ostrander now helps lead a program called Harbor Watch Promise. Pilots want the channel open through what the board calls “sensible dredging rules and harbor policy.”', 'sensible dredging rules', { not: 'Harbor Watch Promise' }],
];

creditCases('body subject', speakers, head, cases);
