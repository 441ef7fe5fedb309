// Sources credited through what the article says of them, table-driven with negatives: "another" after
// "one harbor pilot", a relative "which" after a named organization or its writing, "in X's words",
// "the statement released by X", and "the newspaper" after a newspaper is named. Invented outlets,
// bodies, people and sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const speakers = speakersOf(await quoteReader());
const head = 'Harbor pilots warn of silt\n\n';
const said = '“More than half the moorings in the east basin are now too shallow for the ferries.”';

const cases: [string, string, string | null][] = [
  ['"another" after "one harbor pilot" is another harbor pilot', `“The channel is silting up faster than anyone admits,” wrote one harbor pilot.\n\n“Better watch the tide tables closely before the ferries run aground,” posted another.`, 'another harbor pilot'],
  // negative: after a named speaker, "another" says nothing of who spoke
  ['"another" after a named speaker is nobody', `“The channel is silting up faster than anyone admits,” wrote Dev Ostrander, a harbor pilot.\n\n“Better watch the tide tables closely before the ferries run aground,” posted another.`, null],
  ['", which notes" after a named body\'s report is that body', `Mayor Wilma Quarry called for a new dredging plan.\n\nThe plan drew on the Tidewater Gazette report, which notes, ${said}`, 'Tidewater Gazette'],
  ['", which said" after a named body is that body', `Mayor Wilma Quarry called for a new dredging plan.\n\nThe plan was backed by the Harbor Commission, which said, ${said}`, 'the Harbor Commission'],
  // negative: a piece of writing with no maker named stays nobody's
  ['", which said" after a writing that names no maker credits nobody', `Mayor Wilma Quarry called for a new dredging plan.\n\nThe plan drew on an old letter, which said, ${said}`, null],
  ['"in X\'s words" right before the quote is X', `The summit met in the port because, in Tidewater Gazette’s words, ${said}`, 'Tidewater Gazette'],
  // negative: a pronoun owner is left to the rules after ("his words" names nobody here)
  ['"in his words" names nobody by itself', `The summit met in the port because, in his words, ${said}`, null],
  ['"the statement" after "the statement released by X" is X', `Based on the statement released by the Harbor Commission, the pilots met the mayor on Tuesday. The statement added: ${said}`, 'the Harbor Commission'],
  // negative: further back than the quote's own block, "the statement released by X" introduces nothing
  ['"the statement released by X" in another block introduces nothing', `Based on the statement released by the Harbor Commission, the pilots met the mayor on Tuesday.\n\nThe statement added: ${said}`, null],
  // (the source is the whole name; the mention reading, names/mention.ts, credits it up to its "of")
  ['", which said" after a name with "of" inside is that name, not its last words', `Mayor Wilma Quarry called for a new dredging plan.\n\nThe plan was backed by the Federation of Harbor Pilots, which said, ${said}`, 'the Federation'],
  // negative: "the statement" alone, after a source that made no statement, is nobody's
  ['"the statement" with no maker anywhere credits nobody', `Wilma Quarry met with the pilots on Tuesday.\n\nAccording to the statement, ${said}`, null],
  ['"the statement" after an organization confirmed something is that organization', `The Harbor Commission confirmed that the pilots met the mayor.\n\nAccording to the statement, the meeting ran long.\n\n${said} the statement read.`, 'The Harbor Commission'],
  ['... or said so "in a statement"', `The Harbor Commission said in a statement that the pilots met the mayor.\n\nThe statement added: ${said}`, 'The Harbor Commission'],
  // negatives: a person confirming something, a body that is no sentence's subject, a report too far back
  ['"the statement" after a person confirmed something credits nobody', `Wilma Quarry confirmed that she met the pilots.\n\nThe statement added: ${said}`, null],
  ['"the statement" after a body confirming inside another clause credits nobody', `Pilots said on Tuesday that the Harbor Commission confirmed the meeting.\n\nThe statement added: ${said}`, null],
  ['"the statement" four blocks after the body confirmed credits nobody', `The Harbor Commission confirmed that the pilots met the mayor.\n\nThe pilots left.\n\nThe mayor left.\n\nThe ferries ran late.\n\nThe statement added: ${said}`, null],
  ['"the newspaper" after a newspaper named before is that newspaper', `The Tidewater Times argued on Monday that the channel is silting up.\n\nAccording to the newspaper, ${said}`, 'The Tidewater Times'],
  // negative: an organization whose name is no newspaper's is not "the newspaper"
  ['"the newspaper" is no body without a newspaper\'s name', `The Harbor Commission argued on Monday that the channel is silting up.\n\nAccording to the newspaper, ${said}`, 'the newspaper'],
];

for (const [name, body, want] of cases) {
  test(`credit: ${name}`, () => {
    const got = speakers(head + body + '\n');
    assert.ok(got.length >= 1, JSON.stringify(got));
    // (the last quote is the one each case is about)
    assert.equal(got[got.length - 1][1], want, JSON.stringify(got));
  });
}
