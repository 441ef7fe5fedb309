// The run keeps a batch's dump names on disk and makes each Dump again from its name (discover.ts
// dumpAt): the dump made again must be the one discover found, for every shape of name and folder.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { discover, dumpAt } from '../pipeline/read/discover.js';
import { tempDir } from './helpers.js';

test('discover: every dump made again from its name (dumpAt) is the dump found, in nested, relative and oddly named folders', async () => {
  const root = tempDir();
  const files = ['a.txt', 'B.MD', 'sub/c.md', 'sub/deeper/d e.txt', 'sub/x.y/z.Txt', 'é/ü.txt', 'notes.csv', '.hidden/h.txt'];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), 'text');
  }
  const rel = path.relative(process.cwd(), root);
  for (const input of [root, root + '/', rel, `./${rel}`, `${rel}/sub/..`]) {
    const { dumps } = await discover(input, ['.txt', '.md']);
    assert.deepEqual(dumps.map((d) => d.rel), ['B.MD', 'a.txt', 'sub/c.md', 'sub/deeper/d e.txt', 'sub/x.y/z.Txt', 'é/ü.txt'], input);
    for (const d of dumps) assert.deepEqual(dumpAt(input, d.rel), d, `${input}: ${d.rel}`);
    assert.deepEqual(dumps.map((d) => d.kind), ['md', 'txt', 'md', 'txt', 'txt', 'txt']);
  }
});
