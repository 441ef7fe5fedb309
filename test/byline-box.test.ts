// A byline box with no "By": a name the lines around it mark as the writer's (a handle, a job title, the
// story's age under it), read only when no other rule found a byline. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boxText, bylineBox, withoutImages } from '../pipeline/stages/byline/box.js';
import { splitLines } from '../pipeline/text/lines.js';
import { byNames } from '../pipeline/stages/byline.js';
import { page, projectConfig, runDump as run } from './helpers.js';

/** Names as the stage would read them, simplified: two capitalised words. */
const names = (t: string) => (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(t.trim()) ? [t.trim()] : []);
const titleOnly = (t: string) => /^(?:\p{Lu}\p{Ll}+ ){0,3}(?:Editor|Producer|Contributor|Writer|Staff)$/u.test(t.trim());
const box = (ls: string[], headLine?: number, article?: { first: number; last: number }) => bylineBox({ lines: splitLines(ls.join('\n')), headLine, article, names, titleOnly })?.names;

test('byline box: the shapes that mark a name as the writer\'s, and their look-alikes', () => {
  const cases: [string, string[], string[] | undefined][] = [
    ['a name and its handle', ['Headline', 'Nora Ellwood•@nellwood'], ['Nora Ellwood']],
    ['a name, a comma and its handle', ['Headline', 'Nora Ellwood, @nellwood'], ['Nora Ellwood']],
    ['a name, a handle and an age', ['Headline', 'Nora Ellwood @nellwood / 2 days'], ['Nora Ellwood']],
    ['a name and its handle in brackets', ['Headline', 'Nora Ellwood (@nellwood)'], ['Nora Ellwood']],
    ['a name, a handle, an age and the day', ['Headline', 'Nora Ellwood (@nellwood) 3 minutes ago Tue 4th May 2021 | 09:15 AM'], ['Nora Ellwood']],
    ['a name, a handle, an age and a sentence', ['Headline', 'Nora Ellwood (@nellwood) 3 minutes ago said the council met'], undefined],
    ['a name over itself with a job title', ['Headline', 'Nora Ellwood', 'Nora Ellwood Senior Editor'], ['Nora Ellwood']],
    ['a name over itself with no title', ['Headline', 'Nora Ellwood', 'Nora Ellwood Harbor'], undefined],
    ['a name and a job title after a comma', ['Headline', 'Nora Ellwood, Contributor'], ['Nora Ellwood']],
    ['a name and an outlet\'s staff title', ['Headline', 'Nora Ellwood, Harbor Staff'], ['Nora Ellwood']],
    ['a name over the story\'s time', ['Headline', 'Nora Ellwood', 'Yesterday 3:20pm'], ['Nora Ellwood']],
    ['a name over its age', ['Headline', 'Nora Ellwood', '', 'Published 3 seconds ago'], ['Nora Ellwood']],
    ['a name over a reading time', ['Headline', 'Nora Ellwood', '4 min read'], ['Nora Ellwood']],
    ['a name over a job title', ['Headline', 'Nora Ellwood', 'Digital Content Producer'], ['Nora Ellwood']],
    ['a name, a cell mark and the date', ['Headline', 'Nora Ellwood•Oct 20, 2025'], ['Nora Ellwood']],
    ['a name, a bar and the age', ['Headline', 'Nora Ellwood|Published 4 months ago'], ['Nora Ellwood']],
    ['an avatar\'s alt text before the name', ['Headline', '[nellwood-hs] Nora Ellwood', '2h ago'], ['Nora Ellwood']],
    ['the name twice, after "Picture of"', ['Headline', 'Picture of Nora Ellwood Nora Ellwood', 'Senior Editor'], ['Nora Ellwood']],
    // Look-alikes: a name alone, a name over prose, a comma part that is no title, a sentence.
    ['a name alone', ['Headline', 'Nora Ellwood', '', 'The council met on Tuesday.'], undefined],
    ['a name and a place after a comma', ['Headline', 'Nora Ellwood, Harbor Valley'], undefined],
    ['a name over a button', ['Headline', 'Nora Ellwood', 'Read More'], undefined],
    ['a handle in a sentence', ['Headline', 'Write to Nora Ellwood @nellwood for tips'], undefined],
  ];
  for (const [name, ls, want] of cases) assert.deepEqual(box(ls, 0), want, name);
});

