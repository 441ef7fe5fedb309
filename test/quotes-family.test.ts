// A family the article names (two full names with one surname): "Mr. Quarry" after the reporter has
// just introduced the other member in full goes on from that member, and "he" after it too
// (resolve/family.ts); a short form the reporter already used for a member before stays that
// member's; a role given to the bare surname credits no member for a description (rank/rank.ts).
// Invented people and sentences, table-driven with the negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const quotesOf = await quoteReader();
const speakers = speakersOf(quotesOf);
const head = 'Quarry brothers tour the harbor\n\n';
const main = 'Victor Quarry, trailing in the county race, brought his older brother, Leon Quarry, to the harbor on Monday to vouch for him.\n\n';
const q = '“The channel needs dredging before the winter storms arrive,”';
const q2 = '“Every pilot on this coast knows the sandbars by name,”';

// [name, body, speaker of the quote holding `want.of`, or { not }]
const cases: [string, string, { of: string; is?: string | null; not?: string }][] = [
  ['"Mr." after the other member was just named in full is that member', `${main}Mr. Quarry also praised the harbor crews. ${q} he said.\n`, { of: 'channel', is: 'Leon Quarry' }],
  ['"he" after that "Mr." goes on from the same member', `${main}Mr. Quarry also praised the harbor crews. ${q} he said.\n\nThe crowd cheered. ${q2} he said.\n`, { of: 'sandbars', is: 'Leon Quarry' }],
  ['a name written inside a quote is no naming by the reporter', `${main}“Nobody works harder than Victor Quarry,” one pilot said.\n\nMr. Quarry thanked the pilots. ${q} he said.\n`, { of: 'channel', is: 'Leon Quarry' }],
  // negatives
  ['a short form already used for the main subject stays his', `Victor Quarry spoke at the harbor on Monday. Mr. Quarry wants a new channel.\n\nThe crowd included his older brother, Leon Quarry, a retired pilot.\n\nMr. Quarry thanked the crews. ${q} he said.\n`, { of: 'channel', is: 'Victor Quarry' }],
  ['the honorific\'s gender leaves one member', `Victor Quarry spoke at the harbor on Monday about the dredging plan and the ferry budget.\n\nHis wife, Nora Quarry, a retired pilot who runs the harbor museum, came along for the tour.\n\nMr. Quarry thanked the crews. ${q} he said.\n`, { of: 'channel', is: 'Victor Quarry' }],
  ['a member named in full only long before is not taken back up', `${main}The county board met on Tuesday to weigh the dredging plan and the ferry budget.\n\nThe ferry budget was cut again, the third cut in as many years, and the pilots objected.\n\nThe pilots left the dock at noon and marched to the county offices with their signs.\n\nThe harbor master read out the tide tables and warned of sandbars near the channel mouth.\n\nMr. Quarry thanked the crews. ${q} he said.\n`, { of: 'channel', not: 'Leon Quarry' }],
];

for (const [name, body, want] of cases) {
  test(`family: ${name}`, () => {
    const got = speakers(head + body);
    const hit = got.find(([text]) => !!text?.includes(want.of));
    assert.ok(hit, JSON.stringify(got));
    if (want.not !== undefined) assert.notEqual(hit[1], want.not, JSON.stringify(got));
    else assert.equal(hit[1], want.is, JSON.stringify(got));
  });
}

// A description credit ("the former president") is ranked to a person only through a role the article
// gives them; a role written with a family's bare surname ("President Quarry") gives it to no member.
const roleBody = (opening: string) =>
  `${opening}\n\nCritics of President Quarry say the old dredging deal cost the county millions, and the harbor pilots have not forgotten it.\n\n${q} the former president told the crowd at the harbor.\n`;
const roles: [string, string, string][] = [
  ['a role on a family\'s bare surname credits no member', roleBody('Victor Quarry, trailing in the county race, brought his older brother, Leon Quarry, to the harbor on Monday to vouch for him.'), 'the former president'],
  // negatives: one person with that surname, and a plural description that was never one person
  ['a role on the surname of the only person so named is theirs', roleBody('Victor Quarry, trailing in the county race, brought his campaign to the harbor on Monday to vouch for him.'), 'Victor Quarry'],
  ['several people described stay several', 'Harbor pilots back dredging plan\n\nVictor Ruiz, one of the harbor pilots, spoke on Monday about the channel and the sandbars near its mouth.\n\n' + `${q} the harbor pilots said at the county offices.\n`, 'the harbor pilots'],
];

for (const [name, text, want] of roles) {
  test(`family role: ${name}`, () => {
    const got = speakers(head + text);
    const hit = got.find(([t]) => !!t?.includes('channel needs'));
    assert.ok(hit, JSON.stringify(got));
    assert.equal(hit[1], want, JSON.stringify(got));
  });
}
