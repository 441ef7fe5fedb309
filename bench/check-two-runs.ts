// Issue 12 check 2: "Two runs started at once into one output, then reposts of both halves: all ten
// caught." Ten distinct invented articles (test/fixtures/corpus/articles), five per run, both runs
// started together into one output; then a third run of reposts of all ten. `node dist/bench/check-two-runs.js`
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cli, cliAsync, report, root, temp, verdict } from './check-lib.js';

const src = path.join(root, 'test/fixtures/corpus/articles');
const names = readdirSync(src).filter((f) => f.endsWith('.txt')).sort();
const folder = (ns: string[], prefix = '') => {
  const dir = temp('two-runs-in');
  for (const n of ns) cpSync(path.join(src, n), path.join(dir, prefix + n));
  return dir;
};
const output = temp('two-runs-out');
const t0 = Date.now();
const codes = await Promise.all([cliAsync(['--input', folder(names.slice(0, 5)), '--output', output]), cliAsync(['--input', folder(names.slice(5)), '--output', output])]);
console.log(`two runs at once: exits ${codes.join(', ')} in ${(Date.now() - t0) / 1000} s`);
const r = cli(['--input', folder(names, 'repost-'), '--output', output]);
const statuses = report(output).inputs.map((l) => l.status);
console.log(`reposts: exit ${r.status}; statuses ${JSON.stringify(statuses)}`);
verdict('two runs at once', [
  ['ten articles', names.length === 10],
  ['both runs exit 0', codes.every((c) => c === 0)],
  ['the repost run exits 0', r.status === 0],
  ['all ten reposts caught as duplicates', statuses.length === 10 && statuses.every((s) => s === 'duplicate')],
]);
