// npm run eval: runs the pipeline over each corpus in ../shared/corpora/ that is present and prints
// the scorer's figures. Skips cleanly where ../shared is absent (the project never needs it).
// Then the stories of ecbplus-dev fed in 2, 3 and 5 nightly runs, by date and in random order, beside
// the single run (incremental.ts).
// Usage: npm run eval [-- CORPUS ...]   (default: every corpus, the seeds and the incremental splits;
//        name `incremental` to run the splits alone)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const scorer = path.join(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.log(`eval: ${shared} is not here; nothing to score (skipped)`);
  process.exit(0);
}
const wanted = process.argv.slice(2);
const corpora: { name: string; docs: string; labels: string }[] = [
  { name: 'seeds', docs: path.join(shared, 'seeds'), labels: path.join(shared, 'seeds/labels.jsonl') },
  ...readdirSync(path.join(shared, 'corpora')).sort().map((name) => ({ name, docs: path.join(shared, 'corpora', name, 'docs'), labels: path.join(shared, 'corpora', name, 'labels.jsonl') })),
].filter((c) => existsSync(c.labels) && (!wanted.length || wanted.includes(c.name)));

for (const c of corpora) {
  const out = path.join(root, '.eval', c.name);
  rmSync(out, { recursive: true, force: true });
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), 'run', '--input', c.docs, '--output', out, '--quiet'], { cwd: root, encoding: 'utf8' });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`\n== ${c.name} (${secs}s) ${r.stdout.split('\n')[0]}`);
  if (r.status !== 0) {
    console.log(r.stderr);
    continue;
  }
  const s = spawnSync(process.execPath, [scorer, '--records', out, '--labels', c.labels, '--json', path.join(out, 'score.json'), '--project', root], { encoding: 'utf8' });
  console.log(s.stdout.trim() || s.stderr.trim());
}

if (!wanted.length || wanted.includes('incremental')) {
  console.log('\n== incremental: ecbplus-dev in nightly runs (hash: random order; date: oldest first)');
  const r = spawnSync(process.execPath, [path.join(root, 'dist/bench/incremental.js'), 'ecbplus-dev', '2', '3', '5'], { cwd: root, encoding: 'utf8' });
  console.log((r.stdout + r.stderr).trim());
}
