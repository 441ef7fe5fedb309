// The report's lines waiting on disk (input-lines.ts): given back as they were set, in the order the
// report has always had them (JavaScript's `<` on paths), with the counts and stories the run reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputLines } from '../pipeline/run/input-lines.js';
import type { InputLine } from '../pipeline/run/report-log.js';

test('input lines: path order is the order of < on strings (UTF-16), whatever the bytes', () => {
  const lines = new InputLines();
  // U+FF21 sorts after U+1F600 in UTF-16 (the surrogate pair starts 0xD83D), before it in UTF-8.
  const paths = ['b.txt', 'a/b.txt', 'a.txt', '\u{1F600}.txt', '\uFF21.txt', 'A.txt', 'a', 'é.txt', 'e.txt', ''];
  lines.add(paths.map((path) => ({ path, status: 'failed' })));
  assert.deepEqual([...lines.sorted()].map((l) => l.path), paths.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  lines.close();
});

test('input lines: lines come back as set and updated; notes follow by record; counts and stories as the run reports them', () => {
  const lines = new InputLines();
  lines.add([
    { path: 'd0.txt', status: 'failed' },
    { path: 'd1.txt', status: 'failed' },
    { path: 'd2.txt', status: 'failed' },
    { path: 'd3.txt', status: 'failed' },
  ]);
  lines.add([{ path: 'link.txt', status: 'skipped', error: { rule: 'symlink', reason: 'not read' } }]);
  lines.set(0, { path: 'd0.txt', status: 'failed', record: 'r0', at: 0, len: 10 });
  lines.set(1, { path: 'd1.txt', status: 'failed', record: 'r1', at: 10, len: 5 });
  lines.set(2, { path: 'd2.txt', status: 'failed', error: { rule: 'empty', reason: 'no text' } });
  lines.set(3, { path: 'd3.txt', status: 'failed', record: 'r3' });
  lines.addNotes([
    { id: 'r1', rule: 'story-join', reason: 'joins', cause: 'r0' },
    { id: 'r1', rule: 'duplicate-exact', reason: 'same text as r0' },
    { id: '', rule: 'settings-changed', reason: 'no line' },
  ]);
  lines.update('r0', (l) => Object.assign(l, { status: 'written', story: 's-b' }));
  lines.update('r1', (l) => Object.assign(l, { status: 'duplicate', story: 's-b', duplicate_of: 'r0' }));
  lines.update('r3', (l) => Object.assign(l, { status: 'failed', error: { rule: 'record-invalid', reason: 'bad field' } }));
  const all = [...lines.sorted()];
  const want: InputLine[] = [
    { path: 'd0.txt', status: 'written', record: 'r0', story: 's-b', at: 0, len: 10 },
    { path: 'd1.txt', status: 'duplicate', record: 'r1', story: 's-b', duplicate_of: 'r0', at: 10, len: 5, notes: [{ rule: 'story-join', reason: 'joins', cause: 'r0' }, { rule: 'duplicate-exact', reason: 'same text as r0' }] },
    { path: 'd2.txt', status: 'failed', error: { rule: 'empty', reason: 'no text' } },
    { path: 'd3.txt', status: 'failed', record: 'r3', error: { rule: 'record-invalid', reason: 'bad field' } },
    { path: 'link.txt', status: 'skipped', error: { rule: 'symlink', reason: 'not read' } },
  ];
  assert.deepEqual(all, want);
  assert.deepEqual(lines.counts(4), { records: 2, duplicates: 1, stories: 1, failures: 2 });
  assert.deepEqual(lines.invalid(), [{ record: 'r3', reason: 'bad field' }]);
  assert.deepEqual([...lines.stories(4)], [{ story: 's-b' }]);
  lines.close();
  const none = new InputLines();
  assert.deepEqual(none.counts(0), { records: 0, duplicates: 0, stories: 0, failures: 0 });
  assert.deepEqual([...none.sorted()], []);
  none.close();
});

test('input lines: paths come back in line order a page at a time, lines set between pages', () => {
  const lines = new InputLines();
  const paths = Array.from({ length: 23 }, (_, i) => `d/${String(22 - i).padStart(2, '0')}.txt`);
  lines.add(paths.map((path) => ({ path, status: 'failed' })));
  lines.add([{ path: 'link.txt', status: 'skipped', error: { rule: 'symlink', reason: 'not read' } }]);
  for (const page of [1, 5, 23, 100]) {
    const got: string[] = [];
    let n = 0;
    for (const p of lines.paths(0, paths.length, page)) {
      got.push(p);
      // As the run does: each line is set while later pages are still to be read.
      lines.set(n, { path: p, status: 'written', record: `r${n}` });
      n++;
    }
    assert.deepEqual(got, paths, `page ${page}`);
  }
  assert.deepEqual([...lines.paths(20, 23, 2)], paths.slice(20));
  assert.deepEqual([...lines.paths(5, 5)], []);
  lines.close();
});

test('input lines: a batch that fails is rolled back whole (the journal in memory still rolls back)', () => {
  const cases: { name: string; batch: InputLine[]; kept: string[] }[] = [
    { name: 'all good', batch: [{ path: 'x.txt', status: 'failed' }, { path: 'y.txt', status: 'skipped', error: { rule: 'symlink', reason: 'not read' } }], kept: ['a.txt', 'x.txt', 'y.txt'] },
    { name: 'a bad line last', batch: [{ path: 'x.txt', status: 'failed' }, { path: null as unknown as string, status: 'failed' }], kept: ['a.txt'] },
    { name: 'a bad line first', batch: [{ path: null as unknown as string, status: 'failed' }, { path: 'y.txt', status: 'failed' }], kept: ['a.txt'] },
  ];
  for (const c of cases) {
    const lines = new InputLines();
    lines.add([{ path: 'a.txt', status: 'failed' }]);
    lines.set(0, { path: 'a.txt', status: 'written', record: 'r0' });
    try {
      lines.add(c.batch);
    } catch {
      // the bad line's NOT NULL
    }
    assert.deepEqual([...lines.sorted()].map((l) => l.path), c.kept, c.name);
    assert.deepEqual([...lines.sorted()][0], { path: 'a.txt', status: 'written', record: 'r0' }, c.name);
    lines.close();
  }
});

test('input lines: setMany and updateMany leave the lines set and update leave, one by one, in order', () => {
  const paths = ['d0.txt', 'd1.txt', 'd2.txt', 'd3.txt'];
  const sets: [number, InputLine][] = [
    [0, { path: 'd0.txt', status: 'failed', record: 'r0', at: 0, len: 4 }],
    [1, { path: 'd1.txt', status: 'failed', error: { rule: 'empty', reason: 'no text' } }],
    [2, { path: 'd2.txt', status: 'failed', record: 'r2' }],
    // set twice: the later one stands
    [0, { path: 'd0.txt', status: 'failed', record: 'r0', at: 4, len: 8 }],
    [3, { path: 'd3.txt', status: 'failed', record: 'r2' }],
  ];
  const updates: [string, (l: InputLine) => void][] = [
    ['r0', (l) => Object.assign(l, { status: 'written', story: 's-a' })],
    // two lines of one record, both changed; an id with no line changes nothing
    ['r2', (l) => Object.assign(l, { status: 'duplicate', story: 's-a', duplicate_of: 'r0' })],
    ['nobody', (l) => Object.assign(l, { status: 'written' })],
    ['r0', (l) => Object.assign(l, { story: 's-b' })],
  ];
  const one = new InputLines();
  const many = new InputLines();
  for (const l of [one, many]) l.add(paths.map((path) => ({ path, status: 'failed' })));
  for (const [n, line] of sets) one.set(n, line);
  for (const [id, change] of updates) one.update(id, change);
  many.setMany(sets);
  many.setMany([]);
  many.updateMany(updates);
  many.updateMany([]);
  assert.deepEqual([...many.sorted()], [...one.sorted()]);
  assert.deepEqual(many.counts(4), one.counts(4));
  assert.equal([...many.sorted()][0].story, 's-b');
  one.close();
  many.close();
});
