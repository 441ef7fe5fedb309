// Names beside the publication date that read as a person's but credit no writer of the story (a commenter,
// a picture's credit under its caption, the outlet's own masthead), and a writer's short form under the full
// name, and an organisation's name cut before its organisation word. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commentsAbove, commenter, fullFormAbove, ownOutlet, underCaption } from '../pipeline/stages/byline/not-credit.js';
import { compile } from '../pipeline/config/spec.js';
import { bylinePatterns } from '../pipeline/stages/byline/spec.js';
import type { Line } from '../pipeline/text/lines.js';
import { page, projectConfig, runDump as run } from './helpers.js';

/** Lines as the stage reads them, each with its offset in the joined text. */
function linesOf(texts: string[]): Line[] {
  let start = 0;
  return texts.map((text, n) => {
    const l = { n, text, start, end: start + text.length } as Line;
    start += text.length + 1;
    return l;
  });
}

test('comments heading: the line that heads the comments under a story', async () => {
  const heading = compile((await projectConfig()).metadata.byline.comments_heading_pattern, bylinePatterns.commentsHeading);
  const cases: [string, boolean][] = [
    ['6 thoughts on “Harbor Notes for Spring”', true],
    ['12 Comments', true],
    ['1 comment', true],
    ['3 Responses to "Ferry Fares"', true],
    ['Leave a Reply', true],
    ['Leave a comment', true],
    // Negatives: a count in a meta line, a menu's item, prose that mentions comments.
    ['By Ansel Quarry | 12 comments | 4 min read', false],
    ['Comments policy', false],
    ['Readers left 12 comments on the ferry story last week.', false],
  ];
  for (const [line, want] of cases) assert.equal(heading.test(line.trim()), want, line);
  const ls = linesOf(['Story headline', 'By Ansel Quarry', 'Body.', '2 thoughts on “Story headline”', 'Maria Pell', 'March 3, 2017 at 5:57 am']);
  assert.equal(commentsAbove(ls, 5, heading, 0), 3);
  assert.equal(commentsAbove(ls, 3, heading, 0), undefined, 'above the heading');
  assert.equal(commentsAbove(ls, 5, heading, 3), undefined, 'the heading before where the article starts');
  assert.equal(commentsAbove(ls, 40, heading, 0), 3, 'a line past the page\'s end');
});

test('commenter: a name after the comments heading that the page does not show before it', () => {
  const texts = ['Story headline', 'Ansel Quarry', 'Body of the story.', '2 thoughts on “Story headline”', 'Maria Pell', 'March 3, 2017', 'Ansel Quarry', 'March 4, 2017'];
  const ls = linesOf(texts);
  const text = texts.join('\n');
  const cases: [string, string[], number, number | undefined, boolean][] = [
    ['a reader', ['Maria Pell'], 4, 3, true],
    // Negatives: the writer answering (credited above); a name above the heading; no heading.
    ['the writer answering', ['Ansel Quarry'], 6, 3, false],
    ['above the heading', ['Ansel Quarry'], 1, 3, false],
    ['no heading', ['Maria Pell'], 4, undefined, false],
  ];
  for (const [name, names, at, heading, want] of cases) assert.equal(commenter(names, at, heading, text, ls), want, name);
});

test('a picture\'s credit: a name and its agency under a caption under an image', () => {
  const cases: [string, string[], boolean][] = [
    ['agency after a comma', ['[pier-1a2b]', 'The old pier at dusk on Sunday', 'Ansel Quarry, Harbor Press'], true],
    ['picture service after a slash', ['[pier-1a2b]', '', 'Harbor pilots wait at the old pier', 'Ansel Quarry/Harborpix'], true],
    // Negatives: a headshot right over the name; a job title under the name; no image over the caption;
    // the headline over the name; a name alone under a caption.
    ['headshot over the name', ['[pier-1a2b]', 'Ansel Quarry, Harbor Press'], false],
    ['no image over the caption', ['Some menu', 'The old pier at dusk on Sunday', 'Ansel Quarry, Harbor Press'], false],
    ['a short line over the name', ['[pier-1a2b]', 'Senior Writer', 'Ansel Quarry, Harbor Press'], false],
    ['the name alone', ['[pier-1a2b]', 'The old pier at dusk on Sunday', 'Ansel Quarry'], false],
  ];
  for (const [name, texts, want] of cases) assert.equal(underCaption(linesOf(texts), texts.length - 1), want, name);
  const head = ['[pier-1a2b]', 'Council votes to rebuild the old pier', 'Ansel Quarry, Harbor Press'];
  assert.equal(underCaption(linesOf(head), 2, 1), false, 'the headline over the name');
});

test('own outlet: the masthead printed by the date is no writer', () => {
  const given = new Set(['ansel', 'maria']);
  const cases: [string, string | undefined, boolean][] = [
    ['Harborview Movies', 'Harborview Movies', true],
    ['Quayside Business', 'Quayside Business', true],
    // Negatives: a blog named after its writer (a known given name, or a surname no lexicon knows); another
    // outlet; no outlet; one word.
    ['Ansel Quarry', 'Ansel Quarry', false],
    ['Zorvek Talmani', 'Zorvek Talmani', false],
    ['Harborview Movies', 'Harbor Ledger', false],
    ['Harborview Movies', undefined, false],
    ['Movies', 'Movies', false],
  ];
  for (const [name, outlet, want] of cases) assert.equal(ownOutlet(name, outlet, given), want, `${name} / ${outlet}`);
});

