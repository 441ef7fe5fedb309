// unindent (run/read-dump.ts) scans decoded text ('\n' line ends) from line start to line start; it must answer
// exactly as the regular expressions it replaced (unindentByPatterns), which still take text with other line ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { unindent, unindentByPatterns } from '../pipeline/run/read-dump.js';

const cases: [string, string, string, [number, number][]][] = [
  ['indented lines', 'Body\n  • item\n\tTabbed\n', 'Body\n• item\nTabbed\n', [[1, 2], [2, 1]]],
  ['the first line indented', '    Centred title\nnext', 'Centred title\nnext', [[0, 4]]],
  // negatives: a blank line loses its spaces but keeps no width; a no-break space is not taken off
  ['a line of spaces only', 'a\n   \nb', 'a\n\nb', []],
  ['spaces before a no-break space', 'a\n  \u00a0b', 'a\n\u00a0b', []],
  ['nothing indented', 'a\nb\n', 'a\nb\n', []],
  ['the last line indented, no line end', 'a\n  b', 'a\nb', [[1, 2]]],
  ['other line ends (the patterns)', 'a\r  b\u2028  c\n d', 'a\rb\u2028c\nd', [[0, 2], [1, 1]]],
  ['empty', '', '', []],
];
for (const [name, input, text, widths] of cases)
  test(`unindent: ${name}`, () => {
    const got = unindent(input);
    assert.equal(got.text, text);
    assert.deepEqual([...got.indents], widths);
    assert.deepEqual(got, unindentByPatterns(input));
  });

test('unindent answers as the patterns over generated text', () => {
  const unit = fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\n', '\n', '\n ', '\n\t', '\u00a0', '\u3000', '\r', '\u2028', '\ud835', '•', '.', '');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), (s) => {
      assert.deepEqual(unindent(s), unindentByPatterns(s), JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
});
