// `npm start` rebuilds first: a build must never delete dist/ under a running process, and two
// overlapping builds must not break each other. Two builds run at once while the CLI is started
// over and over: every start works, and dist/ ends whole.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, root } from './helpers.js';

const exited = (c: ReturnType<typeof spawn>) => new Promise<number | null>((r) => c.on('exit', (code) => r(code)));

test('two builds at once while the CLI keeps starting: every start works, both builds succeed', async () => {
  const builds = [0, 1].map(() => spawn(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' }));
  const done = Promise.all(builds.map(exited));
  let finished = false;
  void done.then(() => (finished = true));
  const starts: (number | null)[] = [];
  while (!finished) {
    // Started asynchronously, so the builds' exit events are heard between starts.
    const child = spawn(process.execPath, [CLI, '--help'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const status = await exited(child);
    starts.push(status);
    assert.equal(status, 0, `start ${starts.length} during the builds: ${stderr.slice(0, 400)}`);
  }
  assert.deepEqual(await done, [0, 0]);
  assert.ok(starts.length >= 3, `the CLI started ${starts.length} times during the builds`);
  assert.deepEqual(readdirSync(root).filter((n) => /^\.dist-/.test(n)), [], 'no staging folder left');
  assert.equal(spawnSync(process.execPath, [CLI, '--help']).status, 0);
});
