// foldLine (text/lines.ts) keeps folds it has made and skips NFKC on ASCII and the spacing pass where
// nothing would change: it must answer exactly as the plain fold it replaced, asked once or again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldLine } from '../pipeline/text/lines.js';

/** The replaced code. */
const plain = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

test('foldLine folds case, quotes, dashes and spacing', () => {
  const cases: [string, string][] = [
    ['  The  Desk\tReport ', 'the desk report'],
    ['“Quoted” ‘here’ `x', '"quoted" \'here\' \'x'],
    ['Budget\u2014Plan \u2212 2', 'budget-plan - 2'],
    ['ﬁnal ＲＥＰＯＲＴ\u00a0now', 'final report now'],
    ['line one\nline two', 'line one line two'],
    ['', ''],
    // ASCII lines take a path of their own: the backtick is the one quote they can hold
    ['It`s `CODE` time', "it's 'code' time"],
    ['  ASCII only,  no quotes  ', 'ascii only, no quotes'],
    ['"Straight" \'quotes\' - stay', '"straight" \'quotes\' - stay'],
  ];
  for (const [s, want] of cases) {
    assert.equal(foldLine(s), want, JSON.stringify(s));
    assert.equal(plain(s), want, `plain: ${JSON.stringify(s)}`);
  }
});

test('foldLine answers as the plain fold over generated lines, first time and again', () => {
  const unit = fc.constantFrom('a', 'B', 'z', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '“', '”', '‘', '’', '`', '´', '\u2013', '\u2212', 'ﬁ', 'Ａ', '½', 'é', 'e\u0301', 'İ', 'Σ', '𝐀', '\ud835', '1', '.', '-');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), (s) => {
      assert.equal(foldLine(s), plain(s), JSON.stringify(s));
      assert.equal(foldLine(s), plain(s), `again: ${JSON.stringify(s)}`);
    }),
    { numRuns: 5000 },
  );
});
