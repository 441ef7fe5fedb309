// The subject of a subordinate clause ("after Dana Quarry announced ...") is whom a description or a
// pronoun after it continues, when the sentence names nobody before it (names/clauses.ts
// afterSubordinator, names/people.ts); and one compound word quoted inside a noun phrase is a modifier,
// not speech, unless its sentence reports speech (filters/quoted-modifier.ts). Invented people and
// sentences, table-driven with the negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const quotesOf = await quoteReader();
const speakers = speakersOf(quotesOf);
const head = 'Dredging plan stalls\n\nThe harbor board met on Tuesday to weigh the dredging plan.\n\n';
const q = '“The channel is silting up faster than anyone in the capital admits,”';

// [name, body, the last quote's speaker, or { not: a speaker it must not be }]
const subjects: [string, string, string | null | { not: string }][] = [
  ['a description after the subject of an "after" clause is that person', `Pilots cheered on the quay after Dana Quarry announced the dredging budget.\n\nThe Maine senator wrote that the plan had failed. ${q} she said.`, 'Dana Quarry'],
  ['a description after the subject of a "while" clause with a role before it', `The board stalled while state senator Dana Quarry was abroad.\n\nThe Maine senator wrote that the plan had failed. ${q} she said.`, 'Dana Quarry'],
  ['the subject of an "after" clause, not the object after it', `The ferry strike began after Dana Quarry sent a letter to Ana Ruiz.\n\nThe Maine senator wrote that the plan had failed. ${q} she said.`, 'Dana Quarry'],
  // negatives
  ['a subordinate subject after a named main subject is not whom the pronoun continues', `Ana Ruiz said the pilots would stay, but only until Dana Quarry signs the order.\n\nShe repeated it on Friday. ${q} she said.`, { not: 'Dana Quarry' }],
  ['a subordinate subject after a pronoun subject is not whom the next pronoun continues', `Dana Ruiz met the pilots on Monday.\n\nShe left the dock as Dana Quarry was arriving.\n\n${q} she said.`, { not: 'Dana Quarry' }],
  ['an owner after "before" is no subject', `The pilots left before Dana Quarry’s speech began.\n\n${q} the Maine senator said.`, 'the Maine senator'],
  ['"such as" opens no clause', `Harbor towns such as Dana Quarry described in her report were flooded.\n\n${q} the Maine senator said.`, 'the Maine senator'],
];

for (const [name, body, want] of subjects) {
  test(`subordinate subject: ${name}`, () => {
    const got = speakers(head + body + '\n');
    assert.ok(got.length >= 1, JSON.stringify(got));
    const last = got[got.length - 1][1];
    if (want && typeof want === 'object') assert.notEqual(last, want.not, JSON.stringify(got));
    else assert.equal(last, want, JSON.stringify(got));
  });
}

const lead = 'Senator Jane Roe of Ohio spoke to reporters in Columbus on Tuesday about the budget.\n\n';
const texts = (para: string) => quotesOf(lead + para + '\n').map((x) => x.text);

// [name, paragraph, whether the compound word is kept as a quote]
const compounds: [string, string, boolean][] = [
  ['a quoted compound after a quantifier, before its noun ("put" with an object is no speech)', 'The Gulls put three “last-gasp” drills on the board and lost anyway.', false],
  ['a quoted compound after "the most"', 'The council put a fence up by approving the most “ferry-friendly” budget in years.', false],
  ['a speech verb\'s participle used as a noun reports nothing', 'With the storm warning up, the Gulls tried a “last-gasp” drill and lost.', false],
  // negatives: the source's own word
  ['a speech verb in the sentence before it', 'Roe said the harbor faced a “sure-fire” closure before the vote.', true],
  ['a describing verb', 'Roe has described herself as a “budget-first” mayor since her first term.', true],
  ['"as she put it"', 'As Roe put it, the city faces a “make-or-break” season this year.', true],
  ['a comma after the quote ends its clause', 'The Gulls needed a “do-over,” Roe said.', true],
  ['a function word after it', 'The deal was “sure-fire” from the start, the pilots agreed.', true],
];

for (const [name, para, kept] of compounds) {
  test(`compound modifier: ${name}`, () => {
    const got = texts(para);
    const word = /“([^”]+?)[,.]?”/u.exec(para)![1];
    assert.equal(got.some((t) => t.includes(word)), kept, JSON.stringify(got));
  });
}
