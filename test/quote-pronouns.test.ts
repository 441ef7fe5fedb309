// Pronoun speakers ("he said", "she wrote") resolved to the person they point back to, table-driven,
// each mechanism with negatives: descriptions that name a person ("the Ohio governor said") as
// antecedents, and inverted reported attributions ("..., said Jane Roe, a pollster") as sources.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { sentenceEnds, vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig } from './helpers.js';

const config = await projectConfig();
const processor = createProcessor({ config, batch: emptyBatch() });
const vocab = vocabOf(config);

/**
 * The speaker given to the quote whose text starts with `start`: the name, without the description a
 * house style may credit beside it ("Dan Wolfe, a pollster"); these tests are about who, not how.
 */
function speakerOf(text: string, start: string): string | null | undefined {
  const file = new VFile({ value: text, path: 'a.txt' });
  file.data.kind = 'txt';
  processArticle(processor, file);
  const speaker = (file.data.quotes ?? []).find((q) => q.text.startsWith(start))?.speaker;
  return speaker ? speaker.split(', ')[0] : speaker;
}

const lead = 'Senator Jane Roe of Ohio and Mr. Tom Hale, the governor, met reporters in Columbus on Tuesday.\n\n';

type Case = [name: string, body: string, quote: string, speaker: string | null];

const descriptions: Case[] = [
  ['a description with a person head noun is the antecedent',
    '“We are ready,” Hale said.\n\n“The plan is sound,” the Republican party chairman said after the vote.\n\nThe vote was close. “It will work for every family in the state,” he said.',
    'It will work', 'the Republican party chairman'],
  ['the head noun comes before "of"',
    '“We are ready,” Roe said.\n\n“The plan is sound,” the former secretary of state said after the vote.\n\nThe vote was close. “It will work for every family in the state,” she said.',
    'It will work', 'the former secretary of state'],
  // negative: a description of a thing is no antecedent for "he"; the person before it is
  ['a document is skipped',
    '“We are ready,” Hale said.\n\n“The plan is sound,” the report said of the vote.\n\nThe vote was close. “It will work for every family in the state,” he said.',
    'It will work', 'Tom Hale'],
  // negative: a description that says it is a man is skipped by "she"
  ['a description of the other gender is skipped',
    '“We are ready,” Roe said.\n\n“The plan is sound,” a campaign spokesman said after the vote.\n\nThe vote was close. “It will work for every family in the state,” she said.',
    'It will work', 'Jane Roe'],
];

for (const [name, body, quote, want] of descriptions) {
  test(`pronoun antecedent, description: ${name}`, () => assert.equal(speakerOf(lead + body + '\n', quote), want));
}

const inverted: Case[] = [
  ['a source after the verb closes a reported clause',
    '“We are ready,” Hale said.\n\nThe plan has little support in the suburbs, said Dan Wolfe, a pollster in Columbus. “Nobody there wants to pay for it,” he said.',
    'Nobody there wants', 'Dan Wolfe'],
  ['"according to" closes a reported clause',
    '“We are ready,” Hale said.\n\nThe plan has little support in the suburbs, according to Dan Wolfe. “Nobody there wants to pay for it,” he said.',
    'Nobody there wants', 'Dan Wolfe'],
  // negative: a name after the verb with more of the clause after it is the verb's object
  ['an object after the verb is not a source',
    '“We are ready,” Hale said.\n\nHale, who leads the state, mocked Dan Wolfe for his record. “Nobody there wants to pay for it,” he said.',
    'Nobody there wants', 'Tom Hale'],
  // negative: no comma before the verb, no inversion
  ['a verb inside the clause opens no inverted source',
    '“We are ready,” Hale said.\n\nThe voters who said Dan Wolfe was right were few. “Nobody there wants to pay for it,” he said.',
    'Nobody there wants', 'Tom Hale'],
];

for (const [name, body, quote, want] of inverted) {
  test(`pronoun antecedent, inverted reported source: ${name}`, () => assert.equal(speakerOf(lead + body + '\n', quote), want));
}

const lead2 = 'Mr. Tom Hale and Mr. Dan Wolfe, two state senators, met reporters in Columbus on Tuesday.\n\n';

