import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFixture, runArticle } from './helpers.js';

const fixture = (name: string) => readFixture('body', name);

const cases: { name: string; fixture: string; starts: string; ends: string; absent: string[] }[] = [
  {
    name: 'article prose only: no headline, date line, sign-up plea, author bio or reply form',
    fixture: 'byline-bio.txt',
    starts: 'The city council voted on Tuesday',
    ends: 'as early as next spring.',
    absent: ['Council Votes To Expand', '24 December 2025', 'BREAKING NEWS', 'Never miss a breaking news alert!', 'Written By', 'Jane Smith covers transport', 'View Full Bio', 'Leave a Reply'],
  },
];

for (const c of cases) {
  test(`body: ${c.name}`, async () => {
    const file = await runArticle(fixture(c.fixture));
    const body = (file.data.body ?? '').trim();
    assert.ok(body.startsWith(c.starts), body);
    assert.ok(body.endsWith(c.ends), body);
    for (const a of c.absent) assert.ok(!body.includes(a), `absent: ${a}\n${body}`);
  });
}

test('body: paragraphs keep their breaks; wrapped lines stay in one paragraph', async () => {
  const text = fixture('byline-bio.txt');
  const file = await runArticle(text);
  assert.equal((file.data.body ?? '').trim().split('\n\n').length, 4);
});
