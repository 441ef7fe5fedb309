// Writes are atomic: a process killed while writing leaves the old file or the new one, never part.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { inside, tempPath, writeAtomic, writeAtomicPieces } from '../pipeline/write/atomic.js';
import { root, tempDir } from './helpers.js';

test('unchanged content is not rewritten', async () => {
  const dir = tempDir();
  const f = path.join(dir, 'a.json');
  assert.equal(await writeAtomic(f, 'x'), 'written');
  assert.equal(await writeAtomic(f, 'x'), 'unchanged');
  assert.deepEqual(readdirSync(dir), ['a.json']);
});

test('a writer killed mid-write never leaves a half-written target', async () => {
  const dir = tempDir();
  const target = path.join(dir, 'feed.json');
  const big = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(4_000_000) });
  writeFileSync(target, big(0));
  const script = `import { writeAtomic } from ${JSON.stringify(path.join(root, 'dist/pipeline/write/atomic.js'))};
    for (let n = 1; ; n++) await writeAtomic(${JSON.stringify(target)}, JSON.stringify({ n, pad: 'x'.repeat(4_000_000) }));`;
  for (const delay of [30, 80, 150]) {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const parsed = JSON.parse(readFileSync(target, 'utf8')) as { n: number; pad: string };
    assert.equal(parsed.pad.length, 4_000_000);
  }
});

test('nothing is written outside the output folder', () => {
  const out = tempDir();
  assert.throws(() => inside(out, '..', 'escape.json'), /refusing to write outside/);
  assert.throws(() => inside(out, 'records', '../../x.md'), /refusing to write outside/);
  assert.equal(inside(out, 'records', 'a.md'), path.join(out, 'records', 'a.md'));
});

test('a write makes the folders it lacks, and refuses a folder that is a file, as before', async () => {
  const cases: { name: string; rel: string[]; prepare?: (dir: string) => void; error?: RegExp }[] = [
    { name: 'a folder that is there', rel: ['a.json'] },
    { name: 'one folder missing', rel: ['feeds', 'a.json'] },
    { name: 'folders missing at three levels', rel: ['feeds', 'outlets', 'x', 'a.json'] },
    { name: 'a file where the folder goes', rel: ['taken', 'a.json'], prepare: (dir) => writeFileSync(path.join(dir, 'taken'), 'x'), error: /taken is not a folder/ },
    { name: 'a file above the folder', rel: ['taken', 'deeper', 'a.json'], prepare: (dir) => writeFileSync(path.join(dir, 'taken'), 'x'), error: /ENOTDIR/ },
  ];
  for (const c of cases) {
    const dir = tempDir();
    c.prepare?.(dir);
    const target = path.join(dir, ...c.rel);
    if (c.error) {
      await assert.rejects(writeAtomic(target, 'x'), c.error, c.name);
      await assert.rejects(writeAtomicPieces(target, ['x']), c.error, c.name);
      continue;
    }
    assert.equal(await writeAtomic(target, 'x'), 'written', c.name);
    assert.equal(readFileSync(target, 'utf8'), 'x', c.name);
    assert.equal(await writeAtomicPieces(target, ['x', 'y']), 'written', c.name);
    assert.equal(await writeAtomicPieces(target, ['x', 'y']), 'unchanged', c.name);
    assert.deepEqual(readdirSync(path.dirname(target)), [path.basename(target)], `${c.name}: no temp file left`);
  }
});

test('temp files: each its own name beside its target, in the form the next run removes as a leftover', () => {
  const writerTemp = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
  const dir = tempDir();
  const names = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    const target = path.join(dir, i % 2 ? 'same.md' : `r-${i}.md`);
    const tmp = tempPath(target);
    assert.equal(path.dirname(tmp), dir);
    assert.match(path.basename(tmp), writerTemp);
    assert.ok(path.basename(tmp).startsWith(`.${path.basename(target)}.${process.pid}.`));
    names.add(tmp);
  }
  assert.equal(names.size, 5000, 'no two temp files of a process share a name');
});
