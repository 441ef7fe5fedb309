// Removal messages: a run of removals under one rule is one message only while nothing kept stands between
// them (invented text).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import { nothingKept, reportRemoved } from '../pipeline/article/report-removed.js';
import type { Removal } from '../pipeline/article/prune.js';

const gaps: { name: string; between: string; kept: boolean }[] = [
  { name: 'blank lines', between: '\n\n\n', kept: false },
  { name: 'the next list item\'s mark', between: '\n- ', kept: false },
  { name: 'a numbered item\'s mark', between: '\n12. ', kept: false },
  { name: 'a quote\'s mark', between: '\n>\n> ', kept: false },
  { name: 'nothing (adjacent)', between: '', kept: false },
  { name: 'a kept paragraph', between: '\n\nThe council met on a wet Tuesday.\n\n', kept: true },
  { name: 'a kept list item', between: '\n- Parking rules change in May\n- ', kept: true },
  { name: 'a kept heading', between: '\n\n## Results\n\n', kept: true },
  { name: 'a kept number line', between: '\n\n2024\n\n', kept: true },
];

for (const g of gaps) {
  test(`report-removed: ${g.name} between two removals ${g.kept ? 'is' : 'is not'} kept text`, () => {
    const text = `Menu${g.between}Login`;
    assert.equal(nothingKept(text, 4, 4 + g.between.length), !g.kept);
  });
}

const removal = (text: string, piece: string, rule = 'outside', from = 0): Removal => {
  const start = text.indexOf(piece, from);
  return { rule, start, end: start + piece.length, whole: true };
};

test('report-removed: the header\'s and the footer\'s chrome under one rule are two messages around the article', () => {
  const text = 'Home\n\nSubscribe\n\nThe council met on a wet Tuesday to vote.\n\nShare this\n\nAbout us\n';
  const file = new VFile({ value: text });
  const rs = ['Home', 'Subscribe', 'Share this', 'About us'].map((p) => removal(text, p));
  reportRemoved(file, rs, 'test', () => 'site chrome');
  assert.deepEqual(
    file.messages.map((m) => [m.reason, m.place && 'start' in m.place ? [m.place.start.line, m.place.end.line] : null]),
    [
      ['Removed 2 paragraphs: site chrome', [1, 3]],
      ['Removed 2 paragraphs: site chrome', [7, 9]],
    ],
  );
  assert.deepEqual(file.data.removed, { outside: 4 });
});

test('report-removed: a menu of list items under one rule is one message; another rule between splits it', () => {
  const text = '- News\n- Sport\n- Weather\n\nAd: buy now\n\n- Login\n';
  const file = new VFile({ value: text });
  const rs = [removal(text, 'News'), removal(text, 'Sport'), removal(text, 'Weather'), removal(text, 'Ad: buy now', 'ad'), removal(text, 'Login')];
  reportRemoved(file, rs, 'test', (r) => r);
  assert.deepEqual(
    file.messages.map((m) => m.reason),
    ['Removed 3 paragraphs: outside', 'Removed paragraph: ad', 'Removed paragraph: outside'],
  );
});
