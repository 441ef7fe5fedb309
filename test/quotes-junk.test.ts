// Speakers that are not people: a capitalized word opening a sentence ("See", "My"), a headline's Title
// Case, a title with no name after it, a place, a statistic, an adverb or an age after a name. Each is
// rejected for the next source (a name further on, an earlier person for a pronoun, or nobody), and
// each table has negatives: real names that look like these ("Al From", "Lindsey O. Graham").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionOf } from '../pipeline/stages/quotes/index.js';
import { vocabOf } from '../pipeline/stages/quotes/vocab.js';
import { projectConfig, quoteReader, speakersOf } from './article-harness.js';

const config = await projectConfig();
const v = vocabOf(config);
const quotesOf = await quoteReader();
const speakers = speakersOf(quotesOf);

const head = 'Budget Talks Stall In Ohio\n\n';
const lead = head + 'Senator Jane Roe of Ohio and Mr. Tom Hale, the governor, met reporters in Columbus on Tuesday.\n\n';

// what a source phrase names: [case, phrase, kind or undefined, text]
const phrases: [string, string, string | undefined, string?][] = [
  ['a title run with the name after its description', 'Sirius XM Vice President for news and talk Dave Gorab', 'person', 'Dave Gorab'],
  ['a role written as a title before the name', 'Actor Clint Howard', 'person', 'Clint Howard'],
  ['a descriptor word before the surname', 'Liberal Oscar-winner Sarandon', 'person', 'Sarandon'],
  ['a role inside the run', 'Clinton Senior Adviser Sidney Blumenthal', 'person', 'Sidney Blumenthal'],
  ['a function word opening the run', 'Neither Donald J. Trump', 'person', 'Donald J Trump'],
  ['a place as the complement of a description', 'The senator from Vermont', 'nominal', 'The senator from Vermont'],
  ['a place modifying a role', 'Florida senator', 'nominal', 'Florida senator'],
  ['a name modifying a role', 'Trump supporters', 'nominal', 'Trump supporters'],
  ['a quantifier before a noun', 'Multiple outlets', 'nominal', 'Multiple outlets'],
  ['a city and its state, then the source', 'San Jose, California the GOP candidate', 'nominal', 'the GOP candidate'],
  ['a preposition before a place, then the source', 'In Concord, he', 'pronoun', 'he'],
  ['a statistic', 'Some 55 percent of voters nationwide', undefined],
  ['a percentage after a quantifier', 'Only 52 percent of registered voters', undefined],
  ['an imperative before a name', 'See Hale', 'person', 'Hale'],
  ['a participle and its object', 'Holding signs', undefined],
  ['a possessive cut before its noun', 'The SVP’s', undefined],
  ['a description cut inside its complement', 'The promise to', undefined],
  ['a description ends at its adverb', 'The results also', 'nominal', 'The results'],
  ['an article and lone capitals, cut short', 'A Clinton', undefined],
  ['an article makes the capitals a thing', 'A Trump Rally in Greensboro', 'nominal', 'A Trump Rally in Greensboro'],
  ['a description ends at its auxiliary', 'The conservative publication has been outspoken', 'nominal', 'The conservative publication'],
  ['a description ends at its adverb and verb', 'The Treasury secretary also lauded Mr', 'nominal', 'The Treasury secretary'],
  ['a description ends before a trailing relative word', 'A Brooklyn woman who', 'nominal', 'A Brooklyn woman'],
  ['one capitalized word after a description and its comma', 'Asked what a firm commitment looks like, Devine', 'person', 'Devine'],
  ['an interrogative opening a clause', 'What’s this', undefined],
  ['a preposition opening an adverbial', 'Within half an hour of initial', undefined],
  ['a day after the name', 'Joe Coffey Monday', 'person', 'Joe Coffey'],
  // negatives: names that hold such words, and groups that are sources
  ['an event named with a day', 'Super Tuesday', 'person', 'Super Tuesday'],
  ['a group opened by a quantifier', 'Several senior Democrats', 'nominal', 'Several senior Democrats'],
  ['a surname that is a preposition', 'Al From', 'person', 'Al From'],
  ['an initial that is an article', 'Jill A. Martin', 'person', 'Jill A Martin'],
  ['an initial that is a particle', 'Lindsey O. Graham', 'person', 'Lindsey O Graham'],
  ['an organization ending in an imperative', 'Human Rights Watch', 'org', 'Human Rights Watch'],
  ['a title, then the name', 'The Rev. Al Sharpton', 'person', 'Al Sharpton'],
  ['a suffix after the name', 'Adm. Harry B. Harris Jr.', 'person', 'Harry B Harris Jr'],
  ['a group described by a quantifier', 'Some Democrats', 'nominal', 'Some Democrats'],
  ['a company after the name is a description, not a place', 'Katie Harbath, Facebook’s global outreach director', 'person', 'Katie Harbath'],
  ['a name then a time', 'Priebus later Thursday', 'person', 'Priebus'],
  ['a title before a surname that is a role word', 'Mr. Singer', 'person', 'Singer'],
  ['a relative clause keeps its auxiliary', 'an official who has seen the report', 'nominal', 'an official who has seen the report'],
  ['a publication after "The"', 'The Hill', 'nominal', 'The Hill'],
  ['a number ending a description', 'the 34-year-old mother of three', 'nominal', 'the 34-year-old mother of three'],
  ['a person’s possessive before a quote is that person', 'Oz’s', 'person', 'Oz'],
];

