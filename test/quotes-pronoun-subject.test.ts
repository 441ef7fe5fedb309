// A nominative pronoun right before the speech verb is its subject, whatever clauses open the sentence
// (grammar/pronoun-subject.ts), unless a relative clause's speech verb ("a message that said") stands
// between it and the quote. Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a pronoun after a subordinate clause and an opener speaks', 'Wilma Quarry spoke at the pier. Though in May she called the ferry plan a blunder, at the pier on Friday she said the vote was never “a lapse of the harbor board.”', 'a lapse of the harbor board', 'Wilma Quarry'],
  ['a pronoun after "as" and two verbs of the main clause speaks', 'Dev Ostrander stood at the rail. The crowd hushed and the gulls went quiet as he shouted: “We can honor the ferries and keep moving toward a better harbor.”', 'We can honor', 'Dev Ostrander'],
  // negatives
  ['a message that said is not the reporter of the message', 'Dev Ostrander is in trouble. His wife, Wilma Ostrander, later left after she says she got a note from him that said, “I love the harbor more than you.”', 'I love the harbor', { not: 'Wilma Ostrander' }],
  ['a plain pronoun credit is unchanged', 'Wilma Quarry spoke at the pier. At the hall she said the plan amounted to “an error in judgment.”', 'an error in judgment', 'Wilma Quarry'],
];

creditCases('pronoun subject', speakers, head, cases);
