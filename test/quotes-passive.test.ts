// A speech verb whose object is the person addressed, in the passive ("they are asked", "was told"),
// names who was addressed, not who speaks (attribution/passive.ts): the credit after the quote, or
// nobody, decides. Invented sentences, table-driven, with the active forms that still credit.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a passive addressee verb gives way to the credit after the quote', 'Nobody knows how pilots are chosen for the panel, but they are asked to rank the channels, and the panel is less likely to be “swamped by the ferry lobby,” Quarry said. Wilma Quarry chairs the board.', 'swamped by the ferry lobby', 'Wilma Quarry'],
  ['who was told something did not say it', 'The pilots were told to “keep the early boat running at any cost” during the storm.', 'keep the early boat', { not: 'The pilots' }],
  ['an adverb between "be" and the verb changes nothing', 'The ferry crews were never told to “leave the channel buoys where they lie” by anyone.', 'leave the channel buoys', { not: 'The ferry crews' }],
  // negatives: active forms still credit their subject
  ['an active addressee verb credits its subject', 'Wilma Quarry told the pilots to “keep the early boat running at any cost” during the storm.', 'keep the early boat', 'Wilma Quarry'],
  ['"had asked" is active', 'Wilma Quarry had asked the board to “stop blocking the dredging money” before the vote.', 'stop blocking', 'Wilma Quarry'],
];

creditCases('passive', speakers, head, cases);