test('byline box: the one under the headline; a list of boxes for different people is none', () => {
  const river = ['Teaser one', 'Nora Ellwood', '2h ago', '', 'Teaser two', 'Kevin Marlowe', '5h ago'];
  assert.equal(box(river), undefined, 'a river, no headline');
  assert.equal(box(river, 40), undefined, 'a river far from the headline');
  assert.deepEqual(box(['Headline', 'Kevin Marlowe', '1h ago', '', ...river], 0), ['Kevin Marlowe'], 'the box under the headline');
  assert.deepEqual(box(['x', 'x', 'Nora Ellwood', '2h ago', '', 'Nora Ellwood', '3h ago']), ['Nora Ellwood'], 'one name in every box');
  // Inside the article's prose a name over a handle is an embedded post.
  assert.equal(box(['Headline', 'Body one.', 'Nora Ellwood @nellwood', 'Body two.'], 0, { first: 1, last: 3 }), undefined, 'an embedded post');
});

test('box text: images, bullets and an avatar\'s alt text go; the text stays', () => {
  const cases: [string, string][] = [
    ['[nellwood-hs] Nora Ellwood', 'Nora Ellwood'],
    ['  • [hs][svg] Nora Ellwood', 'Nora Ellwood'],
    ['icon Nora Ellwood', 'Nora Ellwood'],
    ['Picture of Nora Ellwood Nora Ellwood', 'Nora Ellwood'],
    ['Nora Ellwood Nora Ellwood', 'Nora Ellwood'],
    ['Nora Ellwood and Kevin Marlowe', 'Nora Ellwood and Kevin Marlowe'],
    ['Iconic Harbor Views', 'Iconic Harbor Views'],
  ];
  for (const [t, want] of cases) assert.equal(boxText(t), want, t);
  assert.equal(withoutImages('[f87a] by Nora Ellwood on May 2, 2020'), 'by Nora Ellwood on May 2, 2020');
  assert.equal(withoutImages('by Nora Ellwood [photo]'), 'by Nora Ellwood [photo]');
});

