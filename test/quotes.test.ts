// Quotation styles, attribution cues and speaker resolution, table-driven, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import type { Quote } from '../pipeline/types.js';
import { projectConfig, readFixture } from './helpers.js';

// The whole article chain runs (so chrome and headline stages have done their part, as in a real run).

const config = await projectConfig();
const processor = createProcessor({ config, batch: emptyBatch() });

function quotesOf(text: string, name = 'a.txt'): Quote[] {
  const file = new VFile({ value: text, path: name });
  file.data.kind = name.endsWith('.md') ? 'md' : 'txt';
  processArticle(processor, file);
  return file.data.quotes ?? [];
}

/** Text and speaker only, the pair editors pull. */
// The credit as a pull quote reads it: the speaker's name, and the description given with it.
const pairs = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker]);

const lead = 'Senator Jane Roe of Ohio spoke to reporters in Columbus on Tuesday about the budget.\n\n';

const styles: [string, string, [string, string | null][]][] = [
  ['curly marks, verb after', '“We will pass this bill by Friday,” Roe said.', [['We will pass this bill by Friday,', 'Jane Roe']]],
  ['straight marks, inverted verb', '"We will pass this bill by Friday," said Roe.', [['We will pass this bill by Friday,', 'Jane Roe']]],
  ['doubled apostrophes (NYT)', "''We will pass this bill by Friday,'' Ms. Roe said.", [['We will pass this bill by Friday,', 'Jane Roe']]],
  ['nested straight quote stays inside', '"They called it "a total disaster" on the floor," Roe said.', [['They called it "a total disaster" on the floor,', 'Jane Roe']]],
  ['nested single inside doubled apostrophes', "''They keep saying 'wait until next year' to everyone,'' she said.", [["They keep saying 'wait until next year' to everyone,", 'Jane Roe']]],
  ['split quote', '“Okay, let us begin,” she said, “because we have no more time to lose.”', [['Okay, let us begin,', 'Jane Roe'], ['because we have no more time to lose.', 'Jane Roe']]],
  ['verb before, comma', 'Roe added, “This is the best deal we could get.”', [['This is the best deal we could get.', 'Jane Roe']]],
  ['colon introduction', 'Roe put it bluntly: “This is the best deal we could get.”', [['This is the best deal we could get.', 'Jane Roe']]],
  ['according to', '“The deal is dead for this year,” according to Roe.', [['The deal is dead for this year,', 'Jane Roe']]],
  ['appositive between name and verb', '“The deal is dead for this year,” Tom Hale, a spokesman for the governor, said.', [['The deal is dead for this year,', 'Tom Hale, a spokesman for the governor']]],
  ['organization as speaker', '“The president will sign it on Monday,” the White House said in a statement.', [['The president will sign it on Monday,', 'the White House']]],
  ['partial quote inside the sentence', 'Roe said the plan would “hurt working families in every state.”', [['hurt working families in every state.', 'Jane Roe']]],
  ['closing mark set off by a space', '"They called it a \'fair deal for everyone,\' " Roe said. "We disagree."', [["They called it a 'fair deal for everyone,'", 'Jane Roe'], ['We disagree.', 'Jane Roe']]],
  ['second quote in the paragraph inherits', '“We are ready,” Roe said. “The votes are there and the time is now.”', [['We are ready,', 'Jane Roe'], ['The votes are there and the time is now.', 'Jane Roe']]],
];

for (const [name, para, want] of styles) {
  test(`quote style: ${name}`, () => {
    assert.deepEqual(pairs(quotesOf(lead + para + '\n')), want);
  });
}

test('a quote running over paragraphs: each paragraph reopened, only the last closed', () => {
  const text = lead + '“The first part of what I have to say is about money.\n\n“The second part is about time, and we have none of it,” Roe said.\n';
  assert.deepEqual(pairs(quotesOf(text)), [
    ['The first part of what I have to say is about money.', 'Jane Roe'],
    ['The second part is about time, and we have none of it,', 'Jane Roe'],
  ]);
});

test('a quote whose opening mark is missing starts after the attribution clause', () => {
  const text = lead + 'Until then, she continued, the state will keep paying its bills on time," Roe said.\n';
  assert.deepEqual(pairs(quotesOf(text)), [['the state will keep paying its bills on time,', 'Jane Roe']]);
});

