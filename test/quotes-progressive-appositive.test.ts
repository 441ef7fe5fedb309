// "Roe, the harbor's longest-serving pilot, is promising “...”": an -ing verb after a form of "be" that
// follows a name and its appositive is the clause's own verb, so its subject is the name the appositive
// describes, not the appositive (grammar/left-source.ts). The negatives keep a participle ("...,
// adding", "..., saying") the main clause's, and a progressive inside a reported clause with no
// appositive as it was. Invented people and sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, every quote's speaker in order]
const cases: [string, string, (string | null)[]][] = [
  ['a progressive after a long definite appositive is the named subject’s', 'Wilma Quarry, the most outspoken harbor pilot in the whole state, is promising to create “a real fix for the channel” this year.', ['Wilma Quarry']],
  ['an adverb between "is" and the -ing verb changes nothing', 'Wilma Quarry, a harbor pilot for thirty years, is now saying that “the channel is silting up faster than anyone admits.”', ['Wilma Quarry']],
  ['"was" and a relative-clause appositive', 'Dev Ostrander, who ran the ferry office until May, was telling pilots that the plan was “a real fix for nobody at all.”', ['Dev Ostrander']],
  // negatives: a participle is the main clause's
  ['a participle after a quote that follows "be" is still the main clause’s', 'Wilma Quarry said the board could be “slow,” adding, “The channel is silting up faster than anyone admits.”', ['Wilma Quarry', 'Wilma Quarry']],
  ['a progressive in a reported clause with no appositive leaves the speaker who said it', 'Wilma Quarry said the board members were calling “every single hour of the day.”', ['Wilma Quarry']],
  ['a participle after an object is the subject’s', 'Wilma Quarry posted a long comment online, saying that “the channel is silting up faster than anyone admits.”', ['Wilma Quarry']],
];

for (const [name, body, want] of cases) {
  test(`progressive after an appositive: ${name}`, () => {
    const got = speakers(head + body + '\n');
    assert.deepEqual(got.map(([, s]) => s), want, JSON.stringify(got));
  });
}