// the description written after a name: [case, phrase, tail]
const tails: [string, string, string][] = [
  ['an adverbial phrase is no description', 'Gordon Humphrey, for example', ''],
  ['a sentence adverb is no description', 'Hillary Clinton, clearly frustrated', ''],
  ['a lone position word is no description', 'George Zimmerman, left', ''],
  ['the reporter aside is no description', 'Bettie Page, you see', ''],
  ['a description cut short', 'Hurt, a former', ''],
  // negatives: real descriptions
  ['an age', 'Sarandon, 69', ', 69'],
  ['a possessive description', 'Lindsey O. Graham, his hawkish South Carolina colleague', ', his hawkish South Carolina colleague'],
  ['a place of origin', 'Tom Carper, of Delaware', ', of Delaware'],
  ['a role', 'Jane Doe, a spokeswoman for the campaign', ', a spokeswoman for the campaign'],
];

for (const [name, phrase, tail] of tails) {
  test(`description after a name: ${name}`, () => assert.equal(mentionOf(phrase, v)?.tail, tail));
}

for (const [name, phrase, kind, text] of phrases) {
  test(`source phrase: ${name}`, () => {
    const m = mentionOf(phrase, v);
    assert.equal(m?.kind, kind);
    if (kind) assert.equal(m?.text, text);
  });
}

const articles: [string, string, [string, string | null][]][] = [
  ['an imperative opening a line is nobody', lead + '“We are in a virtual tie tonight,” Hale said.\n\nSee live results said to be here.Read the latest updates below: “The results are not yet known,” he said.\n',
    [['We are in a virtual tie tonight,', 'Tom Hale'], ['The results are not yet known,', 'Tom Hale']]],
  ['the name after a title run', lead + 'Sirius XM Vice President for news and talk Dave Gorab called the show “the conservative news show of record.”\n',
    [['the conservative news show of record.', 'Dave Gorab']]],
  ['a Title Case headline gives no full name; the body does', 'Liberal Oscar-winner Sarandon Says She May Not Vote For Clinton\n\nActress Susan Sarandon has been a campaigner for Senator Bernie Sanders.\n\n“That is a legitimate concern, because they are very passionate,” Sarandon, 69, told MSNBC on Monday.\n\n“I think Bernie would probably encourage people,” she said.\n',
    [['That is a legitimate concern, because they are very passionate,', 'Susan Sarandon'], ['I think Bernie would probably encourage people,', 'Susan Sarandon']]],
  ['a statistic is no speaker', lead + 'Some 55 percent of voters nationwide said they do not believe Mrs. Roe “cares about people like me at all,” according to a new poll.\n',
    [['cares about people like me at all,', null]]],
  ['a participle opening the sentence is no speaker', lead + 'Holding signs calling Hale “New Jersey’s Biggest Loser,” the protesters chanted loudly outside.\n',
    [['New Jersey’s Biggest Loser,', null]]],
  ['a modifier before a full name given elsewhere', lead + 'Crooked Jane Roe was the subject of the speech.\n\nRoe was not amused. “We will keep working through the night,” Roe said.\n',
    [['We will keep working through the night,', 'Jane Roe']]],
  ['a place after the name ends it', lead + 'After his rally in San Jose, California the governor went further. “They burned the flag and laughed,” he said.\n',
    [['They burned the flag and laughed,', 'Tom Hale']]],
  ['a word the article writes in lowercase is nobody alone', lead + 'Her friends offered to vote for me.\n\n“I’ve ruined your good reputation, huh?” Friends said.\n',
    [['I’ve ruined your good reputation, huh?', null]]],
  // (and the description resolves to the person the article calls a senator)
  ['capitals before a person noun keep it', lead + 'The Ohio senator is telling reporters that she will have “a lot of delegates” after the vote.\n',
    [['a lot of delegates', 'Jane Roe']]],
  // negatives: a real surname that reads as a function word; a surname ending in -ing the article names in full
  ['a surname that is a preposition resolves to the full name', lead + 'Al From, who helped found the council, spoke first.\n\n“We won in those three elections with a smaller share,” From said.\n',
    [['We won in those three elections with a smaller share,', 'Al From']]],
  ['a caption of names is no Title Case line', lead + 'Ahmed al Ashry and Reham Mosad.\n\nAl Ashry was returning home. According to the school, al Ashry said he was “going home to his family at last.”\n',
    [['going home to his family at last.', 'Ahmed al Ashry']]],
  ['a surname ending in -ing the article names in full', lead + 'Peyton Manning spoke after the game.\n\nManning thanked the fans. “We will win it next year,” Manning said.\n',
    [['We will win it next year,', 'Peyton Manning']]],
];

for (const [name, text, want] of articles) {
  test(`junk speakers: ${name}`, () => assert.deepEqual(speakers(text), want));
}

test('junk speakers: an adverb after the name is no description of it', () => {
  const qs = quotesOf(lead + 'Lawyer Ben Brafman spoke for an hour.\n\nBrafman, however, could not have been more delighted. “This was one of my finest moments,” he said.\n');
  assert.deepEqual(qs.map((q) => [q.speaker, q.speaker_role ?? null]), [['Ben Brafman', null]]);
});

test('junk speakers: an age after the name is its description', () => {
  const qs = quotesOf(lead + 'Actress Susan Sarandon spoke on Monday.\n\n“That is a legitimate concern, because they are very passionate,” Sarandon, 69, told MSNBC.\n');
  assert.deepEqual(qs.map((q) => [q.speaker, q.speaker_name ?? null]), [['Susan Sarandon, 69', 'Susan Sarandon']]);
});
