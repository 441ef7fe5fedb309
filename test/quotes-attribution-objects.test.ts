// Two attribution readings, table-driven with invented sentences: after a quote that ended its sentence,
// a speech verb with an object of its own opens a new statement and credits nothing (attribution/after.ts),
// while a verb whose object is the person addressed still does; before a colon, a name that is a
// preposition's object gives way to the sentence's subject even across an appositive (attribution/colon.ts);
// a relative clause with no "that" ("the one rule the founders wrote") has its own subject (grammar/left-source.ts).
import { creditCases, quoteReader, speakersOf, type CreditCase } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: CreditCase[] = [
  ['a verb with an object of its own after a closed sentence credits nothing; the cue before the quote does', 'Wilma Quarry stood up and said, “The channel is silting up faster than anyone admits.” The pilot then recalled a storm that sank two barges.', 'The channel', 'Wilma Quarry'],
  ['a closed quote is not the next sentence’s announcement', 'Dev Ostrander, a ferry captain, has urged crews on the radio with lines like “Hold the channel and the harbor holds.” Wilma Quarry has also announced a plan to close the basin.', 'Hold the channel', { not: 'Wilma Quarry' }],
  ['the subject before a colon speaks, not the object of "to", across an appositive', 'Senator Wilma Quarry, W-Me., delivered a sharp message to Dev Ostrander: “Stop blocking the dredging money and fix the ferries first.”', 'Stop blocking', 'Wilma Quarry'],
  ['a description opening the sentence gives way to the name set beside it', 'One early backer, Senator Wilma Quarry, W-Me., tried the argument in an interview with Harbor Radio on Tuesday: “The ferries will stop unless the channel is dredged this year.”', 'The ferries will stop', 'Wilma Quarry'],
  ['a relative clause with no "that" has its own subject, not the sentence opener', 'If the ferry riders and the pilots want a vote, then the board should honor the one rule the Harbor Founders wrote “no toll on the early boat.”', 'no toll on the early boat', { not: 'the ferry riders' }],
  ['... and a crowd there is the one chanting', 'Wilma Quarry said, “We will dredge the channel” - at which point the crowd chanted “Dredge it now!” - “and we will do it this year.”', 'Dredge it now', 'the crowd'],
  // negatives: the readings that stay
  ['a verb before the article is no noun that a relative clause could follow', 'Wilma Quarry did not name the pilots or explain the reason, but merely stated the board had “failed every rider on the early boat.”', 'failed every rider', 'Wilma Quarry'],
  ['a verb whose object is the person addressed still credits a closed quote', '“The channel is silting up faster than anyone admits.” Wilma Quarry told the pilots on Friday.', 'The channel', 'Wilma Quarry'],
  ['a bare verb after a closed quote still credits it', '“The channel is silting up faster than anyone admits.” Wilma Quarry said.', 'The channel', 'Wilma Quarry'],
  ['with no appositive, the subject before a colon speaks as before', 'Senator Wilma Quarry sent a sharp message to Dev Ostrander: “Stop blocking the dredging money and fix the ferries first.”', 'Stop blocking', 'Wilma Quarry'],
  ['a description with no name beside it stays the subject', 'One early backer of the plan tried the argument in an interview with Harbor Radio on Tuesday: “The ferries will stop unless the channel is dredged this year.”', 'The ferries will stop', { not: 'Harbor Radio' }],
];

creditCases('attribution', speakers, head, cases);
