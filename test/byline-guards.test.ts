// What the byline stage no longer takes for a credit (a picture's credit, a handle, a teaser river wrapped by
// the dump, a breadcrumb's section) and the credit shapes it now reads (dates one after another before the
// name, an icon's alt text or an address run into "Written by" or "By", a writer "and" a wire's initials, a
// theme's credit box "By" / credit / "-" / date). Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byNames } from '../pipeline/stages/byline.js';
import { bareRead } from '../pipeline/stages/byline/people.js';
import { wrappedOn } from '../pipeline/stages/byline/layout.js';
import type { Line } from '../pipeline/text/lines.js';
import { page, projectConfig, runDump as run } from './helpers.js';

test('by-line grammar: a picture\'s credit and a handle are no writer; "Written by" glued to an icon', async () => {
  const config = await projectConfig();
  const cfg = config.metadata.byline;
  const g = { zones: config.metadata.date.zones, given: new Set(['maria', 'ansel']) };
  const cases: [string, string[] | undefined][] = [
    ['By Ansel Quarry (Harborpix: old pier at dusk) [CC BY 2.0], via Wikimedia Commons', []],
    ['By Ansel Quarry / Getty Images', []],
    ['Written by HarborTaxMaria', []],
    ['Byline profile imageWritten by Ansel Quarry, CFP', ['Ansel Quarry']],
    ['Byline profile imageWritten\u00a0by\u00a0Ansel Quarry', ['Ansel Quarry']],
    ['harborpix.example/media/a1b2c3.949e4By Ansel Quarry', ['Ansel Quarry']],
    // Negatives: a credit with its outlet; a one-word organisation ending in no given name; another role.
    ['By Ansel Quarry | Harbor Ledger', ['Ansel Quarry']],
    ['By HarborLabs', ['HarborLabs']],
    ['Byline profile imageEdited by Ansel Quarry', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg, g), want, line);
});

test('bare names: a writer and a wire by its initials', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  const cases: [string, string[] | undefined][] = [
    ['Ansel Quarry and HPA', ['Ansel Quarry']],
    ['Ansel Quarry and agencies', ['Ansel Quarry']],
    // Negatives: "and" then words that are no wire.
    ['Ansel Quarry and the harbor desk', undefined],
    ['Ansel Quarry and HARBORLIGHTS', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(bareRead(line, cfg)?.names, want, line);
});

test('wrapped paragraphs: full-width lines in a row, or the last line at the same indent', () => {
  const long = 'Harbor Weekly 2016-12-13 Council Votes To Rebuild The Old Pier After Years Of Delay';
  const at = (texts: string[]): Line[] => texts.map((text, n) => ({ n, text, start: 0, end: 0 }) as Line);
  const cases: [string, string[], boolean][] = [
    ['two full-width lines', [long, 'Ansel Quarry Harbor Weekly 2016-12-12 Ferry Fares Rise Again For The Winter Season'], true],
    ['the last line, indented alike', [`    ${long}`, '    Ferry Fares, A Change Nobody Asked For'], true],
    // Negatives: a line after a full stop; a short line after a short one; a short line not indented alike.
    ['after a full stop', [`${long}.`, 'Ansel Quarry Harbor Weekly 2016-12-12 Ferry Fares Rise Again For The Winter Season'], false],
    ['a short line above', ['Story headline for the test', 'Ansel Quarry'], false],
    ['a name under a long line, not indented', [long, 'Ansel Quarry'], false],
  ];
  for (const [name, texts, want] of cases) assert.equal(wrappedOn(at(texts), 1), want, name);
});

test('the byline of a page: breadcrumbs, teaser rivers, dates before the name, a picture credit', async () => {
  const river = [
    '    Harbor Weekly 2016-12-13 Council Votes To Rebuild The Old Pier After Years Of Quiet Delays Here',
    '    By Mayor, Townspeople Celebrate With Lanterns Of Their Own Harbor Weekly 2016-12-13 Ferry Fares',
    '    Rise Again For The Winter Season',
  ];
  const cases: [string, string, string[] | undefined][] = [
    ['a breadcrumb\'s section over the date', page('  • Home', '  • Harbor Notes', '', 'Harbor Notes', 'Posted on April 29, 2022', '', 'Story headline for the test', '', 'Body text of the story, long enough to read as prose.'), undefined],
    ['a teaser river\'s "By"', page(...river, '', 'Story headline for the test', '', 'Body text of the story, long enough to read as prose.'), undefined],
    ['two dates, then the name', page('Story headline for the test', '', 'September 1, 2016September 8, 2016Ansel Quarry', '', 'Body text of the story, long enough to read as prose.'), ['Ansel Quarry']],
    ['a picture\'s credit', page('Story headline for the test', 'December 6, 2017', '', 'By Ansel Quarry (Harborpix) [CC BY 2.0], via Wikimedia Commons', '', 'Body text of the story, long enough to read as prose.'), undefined],
    // Negatives: a byline box printed as a list item over the name; a credit under the headline.
    ['a list item over the name, after no other item', page('Story headline for the test', '', '  • Ansel Quarry', '', '    Ansel Quarry', '', 'April 29, 2022', '', 'Body text of the story, long enough to read as prose.'), ['Ansel Quarry']],
    ['a credit under the headline', page('Story headline for the test', '', 'By Ansel Quarry', 'December 6, 2017', '', 'Body text of the story, long enough to read as prose.'), ['Ansel Quarry']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('a label, the credit, a dash, the date: the box\'s credit as written', async () => {
  const body = ['', 'Body text of the story, long enough to read as prose.'];
  const cases: [string, string, string[] | undefined][] = [
    ['an organisation', page('Story headline for the test', '', 'By', 'The Harbor Gazette', '-', 'April 9, 2017', ...body), ['The Harbor Gazette']],
    ['one word no lexicon knows', page('Story headline for the test', '', 'By', 'Zarekin', '-', 'April 9, 2017', ...body), ['Zarekin']],
    // Negatives: no dash and date after the credit; an English word in the box.
    ['no dash, no date', page('Story headline for the test', '', 'By', 'The Harbor Gazette', '', 'Harbor news for the week', ...body), undefined],
    ['an English word', page('Story headline for the test', '', 'By', 'Garden', '-', 'April 9, 2017', ...body), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('beside the date: lines of marks and a lone handle between the name and the date are no distance', async () => {
  const body = ['', 'Body text of the story, long enough to read as prose.'];
  const cases: [string, string, string[] | undefined][] = [
    ['a handle and a cell mark between', page('Story headline for the test', '', 'The old pier reopens after a long winter of repairs.', '', 'Ansel Quarry in Harbor City', '', '@anselq', '|', '', 'Monday 3 July 2017 20.17 BST', ...body), ['Ansel Quarry']],
    ['a rule between', page('Story headline for the test', '', 'The old pier reopens after a long winter of repairs.', '', 'Ansel Quarry in Harbor City', '', '━━━━━━━━━━', '•', '', 'Monday 3 July 2017 20.17 BST', ...body), ['Ansel Quarry']],
    // Negative: lines with words between count, and the name is too far.
    ['buttons between', page('Story headline for the test', '', 'The old pier reopens after a long winter of repairs.', '', 'Ansel Quarry in Harbor City', '', 'Share this', 'Email link', '', 'Monday 3 July 2017 20.17 BST', ...body), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
