// A paragraph after an introduction that ends in a speech verb and a colon ("Quarry wrote:") is the
// writer's text set out whole: a quote inside it, not only one opening it, is the writer's
// (attribution/colon-paragraph.ts). Invented paragraphs, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a quote inside the introduced paragraph is the writer’s', 'Wilma Quarry posted a long note on the harbor site. Under the note, Quarry wrote:\n\nI think the vote came too late for the ferries, and the pilots know it. We want the channel open. But what every rider should ask is “who will pay for the silt?”', 'who will pay for the silt', 'Wilma Quarry'],
  ['a quote opening the introduced paragraph is the writer’s as before', 'Wilma Quarry posted a long note on the harbor site. Under the note, Quarry wrote:\n\n“The vote came too late for the ferries,” and the pilots know it.', 'The vote came too late', 'Wilma Quarry'],
  // negatives
  ['a label with a colon introduces no one’s words', 'Wilma Quarry toured the pier on Monday.\n\nImage:\n\nThe mood was “very tense indeed at the pier” and the police kept the groups apart.', 'very tense indeed', { not: 'Image' }],
  ['an introduction not ending in a speech verb leaves the inside quote alone', 'Wilma Quarry toured the pier on Monday. The harbor board adds a list of its plans, like so:\n\nFirst the dredging, then a “channel for every ferry on the coast” by spring.', 'channel for every ferry', { not: 'Wilma Quarry' }],
];

creditCases('colon paragraph', speakers, head, cases);
