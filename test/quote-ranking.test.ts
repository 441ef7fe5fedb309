// Speakers chosen by ranking (rank.ts), table-driven with negatives: a description resolves only to
// someone the article gives that role; a paragraph of quotes only goes to the likeliest speaker; a
// fragment no rule credits stays uncredited. Invented people and sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const speakers = speakersOf(await quoteReader());

const lead = 'Senator Wilma Quarry and the harbor pilot Dev Ostrander toured the docks on Monday.\n\n';

const cases: [string, string, [string, string | null][]][] = [
  ['a description resolves to the one the article gives that role', '“We will dredge the channel before the spring,” the senator said.',
    [['We will dredge the channel before the spring,', 'Wilma Quarry']]],
  // negative: nobody is called a partner, so the description stays as written
  ['a description with no one in that role stays a description', '“We will dredge the channel before the spring,” the partner said.',
    [['We will dredge the channel before the spring,', 'the partner']]],
  ['a paragraph of quotes only, after a credited quote', '“The tides have changed every plan we made,” Ostrander said.\n\n“Nobody who works the harbor trusts the old charts any more.”',
    [['The tides have changed every plan we made,', 'Dev Ostrander'], ['Nobody who works the harbor trusts the old charts any more.', 'Dev Ostrander']]],
  // negative: a quote in a paragraph with prose no rule could read is nobody's, not the last speaker's
  ['a quote beside unread prose stays uncredited', '“The tides have changed every plan we made,” Ostrander said.\n\nFor years “a maze of rust and rope and broken promises” was how the docks were known.',
    [['The tides have changed every plan we made,', 'Dev Ostrander'], ['a maze of rust and rope and broken promises', null]]],
];

for (const [name, para, want] of cases) {
  test(`ranked speakers: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}
