// "X quoted Y as saying "..."": Y speaks, not X who reports it (attribution/quoted-as.ts); and a bare
// "the president" is whom the article titles "President" before the name, not a person described as
// "president of" a club (resolve/described.ts). Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['the person quoted speaks, not the paper', 'The Harbor Gazette quoted Wilma Quarry as saying “the dredging has to start this spring or never.”', 'the dredging has to start', 'Wilma Quarry'],
  ['a pronoun quoted speaks for its antecedent', 'Wilma Quarry chairs the board. The paper quoted her as saying “the dredging has to start this spring or never.”', 'the dredging has to start', 'Wilma Quarry'],
  ['a bare title goes to the one titled with it before the name', 'President Wilma Quarry spoke at the pier on Monday. “We lost four ferries to the silt this year,” Quarry said. Quarry named every ferry lost.\n\nDev Ostrander, president of the Harbor Rowing Club, posted online as Quarry spoke. One post quoted the president as saying “the dredging has to start this spring or never.”', 'the dredging has to start', 'Wilma Quarry'],
  // negatives
  ['"quoted by" leaves the subject as the speaker', 'Wilma Quarry chairs the board. She was quoted by the radio as saying “the dredging has to start this spring or never.”', 'the dredging has to start', 'Wilma Quarry'],
  ['a plain "as saying" with no "quoted" is the subject’s', 'Wilma Quarry chairs the board. She was heard on the radio as saying “the dredging has to start this spring or never.”', 'the dredging has to start', { not: 'the radio' }],
];

creditCases('quoted as', speakers, head, cases);
