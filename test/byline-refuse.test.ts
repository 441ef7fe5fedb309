// The last refusals of a chosen byline (byline/refuse.ts): a line that lists a work by its title and a
// bracketed date, a name the page's author link does not name. Invented fixtures, positives and negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../pipeline/config/spec.js';
import type { Ctx } from '../pipeline/stages/byline/context.js';
import { authorLinks, sameName, workListing } from '../pipeline/stages/byline/refuse.js';
import { bylinePatterns } from '../pipeline/stages/byline/spec.js';
import { dumpFile, page, projectConfig, runDump as run } from './helpers.js';

test('a work listing: the name, a separator, a title, the date in brackets', async () => {
  const zones = (await projectConfig()).metadata.date.zones;
  const cases: [string, string, string, boolean][] = [
    ['a pictorial', 'Ansel Quarry', 'Ansel Quarry - Harbor Weekly Portraits [Spain] (27 October 2023)', true],
    ['a record, an en dash', 'Maria Pell', 'Maria Pell – Songs Of The Old Pier (March 3, 2019)', true],
    ['a bar', 'Maria Pell', 'Maria Pell | Ferry Notes Reissued (2019-03-03)', true],
    ['capitals in the line', 'Ansel Quarry', 'ANSEL QUARRY - Harbor Weekly Portraits (27 October 2023)', true],
    // Negatives: a credit with its date beside it; one word after the dash; the date not bracketed; more after the date.
    ['a credit and its date', 'Ansel Quarry', 'Ansel Quarry - 27 October 2023', false],
    ['a credit, the date bracketed', 'Ansel Quarry', 'Ansel Quarry (27 October 2023)', false],
    ['one word after the dash', 'Ansel Quarry', 'Ansel Quarry - Staff (27 October 2023)', false],
    ['an outlet and a plain date', 'Ansel Quarry', 'Ansel Quarry - Harbor Weekly, 27 October 2023', false],
    ['words after the bracket', 'Ansel Quarry', 'Ansel Quarry - Harbor Weekly Portraits (27 October 2023) 4 min read', false],
    ['no date in the bracket', 'Ansel Quarry', 'Ansel Quarry - Harbor Weekly Portraits (Spain)', false],
    ['the name not on the line', 'Maria Pell', 'Ansel Quarry - Harbor Weekly Portraits (27 October 2023)', false],
  ];
  for (const [name, who, line, want] of cases) assert.equal(workListing(who, line, zones), want, name);
});

test('an author link: the name the page links to the writer\'s other articles', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  const pattern = compile(cfg.author_link_pattern, bylinePatterns.authorLink);
  const body = 'Body text of the story, long enough to read as prose, about the harbor and its ferries.';
  const cases: [string, string, string[]][] = [
    ['more articles by', `Story headline\n\n${body}\n\nMore articles by Ansel Quarry`, ['Ansel Quarry']],
    ['a label and a colon, the name on the next line', `Story headline\n\nMore stories by:\n\nMaria K. Pell\n\n${body}`, ['Maria K. Pell']],
    ['view all posts by', `Story headline\n\nView all posts by Ansel Quarry\n${body}`, ['Ansel Quarry']],
    ['a box\'s name glued to its link', `Story headline\n\nAnsel QuarryView More Articles\n\n${body}`, ['Ansel Quarry']],
    // Negatives: no person after the phrase; the phrase in lower case before a lower-case word; a sentence.
    ['this author', `Story headline\n\nMore stories by This Author\n\nthis is the author of ${body}`, []],
    ['no link', `Story headline\n\nBy Ansel Quarry\n\n${body}`, []],
    ['a sentence about stories', `Story headline\n\nShe wrote more stories by the harbor than anyone.\n\n${body}`, []],
  ];
  for (const [name, text, want] of cases) {
    const file = dumpFile(text);
    const ctx = { file, options: { config: await projectConfig() } } as unknown as Ctx;
    assert.deepEqual(authorLinks(ctx, pattern), want, name);
  }
});

test('one person\'s name in two places', () => {
  const cases: [string, string, boolean][] = [
    ['Ansel Quarry', 'Ansel Quarry', true],
    ['Ansel Quarry', 'Ansel M. Quarry', true],
    ['Ansel Quarry', 'Ansel Quarry Jr', true],
    ['ANSEL QUARRY', 'Ansel Quarry', true],
    // Negatives: another person; a given name alone against a full name of another surname.
    ['Ansel Quarry', 'Maria Pell', false],
    ['Ansel Quarry', 'Ansel Pell', false],
  ];
  for (const [a, b, want] of cases) assert.equal(sameName(a, b), want, `${a} / ${b}`);
});

test('the stage: a work listing by the date gives no byline, a credit by the date does', async () => {
  const body = ['', 'Body text of the story, long enough to read as prose, about the harbor and its ferries.'];
  const cases: [string, string, string[] | undefined][] = [
    ['a listing printed twice by its date', page('Story headline for the test', ...body, '', 'More from the harbor', '', 'Ansel Quarry - Harbor Weekly Portraits [Spain] (27 October 2023)', 'Ansel Quarry - Harbor Weekly Portraits [Spain] (27 October 2023)'), undefined],
    ['a credit by the date', page('Story headline for the test', '', 'Ansel Quarry - 27 October 2023', ...body), ['Ansel Quarry']],
    ['a name by the date, the page linking another writer', page('Story headline for the test', '', 'Maria PellView More Articles', '', 'Ansel Quarry March 3, 2019 12:32', ...body), undefined],
    ['a name by the date, the page linking the same writer', page('Story headline for the test', '', 'Ansel Quarry March 3, 2019 12:32', ...body, '', 'More articles by Ansel Quarry'), ['Ansel Quarry']],
  ];
  for (const [name, text, want] of cases) {
    const file = await run(text);
    assert.deepEqual(file.data.byline?.value, want, name);
    if (!want) assert.ok(file.messages.some((m) => /^byline-(?:work-listing|not-linked-writer)$/u.test(m.ruleId ?? '')), `${name}: the report line`);
  }
});
