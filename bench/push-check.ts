// The delivery check (issue 15): a run over N real dumps pushes to a CMS stand-in on 127.0.0.1 that
// fails about a third of its requests (5xx, 408, 429 with Retry-After, stalls past the timeout,
// dropped connections), with the project's default push settings. Prints requests, retries, faults
// and time; checks that the CMS holds every story exactly as the feeds have it, that the run exits
// 0, and that an unchanged rerun sends nothing.
// Usage: npm run build && node dist/bench/push-check.js [DOCS_DIR] [N] [SEED] [FAILING_SHARE]
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CmsStandIn, type Fault } from '../test/cms-stand-in.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = path.resolve(process.argv[2] ?? path.join(root, '../shared/corpora/naeb-dev/docs'));
const n = Number(process.argv[3] ?? 150);
let seed = Number(process.argv[4] ?? 15);
const failing = Number(process.argv[5] ?? 1 / 3);
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const FAULTS: Fault[] = [{ status: 500 }, { status: 503 }, { status: 502 }, { status: 408 }, { status: 429, retryAfter: '1' }, 'stall', 'drop', 'drop-mid-answer'];

function cli(args: string[]): Promise<{ code: number | null; out: string; seconds: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('close', (code) => resolve({ code, out, seconds: (performance.now() - t0) / 1000 }));
  });
}

/** Every story item of the feeds: all.json and its older pages. */
function feedItems(output: string): Map<string, unknown> {
  const files = [path.join(output, 'feeds/all.json')];
  const pages = path.join(output, 'feeds/all');
  if (existsSync(pages)) files.push(...readdirSync(pages).map((f) => path.join(pages, f)));
  const items = new Map<string, unknown>();
  for (const f of files) for (const it of JSON.parse(readFileSync(f, 'utf8')).items as { id: string }[]) items.set(it.id, it);
  return items;
}

const input = mkdtempSync(path.join(tmpdir(), 'copydesk-pushcheck-in-'));
const output = mkdtempSync(path.join(tmpdir(), 'copydesk-pushcheck-out-'));
for (const f of readdirSync(docs).filter((f) => f.endsWith('.txt')).sort().slice(0, n)) copyFileSync(path.join(docs, f), path.join(input, f));

const cms = new CmsStandIn(() => (random() < failing ? FAULTS[Math.floor(random() * FAULTS.length)] : undefined));
const url = await cms.start();
const first = await cli(['run', '--input', input, '--output', output, '--push', url, '--quiet']);
const d = JSON.parse(readFileSync(path.join(output, 'report.json'), 'utf8')).deliveries;
const items = feedItems(output);
const faults = new Map<string, number>();
for (const r of cms.requests) if (r.answer !== 200) faults.set(String(r.answer), (faults.get(String(r.answer)) ?? 0) + 1);
const wrong = [...items].filter(([id, it]) => !cms.applied.has(id) || JSON.stringify(JSON.parse(cms.applied.get(id)!.body)) !== JSON.stringify(it));
const before = cms.requests.length;
const second = await cli(['run', '--input', input, '--output', output, '--push', url, '--quiet']);
await cms.close();

console.log(`dumps ${n} (${path.relative(root, docs)}), stories in the feeds ${items.size}`);
console.log(`run 1: exit ${first.code}, ${first.seconds.toFixed(1)} s in all, push ${d.seconds} s`);
console.log(`  requests ${cms.requests.length} (report: ${d.requests}), faults served ${[...faults.values()].reduce((a, b) => a + b, 0)} (${[...faults].map(([k, v]) => `${k} ${v}`).join(', ')})`);
console.log(`  retries ${d.retries}, stories retried ${d.retried}, delivered ${d.delivered}, pending ${d.pending}, refused ${d.failed}; replays ${cms.replays}`);
console.log(`  stories the CMS holds exactly as in the feeds: ${items.size - wrong.length} of ${items.size}${wrong.length ? ` (wrong: ${wrong.slice(0, 5).map(([id]) => id).join(', ')})` : ''}`);
console.log(`run 2 (unchanged): exit ${second.code}, requests ${cms.requests.length - before}, ${second.seconds.toFixed(1)} s`);
const ok = first.code === 0 && second.code === 0 && !wrong.length && cms.requests.length === before;
console.log(ok ? 'CHECK HOLDS' : 'CHECK FAILS');
process.exitCode = ok ? 0 : 1;
