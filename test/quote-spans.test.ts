// Quote spans: which marks open and close a quote, which stretches are quotes at all, and which quoted
// text is a title, a term or a modifier rather than speech. Table-driven, each rule with its negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceEnds, vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig, quoteReader } from './helpers.js';

const config = await projectConfig();
const quotesOf = await quoteReader();

const lead = 'Senator Jane Roe of Ohio spoke to reporters in Columbus on Tuesday about the budget.\n\n';
const texts = (para: string) => quotesOf(lead + para + '\n').map((q) => q.text);

// [rule, paragraph, the quote texts wanted]
const cases: [string, string, string[]][] = [
  // marks
  ['an inch mark is no closing mark', '“He is 6’2”, and I am not,” Roe said.', ['He is 6’2”, and I am not,']],
  ['a straight inch mark outside quotes encloses nothing', 'The letter said she is 5\'9" tall and weighs 150 pounds, her doctor wrote.', []],
  ['a left curly mark before a space still opens', 'Roe said. “ You know, that is how the budget gets done here,” she added.', ['You know, that is how the budget gets done here,']],
  ['a lone left curly mark with nothing to close stands alone', 'The sign read “ and then nothing else was written on it at all.', []],
  ['quotes inside a long tag attribute are markup', '<tweet author="' + 'a long embedded post that runs on and on, '.repeat(12) + '" date="2016">x</tweet> Roe agreed.', []],
  ['French guillemets with spaces inside', '« We will pass this bill by Friday », Roe said.', ['We will pass this bill by Friday']],
  ['German guillemets pointing inward', '»We will pass this bill by Friday«, Roe said.', ['We will pass this bill by Friday']],
  ['guillemets nested in a curly quote stay inside it', '“They call it «the plan» now,” Roe said.', ['They call it «the plan» now,']],
  // British style: single marks outside
  ['single marks outside, verb after', '‘We will pass this bill by Friday,’ Roe said. ‘The votes are there.’', ['We will pass this bill by Friday,', 'The votes are there.']],
  ['single marks outside, verb before', 'Roe said: ‘We will pass this bill by Friday, whatever the voters’ mood.’', ['We will pass this bill by Friday, whatever the voters’ mood.']],
  ['single marks outside, closing mark set off by a space', "'He knew he would be caught, ' Roe said.", ['He knew he would be caught,']],
  ['apostrophes alone make no quote', 'The voters’ mood hasn’t changed since the ’80s, Roe said.', []],
  ['single scare quotes in a paragraph with no speech are not quotes', 'The bill was sold as a ‘quick fix for the whole budget’ by its backers.', []],
  ['a subhead set in single marks is no quote', '‘A healthy environment.’', []],
  ['single marks in a headline-like line that closes them are no quote', '‘Deals are cratering’ while the budget talks drag on.', []],
  ['a nested quote in a paragraph with no double marks and no British cue', 'But then I ask the people, ‘What do you mean by that tax?’ They said, ‘Well, you pay whatever,’ right?', []],
  // missing opening marks
  ['missing opening mark, a speech verb after the closing mark', 'The rest of the money goes to schools and roads," Roe said.', ['The rest of the money goes to schools and roads,']],
  ['a lone closing mark before a new clause is no quote', '"We will see," Roe said. Take a look at all the campaigns that won." When I agreed to help, Roe said, it was late.', ['We will see,']],
  ['a paragraph closing a quote run over sentence-paragraphs', 'It hardly matters who wins the vote in the end.\n\nThe council always has the last word," Baraka Odhiambo, who keeps goats near the river, told reporters.', ['The council always has the last word,']],
  ['the last sentence-paragraph of a running quote, no verb after', 'Now it is much quieter than before."', ['Now it is much quieter than before.']],
  ['a lone closing mark inside a running sentence quotes nothing', 'The show was light on detail. Vik took Roe through a quick check of her vitals" including her pulse.', []],
  ['an opening mark typed backwards mid-paragraph', '“And now, this budget,” she said to Smith,” if we do not pass it, we have failed.”', ['And now, this budget,', 'if we do not pass it, we have failed.']],
  ['a stray mark after an attribution is no quote', '“It never crossed my mind,” she said months after the vote, and the reason was the budget."', ['It never crossed my mind,']],
  ['a pull quote\'s credit line is no quote', '"The deal is dead for this year and everybody knows it.\nSen. Jane Roe."', ['The deal is dead for this year and everybody knows it.']],
  ['a stray closing mark after reporting is no quote', '"We are close," Roe said. She barely trailed with most precincts reporting. (See the latest results here.)"', ['We are close,']],
  // titles
  ['a show after "told"', '"We will pass it," Roe told "Dawn and Neighbors" on Monday.', ['We will pass it,']],
  ['a song after "to"', 'She took the stage to "Storm Over the Harbor." "We will win," Roe said.', ['We will win,']],
  ['a book after a cue and a comma', 'In her autobiography, "A Time for Truth," Roe described her youth on the farm.', []],
  ['a play after a naming verb', 'Actors are staging a play called "Las Hijas del Alcalde" in the capital.', []],
  ['a long title after "of"', 'Roe is the co-author of "Nobody Ever Sleeps: Inside the World of the Statehouse."', []],
  ['a book credited "by" its author', 'One of her recent reads, "Rivers of the North," by J.K. Ostrowski, is about Finland.', []],
  ['a headline credited "by" its reporter', 'GOODBYE—"The old ferry office to shut at the end of March," by Herald\'s Hal Brisbane.', []],
  ['"by" inside a sentence is a passive, not a credit', 'Roe said the "harshness of those words, so sudden and so unfair," by Smith stood out.', ['harshness of those words, so sudden and so unfair,']],
  ['a show whose title keeps "with" lowercase', 'Roe appeared on WKRT\'s "The Hour with Gail Brannigan" on Monday.', []],
  ['a song after a performance verb', 'The band then performed "Lanterns over Quiet Harbors" for the crowd.', []],
  ['short words only: a slogan said, not a title', 'Supporters answered with chants of "She\'s for us" until Roe spoke.', ["She's for us"]],
  ['a capital past the first word only when it is long', 'Roe told them: "If God is for us, who can be against us?"', ['If God is for us, who can be against us?']],
  ['Title Case after a comma and a verb is speech', 'Roe told reporters, "We Will Win This Fight Again."', ['We Will Win This Fight Again.']],
  ['a poster cited with its year', 'Its posters read "No more tolls for locals!" (2014) and "Free parking for all? Never." (2009).', []],
  ['a year inside a parenthetical sentence cites nothing', '"We will be back next year," Roe said (the office reopened in 2016).', ['We will be back next year,']],
  // terms and modifiers
  ['a quoted modifier of a noun', 'Harbor shipping firms facing a new "pay as you pollute" tax complained loudly.', []],
  ['a quoted modifier two words before its noun', 'She took calls on her "Keep It Real" radio program all morning.', []],
  ['a quote ending its clause modifies nothing', '"We will fight this all the way," campaign aides said on Tuesday.', ['We will fight this all the way,']],
  ['an attribution after the quote is no modified noun', 'Outside, "We want our budget back" campaign aides chanted all afternoon.', ['We want our budget back']],
  ['a function word after the quote starts the sentence again', 'Roe said "there could be" a line that the nominee crosses.', ['there could be']],
];

