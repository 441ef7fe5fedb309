import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDump as run } from './helpers.js';

test('datelines open the first paragraphs; ordinary openings are not datelines', async () => {
  const cases: [string, string | undefined][] = [
    ['SAN SALVADOR, El Salvador — El Salvador’s President fired back on Tuesday.', 'SAN SALVADOR, El Salvador'],
    ['DALLAS (AP) — A man was arrested after the shooting, police said.', 'DALLAS'],
    ['WASHINGTON — The Senate passed the bill late on Friday.', 'WASHINGTON'],
    ['OSLO – Hundreds of cyclists rode through the city centre on Sunday.', 'OSLO'],
    ['SPRINGFIELD, Ill. (AP) — It was the dog, stuck atop the sky-high tree.', 'SPRINGFIELD, Ill.'],
    ['ATLANTA -- Federal drug officials are warning about the pills.', 'ATLANTA'],
    ['The council met on Tuesday — and agreed the budget.', undefined],
    ['FILE - A singer waves from a box at the arena.', undefined],
    ['TOPSHOT - Commuters wade through a flooded street.', undefined],
    ['NEW YORK, NEW YORK - MAY 11: Singer Jo Roe arrives at the gala.', undefined],
    ['SO – IL, and Studio O+A, each of which designed offices.', undefined],
    ['A — B testing is common in product teams.', undefined],
  ];
  for (const [para, want] of cases) {
    const file = await run(['A headline for the dateline test', '', para, '', 'Second paragraph of the story.'].join('\n'));
    assert.equal(file.data.dateline?.value, want, para);
  }
});

test('on a whole web page the dateline follows the menus', async () => {
  const menus = Array.from({ length: 12 }, (_, i) => `  • Menu entry ${i}`).join('\n\n');
  const file = await run([menus, '', 'A headline for the dateline test', '', 'FILE - A photo caption here.', '', 'OSLO – Hundreds of riders attended the race.', '', 'More body.'].join('\n'));
  assert.equal(file.data.dateline?.value, 'OSLO');
});
