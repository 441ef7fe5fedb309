// mask (quotes/marks/prepare.ts) builds the masked block piece by piece when its spans are in order; it
// must give the text the character-array code it replaced gives (kept as maskByChars, the form for spans
// out of order), for spans in order or not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mask, maskByChars as byChars } from '../pipeline/stages/quotes/marks/prepare.js';
import type { Span } from '../pipeline/stages/quotes/marks/marks.js';
import { isSpace } from '../pipeline/text/letters.js';

const span = (start: number, end: number): Span => ({ start, end, open: start - 1, close: end + 1 });

test('a quote is blanked, its spacing kept, and a sentence-ending mark left as a period', () => {
  const text = 'She said “We will win!” and left. “Not today,” he said.';
  const a = text.indexOf('We');
  const b = text.indexOf('Not');
  const spans = [span(a, text.indexOf('”')), span(b, text.indexOf('”', b))];
  assert.equal(mask(text, spans), `She said “${' '.repeat(11)}.” and left. “${' '.repeat(10)}” he said.`);
  assert.equal(byChars(text, spans), mask(text, spans));
  assert.equal(mask('No quote here.', []), 'No quote here.');
});

test('mask answers as the character-array code over generated blocks and spans', () => {
  const unit = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '.', '!', '?', ',', '“', '”', '\ud835', '\udc00', 'é');
  const block = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));
  const ordered = (text: string) =>
    fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }).map((cuts) => {
      const c = [...cuts].sort((a, b) => a - b);
      const out: Span[] = [];
      for (let k = 0; k + 1 < c.length; k += 2) out.push(span(c[k], c[k + 1]));
      return out;
    });
  const loose = fc.array(fc.tuple(fc.integer({ min: -2, max: 45 }), fc.integer({ min: -2, max: 45 })).map(([a, b]) => span(a, b)), { maxLength: 4 });
  fc.assert(
    fc.property(block.chain((text) => fc.tuple(fc.constant(text), fc.oneof(ordered(text), loose))), ([text, spans]) => {
      assert.equal(mask(text, spans), byChars(text, spans), JSON.stringify({ text, spans }));
    }),
    { numRuns: 5000 },
  );
});

test('isSpace (the blanking reads it) is what /\\s/ says, on every BMP code unit', () => {
  const WS = /^\s$/;
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), WS.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('every white-space kind is kept where a quote is blanked', () => {
  const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const text = `He said “a${spaces}b\ud835\udc9c” then.`;
  const s = [span(text.indexOf('“') + 1, text.indexOf('”'))];
  assert.equal(mask(text, s), `He said “ ${spaces}   ” then.`);
  assert.equal(mask(text, s), byChars(text, s));
});
