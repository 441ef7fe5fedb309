// moveRecord (write/move-record.ts): a record of an earlier run whose story moved is rewritten with its
// new story, exactly as reading it back and writing it again made it, whether its text is the one its
// stored item makes (not parsed) or another (read through loadRecord). One that breaks the schema is
// named and left as it is.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { ArticleItem } from '../pipeline/corpus/store.js';
import type { ArticleRecord } from '../pipeline/record/record.js';
import { moveRecord } from '../pipeline/write/move-record.js';
import { loadRecord, recordPath, writeRecord } from '../pipeline/write/records.js';

function record(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'mill-reopens', headline: 'Mill reopens after a long winter', date: '2024-03-01', outlet: 'Example News', byline: ['Jo Lin'],
    dateline: 'HARBOURTOWN', section: 'Business', quotes: [{ text: 'We waited all winter for this day.', speaker: 'Jo Lin' }],
    story: 'story-0123456789ab', duplicate_of: null, source: { path: 'example-news/mill.txt', sha256: 'ab'.repeat(32) }, ...over,
  };
}
const BODY = 'The mill opened its doors again on Monday.\n';
const itemOf = (r: ArticleRecord, body = BODY): ArticleItem => {
  const { story: _s, duplicate_of: _d, ...fields } = r;
  return { ...fields, body };
};

/** What the long way makes of the file: read back, then written with the new story. */
async function longWay(dir: string, id: string, story: string): Promise<string> {
  const { stored } = await loadRecord(dir, id);
  if (stored && stored.record.story !== story) await writeRecord(dir, { ...stored.record, story }, stored.body);
  return readFileSync(recordPath(dir, id), 'utf8');
}

const CASES: { name: string; record: ArticleRecord; item?: (r: ArticleRecord) => ArticleItem | undefined; edit?: (text: string) => string }[] = [
  { name: 'as written, from its stored item', record: record() },
  { name: 'a copy, its original named', record: record({ duplicate_of: 'mill-reopens-wire' }) },
  { name: 'a headline yaml quotes', record: record({ headline: 'Mill: "reopened"' }) },
  { name: 'no stored item', record: record(), item: () => undefined },
  { name: 'an item that reads otherwise (a better headline since)', record: record(), item: (r) => itemOf({ ...r, headline: 'Another headline' }) },
  { name: 'edited by hand (a line added to the body)', record: record(), edit: (t) => t + 'A line added by hand.\n' },
  { name: 'an item of another id', record: record(), item: (r) => itemOf({ ...r, id: 'another' }) },
];

for (const c of CASES)
  test(`moveRecord: ${c.name} is updated as reading it back updated it`, async () => {
    const dirs = [mkdtempSync(path.join(tmpdir(), 'move-')), mkdtempSync(path.join(tmpdir(), 'move-'))];
    try {
      for (const dir of dirs) {
        await writeRecord(dir, c.record, BODY);
        if (c.edit) writeFileSync(recordPath(dir, c.record.id), c.edit(readFileSync(recordPath(dir, c.record.id), 'utf8')));
      }
      const item = c.item ? c.item(c.record) : itemOf(c.record);
      assert.deepEqual(await moveRecord(dirs[0], c.record.id, 'story-fedcba987654', item), {});
      const moved = readFileSync(recordPath(dirs[0], c.record.id), 'utf8');
      assert.equal(moved, await longWay(dirs[1], c.record.id, 'story-fedcba987654'));
      assert.match(moved, /\nstory: story-fedcba987654\n/);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

test('moveRecord: a record that breaks the schema is named and left as it is', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'move-'));
  try {
    await writeRecord(dir, record(), BODY);
    const file = recordPath(dir, 'mill-reopens');
    const broken = readFileSync(file, 'utf8').replace('\nsection: Business\n', '\nsection: Business\ncolour: red\n');
    writeFileSync(file, broken);
    const { invalid } = await moveRecord(dir, 'mill-reopens', 'story-fedcba987654', itemOf(record()));
    assert.ok(invalid && /schema/.test(invalid.reason), JSON.stringify(invalid));
    assert.equal(readFileSync(file, 'utf8'), broken);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('moveRecord: a record of the same story is not written again; an absent one is nothing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'move-'));
  try {
    await writeRecord(dir, record(), BODY);
    const before = readFileSync(recordPath(dir, 'mill-reopens'), 'utf8');
    assert.deepEqual(await moveRecord(dir, 'mill-reopens', 'story-0123456789ab', itemOf(record())), {});
    assert.equal(readFileSync(recordPath(dir, 'mill-reopens'), 'utf8'), before);
    assert.deepEqual(await moveRecord(dir, 'not-there', 'story-0123456789ab', undefined), {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
