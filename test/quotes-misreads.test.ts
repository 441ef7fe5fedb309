// Attribution misreads, table-driven, each with negatives: a clause ("that border security is
// working") is no source; the fragments of one sentence share its attribution; a scare quote in an
// earlier sentence does not take a later speaker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const quotesOf = await quoteReader();
// who was found, whatever description the article credits them with
const speakers = speakersOf(quotesOf);

const lead = 'Senator Maria Lopez spoke in Ohio on Tuesday night about the budget.\n\n';

type Case = [string, string, [string, string | null][]];

const cases: Case[] = [
  // a clause between the quote and "he said" is not the source; the pronoun after it is
  ['a clause before the pronoun', '"You cannot start that work until you show the voters" that the levee will hold, she said.',
    [['You cannot start that work until you show the voters', 'Maria Lopez']]],
  // a clause before a coordinated verb: the subject of the first verb speaks
  ['a clause before a coordinated verb', 'Lopez joked that Cleveland was her answer, but went on to say, "There are towns in this state that need far more help than that."',
    [['There are towns in this state that need far more help than that.', 'Maria Lopez']]],
  // the subject after the clause's wh- word
  ['the subject after "why"', 'That is why critics say she had proposed to "dismantle the whole pension system" last year.',
    [['dismantle the whole pension system', 'critics']]],
  // negative: a demonstrative before a noun is a source
  ['"That letter" is a source', 'That letter demanded "a full public apology from the state treasurer" within a week.',
    [['a full public apology from the state treasurer', null]]],
  // a verb-shaped word after a preposition and a hyphenated modifier is a noun, not the cue
  ['"of late-night tweets" is no cue', 'Lopez says the governor’s flurry of late-night tweets targeting the mayor was “unhinged, even for him.”',
    [['unhinged, even for him.', 'Maria Lopez']]],
  // ... and after a preposition and a plain adjective, a word in -s is a noun too
  ['"in key states" is no cue', '“I am not sure where I stand on the levy,” Lopez said. Her support in key counties means “the board must be listening,” she says.',
    [['I am not sure where I stand on the levy,', 'Maria Lopez'], ['the board must be listening,', 'Maria Lopez']]],
  // negative: a noun between the preposition and the verb, "the clerk in charge says"
  ['"the clerk in charge says" is a cue', 'The clerk in charge says the levee plan is “years behind schedule.”',
    [['years behind schedule.', 'The clerk in charge']]],
  // negative: "the co-founder said" is a person and a verb
  ['"the co-founder said" is a cue', '"We never planned to sell the company to anyone," the co-founder said.',
    [['We never planned to sell the company to anyone,', 'the co-founder']]],
  // a capitalized word alone between the quote and its verb is a name, even one spelled like an adverb
  ['"Will urged" after a quote', 'Calling the loss a warning for donors and their “hopes of treating the office as a starter job,” Will urged donors to back the incumbents.',
    [['hopes of treating the office as a starter job,', 'Will']]],
  // words after the verb with an auxiliary of their own are the reported clause, not an inverted source
  ['a reported clause after the verb', 'Mr. Reyes, citing “the unique magic of the governor,” said the candidate could win in states like Ohio.',
    [['the unique magic of the governor,', 'Reyes']]],
  // negative: an inverted source with a relative clause is still the source
  ['an inverted source with a relative clause', '“It will be very tough to pull off on such a short schedule,” said a polling analyst who has worked for two of the campaigns.',
    [['It will be very tough to pull off on such a short schedule,', 'a polling analyst']]],
  // a word in -s closing a plural noun phrase is its head noun, not the cue
  ['"the two investigative reports" is no cue', 'Early this month, the firm sent a letter to the college, calling the three detailed newspaper profiles “unfair and plainly misleading.”',
    [['unfair and plainly misleading.', 'the firm']]],
  // negative: a singular subject and its verb in -s
  ['"the report states" is a cue', 'The report states that the mill was “unsafe for anyone to work in for years.”',
    [['unsafe for anyone to work in for years.', null]]],
  // a fragment in an opening prepositional phrase belongs to the main clause's subject
  ['a fragment in an opening phrase', 'In a speech that spoke to the “worry, the doubt, the fatigue and, frankly, the fury” over the layoffs, Lopez hit many of the same themes.',
    [['worry, the doubt, the fatigue and, frankly, the fury', 'Maria Lopez']]],
  // negative: a subordinate clause opening the sentence has its own subject
  ['a fragment in an opening "while" clause', 'While the governor’s call for a “revolution in every county” draws crowds, Lopez draws far fewer people.',
    [['revolution in every county', null]]],
  // every fragment of a sentence takes the sentence's attribution
  ['fragments share the attribution at the end', 'Lopez said the losses were modest. Ticket sales were "flat for about three weeks or so" as buyers waited to see how a "rocky holiday season" turned out, she said.',
    [['flat for about three weeks or so', 'Maria Lopez'], ['rocky holiday season', 'Maria Lopez']]],
  ['a fragment before an attributed full quote', 'The plan was "a long time coming" for the city, and "We will build the new bridge this year," Lopez said.',
    [['a long time coming', 'Maria Lopez'], ['We will build the new bridge this year,', 'Maria Lopez']]],
  // negative: a scare quote ending an earlier sentence takes no later speaker
  ['a fragment in an earlier sentence', 'Regional nursing unions have long fought against shifts that are deemed "unsafe for patients in every ward." To a question on the "outsourcing of night shift staff," Lopez said agencies cost more.',
    [['unsafe for patients in every ward.', null], ['outsourcing of night shift staff,', 'Maria Lopez']]],
];

for (const [name, para, want] of cases) {
  test(`misreads: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}