test('the byline of a page from a box, a listed credit or an imaged By line; none from a section box', async () => {
  const body = ['', 'The harbor council voted on Tuesday to change the ferry timetable for the winter months.', '', 'It met in the old town hall after a long debate among its members and the public.'];
  const cases: [string, string, string[] | undefined][] = [
    ['a name and its handle under the headline', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin Marlowe•@kmarlowe', ...body), ['Kevin Marlowe']],
    ['a name over its age under the headline', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin Marlowe', 'Yesterday 3:20pm', ...body), ['Kevin Marlowe']],
    ['a section box over an age', page('Harbor Council Votes on the Ferry Timetable', '', 'Video Gallery', 'Yesterday 3:20pm', ...body), undefined],
    ['a label and its names one per line', page('Harbor Council Votes on the Ferry Timetable', '', 'By', 'Kevin Marlowe', 'and', 'Nora Ellwood', ...body), ['Kevin Marlowe', 'Nora Ellwood']],
    ['a label, a name, then prose', page('Harbor Council Votes on the Ferry Timetable', '', 'By', 'Kevin Marlowe', '', 'and then the council met again.', ...body), ['Kevin Marlowe']],
    ['an image before the By line', page('Harbor Council Votes on the Ferry Timetable', '', '[kmarlowe-hs] by Kevin Marlowe on January 20, 2020', ...body), ['Kevin Marlowe']],
    ['the name after the date that opens its line', page('Harbor Council Votes on the Ferry Timetable', '', 'Dec 17, 2025Kevin Marlowe', '', 'Ferry Timetable Changes', ...body), ['Kevin Marlowe']],
    ['a name glued to a cell mark and the date', page('Harbor Council Votes on the Ferry Timetable', '', 'Tavi Marlowe•Oct 20, 2025', '', 'Ferry Timetable Changes', ...body), ['Tavi Marlowe']],
    ['a name, a dash and the date', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin Marlowe - Nov 19, 2019, 10:31 pm CST', ...body), ['Kevin Marlowe']],
    // A list of topics one per line with no bullets: a trending person's name beside the date is no credit.
    ['a trending list over the date', page('Harbor Council Votes on the Ferry Timetable', '', 'Trending', 'Harbor Ferry Strike', 'Winter Storm News', 'Kevin Marlowe', 'December 22, 2023', ...body), undefined],
    ['a section name over the name beside the date', page('Harbor Council Votes on the Ferry Timetable', '', 'Politics', 'Kevin Marlowe', 'December 22, 2023', ...body), ['Kevin Marlowe']],
    ['an avatar before the name beside the date', page('Harbor Council Votes on the Ferry Timetable', '', '[kmarlowe-hs] Kevin Marlowe', 'January 20, 2020', ...body), ['Kevin Marlowe']],
    // A name and a job title on one line under the headline, glued or not, a title in the plural after two names.
    ['a name glued to its job title', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin MarloweContact Reporter', ...body), ['Kevin Marlowe']],
    ['two names and a plural title', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin Marlowe and Nora EllwoodContact Reporters', ...body), ['Kevin Marlowe', 'Nora Ellwood']],
    ['a name, a title and the date glued', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin Marlowe Featured ColumnistMarch 22, 2017', ...body), ['Kevin Marlowe']],
    ['a name and a title far under the article', page('Harbor Council Votes on the Ferry Timetable', ...body, ...body, ...body, ...body, ...body, '', 'Kevin Marlowe Senior Editor'), undefined],
    ['a name and no title', page('Harbor Council Votes on the Ferry Timetable', '', 'Kevin Marlowe Harbor', ...body), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('surnames with inner capitals end a credit; a cell glued after a short surname does not join it', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  const cases: [string, string[] | undefined][] = [
    ['By Nora Elin DelRossoPublished: Dec 20, 2023', ['Nora Elin DelRosso']],
    ['By Kevin VanDerBeek', ['Kevin VanDerBeek']],
    ['By Nora Ellwood, Tom DelRey and Kevin Marlowe', ['Nora Ellwood', 'Tom DelRey', 'Kevin Marlowe']],
    ['By Kevin LeeContact Reporter', ['Kevin Lee']],
    ['By Nora EllwoodHarborNews', ['Nora Ellwood']],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg), want, line);
});

test('a box under the headline vouches for a name whose given name the stage does not know; nothing else does', async () => {
  const head = 'Harbor Council Votes on the Ferry Timetable';
  const body = ['', 'The harbor council voted on Tuesday to change the ferry timetable for the winter months.', '', 'It met in the old town hall after a long debate among its members and the public.'];
  const cases: [string, string, string[] | undefined][] = [
    ['an unknown given name and a handle', page(head, '', 'Zarifa Holloway•@zholloway', ...body), ['Zarifa Holloway']],
    ['an unknown given name over a job title', page(head, '', 'Oluwadare Fenwick', 'Staff Writer', ...body), ['Oluwadare Fenwick']],
    ['an unknown given name over a reading time, again in a bio', page(head, '', 'Ikemba Stroud', '4 min read', ...body, '', 'Ikemba Stroud covers the harbor.'), ['Ikemba Stroud']],
    ['an unknown given name over its age, again in a bio', page(head, '', 'Ikemba Stroud', 'Friday 10:20am', ...body, '', 'Ikemba Stroud covers the harbor.'), ['Ikemba Stroud']],
    // Over the story's age alone and nowhere else on the page, two words are as often a section's name.
    // (Under a standfirst: as the very first line under the headline, byline/under-head.ts takes it.)
    ['an unknown given name over a reading time, once', page(head, '', 'Why the winter ferries will leave earlier this year', '', 'Ikemba Stroud', '4 min read', ...body), undefined],
    ['an unknown given name over its own handle', page(head, '', 'Zarifa Holloway', '', '@zholloway', ...body), ['Zarifa Holloway']],
    ['a name over a handle that is not its own', page(head, '', 'Why the winter ferries will leave earlier this year', '', 'Zarifa Holloway', '', '@harborpost', ...body), undefined],
    ['an unknown given name and a title after a comma', page(head, '', 'Zarifa Holloway, Contributor', ...body), ['Zarifa Holloway']],
    ['four words, a bar and the age', page(head, '', 'Zarifa Van Der Holloway|Published 4 months ago', ...body), ['Zarifa Van Der Holloway']],
    ['five words, a bar and the age', page(head, '', 'Zarifa Amal Van Der Holloway|Published 4 months ago', ...body), undefined],
    // Look-alikes: far from the headline, a menu item, words the page writes in lower case, a name alone.
    ['an unknown given name at the foot of the page', page(head, ...body, ...body, ...body, ...body, ...body, '', 'Ikemba Stroud', '4 min read'), undefined],
    ['a menu item over a section', page(head, '', '  □ Ferry Schedules', '  • News', ...body), undefined],
    ['words the prose writes in lower case', page(head, '', 'Winter Council', '2h ago', ...body), undefined],
    // Alone, it counts only on the first line under the headline (byline/under-head.ts), not further down.
    ['an unknown given name alone, under a standfirst', page(head, '', 'Why the winter ferries will leave earlier this year', '', 'Ikemba Stroud', ...body), undefined],
    ['one word and a job title', page(head, '', 'Stroud', 'Staff Writer', ...body), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
