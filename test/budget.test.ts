// A time and memory budget per dump: hostile files that make a stage run away are stopped and
// refused with a report line, the batch goes on, and the good dumps are written. The budget holds
// whatever the stages do: the chain runs in a process the run layer can kill, and one that runs out of
// heap ends itself, never the run (as a worker thread's heap limit could: pool.ts).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run } from '../pipeline/run/run.js';
import { inputWith, projectConfig, readJson, tempDir, readReport } from './helpers.js';

interface Report {
  inputs: { path: string; status: string; error?: { rule: string; reason: string } }[];
}

/** The hostile files of issue 12, made here: nested list markers, a run of '>', a 600 KB mix. */
function hostileInput(): string {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'nested.txt'), '- '.repeat(10_000));
  writeFileSync(path.join(input, 'quotes.txt'), '>'.repeat(100_000));
  const parts = ['- ', '> ', '1. ', '[', '*', '`', '<div>', '# ', '| a |', '"'];
  let mix = '';
  for (let i = 0; mix.length < 600_000; i++) mix += parts[i % parts.length].repeat(1 + ((i * 7) % 13)) + (i % 17 === 0 ? '\n' : '');
  writeFileSync(path.join(input, 'mix.txt'), mix);
  return input;
}

/** CPU seconds of this process and of its ended children (the article processes, killed ones included):
 * /proc's utime, stime, cutime and cstime, in Linux's fixed 100 ticks a second; elsewhere this process's only. */
function cpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (+f[11] + +f[12] + +f[13] + +f[14]) / 100;
  } catch {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  }
}

async function runWith(input: string, budget: Partial<{ dump_seconds: number; dump_seconds_per_mb: number; dump_memory_mb: number; workers: number }>) {
  const base = await projectConfig();
  const output = tempDir();
  // CPU seconds of every process (killed ones included), not wall seconds: a stage that runs away
  // and is not stopped spends CPU for as long as it runs, while a busy machine stretches only the wall
  // clock (a bound of 20 wall seconds failed under load with nothing wrong).
  const c0 = cpuSeconds();
  await run({ config: { ...base, run: { ...base.run, ...budget } }, input, output, concurrency: 4, progress: false, now: () => new Date('2026-01-01T00:00:00Z') });
  return { cpuSeconds: cpuSeconds() - c0, by: new Map(readReport<Report>(output).inputs.map((r) => [r.path, r])) };
}

test('three hostile files and a good one: done in under 20 CPU-seconds, the good record written, no dump past its budget', async () => {
  const { cpuSeconds, by } = await runWith(hostileInput(), { dump_seconds: 3, dump_seconds_per_mb: 3 });
  assert.ok(cpuSeconds < 20, `took ${cpuSeconds} CPU-seconds`);
  assert.equal(by.get('harbor-wire.txt')!.status, 'written');
  for (const f of ['nested.txt', 'quotes.txt', 'mix.txt']) {
    const r = by.get(f)!;
    // A stage that stays linear finishes in time; one that does not is refused, never waited for.
    if (r.status === 'failed') {
      assert.equal(r.error!.rule, 'over-budget', `${f}: ${r.error!.reason}`);
      assert.match(r.error!.reason, /processing took over \d+(\.\d+)? s, its time budget/);
    } else assert.equal(r.status, 'written');
  }
});

test('a dump over its time budget is stopped and refused; the next dump gets a fresh process', async () => {
  const input = hostileInput();
  const { by } = await runWith(input, { dump_seconds: 0.1, dump_seconds_per_mb: 0 });
  assert.equal(by.get('mix.txt')!.status, 'failed');
  assert.equal(by.get('mix.txt')!.error!.rule, 'over-budget');
});

test('a dump over its memory budget is refused, and the batch goes on', async () => {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'big.txt'), Array.from({ length: 100_000 }, (_, i) => `Paragraph ${i} of a very long page.`).join('\n\n'));
  const { by } = await runWith(input, { dump_memory_mb: 64, dump_seconds: 60, dump_seconds_per_mb: 60 });
  assert.equal(by.get('big.txt')!.status, 'failed');
  assert.equal(by.get('big.txt')!.error!.rule, 'over-budget');
  assert.match(by.get('big.txt')!.error!.reason, /more than 64 MB \(run\.dump_memory_mb\)/);
  assert.equal(by.get('harbor-wire.txt')!.status, 'written');
});

// Dumps whose chain allocates in large steps: in a worker thread under a 64 MB heap limit each of these
// aborted the whole run (V8's "Reached heap limit"), all of 3 times out of 3; the refusal must not
// depend on how a dump allocates.
const ALLOCATION_SHAPES: [name: string, text: () => string][] = [
  ['tiny-paragraphs.txt', () => 'a\n\n'.repeat(1_600_000)],
  ['one-line.txt', () => 'wd '.repeat(1_600_000)],
  ['links.txt', () => '[a](b) '.repeat(600_000)],
  ['quote-marks.txt', () => '"a" '.repeat(1_000_000)],
];

test('dumps that outgrow the heap however they allocate are refused as over-budget, with the reason; the good dumps are written', async () => {
  const input = inputWith('harbor-wire.txt');
  for (const [name, text] of ALLOCATION_SHAPES) writeFileSync(path.join(input, name), text());
  // Small and plain: within the budget, and written (the refusals are the big dumps' alone).
  writeFileSync(path.join(input, 'short.txt'), 'Council backs the bridge plan\n\nThe council voted on Tuesday to approve the bridge plan, which goes to the county for review.\n');
  const { by } = await runWith(input, { dump_memory_mb: 64, dump_seconds: 120, dump_seconds_per_mb: 60, workers: 2 });
  for (const [name] of ALLOCATION_SHAPES) {
    const r = by.get(name)!;
    assert.equal(r.status, 'failed', name);
    assert.equal(r.error!.rule, 'over-budget', `${name}: ${r.error!.reason}`);
    assert.match(r.error!.reason, /processing needed more than 64 MB \(run\.dump_memory_mb\): refused/, name);
  }
  for (const good of ['harbor-wire.txt', 'short.txt']) assert.equal(by.get(good)!.status, 'written', good);
});
