// The exit code tells monitoring the truth: 0 all well, 2 the run cannot work (nothing written), 4
// too many inputs failed, 5 records that could not be written or updated (3, deliveries pending, is
// the push's: push.test.ts). The summary counts only processed dumps as articles.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { acquireLock } from '../pipeline/run/lock.js';
import { loadRecord, readRecords } from '../pipeline/write/records.js';
import { CLI, fixturePath, inputWith, readJson, root, tempDir, readReport } from './helpers.js';

// The timeout only stops a hung run: on a machine loaded by other work a healthy run can take a minute.
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, 'run', '--config', path.join(root, 'config'), ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 });

/** The project's config with `extra` lines appended to copydesk.yaml. */
function configWith(extra: string): string {
  const dir = tempDir('copydesk-config-');
  cpSync(path.join(root, 'config'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'copydesk.yaml'), readFileSync(path.join(dir, 'copydesk.yaml'), 'utf8') + '\n' + extra + '\n');
  return dir;
}

interface Report {
  counts: Record<string, number>;
  inputs: { path: string; status: string; error?: { rule: string; reason: string } }[];
}

test('all well: exit 0, and refused files are not counted as articles', () => {
  const input = inputWith('harbor-wire.txt', 'orchard-frost.txt');
  const ok = cli(['--input', input, '--output', tempDir()]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /copydesk: 2 inputs, 2 articles, 2 records, 0 duplicates, 2 stories, 0 failures in/);

  writeFileSync(path.join(input, 'empty.txt'), '');
  const output = tempDir();
  const r = cli(['--input', input, '--output', output]);
  assert.match(r.stdout, /copydesk: 3 inputs, 2 articles, 2 records, 0 duplicates, 2 stories, 1 failures in/);
  assert.deepEqual(readReport<Report>(output).counts, { inputs: 3, articles: 2, records: 2, duplicates: 0, stories: 2, failures: 1, skipped: 0, invalid_records: 0 });
});

test('failures beyond run.max_failed_share: exit 4 with a message; within it: exit 0', () => {
  const input = inputWith('harbor-wire.txt', 'orchard-frost.txt');
  writeFileSync(path.join(input, 'empty.txt'), '');
  const r = cli(['--input', input, '--output', tempDir()]);
  assert.equal(r.status, 4);
  assert.match(r.stderr, /1 of 3 inputs failed, over the 0\.1 allowed \(run\.max_failed_share\)/);
  const lenient = spawnSync(process.execPath, [CLI, 'run', '--config', configWith('max_failed_share: 0.5'), '--input', input, '--output', tempDir()], { encoding: 'utf8' });
  assert.equal(lenient.status, 0, lenient.stderr);
});

