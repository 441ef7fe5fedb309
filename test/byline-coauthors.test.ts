import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layout, tailAfter } from '../pipeline/stages/byline/coauthors.js';
import { unglueMail } from '../pipeline/text/names.js';
import { page, runDump as run } from './helpers.js';

test('co-writers on the lines after a credit, in the credit\'s own layout', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a joiner line, a job title between', page('Story headline for the test', 'December 22, 2023', '', 'By Ansel Quarry', ' ', '', 'Senior Politics Reporter, Harbor Post', '', 'and', 'Bree Tolland', '', 'Body text.'), ['Ansel Quarry', 'Bree Tolland']],
    ['lines opening with a joiner, cells alike', page('Story headline for the test', '', 'By Ansel Quarry | aquarry@harbor.example | Harbor Post', '', ', Bree Tolland | btolland@harbor.example | Harbor Post', '', 'and Cato Venn | cvenn@harbor.example | Harbor Post', '', 'PUBLISHED: December 22, 2023 at 5:49 p.m.', '', 'Body text.'), ['Ansel Quarry', 'Bree Tolland', 'Cato Venn']],
    ['a name, title and employer, then "&" and the next', page('Story headline for the test', '', 'Ansel Quarry, Staff Attorney, Harbor Rights Project', '& Bree Tolland, Director of Harbor Policy, Harbor Rights Project', 'July 25, 2019 | 11:15 PM', '', 'Body text.'), ['Ansel Quarry', 'Bree Tolland']],
    ['the same by-line again for the next writer, dated alike', page('Story headline for the test', '', 'Ansel Quarry', '', 'By Ansel Quarry December 21, 2023', '', 'Bree Tolland', '', 'By Bree Tolland December 21, 2023', '', 'Body text.'), ['Ansel Quarry', 'Bree Tolland']],
    // Negatives: prose opening with "and" in another layout; a by-line dated otherwise (another story's).
    ['prose after the credit opening with "and"', page('Story headline for the test', 'December 22, 2023', '', 'By Ansel Quarry', 'and Bree Tolland, the harbor master, said the ferry would run late.', '', 'Body text.'), ['Ansel Quarry']],
    ['a by-line dated otherwise after the credit', page('Story headline for the test', '', 'By Ansel Quarry December 21, 2023', '', 'By Bree Tolland March 2, 2021', '', 'Body text.'), ['Ansel Quarry']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('several writers on one line beside the date, or one per line under a label', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a list of names beside the date', page('Story headline for the test', '', 'Ansel Quarry, Bree Tolland, Cato Venn & Dara Pellworth', 'Nov 25th, 2025', '', 'Body text.'), ['Ansel Quarry', 'Bree Tolland', 'Cato Venn', 'Dara Pellworth']],
    ['names, then their university', page('Story headline for the test', '', 'Published: November 2, 2023 6.55pm', '', 'Ansel Quarry, Bree J. Tolland, Harbor University', '', 'Body text.'), ['Ansel Quarry', 'Bree J. Tolland']],
    ['a label, then names one per line', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'By', 'Ansel QuarryNews Reporter', 'Bree TollandNews Reporter', 'Cato Venn', '', 'Body five.'), ['Ansel Quarry', 'Bree Tolland', 'Cato Venn']],
    // Negatives: a name and its outlet in capitals; a caption printed twice; a name, then a button.
    ['a name and the outlet in capitals', page('Story headline for the test', '', 'Ansel Quarry , HARBOR TODAY 7:02 a.m. ET March 4, 2017', '', 'Body text.'), ['Ansel Quarry']],
    ['a label, a name, then a button', page('Story headline for the test', 'December 22, 2023', '', 'Body text one.', '', 'Body text two.', '', 'Body three.', '', 'Body four.', '', 'By', 'Ansel Quarry', 'Ansel Quarry', 'Full Bio', '', 'Body five.'), ['Ansel Quarry']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('a table row is no name and outlet; an unrendered author slot; a name glued to an address', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a name and the outlet after a gap', page('Story headline for the test', '', 'Ansel Quarry   Harbor Ledger', '', 'Body text.'), ['Ansel Quarry']],
    ['a profile table', page('Story headline for the test', '', 'Shoe Size     Nine', 'Coat Colour   Grey', 'Deck Style    Teak', '', 'Body text.'), undefined],
    ['a writer slot filled in as text', page('Story headline for the test', '', '{{block.display_author.name}}Desk Ansel Quarry ,  ', '', '{{block.display_author.type}} Contributor', '', 'Body text.'), ['Ansel Quarry']],
    ['only placeholders', page('Story headline for the test', '', 'By {{ byline }}', '', '{{author}}', '', 'Body text.'), undefined],
    ['a slot that is no writer\'s', page('Story headline for the test', '', '{{block.hashtag}} Ansel Quarry', '', 'Body text.'), undefined],
    ['a name glued to its address', page('Story headline for the test', 'Wed, Oct 14, 2020 - 5:50 AM', 'Ansel Quarryanselq@harbor.example@AnselQuarryHL', '', 'Body text.'), ['Ansel Quarry']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
  assert.equal(unglueMail('Quarryanselq', 'Ansel '), 'Quarry ');
  assert.equal(unglueMail('Quarryquarrya', 'Ansel '), 'Quarry ');
  assert.equal(unglueMail('Quarryaquarry', 'Ansel '), 'Quarry ');
  assert.equal(unglueMail('Quarry', 'Ansel '), 'Quarry');
  assert.equal(unglueMail('Harborinfo', 'Ansel '), 'Harborinfo');
  assert.equal(layout(' | a@b.example | Harbor Post'), '|@|');
  assert.equal(layout(' December 21, 2023'), '#,#');
  assert.equal(tailAfter('By Ansel Quarry | Harbor', 'Ansel Quarry'), ' | Harbor');
  assert.equal(tailAfter('By Bree Tolland', 'Ansel Quarry'), undefined);
});

test('a far by-line yields to a name on the date line; a one-word credit the lexicon does not know, before a date', async () => {
  const filler = Array.from({ length: 14 }, (_, i) => `Menu item number ${i + 1} of the long navigation`);
  const cases: [string, string, string[] | undefined][] = [
    ['a menu teaser\'s by-line far above a name on the date line', page('        Five harbor walks to try this spring', '', '        by Tom Pellworth', ...filler, '', 'Story headline for the test', '', 'Ansel Quarry December 18, 2025', '', 'Body text.'), ['Ansel Quarry']],
    // Negative: with no name beside the date, the far by-line stands.
    ['a far by-line and no name beside the date', page('Story headline for the test', '', 'by Tom Pellworth', ...filler, '', 'December 18, 2025', '', 'Body text.'), ['Tom Pellworth']],
    ['a one-word credit before the date', page('Story headline for the test', '', 'by Zarekin December 6, 2017', '', 'Body text.'), ['Zarekin']],
    ['a one-word credit before a cell', page('Story headline for the test', 'December 6, 2017', '', 'Posted By Zarekin | On 08th, Apr. 2017 Under News', '', 'Body text.'), ['Zarekin']],
    // Negatives: an English word, or nothing after the word.
    ['an English word before the date', page('Story headline for the test', '', 'by Garden December 6, 2017', '', 'Body text.'), undefined],
    ['a month after a sentence\'s "By"', page('Story headline for the test', 'December 6, 2017', '', 'By July 2013, the show had a new name and a new host.', '', 'Body text.'), undefined],
    ['an unknown word alone after "by"', page('Story headline for the test', 'December 6, 2017', '', 'Written by Zarekin', '', 'Body text.'), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('a post\'s categories by the date are no writer; a surname the site title-cases as "O\'connor"', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['categories under the date', page('Story headline for the test', '', 'December 18, 2025', 'Quiet Harbor Musings, Technology', '', 'Body text.'), undefined],
    // Negatives: a known given name then a desk; a name, then tags that are no single everyday words.
    ['a writer and a desk under the date', page('Story headline for the test', '', 'December 18, 2025', 'Maria Quarry, Technology', '', 'Body text.'), ['Maria Quarry']],
    ['a name, then a tag list after the date', page('Story headline for the test', '', '21/06/2014 Tony Quarrington All, Books, Kit Reviews, News', '', 'Body text.'), ['Tony Quarrington']],
    ['a surname with a lower-case letter after its apostrophe', page('Story headline for the test', '', 'By Ansel O\'quarry The Harbor Press', 'Dec 24, 2023', '', 'Body text.'), ["Ansel O'quarry"]],    // A name written "on behalf of" a group in the date's cell: the name, not the group.
    ['a name on behalf of a group after the date', page('Story headline for the test', '', 'Dec. 19, 2025 · Tony Quarrington on behalf of Harbor Docs group', '', 'Body text.'), ['Tony Quarrington']],
    ['a credit label with a kind, the name on the next line', page('Story headline for the test', '', 'Dec 19, 2025', '', 'COMMENTARY BY', '', 'Tony Quarrington, Ph.D.', '', 'Body text.'), ['Tony Quarrington']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
