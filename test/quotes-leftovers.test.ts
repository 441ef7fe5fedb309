// Speaker resolution left over by earlier passes, table-driven, each with negatives: a person who owns
// an organization ("Rosalind Pemberton's campaign"), a title as a surname ("Della Jean Prince"), a lone word
// the article uses as a place or a company ("in Salem", "Vantor's plant"), a source that only
// refers back ("another said"), and a show named after "said on" (where, not who).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const quotesOf = await quoteReader();
const speakers = speakersOf(quotesOf);

const lead = 'Readers in Ohio wrote to us after the budget debate on Tuesday night.\n\n';

type Case = [string, string, [string, string | null][]];

const cases: Case[] = [
  // 1. a possessive organization: its owner is a person the article names
  ['the owner of a campaign is a person', 'Rosalind Pemberton\'s campaign said the plan was bad. Bill Smith said so too. "We will win the state," Pemberton said.',
    [['We will win the state,', 'Rosalind Pemberton']]],
  ['an organization word inside the name stays an organization', 'The Pemberton Foundation said the plan was bad. "We will win the state," the foundation said.',
    [['We will win the state,', 'the foundation']]],
  // 2. a title closing a name is a surname; the given name, not the title, says the gender
  ['a title as a surname, then "she"', 'Della Jean Prince, a chess champion, spoke to the crowd. "It was a great day for the game," she said.',
    [['It was a great day for the game,', 'Della Jean Prince']]],
  ['a title after a given name', '"It was a great day for the game," said Gary Prince.',
    [['It was a great day for the game,', 'Gary Prince']]],
  // negative: a title after a place word is a title ("District Judge"), no person
  ['a title after a place word is no surname', 'A ruling came from the District Judge on Monday. "The law is clear," she wrote.',
    [['The law is clear,', null]]],
  // 3. a lone word used as a place or company is no person for "she"
  ['a company owning a plant is not "she"', 'Workers at Vantor were told on Monday. Outside Vantor\'s plant, Jane Doe waited. Vantor said it would move. "We are losing our jobs," she said.',
    [['We are losing our jobs,', 'Jane Doe']]],
  // negative: a person the article names in full stays a person after "in"
  ['a surname after "in" stays a person', 'Mary Jones spoke on Monday. Voters believe in Jones this year. "We will fight for every vote," Jones said.',
    [['We will fight for every vote,', 'Mary Jones']]],
  // a place after a preposition inside a description is where the source is from, not the source
  ['a place inside a description', 'Democrats in Iowa who watched the debate said it was "a fair fight for everyone on stage."',
    [['a fair fight for everyone on stage.', 'Democrats in Iowa who watched the debate']]],
  // negative: a title "of State" before a name still leads to the name
  ['a title with a preposition before the name', 'Secretary of State Warren Pike said the deal was "a good day for the country."',
    [['a good day for the country.', 'Warren Pike']]],
  // 4. a source that only refers back names nobody
  ['"both said" is no speaker of its own', '"It is bad," said Jane Doe. "It is worse," said Bob Roe. "It is fine," both said.',
    [['It is bad,', 'Jane Doe'], ['It is worse,', 'Bob Roe'], ['It is fine,', null]]],
  ['"the two" point back at the pair just named', 'Jane Doe and Bob Roe wrote a book about the war. "It is fine," the two write.',
    [['It is fine,', 'Jane Doe and Bob Roe']]],
  // negative: a group in another paragraph is not what "the two" means
  ['"the two" with no group in the paragraph', 'Jane Doe and Bob Roe wrote a book about the war.\n\n"It is fine," the two write.',
    [['It is fine,', null]]],
  // several people are never "she"
  ['a number of people is not "she"', 'Mary Smith spoke first. Not one, but three Liberal contenders would outpoll her, according to a survey. "It is fine," she said.',
    [['It is fine,', 'Mary Smith']]],
  // a family member owning a campaign does not take the bare surname from the one the article names more
  ['an owner does not outweigh the surname\'s usual holder', 'Alan Whitcombe spoke. Alan Whitcombe left. Dena Whitcombe\'s campaign said no. Dena Whitcombe\'s campaign said yes. "I will run," Whitcombe said.',
    [['I will run,', 'Alan Whitcombe']]],
  // 5. "said on <Show>" names where, not who
  ['a show after "said on" is no source', 'The economy is growing, said on Morning Ledger. "It is fine," he said.',
    [['It is fine,', null]]],
  // negative: the cue's own preposition still leads to a source
  ['"according to" still names its source', 'The economy is growing, according to Jane Doe. "It is fine," she said.',
    [['It is fine,', 'Jane Doe']]],
];

for (const [name, para, want] of cases) {
  test(`leftovers: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}
