// A "he" or "she" that opens a clause of its own continues the person its sentence opened with
// (resolve/antecedents.ts sentenceSubject), sooner than a source of an earlier sentence: after ", but"
// ("Roe's bid is stalled, but she said ..."), or after a clause the sentence opened with "while" or
// "although". A reported "she said ... that" read so is recorded, and a later quote's "she" goes on from
// it. Table-driven with negatives: a name that is what is reported ("Roe is no moderate, she said"), a
// name whose gender the pronoun contradicts, a second name in between. Invented people and sentences.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Ferry vote nears\n\nThe harbor board meets on Tuesday to vote on the ferry plan.\n\n';
const earlier = '“The pilots will not wait another winter,” said Ms. Wilma Quarry, a union organizer.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a reported "she" after ", but" continues the possessor opening the sentence, and the quote after it is hers',
    `${earlier}Sunniva Oyelaran’s seat is still in doubt, but she said on Monday that she would run again. “I am going to win the harbor back,” she said.`, 'I am going to win', 'Sunniva Oyelaran'],
  ['a quote\'s "she" after a clause opened with "while" continues that clause\'s subject',
    `${earlier}While Sunniva Oyelaran never named the plan, she did call it “a toll on every family that rides the early boat.”`, 'a toll on every family', 'Sunniva Oyelaran'],
  // negatives
  ['a name that is what is reported is not the pronoun',
    `${earlier}Also, Sunniva Oyelaran is no friend of the pilots, she said. “The board never listens,” she said.`, 'The board never listens', 'Wilma Quarry'],
  ['a name the article gives as a man is not "she"',
    `${earlier}Mr. Dev Ostrander’s seat is still in doubt, but she said on Monday that the vote would be close. “The board never listens,” she said.`, 'The board never listens', 'Wilma Quarry'],
  ['another name between the subject and the pronoun leaves the source',
    `${earlier}Sunniva Oyelaran’s seat is still in doubt after Dev Ostrander joined the race, but she said on Monday that the vote would be close. “The board never listens,” she said.`, 'The board never listens', { not: 'Sunniva Oyelaran' }],
];

creditCases('pronoun in its own clause', speakers, head, cases);
