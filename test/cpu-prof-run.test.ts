// A run started under node's CPU profiler profiles its article processes too: they get the flags and are
// let exit, so each writes its own profile beside the run's (pool.ts profileFlags, endProfiled).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLI, inputWith, tempDir } from './helpers.js';

test('a run under --cpu-prof writes a profile for its own process and for its article process', () => {
  const dir = tempDir();
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, 'run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--concurrency', '2'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  // the run's process and its article process (one input: one process; node may profile more threads of each)
  const pids = new Set(profiles.map((f) => f.split('.')[3]));
  assert.ok(pids.size >= 2, `profiles of ${pids.size} processes: ${profiles.join(', ')}`);
  for (const f of profiles) assert.ok(Array.isArray(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).nodes));
});

test('a run without the profiler writes no profile (its processes are killed at the end, as before)', () => {
  const cwd = tempDir();
  const r = spawnSync(process.execPath, [CLI, 'run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--concurrency', '2'], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(cwd).filter((f) => f.endsWith('.cpuprofile')), []);
});
