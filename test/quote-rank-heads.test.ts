// The description's head is read once per quote (rank.ts roleHeadWord, then a lookup per entity); it must
// answer as roleHead first did, lowercasing and matching the description for every entity (roleHeadAlways).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { roleHead, roleHeadAlways, roleHeadWord } from '../pipeline/stages/quotes/rank/rank.js';

const roles = new Set(['governor', 'pilot', 'co-founder', 'mayor']);

test('roleHeadWord: the last word of a description of two words or more, lowercase', () => {
  const rows: [string, string | undefined, boolean][] = [
    // [description, head, roleHead against roles]
    ['the former governor', 'governor', true],
    ['The Governor', 'governor', true],
    ['the harbor pilot', 'pilot', true],
    ['the co-founder', 'co-founder', true],
    ['governor', undefined, false],
    ['the senator', 'senator', false],
    ['', undefined, false],
    ['the 2 mayor', 'mayor', true],
    ['the mayor.', 'mayor', true],
    ['...', undefined, false],
  ];
  for (const [d, head, has] of rows) {
    assert.equal(roleHeadWord(d), head, d);
    assert.equal(roleHead(d, roles), has, d);
    assert.equal(roleHeadAlways(d, roles), has, d);
  }
});

test('roleHead answers as roleHeadAlways on generated descriptions', () => {
  const unit = fc.constantFrom('the', 'The', 'former', 'governor', 'Governor', 'pilot', 'co-founder', ' ', '-', '.', ',', '2', '\u00e9', 'mayor');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 8 }).map((u) => u.join('')), (d) => {
      const h = roleHeadWord(d);
      return roleHead(d, roles) === roleHeadAlways(d, roles) && (h !== undefined && roles.has(h)) === roleHeadAlways(d, roles);
    }),
    { numRuns: 3000 },
  );
});
