// Stories across daily runs: feeds a labelled corpus to the pipeline in 2, 3 and 5 runs into one
// output folder (as a newsroom runs Copydesk on each day's dump) and scores the stories after the
// last run, next to a single run over everything. Splits are deterministic: by a hash of the file
// name (any article may arrive any day), and by the articles' dates as a single run reads them
// (older news first, as it would arrive). Run only where ../shared is present; not part of npm test.
// Usage: npm run build && node dist/bench/incremental.js [CORPUS] [RUNS or SPLIT:RUNS ...]
//        (default: ecbplus-dev 2 3 5; e.g. `ecbplus-dev hash:5` runs the hash split in 5 runs only)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const scorer = path.join(shared, 'eval/score.mjs');
const [corpus = 'ecbplus-dev', ...runArgs] = process.argv.slice(2);
// A run count, or split:count (e.g. hash:5) for one split only.
const wanted = runArgs.length ? runArgs : ['2', '3', '5'];
const runCounts = [...new Set(wanted.map((a) => Number(a.split(':').pop())))];
const picked = (split: string, n: number) => wanted.some((a) => a === String(n) || a === `${split}:${n}`);
const docs = path.join(shared, 'corpora', corpus, 'docs');
const labels = path.join(shared, 'corpora', corpus, 'labels.jsonl');
if (!existsSync(scorer) || !existsSync(labels)) {
  console.log(`incremental: ${labels} is not here; nothing to score (skipped)`);
  process.exit(0);
}
// INCREMENTAL_OUT, INCREMENTAL_CONFIG and INCREMENTAL_CLI let variants of the settings run side by side.
const work = path.resolve(process.env.INCREMENTAL_OUT ?? path.join(root, '.eval', 'incremental'));
const config = path.resolve(process.env.INCREMENTAL_CONFIG ?? path.join(root, 'config'));
rmSync(work, { recursive: true, force: true });

const cli = path.resolve(process.env.INCREMENTAL_CLI ?? path.join(root, 'dist/pipeline/cli.js'));
function run(input: string, out: string): void {
  const r = spawnSync(process.execPath, [cli, 'run', '--input', input, '--output', out, '--config', config, '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`run failed on ${input}: ${r.stderr}`);
}
function score(out: string): string {
  const s = spawnSync(process.execPath, [scorer, '--records', out, '--labels', labels, '--project', root], { encoding: 'utf8' });
  return (s.stdout.split('\n').find((l) => l.startsWith('stories')) ?? s.stderr).trim();
}

const files = readdirSync(docs).filter((f) => /\.(txt|md)$/.test(f)).sort();

// The single run, which also gives each file's date for the date-ordered splits.
const single = path.join(work, 'single');
run(docs, single);
console.log(`single run          ${score(single)}`);
const dateOf = new Map<string, string>();
for (const f of readdirSync(path.join(single, 'records'))) {
  const text = readFileSync(path.join(single, 'records', f), 'utf8');
  const src = /\n\s+path: (.+)\n/.exec(text)?.[1]?.trim().replace(/^"|"$/g, '');
  const date = /\ndate: (\S+)/.exec(text)?.[1] ?? 'null';
  if (src) dateOf.set(src, date === 'null' ? '9999' : date);
}

const hashed = (f: string) => createHash('sha256').update(f).digest().readUInt32BE(0);
const splits: Record<string, (n: number) => string[][]> = {
  hash: (n) => Array.from({ length: n }, (_, i) => files.filter((f) => hashed(f) % n === i)),
  date: (n) => {
    const byDate = [...files].sort((a, b) => (dateOf.get(a) ?? '9999').localeCompare(dateOf.get(b) ?? '9999') || a.localeCompare(b));
    const size = Math.ceil(byDate.length / n);
    return Array.from({ length: n }, (_, i) => byDate.slice(i * size, (i + 1) * size));
  },
};

for (const [name, split] of Object.entries(splits))
  for (const n of runCounts) {
    if (!picked(name, n)) continue;
    const out = path.join(work, `${name}-${n}`);
    split(n).forEach((part, i) => {
      const input = path.join(work, `input-${name}-${n}-${i + 1}`);
      mkdirSync(input, { recursive: true });
      for (const f of part) copyFileSync(path.join(docs, f), path.join(input, f));
      run(input, out);
    });
    console.log(`${`${name} x${n}`.padEnd(20)}${score(out)}`);
  }
