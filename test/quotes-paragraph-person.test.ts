// "He" or "she" that nothing else resolves is the one person its paragraph named before it, in any
// place in the sentence (resolve/paragraph-person.ts). Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Letters: the harbor speech\n\nMany letters arrived this week about the speech at the harbor festival.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a name inside a prepositional phrase, then "He"', 'The speech echoed the words of Osric Vantongeren at the opening of the first lighthouse in 1871. He concluded simply, “May this light guide every sailor safely to the shore.”', 'May this light guide', 'Osric Vantongeren'],
  // negatives
  ['two people named in the paragraph: no guess', 'The speech echoed the words of Osric Vantongeren and Piet Halloran at the opening of the first lighthouse in 1871. He concluded simply, “May this light guide every sailor safely to the shore.”', 'May this light guide', null],
  ['a woman named, "he" speaking: no credit', 'The speech echoed the words of Mrs. Edda Vantongeren at the opening of the first lighthouse in 1871. He concluded simply, “May this light guide every sailor safely to the shore.”', 'May this light guide', null],
  ['a name after "on" is a show, not a person', 'The speech was replayed that night on Harbor Morning Hour with little comment. He concluded simply, “May this light guide every sailor safely to the shore.”', 'May this light guide', null],
];

creditCases('paragraph person', speakers, head, cases);
