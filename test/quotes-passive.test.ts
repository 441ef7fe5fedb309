// A speech verb whose object is the person addressed, in the passive ("they are asked", "was told"),
// names who was addressed, not who speaks (attribution/passive.ts): the credit after the quote, or
// nobody, decides. Invented sentences, table-driven, with the active forms that still credit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';

// [name, body, quote prefix, its speaker, or { not: a speaker it must not be }]
const cases: [string, string, string, string | null | { not: string }][] = [
  ['a passive addressee verb gives way to the credit after the quote', 'Nobody knows how pilots are chosen for the panel, but they are asked to rank the channels, and the panel is less likely to be “swamped by the ferry lobby,” Quarry said. Wilma Quarry chairs the board.', 'swamped by the ferry lobby', 'Wilma Quarry'],
  ['who was told something did not say it', 'The pilots were told to “keep the early boat running at any cost” during the storm.', 'keep the early boat', { not: 'The pilots' }],
  ['an adverb between "be" and the verb changes nothing', 'The ferry crews were never told to “leave the channel buoys where they lie” by anyone.', 'leave the channel buoys', { not: 'The ferry crews' }],
  // negatives: active forms still credit their subject
  ['an active addressee verb credits its subject', 'Wilma Quarry told the pilots to “keep the early boat running at any cost” during the storm.', 'keep the early boat', 'Wilma Quarry'],
  ['"had asked" is active', 'Wilma Quarry had asked the board to “stop blocking the dredging money” before the vote.', 'stop blocking', 'Wilma Quarry'],
];

for (const [name, body, prefix, want] of cases) {
  test(`passive: ${name}`, () => {
    const got = speakers(head + body + '\n');
    const hit = got.find(([text]) => !!text?.startsWith(prefix));
    assert.ok(hit, JSON.stringify(got));
    if (want && typeof want === 'object') assert.notEqual(hit[1], want.not, JSON.stringify(got));
    else assert.equal(hit[1], want, JSON.stringify(got));
  });
}
