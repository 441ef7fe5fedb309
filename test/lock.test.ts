// One run per output folder: the lock refuses or waits while its holder lives, and is reclaimed when
// its holder died (pid gone, pid reused, rebooted, or another host silent too long). Racing runs
// never hold it together.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { acquireLock, LOCK_NAME, LockBusy, procStart } from '../pipeline/run/lock.js';
import { root, tempDir } from './helpers.js';

const holderFile = (dir: string, h: object) => writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ host: hostname(), boot_id: null, proc_start: null, started: '2026-01-01T00:00:00Z', token: 'someone', ...h }));
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

test('a held lock refuses a second taker at once with wait 0, and is free again after release', async () => {
  const dir = tempDir();
  const lock = await acquireLock(dir, { waitSeconds: 0 });
  await assert.rejects(acquireLock(dir, { waitSeconds: 0 }), (e: unknown) => e instanceof LockBusy && /in use by another copydesk run \(pid \d+ on /.test(e.message));
  await lock.release();
  assert.equal(existsSync(path.join(dir, LOCK_NAME)), false);
  await (await acquireLock(dir, { waitSeconds: 0 })).release();
});

test('a second taker waits for the holder to release, and is told it waits', async () => {
  const dir = tempDir();
  const lock = await acquireLock(dir, { waitSeconds: 0 });
  let told = 0;
  const t0 = Date.now();
  setTimeout(() => void lock.release(), 400);
  const second = await acquireLock(dir, { waitSeconds: 10, onWait: () => told++ });
  assert.ok(Date.now() - t0 >= 350);
  assert.equal(told, 1);
  await second.release();
});

const staleCases: [string, (dir: string) => void][] = [
  ['its pid is gone', (dir) => holderFile(dir, { pid: deadPid() })],
  ['its pid now belongs to another process (other start time)', (dir) => holderFile(dir, { pid: process.pid, proc_start: '1' })],
  ['the machine rebooted since', (dir) => holderFile(dir, { pid: process.pid, boot_id: 'an-earlier-boot' })],
  ['its host has not touched it for over ten minutes', (dir) => {
    holderFile(dir, { pid: 1, host: 'another-host' });
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(path.join(dir, LOCK_NAME), old, old);
  }],
  ['it is not a lock we wrote, and old', (dir) => {
    writeFileSync(path.join(dir, LOCK_NAME), 'garbage');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, LOCK_NAME), old, old);
  }],
];
for (const [name, make] of staleCases) {
  test(`a stale lock is reclaimed: ${name}`, async () => {
    const dir = tempDir();
    make(dir);
    let reclaimed = 0;
    const lock = await acquireLock(dir, { waitSeconds: 0, onReclaim: () => reclaimed++ });
    assert.equal(reclaimed, 1);
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_NAME), 'utf8')).pid, process.pid);
    await lock.release();
  });
}

const liveCases: [string, (dir: string) => void][] = [
  ['a live process on this host', (dir) => holderFile(dir, { pid: process.pid, proc_start: procStart(process.pid) })],
  ['another host that touched it lately', (dir) => holderFile(dir, { pid: 1, host: 'another-host' })],
];
for (const [name, make] of liveCases) {
  test(`a live lock is respected: ${name}`, async () => {
    const dir = tempDir();
    make(dir);
    await assert.rejects(acquireLock(dir, { waitSeconds: 0 }), LockBusy);
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_NAME), 'utf8')).token, 'someone');
  });
}

test('racing processes over a stale lock never hold it at the same time', async () => {
  const dir = tempDir();
  holderFile(dir, { pid: deadPid() });
  const log = path.join(dir, 'log');
  const script = `import { acquireLock } from ${JSON.stringify(path.join(root, 'dist/pipeline/run/lock.js'))};
    import { appendFileSync } from 'node:fs';
    const lock = await acquireLock(${JSON.stringify(dir)}, { waitSeconds: 30 });
    appendFileSync(${JSON.stringify(log)}, 'in\\n');
    await new Promise((r) => setTimeout(r, 150));
    appendFileSync(${JSON.stringify(log)}, 'out\\n');
    await lock.release();`;
  const kids = Array.from({ length: 4 }, () => spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' }));
  const codes = await Promise.all(kids.map((k) => new Promise((r) => k.on('exit', r))));
  assert.deepEqual(codes, [0, 0, 0, 0]);
  assert.equal(readFileSync(log, 'utf8'), 'in\nout\n'.repeat(4), 'each holder left before the next came in');
});
