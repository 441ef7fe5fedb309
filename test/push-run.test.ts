// `copydesk run --push URL` and `copydesk push` end to end, as child processes against a CMS stand-in
// on 127.0.0.1: a CMS failing every third request still receives every story with exactly the
// feed's item and the run exits 0; an unchanged rerun sends nothing; a run killed with SIGKILL in the
// middle of its push, then run again, delivers every story, none twice with the same key.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CmsStandIn, everyThird } from './cms-stand-in.js';
import { CLI, readJson, root, tempDir, readReport } from './helpers.js';

/** Made-up articles (invented words, people and places), `copies` of them posted twice. */
function synthDumps(n: number, copies = 0): string {
  const dir = tempDir('copydesk-push-in-');
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const syl = 'ka lo mi ne ru sa ti vo pe da gu ri zo ba fe hi ju ma no se te vi wa yo'.split(' ');
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => syl[Math.floor(rnd() * syl.length)]).join('');
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  for (let i = 0; i < n; i++) {
    const place = cap(word());
    const person = `${cap(word())} ${cap(word())}`;
    const sentences = Array.from({ length: 8 }, () => `The ${word()} of ${place} ${word()} the ${word()} ${word()} near the ${word()} on ${['Monday', 'Tuesday', 'Friday'][i % 3]}.`);
    const text = [
      `${place} council weighs ${word()} plan for the ${word()} district`,
      '',
      `By ${person}`,
      `March ${1 + (i % 27)}, 2025`,
      '',
      `${place.toUpperCase()} — ${sentences.slice(0, 2).join(' ')}`,
      '',
      `"We will ${word()} the ${word()} before the ${word()} season," said ${person}, who leads the ${word()} board.`,
      '',
      sentences.slice(2, 5).join(' '),
      '',
      sentences.slice(5).join(' '),
    ].join('\n');
    writeFileSync(path.join(dir, `dump-${String(i).padStart(3, '0')}.txt`), text + '\n');
    if (i < copies) writeFileSync(path.join(dir, `repost-${String(i).padStart(3, '0')}.txt`), text + '\n');
  }
  return dir;
}

