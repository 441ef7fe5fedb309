// The outlet ranker's features read which lines of a page carry a copyright from one pass a page
// (text/copyright-lines.ts): the marks must be each line's own test, the trimmed line less its bullet's too
// (outlet/structure.ts tested that), on invented pages and on random strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyrightLines } from '../pipeline/text/copyright-lines.js';

const COPYRIGHT = /©|\(c\)|copyright|all rights reserved/iu;
const BULLET = /^[•·*□○■☆●-]\s*/u;
const perLine = (text: string) => text.split('\n').map((l) => +COPYRIGHT.test(l));
const perBare = (text: string) => text.split('\n').map((l) => +COPYRIGHT.test(l.trim().replace(BULLET, '')));

test('copyright lines: the lines that hold a mark, on an invented page', () => {
  const page = 'Harbor Ledger\n© 2024 Harbor Ledger\n• (C) Quay Media\nAll Rights Reserved.\nall rights  reserved\nCopyRight notice\n\n- (c)';
  assert.deepEqual([...copyrightLines(page)], [0, 1, 1, 1, 0, 1, 0, 1]);
  assert.equal(copyrightLines(page), copyrightLines(page), 'the same page: the same marks');
  assert.deepEqual([...copyrightLines('')], [0]);
  assert.deepEqual([...copyrightLines(page)], [0, 1, 1, 1, 0, 1, 0, 1], 'read again after another page');
});

test('copyright lines: each line\'s own test, trimmed and less its bullet or not, on random strings', () => {
  const parts = ['©', '(c)', '(C)', 'copy', 'right', 'all rights', ' reserved', ' ', '\t', '\n', '\n', '•', '- ', 'x', '(', 'c)'];
  let seed = 13;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % n; // (the high bits: the low ones of this generator cycle)
  };
  let marked = 0;
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const len = rand(14);
    for (let i = 0; i < len; i++) t += parts[rand(parts.length)];
    const want = perLine(t);
    marked += want.reduce((a, b) => a + b, 0);
    assert.deepEqual([...copyrightLines(t)], want, JSON.stringify(t));
    assert.deepEqual(perBare(t), want, `trimmed: ${JSON.stringify(t)}`);
  }
  assert.ok(marked > 300, `the random strings hold marks (${marked})`);
});
