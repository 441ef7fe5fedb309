// The article chain runs in child processes (pool.ts). A run that is stopped (SIGTERM, Ctrl-C) must not
// leave one behind: a process in the middle of a stage that runs away would not notice that the run is
// gone until the stage ends, and would spin on its own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI, inputWith, tempDir } from './helpers.js';

/** Pids of the child processes of `pid` (Linux: /proc). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').split(' ').filter(Boolean).map(Number) : [];
}

/** User CPU of `pid` so far, in clock ticks (/proc/PID/stat's 14th field). */
const cpuTicks = (pid: number) => (existsSync(`/proc/${pid}/stat`) ? Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[11]) : 0);

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

test('a run stopped by SIGTERM while a dump runs away ends its article process too', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const input = inputWith('harbor-wire.txt');
  // Quote marks by the million: the chain spends minutes on them (within the default budgets' 100 s).
  writeFileSync(path.join(input, 'marks.txt'), '"a" '.repeat(1_000_000));
  const run = spawn(process.execPath, [CLI, 'run', '--input', input, '--output', tempDir(), '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => run.on('exit', (code) => resolve(code)));
  let kids: number[] = [];
  // Until the article process is up, and a little longer: into the dump.
  for (let i = 0; i < 100 && !kids.length; i++) (await sleep(100), (kids = childrenOf(run.pid!)));
  assert.ok(kids.length, 'the run started an article process');
  await sleep(3000);
  run.kill('SIGTERM');
  assert.equal(await exited, 128 + 15);
  for (let i = 0; i < 20 && kids.some(alive); i++) await sleep(100);
  assert.deepEqual(kids.filter(alive), [], 'article processes left running');
});

test('a run killed with SIGKILL while a dump runs away leaves no article process behind', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'marks.txt'), '"a" '.repeat(1_000_000));
  const run = spawn(process.execPath, [CLI, 'run', '--input', input, '--output', tempDir(), '--quiet'], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => run.on('exit', (_code, signal) => resolve(signal)));
  let kids: number[] = [];
  for (let i = 0; i < 100 && !kids.length; i++) (await sleep(100), (kids = childrenOf(run.pid!)));
  assert.ok(kids.length, 'the run started an article process');
  // Into the runaway stage (before it, the process notices the lost channel by itself): past its start, pass 1
  // and the first stages, 4 s of its CPU (measured: it is in the stage by 2.5 s); a loaded machine takes longer.
  for (let i = 0; i < 600 && cpuTicks(kids[0]) < 400; i++) await sleep(100);
  // No handler runs on SIGKILL: the article process must notice by itself (orphan-watch.ts).
  run.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  for (let i = 0; i < 30 && kids.some(alive); i++) await sleep(100);
  assert.deepEqual(kids.filter(alive), [], 'article processes left running');
});
