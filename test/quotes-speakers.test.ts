// Speaker resolution mechanisms, table-driven, each with negatives: the subject of a participle
// attribution (", saying"), and pronouns that continue the reporter's sentence subject.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader, speakersOf } from './helpers.js';

const quotesOf = await quoteReader();
// who was found, whatever description the article credits them with
const speakers = speakersOf(quotesOf);

const lead = 'Senator Jane Roe of Ohio and Mr. Tom Hale, the governor, met reporters in Columbus on Tuesday.\n\n';

const participles: [string, string, [string, string | null][]][] = [
  ['object between verb and participle', 'Roe posted a long comment on Twitter, saying, “We will pass this bill by Friday.”', [['We will pass this bill by Friday.', 'Jane Roe']]],
  ['place name as object', 'Hale told a North Carolina rally, saying the plan would “hurt working families everywhere.”', [['hurt working families everywhere.', 'Tom Hale']]],
  ['time opener before the subject', 'Hours later, Roe returned the favor, telling reporters, “He has been a friend for years.”', [['He has been a friend for years.', 'Jane Roe']]],
  ['infinitive opener before the subject', 'To wit, Hale told the paper that the bill was dead, adding, “Nobody will vote for it now.”', [['Nobody will vote for it now.', 'Tom Hale']]],
  ['reported clause before the participle', 'Roe argued that a new fund would help schools, saying it is “all about priorities in the end.”', [['all about priorities in the end.', 'Jane Roe']]],
  ['pronoun subject is not a description', 'Hale said he saw no reason to change course, telling reporters that “we tell the truth every day.”', [['we tell the truth every day.', 'Tom Hale']]],
  // negative: the participle's own subject opens the sentence, not a later name in it
  ['a later name in the clause is not the subject', 'Roe praised Hale in the hall, saying, “This is the best deal we could get.”', [['This is the best deal we could get.', 'Jane Roe']]],
];