const openers: Case[] = [
  ['a subject after an opening adverbial is nearer than the last source',
    '“The plan is sound,” Hale said.\n\nIn his statement on Tuesday, Wolfe went further. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  ['a subject after a participle opener',
    '“The plan is sound,” Hale said.\n\nSpeaking after the vote, Wolfe struck a harder tone. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  ['a subject after ", but"',
    '“The plan is sound,” Hale said.\n\nThe chair wanted to move on, but Wolfe was not having it. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  // negative: a name after a comma in the middle of another subject's sentence is no subject
  ['a name inside the sentence is not a subject',
    '“The plan is sound,” Hale said.\n\nHale met with voters, Wolfe among them, in the afternoon. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
];

for (const [name, body, quote, want] of openers) {
  test(`pronoun antecedent, subject after an opener: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const embedded: Case[] = [
  // negative: the subject of a clause someone reports is not a source; the one reporting it is
  ['the subject of a reported clause is not a source',
    '“The plan is sound,” Hale said.\n\nMr. Wolfe said that Hale wanted a vote by Friday. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  ['nor is one right after the speech verb',
    '“The plan is sound,” Hale said.\n\nMr. Wolfe says Hale believes the vote is lost. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  ['a clause of its own still names a source',
    '“The plan is sound,” Wolfe said.\n\nHale wanted a vote by Friday. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
];

for (const [name, body, quote, want] of embedded) {
  test(`pronoun antecedent, reported clause: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const described: Case[] = [
  ['a description of a person opening a clause is the reporter\'s subject',
    '“The plan is sound,” Hale said.\n\nBut the former governor showed restraint on Monday. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
  ['after an opening adverbial too',
    '“The plan is sound,” Hale said.\n\nInstead, the Ohio senator is sticking to his message. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
  // (the description is the person the prose was about, resolve/described.ts; with nobody named near, it stays)
  ['a described subject with nobody named near stays the description',
    'The vote came late.\n\nThe roads were closed.\n\nThe ferries stopped.\n\nInstead, the Ohio senator is sticking to his message. “We will pass it by Friday,” he said.',
    'We will pass it', 'the Ohio senator'],
  // negatives: an appositive after a name, a description inside another subject's clause, a thing
  ['an appositive after a name is not a subject',
    '“The plan is sound,” Hale said.\n\nAsked about it, Mr. Wolfe, the former governor, smiled. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  ['a description after the verb is not a subject',
    '“The plan is sound,” Hale said.\n\nThe movie mentions neither the governor nor the mayor. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
  ['a description of a thing is not a subject',
    '“The plan is sound,” Hale said.\n\nThe budget office released new figures on Monday. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
];

for (const [name, body, quote, want] of described) {
  test(`pronoun antecedent, described subject: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const subjects: Case[] = [
  ['a subject keeps its own given name beside a namesake',
    '“The plan is sound,” Mr. Walt Brennan said.\n\nIn the interview, Jane Brennan made it clear that she had doubts. “We will not fall in line,” she said.',
    'We will not fall', 'Jane Brennan'],
  ['a description of a person, then the name, opens the clause',
    '“The plan is sound,” Hale said.\n\nOne local man, Mr. Dan Wolfe, pulled the senator aside. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  ['a role before the name opens the clause',
    '“The plan is sound,” Hale said.\n\nLast month, Ohio strategist Dan Wolfe expressed dismay. “We will pass it by Friday,” he said.',
    'We will pass it', 'Dan Wolfe'],
  // negative: a role after a determiner inside the clause is an object's
  ['a role inside the clause is no subject',
    '“The plan is sound,” Hale said.\n\nHale thanked the Ohio strategist Dan Wolfe for the help. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
  // negative: a place opening the sentence is nobody's name
  ['a place is not a subject',
    '“We are trying to show some mercy,” Hale said.\n\nSouth Carolina, he said, was “where we have a chance to win the whole thing.”',
    'where we have a chance', 'Tom Hale'],
];

for (const [name, body, quote, want] of subjects) {
  test(`pronoun antecedent, subject: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const namesakes: Case[] = [
  ['a subject of unknown gender beside a namesake is the last resort',
    'Derek Amos Pike was stopped on Friday. Police said Mr. Pike had a knife.\n\nShanequa Pike can be heard shouting at the deputies. “Don’t hurt him, he has nothing on him,” she says.',
    'Don’t hurt him', 'Shanequa Pike'],
  // negative: a word that opened a question is no given name
  ['a question word before a surname is no given name',
    'Mr. Gary Rusko gave the candidate money last summer.\n\nWas Rusko satisfied with the answer? “I think he did fine in the end,” he said.',
    'I think he did fine', 'Gary Rusko'],
];

for (const [name, body, quote, want] of namesakes) {
  test(`pronoun antecedent, namesakes: ${name}`, () => assert.equal(speakerOf(body + '\n', quote), want));
}

const plural: Case[] = [
  ['"they" points back to a group, not to the man quoted last',
    '“We are ready,” the union said in a statement.\n\n“The plan is sound,” Hale said. “We will fight it all the way,” they wrote.',
    'We will fight it', 'the union'],
  // negative: a group is still "they" when nobody else stands between
  ['"they" with a group as the last source',
    '“We are ready,” Hale said.\n\n“The plan is unsound,” the union said in a statement. “We will fight it all the way,” they wrote.',
    'We will fight it', 'the union'],
];

for (const [name, body, quote, want] of plural) {
  test(`pronoun antecedent, plural: ${name}`, () => assert.equal(speakerOf(lead + body + '\n', quote), want));
}

test('pronoun antecedent: a pronoun read as a one-word name still points back', () => {
  const body = '“The plan is sound,” Hale said.\n\nHe has coined a new phrase, “the party of unpaid promises,” to describe his rivals.\n';
  assert.equal(speakerOf(lead2 + body, 'the party of unpaid'), 'Tom Hale');
});

const lone: Case[] = [
  ['a word named once, with a speech verb after it, is a source',
    '“The plan is sound,” Hale said.\n\nOstrander openly admitted that his choice was tactical. “With an eye to March, Nevada,” he said.',
    'With an eye to March', 'Ostrander'],
  // negative: a word the article also writes in lowercase is no name
  ['a common word with a speech verb after it is not a source',
    '“The plan is sound,” Hale said. Much of the research was thin.\n\nResearch suggests that the plan failed. “We will pass it by Friday,” he said.',
    'We will pass it', 'Tom Hale'],
];

for (const [name, body, quote, want] of lone) {
  test(`pronoun antecedent, one-word source: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

test('pronoun antecedent: the source named again as a subject keeps the description its attribution gave', () => {
  const body = 'The plan has little support, said Dan Wolfe, a pollster in Columbus.\n\nWolfe sat down with reporters later. “Nobody there wants to pay for it,” he said.\n';
  const file = new VFile({ value: lead2 + body, path: 'a.txt' });
  file.data.kind = 'txt';
  processArticle(processor, file);
  const q = (file.data.quotes ?? []).find((x) => x.text.startsWith('Nobody there'));
  assert.match(`${q?.speaker}|${q?.speaker_role ?? ''}`, /^Dan Wolfe(, a pollster in Columbus)?\|(a pollster in Columbus)?$/);
  assert.ok(`${q?.speaker}${q?.speaker_role ?? ''}`.includes('a pollster in Columbus'));
});

test('pronoun antecedent: a subject is credited with the description written after its name', () => {
  const body = '“The plan is sound,” Hale said.\n\nMr. Bill Moe, a pollster for the campaign, sounded a cautious note. “It is going to take a lot more than one report,” he said.\n';
  const file = new VFile({ value: lead2 + body, path: 'a.txt' });
  file.data.kind = 'txt';
  processArticle(processor, file);
  const q = (file.data.quotes ?? []).find((x) => x.text.startsWith('It is going'));
  assert.equal(q?.speaker?.split(', ')[0], 'Bill Moe');
  assert.ok(`${q?.speaker}${q?.speaker_role ?? ''}`.includes('a pollster for the campaign'));
});

/** The role credited beside the speaker of the quote starting with `start` ('' when none). */
function roleOf(text: string, start: string): string {
  const file = new VFile({ value: text, path: 'a.txt' });
  file.data.kind = 'txt';
  processArticle(processor, file);
  return (file.data.quotes ?? []).find((q) => q.text.startsWith(start))?.speaker_role ?? '';
}

type RoleCase = [name: string, body: string, quote: string, role: string];

const credits: RoleCase[] = [
  ['a reported source read twice ("said he thought") keeps the description',
    'Dan Wolfe, who runs a program on privacy at a policy shop, said he thought the fuss was overdone.\n\nStill, he called the case rare. “I think this is an odd mix of events,” he said.',
    'I think this', 'who runs a program on privacy at a policy shop'],
  ['a subject named again by surname is credited as its attribution credited it',
    'Ann Price, a payroll clerk from Milford, said before the town hall that the plan failed. Ms. Jill Hart said the vote was close.\n\nPrice graduated from Eastport State College owing money. “I feel like I will be paying for this degree forever,” she said.',
    'I feel like', 'a payroll clerk from Milford'],
  // negatives: the latest attribution of that person gave no description, so none is borrowed from an older one
  ['the latest attribution without a description wins over an older one',
    'Ann Price, a payroll clerk from Milford, said the plan failed.\n\nPrice later said the vote was close.\n\nPrice graduated from Eastport State College owing money. “I feel like I will be paying for this degree forever,” she said.',
    'I feel like', ''],
  ['another person is never credited with the description',
    'Ann Price, a payroll clerk from Milford, said the plan failed.\n\nMs. Jill Hart graduated from Eastport State College owing money. “I feel like I will be paying for this degree forever,” she said.',
    'I feel like', ''],
];

for (const [name, body, quote, want] of credits) {
  test(`pronoun antecedent, credit line: ${name}`, () => assert.equal(roleOf(lead2 + body + '\n', quote), want));
}

const introduced: Case[] = [
  ['a person the paragraph introduces with a description continues into "he said"',
    '“We are ready,” Hale said.\n\nRaynor Quist, a campaign consultant and radio host, is a Columbus resident who voted for Hale. “If the state had voted first, Hale would have lost,” he said.',
    'If the state', 'Raynor Quist'],
  // negatives: no description of a person, another paragraph, or a name the article used before
  ['an appositive that describes no person does not introduce anyone',
    '“We are ready,” Hale said.\n\nSandy Brook, 13 miles from the capital, is a quiet town that voted for Hale. “If the state had voted first, we would have lost,” he said.',
    'If the state', 'Tom Hale'],
  ['a person introduced in an earlier paragraph is left to gender evidence',
    'Raynor Quist, a campaign consultant and radio host, is a Columbus resident.\n\n“We are ready,” Hale said.\n\nThe vote was close. “If the state had voted first, we would have lost,” he said. The count went on into the night.',
    'If the state', 'Tom Hale'],
];

for (const [name, body, quote, want] of introduced) {
  test(`pronoun antecedent, introduced subject: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const openerWords: Case[] = [
  ['a clause opener read as the source is nobody, not the speaker of a later "he"',
    'Instead, Will called for unity behind Tom Hale, whom he describes as having “a judge’s patience and a sailor’s nerve.” The end was near.',
    'a judge', null],
  // negative: a real one-word source before its verb still speaks
  ['a one-word name before a speech verb is still a source',
    'Hale spoke first. Later, Quist called for unity behind the plan, which he describes as “a judge’s patience and a sailor’s nerve.” The end was near.',
    'a judge', 'Quist'],
];

for (const [name, body, quote, want] of openerWords) {
  test(`pronoun antecedent, opener words: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const initialisms: [name: string, text: string, ends: number][] = [
  ['"U.S." before "He" ends a sentence', 'Quist says Hale wants to distract from attacks in the U.S. He says voters want more.', 1],
  ['"U.S." before "The" ends a sentence', 'Quist moved the plant to the U.S. The tax cut helped.', 1],
  // negatives: an initialism before a name or a noun goes on
  ['"U.S." before "Senate" goes on', 'Quist spoke in the U.S. Senate on Tuesday.', 0],
  ['"D.C." before a name goes on', 'Quist flew to Washington, D.C. Tuesday to meet Hale.', 0],
  ['"Mr." before "He" is still a title', 'Quist met Mr. He Lanfeng in Tianjin.', 0],
];

for (const [name, text, want] of initialisms) {
  test(`sentence ends, initialisms: ${name}`, () => assert.equal(sentenceEnds(text, vocab).filter((e) => e < text.length).length, want));
}

/** The full credit line ("Name, description") of the quote starting with `start`. */
function creditOf(text: string, start: string): string {
  const file = new VFile({ value: text, path: 'a.txt' });
  file.data.kind = 'txt';
  processArticle(processor, file);
  return (file.data.quotes ?? []).find((q) => q.text.startsWith(start))?.speaker ?? '';
}

const anew: RoleCase[] = [
  ['a source described anew as the subject is credited with the new description',
    'Ms. Patti Doe, a longtime liberal, said the plan failed.\n\nEarlier in the season, Doe, who was estranged from her father, was critical of all the candidates. “They are so not like him,” she said.',
    'They are so', 'Patti Doe, who was estranged from her father'],
  // negatives: an aside or an action after the name describes nobody; the attribution's credit stays
  ['an aside after the subject is no description',
    'Ms. Patti Doe, a longtime liberal, said the plan failed.\n\nDoe, for her part, was critical of all the candidates. “They are so not like him,” she said.',
    'They are so', 'Patti Doe, a longtime liberal'],
  ['an action after the subject is no description',
    'Ms. Patti Doe, a longtime liberal, said the plan failed.\n\nDoe, wearing a campaign T-shirt, was critical of all the candidates. “They are so not like him,” she said.',
    'They are so', 'Patti Doe, a longtime liberal'],
];

for (const [name, body, quote, want] of anew) {
  test(`pronoun antecedent, credit line anew: ${name}`, () => assert.equal(creditOf(lead2 + body + '\n', quote), want));
}

const relative: Case[] = [
  ['a described subject followed by a relative clause is what "she" continues',
    '“We are ready,” Hale said.\n\nThe woman who led the chant gave her name to reporters as a Dayton nurse. “He really listens to the folks in this state,” she said.',
    'He really listens', 'The woman'],
  // negatives: a relative clause after a thing, or after "which", makes no person the subject
  ['a description of a thing with a relative clause is nobody',
    '“We are ready,” Hale said.\n\nThe plan that led the agenda was dropped on Tuesday. “He really listens to the folks in this state,” he said.',
    'He really listens', 'Tom Hale'],
];

for (const [name, body, quote, want] of relative) {
  test(`pronoun antecedent, relative clause: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const initialsInDescription: RoleCase[] = [
  ['an initial inside the description after a subject does not cut it',
    'Juan Quist, a top adviser to then-Governor George W. Hale, also questioned the plan.\n\n“There is no question that you have to deny them sanctuary,” he said.',
    'There is no', 'a top adviser to then-Governor George W. Hale'],
  // negative: a sentence end inside is still an end, so there is no description
  ['a period ending a sentence ends the description too',
    'Juan Quist, a top adviser to the governor. Also questioned the plan, he said.\n\n“There is no question that you have to deny them sanctuary,” he said.',
    'There is no', ''],
];

for (const [name, body, quote, want] of initialsInDescription) {
  test(`pronoun antecedent, credit line with initials: ${name}`, () => assert.equal(roleOf(lead2 + body + '\n', quote), want));
}

const places: Case[] = [
  ['a place read as a reported source is no antecedent for "she"',
    '“But I think the record raises real questions,” Ms. Jane Price told reporters.\n\nThe United Kingdom would never accept that from another ally, she said.\n\n“For them to cheer it raises safety questions,” she said.',
    'For them to', 'Jane Price'],
  // negative: a name ending like a month, described as a person, is still a source
  ['a person whose name ends like a month, described as a person, is a source',
    '“But I think the record raises real questions,” Ms. Jane Price told reporters.\n\nThida Aung May, 58, a teacher, said the count was fair.\n\n“For them to cheer it raises safety questions,” she said.',
    'For them to', 'Thida Aung May'],
];

for (const [name, body, quote, want] of places) {
  test(`pronoun antecedent, places: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}

const unisex: Case[] = [
  ['a unisex given name says nothing, so "she" may point back to it',
    'The study was written by Lee Quist, a law professor at the state university.\n\nThe justices are finding common ground, Professor Quist said.\n\n“Without the chief, it is still a divided court,” she said.',
    'Without the chief', 'Lee Quist'],
  // negative: a given name that says "man" keeps "she" away
  ['a male given name keeps "she" away',
    '“We will see,” Ms. Jane Price told reporters.\n\nThe study was written by Larry Quist, a law professor at the state university.\n\nThe justices are finding common ground, Professor Quist said.\n\n“Without the chief, it is still a divided court,” she said.',
    'Without the chief', 'Jane Price'],
];

for (const [name, body, quote, want] of unisex) {
  test(`pronoun antecedent, given names: ${name}`, () => assert.equal(speakerOf(lead2 + body + '\n', quote), want));
}
