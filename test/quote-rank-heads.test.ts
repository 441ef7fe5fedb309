// The description's head is read once per quote (rank.ts roleHeadWord, then a lookup per entity); it must
// answer as roleHead first did, lowercasing and matching the description for every entity (roleHeadAlways).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { roleHeadWord } from '../pipeline/stages/quotes/rank/rank.js';
import { lowerCase } from '../pipeline/text/lower-case.js';

/** As rank.ts asks it: the description's head among an entity's roles. */
const roleHead = (description: string, roles: Set<string>) => {
  const head = roleHeadWord(description);
  return head !== undefined && roles.has(head);
};

/** roleHead's reference form, as first written: what roleHeadWord and a lookup must answer. */
function roleHeadAlways(description: string, roles: Set<string>): boolean {
  const ws = lowerCase(description).match(/[\p{L}-]+/gu) ?? [];
  const head = ws[ws.length - 1];
  return !!head && ws.length > 1 && roles.has(head);
}


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