const negatives: [string, string][] = [
  ['film title after "titled:"', 'Roe shared a clip of the documentary titled: "Surviving The Long Winter."'],
  ['show name after "on"', 'Roe said nothing new on "Meet the Press" this week.'],
  ['book title after "book"', 'Roe is writing a book, "The Long Road Home To Ohio," about her father.'],
  ['scare quotes nobody said (short)', 'The bill was sold as a "quick fix" by its backers.'],
  ['nickname', 'Roe mentioned the senator known as "the Iron Lady of Ohio" twice.'],
  ['slogan in title case without speaker', 'Supporters wore "Make The Budget Great Again" hats outside the hall.'],
];

for (const [name, para] of negatives) {
  test(`not a quote: ${name}`, () => {
    assert.deepEqual(pairs(quotesOf(lead + para + '\n')), []);
  });
}

test('pronouns resolve to the nearest source of the right gender', () => {
  const text = 'Mr. Tom Hale, the governor, spoke first and Ms. Jane Roe spoke after him.\n\n' +
    'Hale said the plan was sound.\n\n“I have read every page of this plan,” she said.\n\n“I wrote most of it myself,” he said.\n';
  assert.deepEqual(pairs(quotesOf(text)), [
    ['I have read every page of this plan,', 'Jane Roe'],
    ['I wrote most of it myself,', 'Tom Hale'],
  ]);
});

test('title plus surname expands to the full name given earlier', () => {
  const text = 'Pollsters See Growth Ahead\n\n“Growth is back in this economy,” said Geoff Marlow, a pollster.\n\nWhatever happens, Mr. Marlow added, “the numbers will hold through the spring.”\n';
  assert.deepEqual(pairs(quotesOf(text)), [
    ['Growth is back in this economy,', 'Geoff Marlow, a pollster'],
    ['the numbers will hold through the spring.', 'Geoff Marlow'],
  ]);
});

test('the byline author is not a speaker', () => {
  const text = 'By Anna Writer\n\nThe mayor spoke on Monday.\n\n“We will rebuild the bridge this year,” Mayor Sam Ortiz said.\n';
  assert.deepEqual(pairs(quotesOf(text)), [['We will rebuild the bridge this year,', 'Sam Ortiz']]);
});

test('quotes in list items and blockquotes of a Markdown dump are found', () => {
  const text = '# Budget talks\n\n- “We will pass this bill by Friday,” Jane Roe said.\n\n> “Nobody believes that timeline at all,” Tom Hale said.\n';
  assert.deepEqual(pairs(quotesOf(text, 'a.md')), [
    ['We will pass this bill by Friday,', 'Jane Roe'],
    ['Nobody believes that timeline at all,', 'Tom Hale'],
  ]);
});

const fixture = (f: string) => readFixture('quotes', f);

test('seed 000: seven quotes, every speaker resolved', () => {
  const got = quotesOf(fixture('seed-000.txt'), 'seed-000.txt');
  assert.deepEqual(pairs(got), [
    ['Curious to learn more about CECOT?', 'Hillary Clinton'],
    ['Hear Juan, Andry, and Wilmer share firsthand how the Trump administration branded them as gang members without evidence and deported them to the brutal El Salvadoran prison.', 'Hillary Clinton'],
    ['We are willing to release our entire prison population (including all gang leaders and all those described as "political prisoners") to any country willing to receive them,', 'Nayib Bukele'],
    ['The only condition is straightforward: it must be everyone.', 'Nayib Bukele'],
    ['This would also greatly assist journalists and your favorite NGOs, who would then have thousands of former inmates available for interviews, making it far easier to find additional voices critical of the Salvadoran government (or willing to confirm whatever conclusions are already expected),', 'Nayib Bukele'],
    ['Surely, if these testimonies reflect a systemic reality, a much larger pool of sources should only reinforce the claim, and many governments should be eager to offer protection.', 'Nayib Bukele'],
    ['El Salvador will continue prioritizing the human rights of the millions of Salvadorans who today live free from gang rule,', 'Nayib Bukele'],
  ]);
  assert.equal(got[0].cue, 'wrote');
  assert.equal(got[4].cue, 'added');
});

test('seed 004: three quotes, all Nayib Bukele', () => {
  assert.deepEqual(pairs(quotesOf(fixture('seed-004.txt'), 'seed-004.txt')), [
    ['We are willing to release our entire prison population (including all gang leaders and all those described as ‘political prisoners’) to any country willing to receive them,', 'Nayib Bukele'],
    ['The only condition is straightforward: it must be everyone.', 'Nayib Bukele'],
    ['Surely, if these testimonies reflect a systemic reality, a much larger pool of sources should only reinforce the claim, and many governments should be eager to offer protection,', 'Nayib Bukele'],
  ]);
});

