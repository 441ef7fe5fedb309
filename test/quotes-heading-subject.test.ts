// A Title Case section heading that opens with a name and a verb ("Ana Quill Explains Why ...") gives
// the full name a surname in the section below resolves to (names/heading-subject.ts). Invented
// sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Ten things harbor pilots told us this year\n\nWe asked pilots what they would change about the harbor, and they had plenty to say.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a heading names the person a bare surname below means', '3\nOrla Fennimore Explained Why Night Crossings Scare Her.\n\nAsked about the night crossings, Fennimore said, “Every pilot I know dreads the fog after midnight.”', 'Every pilot I know', 'Orla Fennimore'],
  ['a heading with a present-tense verb', '4\nTamsin Worrall Responds To Critics Of The Dredging Plan.\n\nCritics say the plan costs too much. Worrall said, “The channel silts up every single winter.”', 'The channel silts up', 'Tamsin Worrall'],
  // negatives
  ['a heading whose first word the article writes in lowercase names no one by it', '5\nPilots Fennimore Asked About Night Crossings Explained Their Fears.\n\nAsked why, Fennimore said, “Every pilot I know dreads the fog after midnight.”', 'Every pilot I know', { not: 'Pilots Fennimore' }],
  ['a heading whose third word is no verb names no one', '6\nOrla Fennimore Harbor Tour Schedule Announced.\n\nThe tour starts at noon, and Fennimore said, “Every pilot I know dreads the fog after midnight.”', 'Every pilot I know', 'Fennimore'],
];

creditCases('heading subject', speakers, head, cases);
