// A credited name made of everyday words that describe is a section or a button, not a writer
// (stages/byline/everyday.ts), and the byline stage drops it with a report line. Invented names and pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { everydayWords } from '../pipeline/stages/byline/everyday.js';
import { page, runDump as run } from './helpers.js';

const vocab = { given: new Set(['bree', 'will']), orgWords: new Set(['press', 'staff', 'editor']) };

test('everyday words that describe: a plural head, an adjective, a verb form, a determiner', () => {
  const cases: [string, boolean][] = [
    ['Travel Insights', true],
    ['Quick Answers', true],
    ['Full Forecast', true],
    ['Find Care', true],
    ['Related Posts', true],
    ['No Result', true],
    ['Growing Garden Cells', true],
    // Nouns alone may be a pen name or a brand; a proper noun, a given name, an initial, an organisation
    // word, a number or a "The" title make it a name.
    ['Garden Climate', false],
    ['Climate Traveller', false],
    ['Bree Tolland', false],
    ['Will Price', false],
    ['Bree Young', false],
    ['J. Quick Answers', false],
    ['Associated Press', false],
    ['Quick Answers Staff', false],
    ['Top 10 Answers', false],
    ['The Quick Answers', false],
    ['Quillmere Answers', false],
    ['', false],
  ];
  for (const [name, want] of cases) assert.equal(everydayWords(name, vocab), want, name);
});

test('the byline stage drops a credit of everyday words and says why', async () => {
  // Name, page, byline, report lines `byline-everyday`.
  const cases: [string, string, string[] | undefined, number][] = [
    ['a box title credited', page('Story headline for the test', 'By Travel Insights', 'December 22, 2023', '', 'Body text.'), undefined, 1],
    ['one of two credits', page('Story headline for the test', 'By Bree Tolland and Quick Answers', 'December 22, 2023', '', 'Body text.'), ['Bree Tolland'], 1],
    ['a writer kept', page('Story headline for the test', 'By Bree Tolland', 'December 22, 2023', '', 'Body text.'), ['Bree Tolland'], 0],
    ['a wire credit kept', page('Story headline for the test', 'By Associated Press', 'December 22, 2023', '', 'Body text.'), ['Associated Press'], 0],
  ];
  for (const [name, text, want, said] of cases) {
    const file = await run(text);
    assert.deepEqual(file.data.byline?.value, want, name);
    assert.equal(file.messages.filter((m) => m.ruleId === 'byline-everyday').length, said, name);
  }
});