/** The project's config with push settings fit for a test (short timeout and backoff). */
function configWith(push: Record<string, number>): string {
  const dir = tempDir('copydesk-push-config-');
  cpSync(path.join(root, 'config'), dir, { recursive: true });
  appendFileSync(path.join(dir, 'copydesk.yaml'), `push:\n${Object.entries(push).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
  return dir;
}

const TEST_PUSH = { max_attempts: 10, rate: 500, concurrency: 4, timeout_ms: 400, backoff_ms: 20, max_backoff_ms: 1500 };

function copydesk(args: string[], onSpawn?: (kill: () => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    onSpawn?.(() => child.kill('SIGKILL'));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

interface Item {
  id: string;
}
const feedItems = (output: string) => readJson<{ items: Item[] }>(path.join(output, 'feeds/all.json')).items;

test('a CMS failing every third request gets every story with exactly the feed item; exit 0; an unchanged rerun sends nothing', async () => {
  const cms = new CmsStandIn(everyThird([{ status: 500 }, { status: 503 }, 'drop', 'stall', { status: 429, retryAfter: '1' }, { status: 502 }]));
  const url = await cms.start();
  try {
    const input = synthDumps(24, 3);
    const output = tempDir();
    const config = configWith(TEST_PUSH);
    const first = await copydesk(['run', '--input', input, '--output', output, '--config', config, '--push', url, '--quiet']);
    assert.equal(first.code, 0, first.stderr + first.stdout);
    const items = feedItems(output);
    assert.ok(items.length >= 20, `${items.length} stories`);
    assert.equal(cms.applied.size, items.length);
    for (const it of items) assert.deepEqual(JSON.parse(cms.applied.get(it.id)!.body), it, `${it.id} received as in the feed`);
    assert.ok(cms.requests.some((r) => typeof r.answer !== 'number' || r.answer >= 400), 'faults were served');
    const report = readReport<{ deliveries: { delivered: number; pending: number; requests: number; retries: number } }>(output);
    assert.equal(report.deliveries.delivered, items.length);
    assert.equal(report.deliveries.pending, 0);
    assert.equal(report.deliveries.requests, cms.requests.length);
    assert.match(first.stdout, new RegExp(`${items.length} delivered`));

    const before = cms.requests.length;
    const second = await copydesk(['run', '--input', input, '--output', output, '--config', config, '--push', url, '--quiet']);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(cms.requests.length, before, 'an unchanged rerun sends nothing');
  } finally {
    await cms.close();
  }
});

test('kill -9 in the middle of a push, then a rerun: every story delivered, none twice with the same key', async () => {
  const cms = new CmsStandIn();
  cms.delayMs = 40;
  const url = await cms.start();
  try {
    const input = synthDumps(30);
    const output = tempDir();
    const config = configWith({ ...TEST_PUSH, concurrency: 3 });
    let answeredAtKill = 0;
    const killed = await copydesk(['run', '--input', input, '--output', output, '--config', config, '--push', url, '--quiet'], (kill) => {
      cms.onRequest = () => {
        if (cms.applied.size >= 10 && !answeredAtKill) {
          answeredAtKill = cms.applied.size;
          kill();
        }
      };
    });
    cms.onRequest = undefined;
    assert.equal(killed.signal, 'SIGKILL');
    const items = feedItems(output);
    assert.ok(cms.applied.size < items.length, `the kill came mid-push (${cms.applied.size} of ${items.length})`);

    const rerun = await copydesk(['run', '--input', input, '--output', output, '--config', config, '--push', url, '--quiet']);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.equal(cms.applied.size, items.length, 'every story delivered');
    for (const it of items) assert.deepEqual(JSON.parse(cms.applied.get(it.id)!.body), it);
    // Answered before the kill but not yet marked: at most what was in flight (push.concurrency 3: a
    // story is marked before its slot frees), and sent again with the same key, so the CMS recognises
    // each as a replay.
    assert.ok(cms.replays <= 3, `${cms.replays} replays`);
    const okPerKey = new Map<string, number>();
    for (const r of cms.requests) okPerKey.set(r.key, (okPerKey.get(r.key) ?? 0) + 1);
    assert.ok([...okPerKey.values()].every((n) => n <= 2));
    assert.equal([...cms.appliedKeys.values()].every((n) => n === 1), true);
    assert.equal(new Set(cms.requests.map((r) => r.story)).size, items.length);
  } finally {
    await cms.close();
  }
});

test('stories left undelivered exit 3; `copydesk push` delivers them later and updates the report', async () => {
  const cms = new CmsStandIn(() => ({ status: 503 }));
  const url = await cms.start();
  try {
    const input = synthDumps(4);
    const output = tempDir();
    const config = configWith({ ...TEST_PUSH, max_attempts: 2 });
    const run = await copydesk(['run', '--input', input, '--output', output, '--config', config, '--push', url, '--quiet']);
    assert.equal(run.code, 3, run.stdout + run.stderr);
    const stories = feedItems(output).length;
    assert.match(run.stdout, new RegExp(`0 delivered .* ${stories} pending`));
    assert.match(readFileSync(path.join(output, 'report.html'), 'utf8'), /<section id="deliveries">/);
    cms.plan = () => undefined;
    const push = await copydesk(['push', '--output', output, '--config', config, '--push', url]);
    assert.equal(push.code, 0, push.stdout + push.stderr);
    assert.equal(cms.applied.size, stories);
    const report = readReport<{ deliveries: { delivered: number; pending: number } }>(output);
    assert.deepEqual([report.deliveries.delivered, report.deliveries.pending], [stories, 0]);
  } finally {
    await cms.close();
  }
});

test('a bad push URL or a push with nothing configured stops with exit 2 and what to fix', async () => {
  const input = synthDumps(1);
  const output = tempDir();
  const bad = await copydesk(['run', '--input', input, '--output', output, '--push', 'not a url', '--quiet']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /not a URL/);
  const none = await copydesk(['push', '--output', output]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no CMS to push to/);
  const empty = await copydesk(['push', '--output', tempDir(), '--push', 'http://127.0.0.1:9/cms']);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /nothing to push: .* holds no corpus state/);
});
