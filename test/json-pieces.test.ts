// Long JSON documents written a piece at a time (write/json-pieces.ts, atomic.ts writeAtomicPieces):
// the same bytes as JSON.stringify(doc, null, 2) of the whole, never one large string, and a file
// left untouched when its content would not change.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { slices } from '../pipeline/corpus/index.js';
import { writeAtomicPieces } from '../pipeline/write/atomic.js';
import { chunked, jsonListPiecesAsync, mapped } from '../pipeline/write/json-pieces.js';
import { tempDir } from './helpers.js';

const head = { version: 'v1', title: 'A "quoted"\ntitle', _meta: { next: 'page-1.json', list: [1, 2] } };
const entry = (i: number) => ({
  id: `item-${i}`,
  text: `line one\nline two ${'é'.repeat(i % 3)} \u2028 \ud800 "q"`,
  tags: i % 2 ? [] : ['a', { b: [null, true, 1.5e-7] }],
  empty: {},
  nested: { deeper: { list: [[], [i]] } },
});

const all = async (pieces: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const p of pieces) out.push(p);
  return out;
};

test('jsonListPiecesAsync joins to JSON.stringify of the whole, for lists of none, one and many entries', async () => {
  for (const n of [0, 1, 2, 7, 250]) {
    const list = Array.from({ length: n }, (_, i) => entry(i));
    for (const key of ['items', 'inputs']) {
      const pieces = await all(jsonListPiecesAsync(head, key, list));
      assert.equal(pieces.join(''), JSON.stringify({ ...head, [key]: list }, null, 2), `n=${n} key=${key}`);
      // One piece per entry (the first rides with the opening), then the close.
      assert.equal(pieces.length, n ? n + 1 : 1);
    }
  }
  assert.equal((await all(jsonListPiecesAsync({}, 'items', []))).join(''), JSON.stringify({ items: [] }, null, 2));
  assert.equal((await all(jsonListPiecesAsync({}, 'items', [1, 'x', null]))).join(''), JSON.stringify({ items: [1, 'x', null] }, null, 2));
});

test('jsonListPiecesAsync makes each entry only when its piece is asked for', async () => {
  const made: number[] = [];
  const list = mapped([0, 1, 2], (i) => (made.push(i), entry(i)));
  const pieces = jsonListPiecesAsync(head, 'items', list);
  assert.deepEqual(made, []);
  await pieces.next();
  assert.deepEqual(made, [0]);
  await pieces.next();
  assert.deepEqual(made, [0, 1]);
});

test('chunked joins pieces into chunks of at least the size asked, the last one shorter', () => {
  const cases: [string[], number, string[]][] = [
    [[], 4, []],
    [['ab'], 4, ['ab']],
    [['ab', 'cd', 'e'], 4, ['abcd', 'e']],
    [['abcdef', 'g', 'hij', 'k'], 4, ['abcdef', 'ghij', 'k']],
    [['a', 'b', 'c'], 1, ['a', 'b', 'c']],
  ];
  for (const [pieces, size, want] of cases) assert.deepEqual([...chunked(pieces, size)], want, JSON.stringify(pieces));
});

test('writeAtomicPieces writes the joined text, and leaves a file whose content would not change untouched', async () => {
  const dir = tempDir();
  const f = path.join(dir, 'feed.json');
  const text = ['{\n  "a": "é"', ',\n  "b": [1, 2]', '\n}\n'];
  assert.equal(await writeAtomicPieces(f, text), 'written');
  assert.equal(readFileSync(f, 'utf8'), text.join(''));
  const old = new Date('2020-01-01T00:00:00Z');
  utimesSync(f, old, old);
  // The same text in other pieces is the same file.
  assert.equal(await writeAtomicPieces(f, [text.join('').slice(0, 3), text.join('').slice(3)]), 'unchanged');
  assert.equal(statSync(f).mtimeMs, old.getTime());
  assert.deepEqual(readdirSync(dir), ['feed.json'], 'no temp file left behind');
  // A text that is the old one cut short, the old one extended, or the old one changed inside.
  for (const other of [text.slice(0, 2), [...text, 'more'], ['{\n  "a": "e"', ...text.slice(1)], ['']]) {
    writeFileSync(f, text.join(''));
    assert.equal(await writeAtomicPieces(f, other), 'written', JSON.stringify(other));
    assert.equal(readFileSync(f, 'utf8'), other.join(''));
    assert.deepEqual(readdirSync(dir), ['feed.json']);
  }
});

