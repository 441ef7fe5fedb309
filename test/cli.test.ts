// The command line: the summary, and exit 2 with a message that says what to fix when the run cannot
// work (the other exit codes: exit-codes.test.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { inputWith, root, tempDir } from './helpers.js';

const cli = (args: string[], cwd = root) => spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), ...args], { cwd, encoding: 'utf8' });

test('a completed run with a failed input prints the summary (half failed: exit 4)', () => {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'empty.txt'), '');
  const r = cli(['run', '--input', input, '--output', tempDir(), '--concurrency', '2']);
  assert.equal(r.status, 4, r.stderr);
  assert.match(r.stdout, /copydesk: 2 inputs, 1 articles, 1 records, 0 duplicates, 1 stories, 1 failures/);
});

test('a bad config exits 2 naming file, key and line', () => {
  const config = tempDir();
  writeFileSync(path.join(config, 'corpus.yaml'), 'dedupe:\n  shingle: 5\nstories:\n  similarity: high\n');
  const r = cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', config]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /corpus\.yaml:4: stories\.similarity must be a number, got string "high"/);
});

test('an unwritable output exits 2 and says what to fix', () => {
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const r = cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', path.join(blocker, 'out')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot write to the output folder .* pass --output DIR/);
});

test('a missing input folder and a bad flag exit 2', () => {
  assert.equal(cli(['run', '--input', path.join(tempDir(), 'nope'), '--output', tempDir()]).status, 2);
  const r = cli(['run', '--concurrency', 'zero']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--concurrency must be a whole number/);
});

test('config-docs prints every user file from the specs, and where the internal constants are', () => {
  const r = cli(['config-docs']);
  assert.equal(r.status, 0);
  for (const f of ['copydesk.yaml', 'outlets.yaml', 'metadata.yaml', 'quotes.yaml', 'corpus.yaml']) assert.match(r.stdout, new RegExp(`config/${f.replace('.', '\\.')}`));
  assert.match(r.stdout, /pipeline\/stages\/chrome\/rules\.yaml/);
});