for (const [name, para, want] of participles) {
  test(`participle attribution: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const pronouns: [string, string, [string, string | null][]][] = [
  ['the reporter moves on to another subject', '“The plan is sound,” Hale said.\n\nRoe is outlining her own proposals on jobs. She says voters want “a real plan for the state and its schools.”',
    [['The plan is sound,', 'Tom Hale'], ['a real plan for the state and its schools.', 'Jane Roe']]],
  // negative: a subject of the other gender does not capture the pronoun
  ['a subject of the other gender is skipped', '“The plan is sound,” Hale said.\n\nRoe left the room early. “We will keep working on it through the night,” he said.',
    [['The plan is sound,', 'Tom Hale'], ['We will keep working on it through the night,', 'Tom Hale']]],
  // negative: a name opening a sentence inside a quote is not the reporter's subject
  ['a name inside a quote is not an antecedent', '“The plan is sound,” Roe said. “Hale knows it too.” She added, “We will pass it this week.”',
    [['The plan is sound,', 'Jane Roe'], ['Hale knows it too.', 'Jane Roe'], ['We will pass it this week.', 'Jane Roe']]],
];

for (const [name, para, want] of pronouns) {
  test(`pronoun antecedent: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const sources: [string, string, [string, string | null][]][] = [
  ['a place after the appositive is not the subject', 'Hale, who is a pastor at the church in Elizabeth, Colorado, slammed the plan for promoting “waste on a truly grand scale.”', [['waste on a truly grand scale.', 'Tom Hale']]],
  ['a pronoun opening a long subject phrase stays a pronoun', '“The plan is sound,” Hale said.\n\nHe then implied that the plan should be put on “a fast track through the legislature.”', [['The plan is sound,', 'Tom Hale'], ['a fast track through the legislature.', 'Tom Hale']]],
  ['a lowercase title opens the subject', '“We will be ready,” Hale said.\n\nBut state Rep. Ann Kline, a member of the committee, recalled the last session.\n\n“Nobody was ready then,” she said.', [['We will be ready,', 'Tom Hale'], ['Nobody was ready then,', 'Ann Kline']]],
  ['a dateline is not the subject of a participle', 'DAYTON, Ohio, Nov. 3 (HNS) — In reply to the ruling, Roe rallied volunteers, saying: “We must be prepared for the next round.”', [['We must be prepared for the next round.', 'Jane Roe']]],
  // negative: without an honorific the most frequent full name stands
  ['"Ms." picks the woman of a family sharing a surname', 'Mr. Farid Malouf spoke first. Ms. Layla Malouf stood beside him. Mr. Malouf spoke again.\n\n“We lost our daughter,” Ms. Malouf wrote.', [['We lost our daughter,', 'Layla Malouf']]],
  ['a verb inside a relative clause is not the cue', '“We will carry this county,” Ezra Lindgren, a pediatrician who advised Pell on the school lunch overhaul, said.', [['We will carry this county,', 'Ezra Lindgren']]],
  ['a lowercase description between capitals is a title', 'Democratic presidential front-runner Wade Pettibone, insisting that “we will win this state.”', [['we will win this state.', 'Wade Pettibone']]],
  ['a party tag in brackets ends no sentence', 'Independent gubernatorial candidate Sen. Dwight Kesler (I-Vt.) said, “We will win this state.”', [['We will win this state.', 'Dwight Kesler']]],
  ['a possessive owns a description, the name after it speaks', '“We will win this state,” Brightline’s chief executive, Ilse Vantongeren, told reporters.', [['We will win this state,', 'Ilse Vantongeren']]],
  // negatives: the possessive's description is the source when no name follows; a lowercase verb is no title
  ['a possessive description without a name is the source', '“We will win this state,” Okafor’s campaign said.', [['We will win this state,', 'Okafor’s campaign']]],
  ['an age or a lowercase description before the name', 'But as anti-terrorist prosecutor Ann Kline put it, “there was not much to complain about.”\n\n19-year-old Devin Sorrell echoed: “She says what she thinks, and I respect that.”', [['there was not much to complain about.', 'Ann Kline'], ['She says what she thinks, and I respect that.', 'Devin Sorrell']]],
  // negative: more than a few lowercase words before a name are a clause, not its title
  ['a long lowercase run is not a title', '“We will pass it,” said Hale.\n\nand so the long and winding road to Columbus ended, “nobody will vote for it now,” he said.', [['We will pass it,', 'Tom Hale'], ['nobody will vote for it now,', 'Tom Hale']]],
  ['a verb after a name ends the subject', 'Hale deflected questions, saying “we will win this state.”', [['we will win this state.', 'Tom Hale']]],
];

const credits: [string, string, string | null][] = [
  ['an appositive after the name', '“We will win,” said Lena Marchetti, senior adviser to the Council for a Balanced State Budget.', 'Lena Marchetti, senior adviser to the Council for a Balanced State Budget'],
  ['a party tag and a role', '“We will win,” said Rep. Marcus Tillery (D-Md.), chair of the Rules Committee.', 'Marcus Tillery, D-Md., chair of the Rules Committee'],
  ['a long description up to its relative clause', '“She had already decided,” said one former manager who asked for anonymity to avoid hurting his firm.', 'one former manager'],
  ['a participle subject keeps its appositive', 'Lena Marchetti, president of the Harbor Institute, linked the gains to attendance figures, saying the program helped “thousands of families in the end.”', 'Lena Marchetti, president of the Harbor Institute'],
  ['a party tag before the predicate', 'Sen. Ann Kline (D-Ohio) on Saturday criticized the accord, saying it goes “nowhere near far enough.”', 'Ann Kline, D-Ohio'],
  // negatives: how or when someone acted is no description of them
  ['a manner is not a description', 'Jane Roe, clearly frustrated, waved the question away, saying it was “a waste of everybody’s time.”', 'Jane Roe'],
  ['a time is not a description', 'Jane Roe, then in college, did not approve, saying it was “a waste of everybody’s time.”', 'Jane Roe'],
  ['"now" and "then" open a description', '“We will win,” said Greta Fairley, now a partner at a consulting firm.', 'Greta Fairley, now a partner at a consulting firm'],
  // negatives: the reporter's adverb or clause after the name describes nobody
  ['an adverb after the name', '“We will win,” Jane Roe, meanwhile, said.', 'Jane Roe'],
  ['a participle after an adverb', '“We will win,” said Jane Roe, also campaigning in Ohio.', 'Jane Roe'],
  ['a description whose complement holds the name', 'A spokeswoman for the House Fisheries and Waterways Committee said, “We will vote on Friday.”', 'A spokeswoman for the House Fisheries and Waterways Committee'],
  ['a woven fragment keeps the description beside the name', 'Nolan Pritchard, the director of forensics at the University of Eastport, compared Hale to a coach who is “working the umpires” all game.', 'Nolan Pritchard, the director of forensics at the University of Eastport'],
  // negative: an event after a comma is not part of the description
  ['an event after a comma', '“We will win,” said Lena Marchetti, a senior adviser, in an interview on Tuesday.', 'Lena Marchetti, a senior adviser'],
];

for (const [name, para, want] of credits) {
  test(`credit: ${name}`, () => assert.equal(quotesOf(lead + para + '\n')[0]?.speaker, want));
}

for (const [name, para, want] of sources) {
  test(`source: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const fragments: [string, string, [string, string | null][]][] = [
  ['a description subject owns a woven fragment', 'The complaint, which was filed in federal court, alleged that the state “failed to protect the voter files at all.”', [['failed to protect the voter files at all.', null]]],
  ['a long fragment with nobody named is still kept', 'Under the rules, a motion is valid when it is “made in writing before the session opens.”', [['made in writing before the session opens.', null]]],
  // negatives: a short scare-quoted term stays out, and a verb phrase is no description
  ['a short scare quote is dropped', 'The budget was a “quick fix” for the papers.', []],
  ['the subject of a state is no speaker', 'The vote was “a formality for everyone in the room.”', [['a formality for everyone in the room.', null]]],
];

for (const [name, para, want] of fragments) {
  test(`woven fragment: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const datelines: [string, string, [string, string | null][]][] = [
  ['agency dateline with a hyphen', 'LONDON (Harbor Wire) - Jane Roe said on Monday she would be “very happy to help the new government.”', [['very happy to help the new government.', 'Jane Roe']]],
  ['dateline with an em dash', 'WASHINGTON \u2014 Tom Hale said the deal was “the best we could get this year.”', [['the best we could get this year.', 'Tom Hale']]],
  // negative: an all-capitals word later in the text is no dateline
  ['an acronym subject mid-text stays', 'Roe spoke first.\n\nThe OFBA said in a statement that the bill was “an attack on every law-abiding owner.”', [['an attack on every law-abiding owner.', 'The OFBA']]],
];

for (const [name, para, want] of datelines) {
  test(`dateline: ${name}`, () => assert.deepEqual(speakers('Budget Talks Stall In Ohio\n\n' + para + '\n'), want));
}

const verbs: [string, string, [string, string | null][]][] = [
  ['"beamed" after the quote', '“This is a fantastic night for the state!” beamed Tom Hale.', [['This is a fantastic night for the state!', 'Tom Hale']]],
  ['"barked" after the quote', '“Go back to your seats right now,” Roe barked.', [['Go back to your seats right now,', 'Jane Roe']]],
  // negative: an unknown verb names no source, so nothing is made up
  ['an unknown verb names nobody', '“Go back to your seats right now,” the clock ticked.', [['Go back to your seats right now,', null]]],
];

for (const [name, para, want] of verbs) {
  test(`speech verb: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const tails: [string, string, [string, string | null][]][] = [
  ['the sentence goes on, then the source', '“The panel takes no position on the substance” of the appeal, the unsigned order said.', [['The panel takes no position on the substance', 'the unsigned order']]],
  // (the description resolves to the one the article calls governor)
  ['a described subject before a participle', 'The former governor mocked Roe for calling herself the “queen of the budget line,” noting the deficit.', [['queen of the budget line,', 'Tom Hale']]],
  // negative: a verb of another clause before the comma keeps the tail from being read as the source
  ['another clause before the comma', '“We will not vote for it” and the others agreed, the paper said.', [['We will not vote for it', null]]],
];

for (const [name, para, want] of tails) {
  test(`source after the quote: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const cues: [string, string, [string, string | null][]][] = [
  ['a verb opening its sentence, source after it', 'Said Tom Hale, who grew up in the town, “We were all so proud of her.”', [['We were all so proud of her.', 'Tom Hale']]],
  ['a conjunction, then the inverted verb', 'Roe was careful. But, said Hale, “I don\u2019t want to drum up any conflict here.”', [['I don\u2019t want to drum up any conflict here.', 'Tom Hale']]],
  // negative: an all-capitals headline word is no opening verb
  ['a headline in capitals names nobody', 'TELLING THE STORY OF THE FLOOD “It is about giving people a voice of their own.”', [['It is about giving people a voice of their own.', null]]],
  ['a relative clause verb is not the cue', 'Tom Hale said the town lost a voice that said “kindness in hard times is strength.”', [['kindness in hard times is strength.', 'Tom Hale']]],
  ['"who said" names the name it hangs on', 'The loss was steep for Mr. Hale, who said he would get “recharged and take a day off.”', [['recharged and take a day off.', 'Tom Hale']]],
  ['"who said" after a name and the place it is of names the person, not the place', 'Critics such as Sen. Tom Hale of Vermont, who mused on Tuesday that the bill was “a gift to the biggest mills in the state.”', [['a gift to the biggest mills in the state.', 'Tom Hale']]],
  // negative: a relative clause set off by commas before the quote is not the attribution
  ['"who ended ..., as" is no cue', 'Roe is praising Hale, who ended his bid on Saturday, as “a man who never went to the gutter.”', [['a man who never went to the gutter.', 'Jane Roe']]],
  ['a verb form after an article is a noun', 'The answers to the crisis are “not meeting the demand,” says Tom Hale.', [['not meeting the demand,', 'Tom Hale']]],
  ['coordinated after a non-speech verb', 'In an interview Thursday, the former surgeon criticized the plan and said it was “still in the game.”', [['still in the game.', 'the former surgeon']]],
  ['coordinated with "but"', 'A spokesman for the firm declined to comment but said in a statement that “the server was treated like any other.”', [['the server was treated like any other.', 'A spokesman for the firm']]],
  ['"X puts it"', 'As Jane Roe puts it, “The senators are unmoved and the activists uninspired.”', [['The senators are unmoved and the activists uninspired.', 'Jane Roe']]],
  ['a subordinate clause subject', 'It started when Tom Hale tweeted that the bill showed “hostility to even modest curation.”', [['hostility to even modest curation.', 'Tom Hale']]],
  // negative: "after a lunch" is a phrase, not a clause; the subject stays the name before it
  ['a preposition is no clause opener', 'Sen. Jane Roe (D-Ohio), said after a breakfast on Tuesday that she had not seen the draft, but called it a “first step for the committee.”', [['first step for the committee.', 'Jane Roe']]],
  ['a long modifier before a full name', '“Subpoenas are not optional,” panel Chairman Rep. Tom Hale (R-Ohio) said.', [['Subpoenas are not optional,', 'Tom Hale']]],
];

for (const [name, para, want] of cues) {
  test(`attribution cue: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

// the credit line (speaker with its description) at a short-form mention
const shortCredits: [string, string, string][] = [
  ['a short name drops the relative clause', '“We will win,” said Hale, who served three tours in Iraq.', 'Tom Hale'],
  // negatives: an appositive stays; a full name keeps its relative clause
  ['a short name keeps its appositive', '“We will win,” said Hale, a former Marine.', 'Tom Hale, a former Marine'],
  ['a full name keeps the relative clause', '“We will win,” said Bo Ruiz, who served three tours in Iraq.', 'Bo Ruiz, who served three tours in Iraq'],
];

for (const [name, para, want] of shortCredits) {
  test(`credit line: ${name}`, () => assert.equal(quotesOf(lead + para + '\n')[0]?.speaker, want));
}

// descriptions that run long or hold a quoted title
const longCredits: [string, string, string | null][] = [
  ['a long appositive before the verb', 'Bo Ruiz, a veteran Toledo organizer who ran the field office in the 2012 race and is now leading the mail-ballot drive in the county, said the drive is a “central piece of our plan.”', 'Bo Ruiz, a veteran Toledo organizer who ran the field office in the 2012 race and is now leading the mail-ballot drive in the county'],
  ['a quoted title inside the description', '“We will fight this plan,” said Bo Ruiz, author of “The Long Ledger,” a history of the debate.', 'Bo Ruiz, author of “The Long Ledger,” a history of the debate'],
  ['a described source holding a title', '“We must win them back,” wrote the authors of the “Fresh Start” report.', 'the authors of the “Fresh Start” report'],
  // negative: a quoted phrase of speech after "an" is not a title; the description, cut off before it, is
  // dropped from the credit (filters/speaker-shape.ts)
  ['speech after an article is no title', '“It was awful,” said Bo Ruiz, a plaintiff who waited in an “extraordinarily long line” to vote.', 'Bo Ruiz'],
];

for (const [name, para, want] of longCredits) {
  test(`credit line: ${name}`, () => assert.equal(quotesOf(lead + para + '\n')[0]?.speaker, want));
}

const appositives: [string, string, string | null][] = [
  ['an adverb between the source and its verb', 'Bo Ruiz, the head of the league, forcefully told a voter that “staying home is no strategy.”', 'Bo Ruiz, the head of the league'],
  ['an appositive missing its closing comma', 'Bo Ruiz, president and CEO of the Ohio Grocers Association stated, “It is a math problem.”', 'Bo Ruiz, president and CEO of the Ohio Grocers Association'],
  // negatives: a place before the subject, and a pronoun before the description, are no name with an appositive
  ['a place before an aged subject', 'At a rally in Marietta, Ohio, 62-year-old Bo Ruiz railed against the plan, and said it was “a disgrace to the state.”', 'Bo Ruiz'],
  ['a pronoun before the description', '“It would help us all,” That, the commission said.', null],
];

for (const [name, para, want] of appositives) {
  test(`credit line: ${name}`, () => assert.equal(quotesOf(lead + para + '\n')[0]?.speaker ?? null, want));
}

const dashed: [string, string, string | null][] = [
  ['a description after a dash', '“It is a big deal for us,” said Bo Ruiz \u2014 a teacher from Mount Pleasant.', 'Bo Ruiz, a teacher from Mount Pleasant'],
  // negative: the reporter's clause after a dash is no description
  ['a clause after a dash', '“It is a big deal for us,” said Bo Ruiz \u2014 and he meant it.', 'Bo Ruiz'],
];

for (const [name, para, want] of dashed) {
  test(`credit line: ${name}`, () => assert.equal(quotesOf(lead + para + '\n')[0]?.speaker ?? null, want));
}

const intros: [string, string, [string, string | null][]][] = [
  ['"as X said" after the quote', 'Still, the fact that the contest “is neck and neck right now,” as Hale said on the radio Monday, matters.', [['is neck and neck right now,', 'Tom Hale']]],
  ['a colon after a name that is the object', 'Former governor Tom Hale broke down what was wrong to the Dutch newspaper Avondpost Gazet: “What they did was so insensitive to us.”', [['What they did was so insensitive to us.', 'Tom Hale']]],
  // negatives: a name ending a title line before the colon, and a name after "More from", are the source
  ['a titled name before a colon', 'Former secretary of state Jane Roe: “We learned that from the department itself.”', [['We learned that from the department itself.', 'Jane Roe']]],
  ['"More from X:" names X', 'What it means for the election - More from Hale: “The partisanship of the state is a start.”', [['The partisanship of the state is a start.', 'Tom Hale']]],
];

for (const [name, para, want] of intros) {
  test(`attribution cue: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const turns: [string, string, (string | null)[]][] = [
  ['labels that recur name their turns', 'Partial transcript as follows:\n\n"HALE: We will win this state.\n\n"ROE: Will you, though, after this week?\n\n"HALE: Yes, we will win it by ten points.\n\n"ROE: We will see about that in November."', ['Hale', 'Roe', 'Hale', 'Roe']],
  // negative: a label opening a single quote ("VIDEO:") is no speaker
  ['a lone label is no turn', 'The clip ran on Tuesday night.\n\n"VIDEO: Nobody told us anything about the attack at all."', [null]],
];

for (const [name, para, want] of turns) {
  test(`transcript: ${name}`, () => assert.deepEqual(quotesOf('Budget Talks Stall In Ohio\n\n' + para + '\n').map((q) => q.speaker), want));
}

const objectClauses: [string, string, [string, string | null][]][] = [
  ['"what X called"', 'The city sought the convention to shed what Hale called “a perception problem for the city.”', [['a perception problem for the city.', 'Tom Hale']]],
  ['"in what X, an appositive, called"', 'He guarded every delegate, in what Jane Roe, the treasurer of the campaign, called “hand-to-hand combat on the floor.”', [['hand-to-hand combat on the floor.', 'Jane Roe']]],
  ['hyphens set off an opener', 'Marking the end of the primaries -- complete with a teleprompter -- Hale told supporters that “we close one chapter tonight.”', [['we close one chapter tonight.', 'Tom Hale']]],
  // negative: a participle's "for what he has done" names no subject of its own
  ['a participle after "what he has done"', 'Jane Roe praised Hale for what he has done in the state, calling it “an incredible feat for anyone.”', [['an incredible feat for anyone.', 'Jane Roe']]],
  ['a name after a hyphen before a colon', 'TURNOUT IN IOWA RAISES NO EXPECTATIONS - Tom Hale: “At long last the contests have started in earnest.”', [['At long last the contests have started in earnest.', 'Tom Hale']]],
];

for (const [name, para, want] of objectClauses) {
  test(`attribution cue: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

const titleParticiples: [string, string, string | null][] = [
  ['"managing director" is a title', '“Growth will return,” said Bo Ruiz, managing director and internet analyst at Hollis Partners.', 'Bo Ruiz, managing director and internet analyst at Hollis Partners'],
  // negative: a participle of the reporter's sentence ends the description
  ['"citing participants" ends it', '“He did not pick anyone,” wrote Bo Ruiz, citing participants in the meeting.', 'Bo Ruiz'],
];

for (const [name, para, want] of titleParticiples) {
  test(`credit line: ${name}`, () => assert.equal(quotesOf(lead + para + '\n')[0]?.speaker ?? null, want));
}

// A title run after a stop word names the person after the title; a description whose complement holds a
// name stays the description.
const titleRuns: [string, string, string][] = [
  ['a title run after "on" and an organization', 'The Council on Coastal Relations National Executive Director Samir Haddad', 'Samir Haddad'],
  ['a title run after "and"', 'Former Ohio Gov. and National Committee Chairman Ray Dunmore', 'Ray Dunmore'],
  // negatives: no title in the last run, and a description whose complement holds a name
  ['no title in the last run', 'The head of the Ohio Grocers Association', 'The head of the Ohio Grocers Association'],
  ['a name inside the complement', 'A spokeswoman for the House Fisheries and Waterways Committee', 'A spokeswoman for the House Fisheries and Waterways Committee'],
];

for (const [name, phrase, want] of titleRuns) {
  test(`title run: ${name}`, () =>
    assert.deepEqual(speakers('Budget Talks Stall In Ohio\n\n' + phrase + ' said the plan was “a step in the right direction for us.”\n'), [['a step in the right direction for us.', want]]));
}

// Short forms of a name the article gives in full, and a quote after a bare conjunction.
const shortForms: [string, string, [string, string | null][]][] = [
  ['the last words of a longer name are that name', 'Daw Khin Mya Thet leads the party.\n\nMs. Mya Thet spoke in the capital on Monday. “Unity is the first task of any new government,” she said.',
    [['Unity is the first task of any new government,', 'Daw Khin Mya Thet']]],
  // negative: another given name with the same surname is another person
  ['another given name is another person', 'Dana Lamm leads the party. Jo Lamm, her brother, runs the farm.\n\n“We will plant in May this year,” Jo Lamm said.',
    [['We will plant in May this year,', 'Jo Lamm']]],
  ['a role word the article gives as a surname', 'Tennis great Marla Jo King spoke at the memorial on Friday.\n\nKing says he “talked the talk and walked the walk every day.”',
    [['talked the talk and walked the walk every day.', 'Marla Jo King']]],
  // negative: a role word nobody in the article bears as a surname stays a description
  ['a role word nobody bears stays a description', 'Tennis great Marla Jo Penn spoke at the memorial on Friday.\n\nThe King says he “talked the talk and walked the walk every day.”',
    [['talked the talk and walked the walk every day.', 'The King']]],
  ['a quote after a bare "But" continues the quote before', '“I don’t think it is do or die for anyone,” Hale said outside. But “the party is stronger with him on board. It helps.”',
    [['I don’t think it is do or die for anyone,', 'Tom Hale'], ['the party is stronger with him on board. It helps.', 'Tom Hale']]],
  // negative: an unknown capitalized word opening the clause is not a conjunction: no speaker
  ['a lone unknown word is no conjunction', '“I don’t think it is do or die for anyone,” Hale said outside. Bluster “is not a plan for the state or its schools.”',
    [['I don’t think it is do or die for anyone,', 'Tom Hale'], ['is not a plan for the state or its schools.', null]]],
];

for (const [name, para, want] of shortForms) {
  test(`short form: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}

// (the stage reads a copy with tags blanked to spaces; the text is cut from the source: never those spaces)
test('quote text with a tag inside is the source as written', () => {
  const got = quotesOf(lead + 'Roe spoke first. “We will pass <b>this</b> bill by Friday,” Roe said.\n');
  assert.deepEqual(got.map((q) => q.text), ['We will pass <b>this</b> bill by Friday,']);
});

// "who said" after a name and its appositives reports that person's speech: a later "she said" is theirs.
const relatives: [string, string, [string, string | null][]][] = [
  ['a "who said" after a named object', 'Roe has said the files were never secret.\n\nHer position was backed on Friday by Sen. Mara Quist of Idaho, the ranking member of the panel, who said none of the files were secret.\n\n“It never made sense to blame her for any of this,” she said.',
    [['It never made sense to blame her for any of this,', 'Mara Quist']]],
  // negatives: after an article the capitals are a description; after "and" the relative is both
  ['capitals after an article are a description', '“We will hold the line on taxes this year,” Roe said.\n\nIt was a reversal for the Ohio Democrat, who had pledged to back the plan. “I want to see a plan first,” she said.',
    [['We will hold the line on taxes this year,', 'Jane Roe'], ['I want to see a plan first,', 'Jane Roe']]],
];

for (const [name, para, want] of relatives) {
  test(`relative source: ${name}`, () => assert.deepEqual(speakers(lead + para + '\n'), want));
}
