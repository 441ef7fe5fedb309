import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitNames, unglue } from '../pipeline/text/names.js';
import { byNames } from '../pipeline/stages/byline.js';
import { page, projectConfig, runDump as run } from './helpers.js';

test('byline lines: names without titles, stamps, handles; wire credits', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  const cases: [string, string[] | undefined][] = [
    ['By Christopher Lindqvist and Julia Marwood', ['Christopher Lindqvist', 'Julia Marwood']],
    ['By Chas Pellow, Benjamin Orrin, and Matt Quarles', ['Chas Pellow', 'Benjamin Orrin', 'Matt Quarles']],
    ['by Brett Calloway - 03/14/22 09:05 AM ET', ['Brett Calloway']],
    ['By Kent HollisMar 14, 2022', ['Kent Hollis']],
    ['By Charles Pember, Contributing Opinion Writer', ['Charles Pember']],
    ['By: Carla Ostrand, Marisel B. Quidato - @harborledger', ['Carla Ostrand', 'Marisel B. Quidato']],
    ['By RALPH D. VANTERPOOL and BOB KESTEVEN', ['Ralph D. Vanterpool', 'Bob Kesteven']],
    ['By Deborah AshgroveStaff Writer', ['Deborah Ashgrove']],
    ['By Edward TalbrookCity Columnist', ['Edward Talbrook']],
    ['Headshot of Emma CorvinBy Emma CorvinPublished: Mar 14, 2022 08:15 AM EST', ['Emma Corvin']],
    ['By Erica Tambling For Harborpost.Com', ['Erica Tambling']],
    ['Matt Drennan By Matt Drennan', ['Matt Drennan']],
    ['By Associated Press3 minute Read', ['Associated Press']],
    // A wire credit alone is the byline as written; beside a person it is dropped.
    ['By Associated Press', ['Associated Press']],
    ['By Lavonne Kitteridge and The Associated Press', ['Lavonne Kitteridge']],
    // A wire service's name right after the writer's, no separator: the writer.
    ['By Lavonne Kitteridge and Bram Osterley Reuters', ['Lavonne Kitteridge', 'Bram Osterley']],
    ['By Lavonne Kitteridge AFP', ['Lavonne Kitteridge']],
    ['By Reuters', ['Reuters']],
    // A brand in capitals glued to the surname; the page's next cell after a gap; spaced initials.
    ['By Lavonne KitteridgeHARBORNews', ['Lavonne Kitteridge']],
    ['By Lavonne Kitteridge    View the print edition', ['Lavonne Kitteridge']],
    ['By A. J. Kitteridge', ['A. J. Kitteridge']],
    ['By Lavonne Kitteridge and A. Osterley', ['Lavonne Kitteridge', 'A. Osterley']],
    // A name credited in brackets with a craft other than writing took the pictures, not the story.
    ['by Lavonne Kitteridge (reporting) and Bram Osterley (photography)', ['Lavonne Kitteridge']],
    ['By Lavonne Kitteridge and Bram Osterley (Illustrations)', ['Lavonne Kitteridge']],
    ['By Lavonne Kitteridge (text), Bram Osterley (video) and Cato Venn', ['Lavonne Kitteridge', 'Cato Venn']],
    ['By Lavonne Kitteridge (reporting) and Bram Osterley (additional reporting)', ['Lavonne Kitteridge', 'Bram Osterley']],
    ['By Harbor Courier Editorial Board | Harbor Courier', ['Harbor Courier Editorial Board']],
    // Negatives: consent boilerplate, a brand that starts with "By", a headline-cased phrase.
    ['By entering your email and clicking Sign Up, you agree', []],
    ['BYD Seal', undefined],
    ['Stand by me', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg), want, line);
});

