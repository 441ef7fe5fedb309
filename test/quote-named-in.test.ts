// `named_in_quote`: whether a quote names a candidate by the last word of its name, as a whole word.
// Table-driven with negatives, and checked against the pattern it replaced on generated text.
// Invented names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { namedIn } from '../pipeline/stages/quotes/rank/features.js';

test('a quote names a candidate by the last word of the name, as a whole word', () => {
  const cases: [string, string, boolean][] = [
    ['Wilma Quarry', 'Ask Quarry what the tides did.', true],
    ['Wilma Quarry', 'Quarry knows.', true],
    ['Wilma Quarry', 'It was Quarry’s plan.', true],
    ['Wilma Quarry', 'a Quarry-led plan', true],
    ['Zoë Ødegård', 'I told Ødegård so.', true],
    ['Ada 𝐀rden', 'ask 𝐀rden', true],
    // negatives: inside a longer word, lowercase, too short, a lowercase name
    ['Wilma Quarry', 'The Quarrymen played.', false],
    ['Wilma Quarry', 'McQuarry left.', false],
    ['Wilma Quarry', 'the quarry flooded', false],
    ['Wilma Quarry', 'ÉQuarry', false],
    ['Wilma Quarry', 'Quarryé', false],
    ['Ada 𝐀rden', '𝐁𝐀rden', false],
    ['Jo Li', 'Li said so.', false],
    ['the pilot', 'the pilot said so', false],
    ['', 'anything', false],
  ];
  for (const [name, quote, want] of cases) assert.equal(namedIn(name, quote), want, `${name} in ${JSON.stringify(quote)}`);
});

// The pattern compiled per (entity, quote) pair before: the lookup must answer exactly as it did.
const byPattern = (name: string, quote: string) => {
  const last = name.split(/\s+/u).pop() ?? '';
  return last.length > 2 && /^\p{Lu}/u.test(last) && new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(quote);
};

test('the lookup answers as the compiled pattern did', () => {
  const bits = fc.constantFrom('Quarry', 'Quar', 'ry', 'Q', '𝐀rden', '𝐀', 'Ødegård', 'ß', 'é', '\u0301', '1', '.', ' ', '-', '’', "'", '\ud835', '\udc00', 'x', 'Ma.', '(a+b)');
  const text = fc.array(bits, { maxLength: 12 }).map((a) => a.join(''));
  const name = fc.constantFrom('Wilma Quarry', 'Quarry', 'Ada 𝐀rden', 'Zoë Ødegård', 'Ann Ma.', 'X (a+b)', 'Jo Li', 'Quarry ', 'ry');
  fc.assert(fc.property(name, text, (n, t) => namedIn(n, t) === byPattern(n, t)), { numRuns: 6000, seed: 1114 });
});
