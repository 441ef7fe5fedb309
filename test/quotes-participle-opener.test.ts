// A fragment inside a sentence's opening participle of saying ("After saying ...") is the main
// clause's subject's (attribution/participle-opener.ts). Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Ferry pilot quits\n\nMarta Quillfeather, a ferry pilot for twenty years, left the harbor service on Friday.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['"After saying" with the comma inside the closing mark', 'Quillfeather kept a log of every crossing. After saying the engines were “too tired to make the bend,” she was sent home for a week.', 'too tired to make', 'Marta Quillfeather'],
  ['the comma after the closing mark, a name as the subject', 'The board met without her. After calling the schedule “a trap for tired crews”, Quillfeather walked out of the meeting.', 'a trap for tired', 'Marta Quillfeather'],
  ['a bare participle of saying, no preposition', 'Her union backed her. Describing the boats as “older than most of the crews,” she asked the board for new engines.', 'older than most of', 'Marta Quillfeather'],
  // negatives
  ['a participle that is no speech verb leaves the fragment to the rules after', 'After reading the “ferry safety notice” posted on the dock, Quillfeather called the union.', 'ferry safety notice', null],
  ['the main clause’s subject is no one named: no credit from the phrase', 'The pilots kept quiet. After calling the schedule “a trap for tired crews,” the harbor board voted to keep it.', 'a trap for tired', { not: 'Marta Quillfeather' }],
];

creditCases('participle opener', speakers, head, cases);
