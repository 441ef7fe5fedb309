// Two credits a reporter gives after the words: the next sentence naming the quote and whom it is from
// ("That quote from Gov. Ana Roe appeared ...", attribution/quote-from.ts), and a book credited with
// words the article introduced as a memoir its author wrote (filters/work-kinds.ts). Invented
// sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['the next sentence names the quote and its speaker', '“I would rather sink with the ferry than sail with the board.” That quote from Harbor Commissioner Wilma Quarry appeared on the front page of the Gazette in 1980.', 'I would rather sink', 'Wilma Quarry'],
  ['"the remark by" names the speaker too', '“I would rather sink with the ferry than sail with the board.” The remark by Dev Ostrander was printed on every ferry ticket that year.', 'I would rather sink', 'Dev Ostrander'],
  ['a book credited is the memoir its author wrote', 'Dr. Ana Roe was the clinic doctor for years. Roe wrote a memoir of her time at the clinic.\n\n“Jo was back at work within days, and very few people knew of the clot,” the book said.', 'Jo was back at work', 'Ana Roe'],
  // negatives
  ['a description after "from" is not read as a name', '“I would rather sink with the ferry than sail with the board.” That quote from a retired pilot appeared on the front page of the Gazette in 1980.', 'I would rather sink', { not: 'a retired pilot appeared' }],
  ['a quote credited in its own sentence keeps that credit', '“I would rather sink with the ferry than sail with the board,” Dev Ostrander said. That quote from Wilma Quarry appeared later.', 'I would rather sink', 'Dev Ostrander'],
  ['a book with no memoir introduced names no author', 'Dr. Ana Roe was the clinic doctor for years. Roe treated the pilots every winter.\n\n“Jo was back at work within days, and very few people knew of the clot,” the book said.', 'Jo was back at work', { not: 'Ana Roe' }],
];

creditCases('named after', speakers, head, cases);
