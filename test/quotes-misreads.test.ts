// Attribution misreads, table-driven, each with negatives: a clause ("that border security is
// working") is no source; the fragments of one sentence share its attribution; a scare quote in an
// earlier sentence does not take a later speaker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './article-harness.js';

const quotesOf = await quoteReader();
// who was found, whatever description the article credits them with
const speakers = speakersOf(quotesOf);

const lead = 'Senator Maria Lopez spoke in Ohio on Tuesday night about the budget.\n\n';

type Case = [string, string, [string, string | null][]];

const cases: Case[] = [
  // a clause between the quote and "he said" is not the source; the pronoun after it is
  ['a clause before the pronoun', '"You cannot begin that process until you prove to people" that the border is safe, she said.',
    [['You cannot begin that process until you prove to people', 'Maria Lopez']]],
  // a clause before a coordinated verb: the subject of the first verb speaks
  ['a clause before a coordinated verb', 'Lopez joked that Cleveland was her answer, but went on to say, "There are towns in this state that need far more help than that."',
    [['There are towns in this state that need far more help than that.', 'Maria Lopez']]],
  // the subject after the clause's wh- word
  ['the subject after "why"', 'That is why critics say she had proposed to "dismantle the whole pension system" last year.',
    [['dismantle the whole pension system', 'critics']]],
  // negative: a demonstrative before a noun is a source
  ['"That letter" is a source', 'That letter demanded "a full public apology from the state treasurer" within a week.',
    [['a full public apology from the state treasurer', 'That letter']]],
  // a verb-shaped word after a preposition and a hyphenated modifier is a noun, not the cue
  ['"of late-night tweets" is no cue', 'Lopez says the governor’s flurry of late-night tweets targeting the mayor was “unhinged, even for him.”',
    [['unhinged, even for him.', 'Maria Lopez']]],
  // negative: "the co-founder said" is a person and a verb
  ['"the co-founder said" is a cue', '"We never planned to sell the company to anyone," the co-founder said.',
    [['We never planned to sell the company to anyone,', 'the co-founder']]],
  // a capitalized word alone between the quote and its verb is a name, even one spelled like an adverb
  ['"Will urged" after a quote', 'Citing the attack as a wake-up call for voters and their “dreams about treating the job as an entry-level one,” Will urged voters to reject the outsiders.',
    [['dreams about treating the job as an entry-level one,', 'Will']]],
  // words after the verb with an auxiliary of their own are the reported clause, not an inverted source
  ['a reported clause after the verb', 'Mr. Reyes, citing “the unique magic of the governor,” said the candidate could win in states like Ohio.',
    [['the unique magic of the governor,', 'Reyes']]],
  // negative: an inverted source with a relative clause is still the source
  ['an inverted source with a relative clause', '“It is going to be very hard to do it in a quick turnaround,” said a data expert who has worked for one of the rivals.',
    [['It is going to be very hard to do it in a quick turnaround,', 'a data expert']]],
  // a word in -s closing a plural noun phrase is its head noun, not the cue
  ['"the two investigative reports" is no cue', 'Late last month, the company wrote a letter to the university, calling the two lengthy investigative reports “inaccurate and deliberately misleading.”',
    [['inaccurate and deliberately misleading.', 'the company']]],
  // negative: a singular subject and its verb in -s
  ['"the report states" is a cue', 'The report states that the mill was “unsafe for anyone to work in for years.”',
    [['unsafe for anyone to work in for years.', 'The report']]],
  // a fragment in an opening prepositional phrase belongs to the main clause's subject
  ['a fragment in an opening phrase', 'In an address that spoke to the “frustration, the fear, the anxiety and, yes, the anger” over the economy, Lopez struck many of the same notes.',
    [['frustration, the fear, the anxiety and, yes, the anger', 'Maria Lopez']]],
  // negative: a subordinate clause opening the sentence has its own subject
  ['a fragment in an opening "while" clause', 'While the governor’s call for a “revolution in every county” draws crowds, Lopez draws far fewer people.',
    [['revolution in every county', null]]],
  // every fragment of a sentence takes the sentence's attribution
  ['fragments share the attribution at the end', 'Lopez said the cuts were small. Fundraising was "stagnant for about a month or six weeks" as donors waited to see how a "turbulent election cycle" played out, she said.',
    [['stagnant for about a month or six weeks', 'Maria Lopez'], ['turbulent election cycle', 'Maria Lopez']]],
  ['a fragment before an attributed full quote', 'The plan was "a long time coming" for the city, and "We will build the new bridge this year," Lopez said.',
    [['a long time coming', 'Maria Lopez'], ['We will build the new bridge this year,', 'Maria Lopez']]],
  // negative: a scare quote ending an earlier sentence takes no later speaker
  ['a fragment in an earlier sentence', 'Federal labor organizations have long campaigned against jobs that are considered "inherently governmental in every respect." To a question on the "privatization of public sector jobs," Lopez said contractors cost more.',
    [['inherently governmental in every respect.', null], ['privatization of public sector jobs,', 'Maria Lopez']]],
];

for (const [name, para, want] of cases) {
  test(`misreads: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}