test('byline grammar: credits after a date or an age, "Posted by", cells, "Author:", a name twice, one given name', async () => {
  const config = await projectConfig();
  const cfg = config.metadata.byline;
  const grammar = { zones: config.metadata.date.zones, given: new Set(['kestrel', 'marta']) };
  const cases: [string, string[] | undefined][] = [
    ['Posted by Ansel Quarry, Staff Software Engineer on Harbor Play', ['Ansel Quarry']],
    ['Posted by Ansel Quarry, Bree Tolland and Cato Venn - Harbor Safety team', ['Ansel Quarry', 'Bree Tolland', 'Cato Venn']],
    ['| Written by Ansel Quarry', ['Ansel Quarry']],
    ['March 3, 2021/0 Comments/in Harbor News /by Ansel Quarry', ['Ansel Quarry']],
    ['Author: Ansel Quarry', ['Ansel Quarry']],
    ['Authors:Ansel Quarry, Bree Tolland', ['Ansel Quarry', 'Bree Tolland']],
    ['Oct 30 2020 by Ansel Quarry', ['Ansel Quarry']],
    ['December 10, 2021April 9, 2019 by Ansel Quarry', ['Ansel Quarry']],
    ['Posted 10 hours ago by Ansel Quarry (@anselq)', ['Ansel Quarry']],
    ['byAnsel Quarry on April 29, 2016', ['Ansel Quarry']],
    ['Written by: Ansel Quarry Ansel Quarry', ['Ansel Quarry']],
    ['Written by Kestrel', ['Kestrel']],
    // A clock time before the day; a section's name before a capital "By", then a cell mark or a day.
    ['5:45 AM PST 11/19/2019 by Ansel Quarry', ['Ansel Quarry']],
    ['Movies By Ansel Quarry | March 28, 2017 7:39 AM', ['Ansel Quarry']],
    ['Gardens By Ansel Quarry Mar 28, 2017', ['Ansel Quarry']],
    ['12/04/2020 by Marta 24 Comments', ['Marta']],
    // Negatives: a one-word credit that is no given name, a given name opening a longer phrase, credits
    // that are no bylines, a date followed by something other than a credit.
    ['Written by Harborlight', []],
    ['By Kestrel Harbor Holdings Group Limited Partners', []],
    ['Photo by Ansel Quarry', undefined],
    ['Powered by Harborpress', undefined],
    ['Designed by Studio Nine', undefined],
    ['Oct 30 2020 Ansel Quarry', undefined],
    ['Stand by Marta', undefined],
    // An avatar's alt text after a bullet; an image between the label and the name; a standfirst's last
    // sentence, then the credit and "on" the day.
    ['  • Picture of Ansel Quarry By Ansel Quarry', ['Ansel Quarry']],
    ['Written by:[headshot]Ansel Quarry', ['Ansel Quarry']],
    ['the ferry and the harbor. By Ansel Quarry on Dec. 19, 2025', ['Ansel Quarry']],
    ['the plan was approved. By Tuesday the roads were open.', undefined],
    ['the plan was approved. By Ansel Quarry, the new mayor.', undefined],
    // A given name's short form opening the name (a degree after a name still ends it); a credit in lower
    // case; an icon's "By" run into the credit's own.
    ['By Md Ansel Quarry', ['Md Ansel Quarry']],
    ['By Ansel Quarry, MD', ['Ansel Quarry']],
    ['  • by ansel quarry', ['Ansel Quarry']],
    ['Byby ANSEL QUARRY and BREE TOLLAND', ['Ansel Quarry', 'Bree Tolland']],
    ['by the editors', []],
    ['by email only', []],
    ['by ansel quarry and the team at harbor', []],
    // A craft, an icon or a verb before "By", or nothing after the credit that makes it a meta line.
    ['Photo By Ansel Quarry | March 28, 2017', undefined],
    ['Icon By Design Studio Harbor 16 Copy 2', undefined],
    ['Powered By Ansel Quarry | 2017', undefined],
    ['Movies By Ansel Quarry', undefined],
    ['5:45 AM PST by Ansel Quarry', undefined],
    // A credit's kinds: revised by its writer, a commentary; "Author" with no colon before only the name
    // (twice: an avatar's alt text and the name), not before a sentence; a long read's label glued on.
    ['Updated by Ansel VanDerWerff@anselv Mar 10, 2017, 3:19pm EST', ['Ansel VanDerWerff']],
    ['Commentary by Ansel Quarry', ['Ansel Quarry']],
    ['Author Ansel Quarry Ansel Quarry', ['Ansel Quarry']],
    ['Author Ansel Quarry', ['Ansel Quarry']],
    ['Author Ansel Quarry thinks the tide will turn', undefined],
    ['Author Login', undefined],
    ['By Ansel Quarrylong Read', ['Ansel Quarry']],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg, grammar), want, line);
});

