// A pass-2 answer crosses to the run with its item and findings as JSON (run/task-wire.ts), the staging
// area takes items as JSON (SqliteStore.stageJson) and the report log findings as JSON (keepJson): each
// against the form it replaced, where the run's process received the result's object tree (structured
// clone, as the channel's advanced serialization makes it) and stringified the item and findings itself.
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import path from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ArticleItem } from '../pipeline/corpus/store.js';
import type { Dump } from '../pipeline/read/discover.js';
import { ArticleTasks, type TaskResult } from '../pipeline/run/article-task.js';
import { ReportLog, type Findings, type InputLine } from '../pipeline/run/report-log.js';
import { toWire } from '../pipeline/run/task-wire.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { fixturePath, projectConfig, tempDir } from './helpers.js';

type Ok = Extract<TaskResult, { ok: true }>;

/** What the run's process made of a result before: the item and findings built from the cloned tree. */
function oldForm(sent: TaskResult): { item: string; findings: string } | null {
  const result = deserialize(serialize(sent)) as TaskResult;
  if (!result.ok) return null;
  const a = result.article;
  const findings: Findings = {
    encoding: result.encoding,
    found: a.via,
    ...(a.fields && { fields: a.fields }),
    ...(result.warnings.length ? { warnings: result.warnings } : {}),
    ...(result.messages.length ? { messages: result.messages } : {}),
    ...(Object.keys(result.removed).length ? { removed: result.removed } : {}),
  };
  return { item: JSON.stringify({ ...a.record, body: a.body }), findings: JSON.stringify(findings) };
}

const feats = { id: 'x', date: null, textHash: 'h', shingles: 3, signature: new Uint32Array([1, 2]), briefShingles: 0, briefSignature: null, headline: new Uint32Array([3]), terms: null, quotes: new Uint32Array(0) };
function made(o: Partial<Omit<Ok, 'article'>> & { record?: Partial<Ok['article']['record']>; body?: string; fields?: Ok['article']['fields'] }): Ok {
  const { record: r, body, fields, ...over } = o;
  const record = { id: 'rec-1', headline: 'A héadline \u2028 with "quotes"', date: '2020-01-02', outlet: 'Some Outlet', byline: ['A Writer'], dateline: null, section: null, quotes: [{ text: 'q', speaker: null }], source: { path: 'd/1.txt', sha256: 'ab' }, ...r };
  const article = { record, body: body ?? 'First paragraph.\n\nSecond \ud83d\ude00 paragraph.', via: { headline: 'title-line' }, ...(fields ? { fields } : {}) };
  return { ok: true, article, features: feats, encoding: 'utf-8', warnings: [], messages: [], removed: {}, timings: { parse: 1 }, kept: false, ...over } as Ok;
}

const cases: [string, TaskResult][] = [
  ['plain', made({})],
  ['fields, warnings, messages and removals', made({ fields: { headline: { via: 'h1', confidence: 0.5, features: { a: 1 } } }, warnings: ['w'], messages: [{ rule: 'r', reason: 'why', line: 3, column: 1, end_line: 4 }], removed: { nav: 2 } })],
  ['no outlet, empty body, a lone surrogate', made({ record: { outlet: null, headline: null }, body: 'cut \ud800 here' })],
  ['negative: a failure crosses as it is', { ok: false, rule: 'input-empty', reason: 'nothing to read', timings: {} }],
];

for (const [name, result] of cases)
  test(`task wire: ${name}: the item and findings JSON the run's process made, byte for byte`, () => {
    const wire = deserialize(serialize(toWire(result))) as ReturnType<typeof toWire>;
    const old = oldForm(result);
    if (!result.ok || !old) {
      assert.equal(wire.ok, false);
      assert.deepEqual(wire, deserialize(serialize(result)));
      return;
    }
    assert.ok(wire.ok);
    assert.equal(wire.item, old.item);
    assert.equal(wire.findings, old.findings);
    assert.equal(wire.id, result.article.record.id);
    assert.equal(wire.outlet, result.article.record.outlet ?? null);
    assert.deepEqual(wire.features, result.features);
    assert.equal(wire.kept, result.kept);
    // Negative: lists left empty are not in the findings.
    if (!result.warnings.length) assert.ok(!wire.findings.includes('"warnings"'));
    if (!Object.keys(result.removed).length) assert.ok(!wire.findings.includes('"removed"'));
  });

test('task wire: a fixture dump through the chain gives the same item and findings as the old form', async () => {
  const config = await projectConfig();
  const tasks = new ArticleTasks({ config, batch: emptyBatch() }, config.run.max_bytes);
  for (const f of ['harbor-wire.txt', 'orchard-frost.txt']) {
    const dump: Dump = { abs: fixturePath('articles', f), rel: path.join('articles', f), kind: 'txt' };
    const result = await tasks.run(dump);
    assert.ok(result.ok);
    const wire = toWire(result);
    assert.ok(wire.ok);
    assert.deepEqual({ item: wire.item, findings: wire.findings }, oldForm(result));
  }
});

test('stageJson keeps what stage kept: the same item JSON, outlet column and staged items', async () => {
  const items: ArticleItem[] = [
    { id: 'a', headline: 'H', date: null, outlet: 'O', byline: [], dateline: null, section: null, quotes: [], source: { path: 'a.txt', sha256: '1' }, body: 'b \u00e9' },
    { id: 'b', headline: null, date: '2021-05-06T07:08:00+02:00', outlet: null, byline: ['X'], dateline: 'Y', section: 'Z', quotes: [{ text: 't', speaker: 'S' }], source: { path: 'b.txt', sha256: '2' }, body: '' },
  ];
  const [byObject, byJson] = [new SqliteStore(':memory:'), new SqliteStore(':memory:')];
  await byObject.stage(items);
  await byJson.stageJson(items.map((i) => ({ id: i.id, outlet: i.outlet ?? null, json: JSON.stringify(i) })));
  const rows = (s: SqliteStore) => (s as unknown as { db: { prepare(q: string): { all(): unknown[] } } }).db.prepare('SELECT id, item, outlet FROM run.staged ORDER BY id').all();
  assert.deepEqual(rows(byJson), rows(byObject));
  assert.deepEqual(await byJson.staged(['a', 'b', 'c']), new Map(items.map((i) => [i.id, i])));
  // Negative: an id never staged is not there.
  assert.equal((await byJson.staged(['c'])).size, 0);
  await Promise.all([byObject.close(), byJson.close()]);
});

test('ReportLog.keepJson gives back the entry keep gave', () => {
  const findings: Findings = { encoding: 'utf-8', found: { headline: 'x' }, messages: [{ rule: 'm', reason: 'r' }], removed: { nav: 1 } };
  const [a, b] = [new ReportLog(tempDir()), new ReportLog(tempDir())];
  const [la, lb]: InputLine[] = [{ path: 'p', status: 'written', record: 'r' }, { path: 'p', status: 'written', record: 'r' }];
  a.keep(la, findings);
  b.keepJson(lb, JSON.stringify(findings));
  assert.deepEqual(lb, la);
  assert.deepEqual(b.entry(lb), a.entry(la));
  a.close();
  b.close();
});
