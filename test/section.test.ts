import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDump as run } from './helpers.js';

test('a section standing beside the date or alone near the top', async () => {
  const cases: [string, string | undefined][] = [
    [['A headline for the section test', '', '24 December 2025 World', '', 'Body text of the story.'].join('\n'), 'World'],
    [['Politics', '', 'A headline for the section test', '', 'Body text of the story.'].join('\n'), 'Politics'],
    // Negatives: a section word inside a sentence, in a menu, or far below the top.
    [['  • World', '  • Politics', '', 'A headline for the section test', '', 'Body text of the story.'].join('\n'), undefined],
    [['A headline for the section test', '', 'World leaders met in Paris on Tuesday to discuss the climate.'].join('\n'), undefined],
    [['A headline for the section test', '', 'One.', '', 'Two.', '', 'Three.', '', 'Four.', '', 'Five.', '', 'Six.', '', 'Seven.', '', 'World'].join('\n'), undefined],
  ];
  for (const [text, want] of cases) assert.equal((await run(text)).data.section?.value, want, text.split('\n')[2]);
});
