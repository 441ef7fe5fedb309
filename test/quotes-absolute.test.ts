// An absolute phrase ("with" + noun phrase + -ing speech verb) gives its participle, and one
// coordinated with it by "and", the phrase's own subject, not the main clause's (grammar/absolute.ts).
// Invented sentences, table-driven, with negatives.
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['the coordinated participle is the absolute phrase subject’s', 'Pilots were quick to chime in, with Wilma Quarry tweeting that it was a “disaster” for the board and asking, “How can someone with such bad judgment run our harbor?”', 'How can someone', 'Wilma Quarry'],
  ['the absolute phrase’s own participle is its subject’s', 'Pilots were quick to chime in, with Wilma Quarry tweeting that it was a “disaster for every rider” on the early boat.', 'disaster for every rider', 'Wilma Quarry'],
  ['a name after "with" and a participle with no comma', 'Both pilots saw the storm as a warning, with Dev Ostrander noting the folly of sending “a couple of tugs here, a couple of barges there” into the gale.', 'a couple of tugs', 'Dev Ostrander'],
  // negatives
  ['"with NP" as a verb’s object, then a comma, is not an absolute phrase', 'Wilma Quarry has tangled with Ostrander once directly, saying she was “appalled by the dredging bill” last year.', 'appalled by the dredging', 'Wilma Quarry'],
  ['an absolute phrase set off by commas leaves the next participle to the main clause', 'Dev Ostrander spoke for an hour, with reporters shouting questions, saying “We will dredge the channel this year.”', 'We will dredge', 'Dev Ostrander'],
];

creditCases('absolute phrase', speakers, head, cases);
