// A definite description as a quote's source ("the Maine senator said") is the person the reporter's
// prose was just about (resolve/described.ts), table-driven with the negatives that keep it narrow: a
// head noun for someone unnamed or defined by a relation ("the spokesman"), a role the article gives
// another person, a different role of the person's own, a possessive, a family's shared surname, a
// name too far back; capitalized words of a description ("the Maine Democrat") written beside the other
// person given its head. Invented people and sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';
const q = '“The channel is silting up faster than anyone in the capital admits,”';

// [name, body, the last quote's speaker, or { not: a speaker it must not be }]
const cases: [string, string, string | null | { not: string }][] = [
  ['the description after the named subject of the paragraph before is that person', `Wilma Quarry said on Friday that the ferries would stop in June.\n\n${q} the Maine senator said.`, 'Wilma Quarry'],
  ['the description after a named source is that person', `“We will not wait for the next storm,” Wilma Quarry said.\n\n${q} the Maine senator added.`, 'Wilma Quarry'],
  ['a demonym after "the" is the person the prose was about', `Wilma Quarry told the pilots on Friday that she backed the plan.\n\n${q} the Texan said.`, 'Wilma Quarry'],
  ['a pronoun after a described subject is the person the description varies', `Wilma Quarry posted a long letter on Friday.\n\nThe Maine senator wrote that the plan had failed. ${q} she said.`, 'Wilma Quarry'],
  ['a standing in a race goes with the office the article gives the person', `Senator Wilma Quarry toured the docks on Friday.\n\n${q} the Whig candidate said.`, 'Wilma Quarry'],
  ['a standing the article gives the person clashes with no other description', `Whig candidate Wilma Quarry toured the docks on Friday.\n\n${q} the retired surgeon said.`, 'Wilma Quarry'],
  ['a party another person is given is not theirs when the description says where from and the article never writes it beside them', `Democrat Dev Ostrander backed the plan last week.\n\nWilma Quarry said she would close the ferry office on Friday.\n\n${q} the Maine Democrat said.`, 'Wilma Quarry'],
  ['a trade another person is given is not theirs when the description\'s capitalized word is never written beside them', `Film star Dev Ostrander opened the festival last week.\n\nWilma Quarry said she had left the show on Friday.\n\n${q} the Broadway star wrote.`, 'Wilma Quarry'],
  // negatives
  ['a description whose capitalized words are written beside another person given its head is theirs', `Maine Democrat Dev Ostrander backed the plan last week.\n\nWilma Quarry said she would close the ferry office on Friday.\n\n${q} the Maine Democrat said.`, { not: 'Wilma Quarry' }],
  ['a trade and the capitalized word written beside another person is theirs', `Broadway star Dev Ostrander opened the festival last week.\n\nWilma Quarry said she had left the show on Friday.\n\n${q} the Broadway star wrote.`, { not: 'Wilma Quarry' }],
  ['passing over another person given the head needs a nearest the article gives a gender', `Democrat Dev Ostrander backed the plan last week.\n\nKestrel Brannagh left the ferry office on Friday.\n\n${q} the Maine Democrat said.`, { not: 'Kestrel Brannagh' }],
  ['a standing in a race is not what the article calls a pollster', `Whig pollster Wilma Quarry said on Friday that the race was close.\n\n${q} the candidate said.`, 'the candidate'],
  ['a rank among candidates is a role as any other', `Senator Wilma Quarry toured the docks on Friday.\n\n${q} the Whig front-runner said.`, 'the Whig front-runner'],
  ['"the spokesman" is someone else than the person named before', `Wilma Quarry said on Friday that the ferries would stop in June.\n\n${q} the spokesman said.`, 'the spokesman'],
  ['a description whose head the article gives another person is not the nearest subject', `Mayor Dev Ostrander backed the plan last week.\n\nWilma Quarry said on Friday that the ferries would stop.\n\n${q} the mayor said.`, 'Dev Ostrander'],
  ['a description with a head noun the person is never given, beside one they are, is nobody named', `Mayor Wilma Quarry said on Friday that the ferries would stop in June.\n\n${q} the senator said.`, 'the senator'],
  ['a possessive is no subject the description varies', `Wilma Quarry’s letter reached the harbor board on Friday.\n\n${q} the Maine senator said.`, 'the Maine senator'],
  ['a surname a family shares says nothing of which member is described', `Wilma Quarry and her brother Dev Quarry met the pilots.\n\nDev Quarry said on Friday that the ferries would stop.\n\n${q} the Maine senator said.`, 'the Maine senator'],
  ['a name three paragraphs back is too far', `Wilma Quarry said on Friday that the ferries would stop in June.\n\nThe ferries carry nine hundred cars a day.\n\nThe harbor has two basins.\n\n${q} the Maine senator said.`, 'the Maine senator'],
  ['a description that names the person is someone else', `Wilma Quarry said on Friday that the ferries would stop in June.\n\n${q} the judge in the Quarry case said.`, { not: 'Wilma Quarry' }],
  ['a role word the article gives only before a verb is no title of the person', `President Ruth Ostrander backed the plan last week.\n\nOn Friday, Wilma Quarry said the ferries would stop.\n\n${q} the president said.`, { not: 'Wilma Quarry' }],
  ['"the Legion" is no description of a person', `Wilma Quarry said on Friday that the ferries would stop in June.\n\n${q} the Legion said.`, { not: 'Wilma Quarry' }],
];

for (const [name, body, want] of cases) {
  test(`described person: ${name}`, () => {
    const got = speakers(head + body + '\n');
    assert.ok(got.length >= 1, JSON.stringify(got));
    const last = got[got.length - 1][1];
    if (want && typeof want === 'object') assert.notEqual(last, want.not, JSON.stringify(got));
    else assert.equal(last, want, JSON.stringify(got));
  });
}