test('writeAtomicPieces that fails part way leaves the old file and no temp file', async () => {
  const dir = tempDir();
  const f = path.join(dir, 'feed.json');
  writeFileSync(f, 'old');
  function* failing() {
    yield 'new text, ';
    throw new Error('entry cannot be made');
  }
  await assert.rejects(writeAtomicPieces(f, failing()), /entry cannot be made/);
  assert.equal(readFileSync(f, 'utf8'), 'old');
  assert.deepEqual(readdirSync(dir), ['feed.json']);
});

test('slices cut a list into runs that reach a weight or a count, in order', () => {
  const w = (x: number) => x;
  const cases: [number[], number, number, number[][]][] = [
    [[], 10, 5, []],
    [[3, 3, 3, 3], 6, 10, [[3, 3], [3, 3]]],
    [[3, 3, 3], 7, 10, [[3, 3, 3]]],
    [[20, 1, 1], 6, 10, [[20], [1, 1]]],
    [[0, 0, 0, 0, 0], 6, 2, [[0, 0], [0, 0], [0]]],
    [[1, 5, 0, 2], 6, 10, [[1, 5], [0, 2]]],
  ];
  for (const [xs, most, count, want] of cases) assert.deepEqual(slices(xs, w, most, count), want, JSON.stringify([xs, most, count]));
});

test('feed pages read from the store a few items at a time hold the items of one read of the whole page, in order', async () => {
  const { buildFeeds } = await import('../pipeline/write/feeds.js');
  type Store = import('../pipeline/corpus/store.js').CorpusStore;
  // 57 stories (seq 0..56), every one changed in the latest run, except seq 13 (changed earlier).
  const item = (seq: number) => JSON.stringify({ id: `story-${seq}`, title: `Story ${seq}`, content_text: `line\n${'x'.repeat(seq)}` });
  const changedAt = (seq: number) => (seq === 13 ? 'T0' : 'T1');
  const reads: number[] = [];
  const store = {
    nextSeq: async () => ({ article: 0, story: 57 }),
    storyItems: async (from: number, to: number) => {
      reads.push(to - from);
      return Array.from({ length: to - from }, (_, k) => item(to - 1 - k)).filter((_, k) => to - 1 - k < 57);
    },
    // The changed stories are looked up for their pages only: never with their items (a first run's
    // are every story's).
    stories: async (ids: readonly string[], o?: { items?: boolean }) => {
      assert.equal(o?.items, false, 'stories looked up without their items');
      return new Map(ids.map((id) => [id, { seq: Number(id.slice(6)) }]));
    },
    latestChange: async () => 'T1',
    changedItems: async (changed: string, before: number, limit: number) => {
      const out: { seq: number; item: string }[] = [];
      for (let s = Math.min(before, 57) - 1; s >= 0 && out.length < limit; s--) if (changedAt(s) === changed) out.push({ seq: s, item: item(s) });
      return out;
    },
    outletArticles: async () => [],
  } as unknown as Store;
  const ids = Array.from({ length: 57 }, (_, s) => `story-${s}`);
  const files = await buildFeeds(store, ids, new Set(), { title: 'T', page_size: 25 });
  const desc = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => JSON.parse(item(to - 1 - k)) as object);
  const feedText = (title: string, items: object[], next: string | null) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, ...(next ? { _copydesk: { next } } : {}), items }, null, 2) + '\n';
  assert.equal(files['all.json'], feedText('T', desc(32, 57), 'all/page-1.json'));
  assert.equal(files['all/page-0.json'], feedText('T (page 0)', desc(0, 25), null));
  assert.equal(files['all/page-1.json'], feedText('T (page 1)', desc(25, 50), 'all/page-0.json'));
  assert.equal(files['all/page-2.json'], feedText('T (page 2)', desc(50, 57), 'all/page-1.json'));
  const latest = desc(0, 57).filter((_, k) => 56 - k !== 13);
  assert.equal(files['changes.json'], feedText('T: changed in the latest run', latest.slice(0, 25), 'changes/page-1.json'));
  assert.equal(files['changes/page-1.json'], feedText('T: changed in the latest run (page 1)', latest.slice(25, 50), 'changes/page-2.json'));
  assert.equal(files['changes/page-2.json'], feedText('T: changed in the latest run (page 2)', latest.slice(50), null));
  assert.ok(Math.max(...reads) < 25, 'no read of a whole page');
});