test('short form under the full name: the full name', () => {
  const cases: [string, string[], string, string | undefined][] = [
    ['full name right above', ['Ansel Quarry', 'A. Quarry|01.07.19'], 'A. Quarry', 'Ansel Quarry'],
    ['a blank line between', ['Ansel T. Quarry', '', 'A. Quarry'], 'A. Quarry', 'Ansel T. Quarry'],
    // Negatives: another initial; another surname; not a short form; nothing above.
    ['another initial', ['Maria Quarry', 'A. Quarry'], 'A. Quarry', undefined],
    ['another surname', ['Ansel Pell', 'A. Quarry'], 'A. Quarry', undefined],
    ['a full name', ['Ansel Quarry', 'Maria Quarry'], 'Maria Quarry', undefined],
    ['nothing above', ['', 'A. Quarry'], 'A. Quarry', undefined],
  ];
  for (const [name, texts, short, want] of cases) assert.equal(fullFormAbove(linesOf(texts), texts.length - 1, short), want, name);
});

test('the byline of a page: a commenter by the comment\'s date, a picture\'s credit, a short form under the full name', async () => {
  const prose = 'Body text of the story, long enough to read as prose, about the harbor and its ferries and pier.';
  const cases: [string, string, string[] | undefined][] = [
    ['a commenter', page('Story headline for the test', '', prose, '', prose, '', '2 thoughts on “Story headline for the test”', '', 'Maria Pell', 'March 3, 2017 at 5:57 am', '', 'Thanks for this, I liked it a lot.'), undefined],
    // Negatives: the same name and date under another heading; a name by the date above the comments.
    ['no comments heading', page('Story headline for the test', '', prose, '', prose, '', 'Harbor notes', '', 'Maria Pell', 'March 3, 2017 at 5:57 am', '', 'Thanks for this, I liked it a lot.'), ['Maria Pell']],
    ['the full name over its short form', page('Story headline for the test', '', 'Ansel Quarry', 'A. Quarry|01.07.19', '@anselquarry', '', prose), ['Ansel Quarry']],
    ['a picture\'s credit under its caption', page('Story headline for the test', '', 'March 3, 2017', '[pier-1a2b]', 'The old pier at dusk on Sunday evening', 'Ansel Quarry, Harbor Press', '', prose), undefined],
    ['a headshot over the credit', page('Story headline for the test', '', 'March 3, 2017', '[pier-1a2b]', 'Ansel Quarry, Harbor Press', '', prose), ['Ansel Quarry']],
    ['a short form alone', page('Story headline for the test', '', 'A. Quarry|01.07.19', '@anselquarry', '', prose), ['A. Quarry']],
    ['the writer above the comments', page('Story headline for the test', '', 'Maria Pell', 'March 3, 2017', '', prose, '', '2 thoughts on “Story headline for the test”', '', 'Thanks for this.'), ['Maria Pell']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});

test('a desk\'s report credit: no person beside the date, the credit as written after "By"', async () => {
  const prose = 'Body text of the story, long enough to read as prose, about the harbor and its ferries and pier.';
  const at = (credit: string) => page('The Harbor Ledger / March 1, 2020', '', 'Story headline for the test', '', 'The Harbor Ledger / March 1, 2020', '', credit, '', prose);
  const cases: [string, string[] | undefined][] = [
    ['H.L. Report', undefined],
    ['Harbor Desk Report', undefined],
    // Negatives: after "By" an organisation's credit stands as written; a person beside the date stays.
    ['By H.L. Report', ['H.L. Report']],
    ['By Staff Report', ['Staff Report']],
    ['Ansel Quarry', ['Ansel Quarry']],
  ];
  for (const [credit, want] of cases) assert.deepEqual((await run(at(credit))).data.byline?.value, want, credit);
});

test('an organisation\'s name cut before its organisation word is no writer', async () => {
  const prose = 'Body text of the story, long enough to read as prose, about the harbor and its ferries and pier.';
  const at = (top: string, credit: string[]) => page(top, '', 'Story headline for the test', '', ...credit, '', 'Published', '', 'March 1, 2020', '', prose, '', `Copyright 2020 ${top}`);
  const cases: [string, string, string[], string[] | undefined][] = [
    ['a label, the outlet\'s correspondent', 'Harborview Business News', ['By', '', 'Harborview Business News Correspondent'], undefined],
    ['after "By"', 'Harborview Business News', ['By Harborview Business News Correspondent'], undefined],
    // Negatives: the uncut name printed nowhere else; a known given name; a wire's own name; a person's title.
    ['printed once', 'Some Site', ['By', '', 'Harborview Business News Correspondent'], ['Harborview Business']],
    ['a known given name', 'Maria Quarry News', ['By', '', 'Maria Quarry News Editor'], ['Maria Quarry']],
    ['a wire\'s own name', 'Some Site', ['By Zorvek Talmani Reuters'], ['Zorvek Talmani']],
    ['a desk\'s title', 'Some Site', ['By Zorvek Talmani News Staff'], ['Zorvek Talmani']],
  ];
  for (const [name, top, credit, want] of cases) assert.deepEqual((await run(at(top, credit))).data.byline?.value, want, name);
});