test('byline tails: dates in capitals, weekdays, desks, call signs, employers after a title, a full stop', async () => {
  const config = await projectConfig();
  const cfg = config.metadata.byline;
  const grammar = { zones: config.metadata.date.zones, given: new Set(['ansel']) };
  const cases: [string, string[] | undefined][] = [
    ['By ANSEL QUARRYMARCH 21, 2017', ['Ansel Quarry']],
    ['By ANSEL QUARRY JULY 29, 2016', ['Ansel Quarry']],
    ['By Ansel Quarry Tuesday, Mar 14, 2017 at 11:00 am EDT', ['Ansel Quarry']],
    ['By Ansel Quarry Science Correspondent, Harbor News', ['Ansel Quarry']],
    ['By Ansel Quarry Education reporter', ['Ansel Quarry']],
    ['ByAnsel Quarry KXYZ logo', ['Ansel Quarry']],
    ['By Ansel Quarry HBN News March 29, 2017, 6:00 AM', ['Ansel Quarry']],
    ['Posted by Ansel Quarry, Vice President, Harbor Cloud', ['Ansel Quarry']],
    ['By Ansel Quarry, Senior Staff Technologist, Harbor Speech, Privacy, and Liberty Project', ['Ansel Quarry']],
    // Negatives: an "and" after a title brings another person; a three-word name before a title keeps its
    // last word; initials, Roman numerals and names in capitals stay; "Jr." keeps its full stop.
    ['By Ansel Quarry, Staff Writer, and Bree Tolland, Contributor', ['Ansel Quarry', 'Bree Tolland']],
    ['By Ansel Tor Quarry Staff Writer', ['Ansel Tor Quarry']],
    ['By Bree T. Tolland Reporter', ['Bree T. Tolland']],
    ['By Cato Venn III', ['Cato Venn III']],
    ['By CATO VENN', ['Cato Venn']],
    ['By Cato Venn Jr.', ['Cato Venn Jr.']],
    ['By Ansel Quarry and Bree Tolland', ['Ansel Quarry', 'Bree Tolland']],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg, grammar), want, line);
  assert.deepEqual(splitNames('Ansel Quarry. Updated Nov 3, 2023', cfg), ['Ansel Quarry']);
});

test('byline titles: a beat before the title, a title going on after "and", an image glued to the name', async () => {
  const config = await projectConfig();
  const cfg = config.metadata.byline;
  const grammar = { zones: config.metadata.date.zones, given: new Set(['ansel', 'bree', 'mark']), places: new Set(['Europe', 'Harborland', 'America']) };
  const cases: [string, string[] | undefined][] = [
    // A place or a region before the title is the beat's, in capitals or in lower case.
    ['By Ansel Quarry Europe Correspondent', ['Ansel Quarry']],
    ['By Ansel Quarry Harborland Correspondent, in Port Vell', ['Ansel Quarry']],
    ['By Ansel Quarry North America technology reporter', ['Ansel Quarry']],
    // An "and" part of everyday words after a title goes on with the title.
    ['Written By: Ansel Quarry Executive Digital Editor and Master Gardener', ['Ansel Quarry']],
    ['By Ansel Quarry, Senior Editor and Master Gardener', ['Ansel Quarry']],
    // Negatives: a name of two words keeps them, a place inside it stays; a known given name after the
    // title is the next writer; a word the lexicon does not know makes a name; no title, no cut.
    ['By Bree Europe Correspondent', ['Bree Europe']],
    ['By Ansel Harborland Quarry Reporter', ['Ansel Harborland Quarry']],
    ['By Ansel Quarry Senior Writer and Mark Hunter', ['Ansel Quarry', 'Mark Hunter']],
    ['By Ansel Quarry Senior Writer and Zarifa Tolland', ['Ansel Quarry', 'Zarifa Tolland']],
    ['By Ansel Quarry and Master Gardener', ['Ansel Quarry', 'Master Gardener']],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg, grammar), want, line);
  // Without the given names (a bare line), an "and" after a title still brings a person.
  assert.deepEqual(byNames('By Ansel Quarry Senior Writer and Master Gardener', cfg, { zones: config.metadata.date.zones }), ['Ansel Quarry', 'Master Gardener']);
  // An image w3m prints glued to a name ("[1234]", "[headshot]") is no part of it.
  assert.deepEqual(splitNames('Ansel Q. Tolland[1563]', cfg), ['Ansel Q. Tolland']);
  assert.deepEqual(splitNames('Ansel Quarry [headshot] and Bree Tolland', cfg), ['Ansel Quarry', 'Bree Tolland']);
});

