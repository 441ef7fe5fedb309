// A relative named by a given name alone right after "his wife," or "her son," takes the surname of the
// person the possessive points back to (resolve/kin.ts); not when the article writes that given name
// with a surname of its own, not after a relation that shares no surname ("his friend"), not when the
// given name's gender clashes with the relation. Invented people and sentences, table-driven with the negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const quotesOf = await quoteReader();
const speakers = speakersOf(quotesOf);
const head = 'Quarry campaign tours the harbor\n\n';
const intro = 'Victor Quarry, trailing in the county race, spoke at the harbor on Monday about the dredging plan.\n\n';
const q = '“The tide charts are forty years out of date,”';

// [name, body, speaker of the quote holding "tide charts", or { not }]
const cases: [string, string, { is?: string; not?: string }][] = [
  ['his wife, Nora, is Nora Quarry', `${intro}On the radio Tuesday, his wife, Nora, asked the board for new charts. ${q} she said.\n`, { is: 'Nora Quarry' }],
  ['her son, Peter, is Peter Quarry', `Helen Quarry, trailing in the county race, spoke at the harbor on Monday about the dredging plan.\n\nOn the radio Tuesday, her son, Peter, asked the board for new charts. ${q} he said.\n`, { is: 'Peter Quarry' }],
  ['his younger brother, Leon, is Leon Quarry', `${intro}On Tuesday his younger brother, Leon, said the plan was unfair. ${q} he said.\n`, { is: 'Leon Quarry' }],
  // negatives
  ['a wife the article names with her own surname keeps it', `${intro}Nora Ruiz, a harbor pilot, has campaigned with him for years.\n\nOn the radio Tuesday, his wife, Nora, asked the board for new charts. ${q} she said.\n`, { not: 'Nora Quarry' }],
  ['a friend shares no surname', `${intro}On the radio Tuesday, his friend, Nora, asked the board for new charts. ${q} she said.\n`, { not: 'Nora Quarry' }],
  ['a given name of the other gender is no wife', `${intro}On the radio Tuesday, his wife, Peter, asked the board for new charts. ${q} she said.\n`, { not: 'Peter Quarry' }],
  ['a name with no relation before it stays as written', `${intro}On the radio Tuesday, Nora asked the board for new charts. ${q} she said.\n`, { not: 'Nora Quarry' }],
];

for (const [name, body, want] of cases) {
  test(`kin: ${name}`, () => {
    const got = speakers(head + body);
    const hit = got.find(([text]) => !!text?.includes('tide charts'));
    assert.ok(hit, JSON.stringify(got));
    if (want.not !== undefined) assert.notEqual(hit[1], want.not, JSON.stringify(got));
    else assert.equal(hit[1], want.is, JSON.stringify(got));
  });
}