for (const [name, para, want] of cases) {
  test(`quote span: ${name}`, () => {
    assert.deepEqual(texts(para), want);
  });
}

test('British style: a quote running over paragraphs, each reopened, only the last closed', () => {
  const text = lead + '‘The first part of what I have to say is about money.\n\n‘The second part is about time, and we have none of it,’ Roe said.\n';
  assert.deepEqual(
    quotesOf(text).map((q) => [q.text, q.speaker]),
    [
      ['The first part of what I have to say is about money.', 'Jane Roe'],
      ['The second part is about time, and we have none of it,', 'Jane Roe'],
    ],
  );
});

// Masked blocks keep only the marks of a quote, so a sentence ends before any opening mark; otherwise a
// long British-style block is one sentence and every attribution search runs over all of it.
const ends: [string, string, number[]][] = [
  ['before a masked single mark', 'Roe said it twice. ‘          ’ she said.', [18]],
  ['before a masked straight single mark', "Roe said it twice. '          ' she said.", [18]],
  ['before a masked guillemet', 'Roe said it twice. «          » she said.', [18]],
  ['not after an abbreviation', 'Sen. Roe said it twice.', []],
];
for (const [name, text, want] of ends) {
  test(`sentence end: ${name}`, () => {
    assert.deepEqual(sentenceEnds(text, vocabOf(config)), want);
  });
}
