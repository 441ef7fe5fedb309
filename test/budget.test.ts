// A time and memory budget per dump: hostile files that make a stage run away are stopped and
// refused with a report line, the batch goes on, and the good dumps are written. The budget holds
// whatever the stages do: the chain runs on a thread the run layer can terminate.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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

async function runWith(input: string, budget: Partial<{ dump_seconds: number; dump_seconds_per_mb: number; dump_memory_mb: number }>) {
  const base = await projectConfig();
  const output = tempDir();
  // CPU seconds of every thread (terminated ones included), not wall seconds: a stage that runs away
  // and is not stopped spends CPU for as long as it runs, while a busy machine stretches only the wall
  // clock (a bound of 20 wall seconds failed under load with nothing wrong).
  const c0 = process.cpuUsage();
  await run({ config: { ...base, run: { ...base.run, ...budget } }, input, output, concurrency: 4, progress: false, now: () => new Date('2026-01-01T00:00:00Z') });
  const c = process.cpuUsage(c0);
  return { cpuSeconds: (c.user + c.system) / 1e6, by: new Map(readReport<Report>(output).inputs.map((r) => [r.path, r])) };
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

test('a dump over its time budget is stopped and refused; the next dump gets a fresh thread', async () => {
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