test('name splitting keeps brands and name capitals', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  assert.equal(unglue('InfoWorld and McDonald'), 'InfoWorld and McDonald');
  assert.deepEqual(splitNames("Caitlin O'Dowell", cfg), ["Caitlin O'Dowell"]);
  assert.deepEqual(splitNames('Disclosure Disclosure', cfg), []);
});

test('the byline of a page, and none where the page names none', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a By line by the date', page('Story headline for the test', 'By Jane Doe', 'December 22, 2023', '', 'Body text.'), ['Jane Doe']],
    ['a label line, then a bio line: only the name', page('Body text.', '', 'Written By', 'Nora Whitcombe covers courts and crime. At HLD, she explores policing.'), ['Nora Whitcombe']],
    ['a bare name beside the date', page('Story headline for the test', '', 'Will Penhallow', 'Mon, Mar 14, 2022, 7:12 PM·2 min read', '', 'Body text.'), ['Will Penhallow']],
    ['the nearest By line to the date, not a teaser\'s', page('By Other Writer', '', 'Teaser', '', '', '', '', '', '', '', '', '', '', '', '', '', 'Headline', 'By Jane Doe', 'Published December 22, 2023', '', 'Body.'), ['Jane Doe']],
    ['a job-title line between the name and the date', page('Story headline for the test', '', 'Alex Brannock', '', 'Breaking News Intern', '', 'Published Mar. 14, 2022 1:20PM EST', '', 'Body.'), ['Alex Brannock']],
    ['a name with the story\'s age', page('Story headline for the test', '', 'Tomas Jan Velde 3 weeks', '', 'Body text.'), ['Tomas Jan Velde']],
    ['a name inside a quote is not a byline', page('Story headline for the test', '“By Jane Doe’s account, it worked,” he said.', 'December 22, 2023', '', 'Body.'), undefined],
    ['a title that reads as a name, beside the date, is the title', page('Menu', '', '12.05.2021 10:20', '', 'Anna Kestrel Boards', '', 'These boards are built by hand for the waves of the north coast and for riders who want speed.'), undefined],
    ['a headline beside the date is not a name', page('Prevent Dementia By Addressing These Risk Factors', 'December 22, 2023', '', 'Body.'), undefined],
    ['no byline at all', page('Story headline for the test', 'December 22, 2023', '', 'The council met on Tuesday and agreed the budget.'), undefined],
    // A section name or a button beside the date is no writer: its words are the page's common words.
    ['a section name beside the date', page('Story headline for the test', '', 'Garden Tips', 'December 22, 2023', '', 'These tips help any garden grow.'), undefined],
    ['a button beside the date', page('Story headline for the test', '', 'Get Started', 'December 22, 2023', '', 'We started the project in spring and get results soon.'), undefined],
    // ... but a surname that is also a word stays a name (one word of two), and so does a name in a link.
    ['a name whose surname is a word', page('Story headline for the test', '', 'Ansel Baker', 'December 22, 2023', '', 'The baker opened early.'), ['Ansel Baker']],
    ['a name the page writes in a link', page('Story headline for the test', '', 'Ansel Quarry', 'December 22, 2023', '', 'Body text.', '', 'https://example.org/author/ansel-quarry/', 'mail ansel.quarry@example.org'), ['Ansel Quarry']],
    // The name under an editor's or a reviewer's label beside the date is the editor's, not the writer's.
    ['an editor\'s credit beside the date', page('Story headline for the test', '', 'Updated: December 22, 2023', 'Edited by: Tavi Quarry', '×', "Tavi Quarry's image", '', 'Tavi Quarry', '', 'Body text.'), undefined],
    ['a name and the wires beside the date', page('Story headline for the test', '', 'Tavi Quarry and agencies', '', 'December 22, 2023', '', 'Body text.'), ['Tavi Quarry']],
    ['a name and a plain word beside the date', page('Story headline for the test', '', 'Tavi Quarry and friends', '', 'December 22, 2023', '', 'Body text.'), undefined],
    ['a job title of several words beside the date', page('Story headline for the test', '', 'Ansel Quarry Deputy Content Hub Director', 'December 22, 2023', '', 'Body text.'), ['Ansel Quarry']],
    ['a desk before the title beside the date', page('Story headline for the test', '', 'Ansel Quarry Science Correspondent', 'December 22, 2023', '', 'Body text.'), ['Ansel Quarry']],
    // A place or a region before the title is the beat's; a place with no title after it is no credit's.
    ['a place before the title beside the date', page('Story headline for the test', '', 'Ansel Quarry China Correspondent, in Port Vell', 'December 22, 2023', '', 'Body text.'), ['Ansel Quarry']],
    ['a region before a lower-case title beside the date', page('Story headline for the test', '', 'Ansel Quarry North America technology reporter', '', 'December 22, 2023', '', 'Body text.'), ['Ansel Quarry']],
    ['a place and no title beside the date', page('Story headline for the test', '', 'Ansel Quarry China Harbor', 'December 22, 2023', '', 'Body text.'), undefined],
    // A teaser card's credit carries its own date, far from the story's date line: not the story's writer.
    ['a teaser\'s dated credit far from the date', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'Body five.', '', 'Body six.', '', 'Body seven.', '', 'Related posts', '', 'October 28, 2021 by Bree Tolland | Community'), undefined],
    ['a credit dated like the story, far from its date line', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'Body five.', '', 'Body six.', '', 'Body seven.', '', 'Posted by Bree Tolland on 2023-12-22 in notes'), ['Bree Tolland']],
    // "by" opening a line that carries on the wrapped sentence before it is the sentence's, not a credit.
    ['a sentence wrapped before its "by"', page('Story headline for the test', 'December 22, 2023', '', 'The first camp on the river was set up in the spring of that year on land that is owned', 'by Bree Tolland, who farms the valley with her family.'), undefined],
    ['a sentence wrapped before a "By" glued to its next word', page('Story headline for the test', 'December 22, 2023', '', 'March 2024: thieves took the coins kept in the cold wallets of the island exchange', 'ByHarbor. Attackers then moved them through a dozen accounts in a single night.'), undefined],
    ['a glued "By" credit after a short line', page('Story headline for the test', 'Read the full story here', 'ByBree Tolland', 'December 22, 2023', '', 'Body text.'), ['Bree Tolland']],
    ['a "By:" credit after a wrapped summary', page('Story headline for the test', '', 'The council is doubtful that the harbor will make the switch to the new ferry timetable soon', 'By: Bree Tolland | Harbor News | Posted: 8 hours ago', '', 'Body text.'), ['Bree Tolland']],
    ['a By line after a short line', page('Story headline for the test', 'Read the full story here', 'By Bree Tolland', 'December 22, 2023', '', 'Body text.'), ['Bree Tolland']],
    // A name beside the date made of the headline's words is what the story is about; a possessive names what is hers.
    ['the headline\'s words beside the date', page('Hating Harbor Mondays Is Fine, Says the Harbor Council', '', 'Hating Harbor Mondays', 'December 22, 2023', '', 'The harbor council said on Tuesday that nobody should feel bad about the first day of the week.', '', 'It met in the old town hall and voted on the matter after a long debate among its members.'), undefined],
    ['a headline that ends with its writer\'s name', page('Harbor Council Votes on the Ferry Timetable — Bree Tolland', '', '  • Bree Tolland, harborpost.example', 'December 22, 2023', '', 'The harbor council said on Tuesday that nobody should feel bad about the first day of the week.', '', 'It met in the old town hall and voted on the matter after a long debate among its members.'), ['Bree Tolland']],
    // A place or a group after the first word beside the date is a section, a weather box or a masthead.
    ['a region\'s section beside the date', page('Story headline for the test', '', 'Northern Ireland', '28 March 2017', '', 'Body text.'), undefined],
    ['a city\'s weather box beside the date', page('Story headline for the test', '', '61 F  Partly cloudy', 'New York', 'Monday, June 5, 2023', '', 'Body text.'), undefined],
    ['a masthead with a place in it beside the date', page('Story headline for the test', '', 'Harbor Valley Ledger', 'December 22, 2023', '', 'Body text.'), undefined],
    ['a writer with a known given name and a place-like surname', page('Story headline for the test', '', 'Kevin Washington', 'December 22, 2023', '', 'Body text.'), ['Kevin Washington']],
    // A label that is an item of a tab list is a tab; the next item is its sibling, not a name.
    ['a tab list "Author" / "Recent Posts"', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', '  • Author', '  • Recent Posts', '', 'Body five.'), undefined],
    ['a label line, then the name on its own', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'Author', 'Bree Tolland', '', 'Body five.'), ['Bree Tolland']],
    ['a possessive beside the date', page('Story headline for the test', '', "Bree Tolland's image", 'December 22, 2023', '', 'Body text.'), undefined],
    // By-lines of three or more people a few lines apart are a list of stories: the story's own credit stands apart,
    // and a date read from the list is a teaser's (the story's own by-line, with its age, still counts).
    ['a river of related stories under the story', page('Story headline for the test', '', 'By Ansel Quarry | Harbor News • 2 hours ago', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'Body five.', '', 'Body six.', '', 'Body seven.', '', 'Body eight.', '', 'Body nine.', '', 'Body ten.', '', 'Body eleven.', '', 'Body twelve.', '', 'Related', '', 'Harbor fair opens', 'By Bree Tolland | Harbor News • March 3, 2021', '', 'Ferry timetable changes', 'By Cato Venn • March 2, 2021', '', 'Council votes', 'By Dara Pell | Harbor News • March 1, 2021'), ['Ansel Quarry']],
    ['only a river of related stories', page('Story headline for the test', 'December 22, 2023', '', 'Body text.', '', 'Related', '', 'by Bree Tolland', '', 'Ferry timetable changes', '', 'by Cato Venn', '', 'Council votes', '', 'by Dara Pell'), undefined],
    // Under the article, far from the story's date, by-lines of two or more people list other stories; one
    // person's "Posted by" under a post is the post's own credit.
    ['a list of credits under the article', page('Story headline for the test', '', 'Written by', 'Ansel Quarry', 'December 22, 2023', '', 'The harbor council met on Tuesday and agreed the budget for the coming year after a long debate.', '', 'Members said the ferry timetable would change in the spring, and the fair would open in May.', '', 'The vote was close, and the council will meet again next month to settle the remaining items.', '', 'Related', '', '', '', '', '', '', '', '', '', '', '', '', 'Harbor fair opens', 'by Bree Tolland', '', 'Ferry timetable changes', 'by Cato Venn'), ['Ansel Quarry']],
    // The date's own line in cells: the name in a later cell ("date · reading time · words · name").
    ['a name in a later cell of the date line', page('Story headline for the test', '', 'December 15, 2025 · 30 min · 6279 words · Bree Tolland', '', 'Body text.'), ['Bree Tolland']],
    ['a section cell, then the name', page('Story headline for the test', '', '12/19/2025 • Weekend Notes • Ansel Quarry', '', 'Our weekend notes are short.'), ['Ansel Quarry']],
    ['only a section in the cells', page('Story headline for the test', '', '12/19/2025 • Weekend Notes • Harbor Tips', '', 'Tips for the harbor and notes for the weekend.'), undefined],
    // A known given name alone over the date, or before it on its line: a blog's one-word credit.
    ['a given name over the date', page('Story headline for the test', '', 'Nora', 'December 23, 2016', '', 'Body text.'), ['Nora']],
    ['a given name before the date', page('Story headline for the test', '', '[a1b2c3] Nora December 9, 2024 0 Comments', '', 'Body text.'), ['Nora']],
    ['a label, then a given name alone', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'By', '', 'Nora', '', 'Body five.'), ['Nora']],
    // ... not a word the prose writes in lower case, not a month, not a word no list knows as a given name.
    ['a given name the prose writes in lower case', page('Story headline for the test', '', 'Hope', 'December 23, 2016', '', 'There is hope for the harbor.'), undefined],
    ['a month over the date', page('Story headline for the test', '', 'April', 'December 23, 2016', '', 'Body text.'), undefined],
    ['a given name two lines over the date', page('Story headline for the test', '', 'Nora', '', 'Harbor notes', 'December 23, 2016', '', 'Body text.'), undefined],
    ['an unknown word over the date', page('Story headline for the test', '', 'Quillmere', 'December 23, 2016', '', 'Body text.'), undefined],
    // A label that says the post was posted by, then the name.
    ['"Posted by" over the name', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'Posted by', '', 'Bree Tolland', '', 'Body five.'), ['Bree Tolland']],
    // Near the date, an item of a menu or a gallery (a list with no date or handle in it) is no credit;
    // a byline box printed as a list is.
    ['a menu item near the date', page('Story headline for the test', '', '  • Podcast', '  • Harbor Rundown', '  • Eye Opener', '', 'December 22, 2023, 7:57 AM', '', 'Body text.'), undefined],
    ['a byline box printed as a list', page('Story headline for the test', '', '  • Bree Tolland', '  • @btolland', '  • Friday 22 December 2023 10:20', '', 'Body text.'), ['Bree Tolland']],
    ['a river of dated credits and no story date', page('Story headline for the test', '', 'Body text.', '', 'By Bree Tolland, 1h ago', '', 'By Cato Venn, 9m ago'), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