test('cue and partial are filled where the attribution says so', () => {
  const got = quotesOf(lead + 'Roe said the plan would “hurt working families in every state.”\n\n“We are ready for the vote,” Roe told reporters.\n');
  assert.deepEqual(got.map((q) => [q.cue, q.partial ?? false]), [['said', true], ['told', false]]);
});

test('a fragment woven into the sentence belongs to the sentence subject', () => {
  const got = quotesOf(lead + 'Roe derided what she called “the politics of the permanent campaign” on Tuesday.\n');
  assert.deepEqual(pairs(got), [['the politics of the permanent campaign', 'Jane Roe']]);
});

test('a pronoun resolves to the source of reported speech before it', () => {
  const text = lead + 'Tom Hale, the governor, said the plan failed because nobody funded it.\n\n“It was a mess from the very first day,” he said.\n';
  assert.deepEqual(pairs(quotesOf(text)), [['It was a mess from the very first day,', 'Tom Hale, the governor']]);
});

test('the description after a name ends where the reporter goes on', () => {
  const text = lead + '“We will not back down now,” said Tom Hale, a spokesman for the governor, speaking to reporters in Columbus.\n';
  assert.deepEqual(pairs(quotesOf(text)), [['We will not back down now,', 'Tom Hale, a spokesman for the governor']]);
});

test('a paragraph ending in a colon introduces the quote that follows', () => {
  const text = lead + 'Roe put it this way in her statement:\n\n“The budget is a moral document and we will treat it like one.”\n';
  assert.deepEqual(pairs(quotesOf(text)), [['The budget is a moral document and we will treat it like one.', 'Jane Roe']]);
});

test('one paragraph per line, no blank lines between, still splits attributions', () => {
  const text = lead + '“The first plan is dead on arrival,” Roe said.\n“The second one might pass next week,” Tom Hale said.\n';
  assert.deepEqual(pairs(quotesOf(text)), [
    ['The first plan is dead on arrival,', 'Jane Roe'],
    ['The second one might pass next week,', 'Tom Hale'],
  ]);
});

test('a quote ending its sentence is attributed to a name and verb right after it', () => {
  const text = lead + '“How big will the deficit be this year?” Roe asked. “Nobody in this building can tell me.”\n';
  assert.deepEqual(pairs(quotesOf(text)), [
    ['How big will the deficit be this year?', 'Jane Roe'],
    ['Nobody in this building can tell me.', 'Jane Roe'],
  ]);
});

test('curly doubled apostrophes, a quoted slogan in a heading and a stray mark', () => {
  const text = '# Budget fight in Columbus\n\n> ‘‘Our members are ready to vote,’’ Tom Hale, a spokesman for the caucus, said.\n\n## What “Make Ohio Great” means\n\nA stray " mark in the middle of a sentence should not start anything at all.\n';
  assert.deepEqual(pairs(quotesOf(text, 'a.md')), [['Our members are ready to vote,', 'Tom Hale, a spokesman for the caucus']]);
});

test('describe_speakers: false writes the bare name into the speaker, the description only beside it', () => {
  const bare = createProcessor({ config: { ...config, quotes: { ...config.quotes, describe_speakers: false } }, batch: emptyBatch() });
  const file = new VFile({ value: lead + '“The deal is dead for this year,” Tom Hale, a spokesman for the governor, said.\n', path: 'a.txt' });
  file.data.kind = 'txt';
  processArticle(bare, file);
  assert.deepEqual((file.data.quotes ?? []).map((q) => [q.text, q.speaker, q.speaker_name, q.speaker_role]), [['The deal is dead for this year,', 'Tom Hale', undefined, 'a spokesman for the governor']]);
});

test('the speaker is credited as the article credits them; the bare name and the description ride beside it', () => {
  const [q, r] = quotesOf('Budget Talks Stall\n\n“The deal is dead for this year,” Tom Hale, a spokesman for the governor, said.\n\n“We will try again,” Mr. Hale said.\n');
  assert.equal(q.speaker, 'Tom Hale, a spokesman for the governor');
  assert.equal(q.speaker_name, 'Tom Hale');
  assert.equal(q.speaker_role, 'a spokesman for the governor');
  assert.equal(q.cue, 'said');
  // a later short form is credited with the full name alone: the description was written elsewhere
  assert.deepEqual([r.speaker, r.speaker_name, r.speaker_role], ['Tom Hale', undefined, undefined]);
});
