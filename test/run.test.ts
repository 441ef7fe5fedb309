// The run as a whole: bad inputs are report lines, not crashes; re-runs are byte-stable; new dumps
// keep every existing id; nothing from input runs as code.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { splitFrontmatter } from '../pipeline/read/frontmatter.js';
import { run } from '../pipeline/run/run.js';
import { inputWith, projectConfig, readJson, runPipeline, snapshot, tempDir, readReport } from './helpers.js';

interface Report {
  counts: { inputs: number; articles: number; records: number; duplicates: number; stories: number; failures: number };
  stages: Record<string, { ms: number }>;
  inputs: { path: string; status: string; record?: string; story?: string; duplicate_of?: string; error?: { rule: string; reason: string }; warnings?: string[] }[];
}

test('bad inputs each get a clear report line and the batch goes on', async () => {
  const input = inputWith('harbor-wire.txt');
  const marker = path.join(input, 'code-ran');
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(path.join(input, 'huge.txt'), '');
  truncateSync(path.join(input, 'huge.txt'), 50 * 1024 * 1024);
  writeFileSync(path.join(input, 'broken-utf8.txt'), Buffer.concat([Buffer.from('Mayor Resigns Amid Budget Row\n\nThe mayor said “enough” on Tuesday and resigned ', 'utf8'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' after the vote.\n', 'utf8')]));
  writeFileSync(path.join(input, 'code.md'), `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\nBody text of an article that must never be reached.\n`);
  mkdirSync(path.join(input, 'nested/deeper'), { recursive: true });
  writeFileSync(path.join(input, 'nested/deeper/ok.md'), '---\ntitle: Trusted Title From Frontmatter\ndate: 2025-02-01\nauthor: [Ana Ruiz]\noutlet: The Local Ledger\n---\nA council meeting ran late into the night as residents argued about parking.\n');

  const output = tempDir();
  const { summary } = await runPipeline(input, output);
  const report = readReport<Report>(output);
  const by = new Map(report.inputs.map((r) => [r.path, r]));

  assert.equal(existsSync(marker), false, 'frontmatter code must never run');
  assert.deepEqual(by.get('code.md')!.error!.rule, 'frontmatter-code');
  assert.match(by.get('code.md')!.error!.reason, /refused/);
  assert.equal(by.get('empty.txt')!.error!.rule, 'empty');
  assert.equal(by.get('image.txt')!.error!.rule, 'binary');
  assert.equal(by.get('huge.txt')!.error!.rule, 'too-large');
  assert.match(by.get('huge.txt')!.error!.reason, /52428800 bytes/);
  for (const p of ['code.md', 'empty.txt', 'image.txt', 'huge.txt']) assert.equal(by.get(p)!.status, 'failed');

  const broken = by.get('broken-utf8.txt')!;
  assert.equal(broken.status, 'written', 'a few bad bytes do not lose the article');
  assert.match(broken.warnings![0], /invalid UTF-8/);

  assert.equal(by.get('harbor-wire.txt')!.status, 'written');
  const nested = by.get('nested/deeper/ok.md')!;
  assert.equal(nested.status, 'written');
  const rec = splitFrontmatter(readFileSync(path.join(output, 'records', `${nested.record}.md`), 'utf8')).data;
  assert.equal(rec.headline, 'Trusted Title From Frontmatter');
  assert.equal(rec.date, '2025-02-01');
  assert.deepEqual(rec.byline, ['Ana Ruiz']);
  assert.deepEqual(rec.source, { path: 'nested/deeper/ok.md', sha256: (rec.source as { sha256: string }).sha256 });

  assert.deepEqual(summary, { inputs: 7, articles: 3, records: 3, duplicates: 0, stories: report.counts.stories, failures: 4, skipped: 0, invalid_records: 0 });
  for (const stage of ['scan', 'parse', 'chrome', 'quotes/marks', 'quotes/filters', 'corpus', 'write']) assert.ok(stage in report.stages, `timing for ${stage}`);
});

test('records carry exactly the contract keys, with safe ids', async () => {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'we!rd näme (1).txt'), readFileSync(path.join(input, 'harbor-wire.txt')));
  const output = tempDir();
  await runPipeline(input, output);
  const report = readReport<Report>(output);
  for (const r of report.inputs) {
    assert.match(r.record!, /^[A-Za-z0-9_-]+$/);
    const { data } = splitFrontmatter(readFileSync(path.join(output, 'records', `${r.record}.md`), 'utf8'));
    assert.deepEqual(Object.keys(data), ['id', 'headline', 'date', 'outlet', 'byline', 'dateline', 'section', 'quotes', 'story', 'duplicate_of', 'source']);
  }
  const weird = report.inputs.find((r) => r.path.startsWith('we'))!;
  assert.equal(weird.status, 'duplicate', 'a byte-identical copy is a duplicate');
  assert.equal(weird.duplicate_of, report.inputs.find((r) => r.path === 'harbor-wire.txt')!.record);
});

