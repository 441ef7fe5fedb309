// A surname's particles in lower case ("van der", "de la") do not count toward the longest name a credit
// may hold (max_words_per_name): "Ana van der Ruiz" is a given name and a surname. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byNames } from '../pipeline/stages/byline.js';
import { projectConfig } from './helpers.js';

test('by-line grammar: particles in a surname are no length', async () => {
  const config = await projectConfig();
  const cfg = config.metadata.byline;
  const g = { zones: config.metadata.date.zones, given: new Set(['ansel', 'tom']) };
  const cases: [string, string[] | undefined][] = [
    ['Written by Dr Ansel van der Quarry, Dr Tom Pell, Eve Lund', ['Dr Ansel van der Quarry', 'Dr Tom Pell', 'Eve Lund']],
    ['By Ansel Marek de la Quarry', ['Ansel Marek de la Quarry']],
    ['By Ansel van Quarry and Tom Pell', ['Ansel van Quarry', 'Tom Pell']],
    // Negatives: five words that are no particles are still too long for a name; a particle ending the
    // credit is dropped as before.
    ['Written by Ansel Marek Tobin Quarry Pell, Tom Pell', ['Tom Pell']],
    ['By Ansel Quarry van', ['Ansel Quarry']],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg, g), want, line);
});