test('a record of an earlier run that no longer passes the schema does not vanish from all.json', () => {
  const output = tempDir();
  assert.equal(cli(['--input', inputWith('harbor-wire.txt', 'orchard-frost.txt'), '--output', output]).status, 0);
  const ids = () => readJson<{ items: { id: string }[] }>(path.join(output, 'feeds/all.json')).items.map((i) => i.id).sort();
  const before = ids();
  // An older version's record: a key the schema no longer allows.
  const dir = path.join(output, 'records');
  const name = readdirSync(dir).find((n) => n.startsWith('orchard'))!;
  writeFileSync(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8').replace('\nstory:', '\nlegacy_flag: true\nstory:'));
  const r = cli(['--input', inputWith('harbor-wire.txt'), '--output', output]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(ids(), before, 'every story is still in all.json');
});

test('every exit code is distinct, and the push\'s "deliveries pending" is 3', async () => {
  const { EXIT, exitCode } = await import('../pipeline/run/exit-codes.js');
  const { DELIVERIES_PENDING } = await import('../pipeline/push/command.js');
  assert.equal(EXIT.deliveriesPending, DELIVERIES_PENDING);
  assert.equal(new Set(Object.values(EXIT)).size, Object.keys(EXIT).length);
  assert.equal(exitCode({ inputs: 10, failures: 1, invalidRecords: 0 }, 0.1), EXIT.ok);
  assert.equal(exitCode({ inputs: 10, failures: 2, invalidRecords: 0, delivery: 3 }, 0.1), EXIT.failures);
  assert.equal(exitCode({ inputs: 10, failures: 2, invalidRecords: 1, delivery: 3 }, 0.1), EXIT.recordsInvalid);
  assert.equal(exitCode({ inputs: 0, failures: 0, invalidRecords: 0, delivery: 3 }, 0.1), EXIT.deliveriesPending);
});

test('records on disk that break the schema are named, and kept when they still carry a feed item', async () => {
  const output = tempDir();
  assert.equal(cli(['--input', inputWith('harbor-wire.txt', 'orchard-frost.txt'), '--output', output]).status, 0);
  const dir = path.join(output, 'records');
  const [harbor, orchard] = readdirSync(dir).sort();
  writeFileSync(path.join(dir, harbor), readFileSync(path.join(dir, harbor), 'utf8').replace('\nstory:', '\nlegacy_flag: true\nstory:'));
  writeFileSync(path.join(dir, orchard), '---\nid: [broken\n---\n');
  const { records, invalid } = await readRecords(output);
  assert.deepEqual([...records.keys()], [harbor.slice(0, -3)]);
  assert.deepEqual(invalid.map((i) => [i.file, i.kept]), [[`records/${harbor}`, true], [`records/${orchard}`, false]]);
  assert.match(invalid[0].reason, /additional properties/);
  assert.equal((await loadRecord(output, orchard.slice(0, -3))).invalid!.kept, false);
  assert.deepEqual(await loadRecord(output, 'no-such-record'), {});
});

test('an output that cannot exist exits 2 at once (no hang on /proc)', () => {
  const t0 = Date.now();
  const r = cli(['--input', inputWith('harbor-wire.txt'), '--output', '/proc/copydesk-x']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /cannot write to the output folder \/proc\/copydesk-x/);
  // "At once": well under the time a hang on /proc would take (the spawn timeout), with room for a loaded machine.
  assert.ok(Date.now() - t0 < 120_000);
});

test('an output held by another run: --wait 0 refuses with exit 2 and a plain message, nothing written', async () => {
  const output = tempDir();
  const lock = await acquireLock(output, { waitSeconds: 0 });
  try {
    const r = cli(['--input', inputWith('harbor-wire.txt'), '--output', output, '--wait', '0']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, new RegExp(`is in use by another copydesk run \\(pid ${process.pid} on `));
    assert.deepEqual(readdirSync(output), ['.copydesk.lock']);
  } finally {
    await lock.release();
  }
});

test('symlinks and special files get a report line, not silence', () => {
  const input = inputWith('harbor-wire.txt');
  symlinkSync(path.join(input, 'harbor-wire.txt'), path.join(input, 'link.txt'));
  mkdirSync(path.join(input, 'sub'));
  symlinkSync('/etc', path.join(input, 'sub/escape'));
  spawnSync('mkfifo', [path.join(input, 'pipe.txt')]);
  const output = tempDir();
  const r = cli(['--input', input, '--output', output]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 inputs, 1 articles, .* 3 skipped/);
  const by = new Map(readReport<Report>(output).inputs.map((i) => [i.path, i]));
  assert.equal(by.get('link.txt')!.status, 'skipped');
  assert.equal(by.get('link.txt')!.error!.rule, 'symlink');
  assert.equal(by.get('sub/escape')!.error!.rule, 'symlink');
  assert.equal(by.get('pipe.txt')!.error!.rule, 'not-a-file');
});

/** Ten distinct articles (the corpus fixtures), written for these tests. */
const tenArticles = () => readdirSync(fixturePath('corpus', 'articles')).filter((f) => f.endsWith('.txt')).sort();

test('two runs started at once into one output keep both halves: reposts of all ten are caught', async () => {
  const names = tenArticles();
  assert.equal(names.length, 10);
  const half = (ns: string[]) => {
    const dir = tempDir('copydesk-half-');
    for (const n of ns) cpSync(fixturePath('corpus', 'articles', n), path.join(dir, n));
    return dir;
  };
  const output = tempDir();
  const start = (input: string) => spawn(process.execPath, [CLI, 'run', '--config', path.join(root, 'config'), '--input', input, '--output', output, '--quiet'], { stdio: 'ignore' });
  const runs = [start(half(names.slice(0, 5))), start(half(names.slice(5)))];
  const codes = await Promise.all(runs.map((c) => new Promise((r) => c.on('exit', r))));
  assert.deepEqual(codes, [0, 0]);

  const reposts = tempDir('copydesk-reposts-');
  for (const n of names) cpSync(fixturePath('corpus', 'articles', n), path.join(reposts, `repost-${n}`));
  const r = cli(['--input', reposts, '--output', output]);
  assert.equal(r.status, 0, r.stderr);
  const statuses = readReport<Report>(output).inputs.map((i) => i.status);
  assert.deepEqual(statuses, Array(10).fill('duplicate'));
});

test('the README documents every exit code the CLI returns, and what becomes of Node\'s own 13', async () => {
  const { EXIT } = await import('../pipeline/run/exit-codes.js');
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### Exit codes'));
  const documented = [...table.slice(0, table.indexOf('\n#', 5)).matchAll(/^\| `(\d+)` \|/gm)].map((m) => Number(m[1]));
  assert.deepEqual(documented.sort(), Object.values(EXIT).sort());
  assert.match(table, /13 \(a\s+promise never settled\) is reported as `1`/);
  const usage = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
  for (const code of Object.values(EXIT)) assert.match(usage, new RegExp(`\\b${code} `), `--help names exit ${code}`);
});