test('running twice over the same input changes no byte of records, feeds or state', async () => {
  const input = inputWith('harbor-wire.txt', 'harbor-rewrite.txt', 'orchard-frost.txt');
  const output = tempDir();
  await runPipeline(input, output, '2026-01-01T00:00:00.000Z');
  const first = snapshot(output);
  await runPipeline(input, output, '2026-01-02T00:00:00.000Z');
  const second = snapshot(output);
  for (const r of ['report.json', 'report.html', 'report-inputs.jsonl']) {
    first.delete(r);
    second.delete(r);
  }
  assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort());
  for (const [k, v] of first) assert.equal(second.get(k), v, `${k} changed on re-run`);
});

test('adding a dump keeps every existing record id and story id', async () => {
  const input = inputWith('harbor-wire.txt', 'orchard-frost.txt');
  const output = tempDir();
  await runPipeline(input, output, '2026-01-01T00:00:00.000Z');
  const before = readReport<Report>(output).inputs;
  writeFileSync(path.join(input, 'harbor-rewrite.txt'), readFileSync(path.join(inputWith('harbor-rewrite.txt'), 'harbor-rewrite.txt')));
  await runPipeline(input, output, '2026-01-02T00:00:00.000Z');
  const after = new Map(readReport<Report>(output).inputs.map((r) => [r.path, r]));
  for (const r of before) {
    assert.equal(after.get(r.path)!.record, r.record);
    assert.equal(after.get(r.path)!.story, r.story);
  }
  assert.equal(after.get('harbor-rewrite.txt')!.story, after.get('harbor-wire.txt')!.story, 'a rewrite that keeps the quotes joins the story');
  assert.notEqual(after.get('orchard-frost.txt')!.story, after.get('harbor-wire.txt')!.story);
});

test('worker threads and the main thread write the same bytes', async () => {
  const input = inputWith('harbor-wire.txt', 'harbor-rewrite.txt', 'orchard-frost.txt');
  writeFileSync(path.join(input, 'empty.txt'), '');
  const base = await projectConfig();
  const outputs: Map<string, string>[] = [];
  for (const workers of [1, 2]) {
    const output = tempDir();
    await run({ config: { ...base, run: { ...base.run, workers } }, input, output, concurrency: 4, progress: false, now: () => new Date('2026-01-01T00:00:00.000Z') });
    const snap = snapshot(output);
    snap.delete('report.json');
    snap.delete('report.html');
    outputs.push(snap);
  }
  assert.deepEqual(outputs[1], outputs[0]);
});

test('a later run over fewer dumps keeps earlier records in the feeds, byte for byte', async () => {
  const input = inputWith('harbor-wire.txt', 'harbor-rewrite.txt', 'orchard-frost.txt');
  const output = tempDir();
  await runPipeline(input, output, '2026-01-01T00:00:00.000Z');
  const first = snapshot(output);
  await runPipeline(inputWith('orchard-frost.txt'), output, '2026-01-02T00:00:00.000Z');
  const second = snapshot(output);
  for (const k of [...first.keys()].filter((k) => k.startsWith('feeds') || k.startsWith('records'))) assert.equal(second.get(k), first.get(k), k);
});

test('record ids: readable stem, unique per input path, stable, safe', async () => {
  const { recordId, SAFE_ID } = await import('../pipeline/record/id.js');
  const cases: [string, RegExp][] = [
    ['2026-11-21/article.txt', /^article-[0-9a-f]{12}$/],
    ['we!rd näme (1).txt', /^we-rd-name-1-[0-9a-f]{12}$/],
    ['../../etc/passwd.md', /^passwd-[0-9a-f]{12}$/],
    ['.txt', /^article-[0-9a-f]{12}$/],
  ];
  for (const [rel, shape] of cases) {
    assert.match(recordId(rel), shape);
    assert.match(recordId(rel), SAFE_ID);
    assert.equal(recordId(rel), recordId(rel));
  }
  assert.notEqual(recordId('2026-11-21/article.txt'), recordId('2026-11-22/article.txt'));
});
