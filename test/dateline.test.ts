import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from './fixtures/fields/harness.js';

test('datelines open the first paragraphs; ordinary openings are not datelines', async () => {
  const cases: [string, string | undefined][] = [
    ['SAN SALVADOR, El Salvador — El Salvador’s President fired back on Tuesday.', 'SAN SALVADOR, El Salvador'],
    ['DALLAS (AP) — A man was arrested after the shooting, police said.', 'DALLAS'],
    ['WASHINGTON — The Senate passed the bill late on Friday.', 'WASHINGTON'],
    ['TEHRAN – Tens of thousands of Iranian citizens attended the funeral ceremony.', 'TEHRAN'],
    ['The council met on Tuesday — and agreed the budget.', undefined],
    ['A — B testing is common in product teams.', undefined],
  ];
  for (const [para, want] of cases) {
    const file = await run(['A headline for the dateline test', '', para, '', 'Second paragraph of the story.'].join('\n'));
    assert.equal(file.data.dateline?.value, want, para);
  }
});
