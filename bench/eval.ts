// npm run eval: runs the pipeline over each corpus in ../shared/corpora/ that is present and prints
// the scorer's figures. Skips cleanly where ../shared is absent (the project never needs it).
// Then the stories of ecbplus-dev fed in 2, 3 and 5 nightly runs, by date and in random order, beside
// the single run (incremental.ts).
// For the corpora labelled by site (naeb-dev, silver-dev) the figures of each site fold follow the plain
// ones (bench/folds.ts), then the cross-validated figures of the fitted confidence thresholds
// (bench/fields-cv.ts): what a site nobody fitted on would see.
// Usage: npm run eval [-- CORPUS ...]   (default: every corpus, the seeds and the incremental splits;
//        name `incremental` to run the splits alone)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDS, readLabels, siteOf, splitBySite } from './folds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const scorer = path.join(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.log(`eval: ${shared} is not here; nothing to score (skipped)`);
  process.exit(0);
}
const wanted = process.argv.slice(2);
/** Corpora whose labels say which site each page is from. */
const BY_SITE = new Set(['naeb-dev', 'silver-dev']);
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
  if (BY_SITE.has(c.name)) printFolds(c, out);
}

/** The scorer's figures on each site fold's pages of the run in `out`. */
function printFolds(c: { name: string; labels: string }, out: string): void {
  const labels = readLabels(c.labels);
  const parts = splitBySite(labels);
  const dir = path.join(out, 'folds');
  mkdirSync(dir, { recursive: true });
  console.log(`-- ${c.name} by site fold (${FOLDS} folds, ${new Set(labels.map(siteOf)).size} sites; a site's pages share a fold)`);
  console.log('fold  docs sites | headline | date day (P) | byline F1 (P) | outlet acc (P) | body');
  for (const [k, part] of parts.entries()) {
    const lf = path.join(dir, `labels-${k}.jsonl`);
    writeFileSync(lf, part.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const jf = path.join(dir, `score-${k}.json`);
    spawnSync(process.execPath, [scorer, '--records', out, '--labels', lf, '--json', jf, '--project', root], { encoding: 'utf8' });
    if (!existsSync(jf)) continue;
    const r = JSON.parse(readFileSync(jf, 'utf8'));
    const p = (x: number | undefined) => (typeof x === 'number' && Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a');
    console.log(`${String(k).padStart(4)} ${String(part.length).padStart(5)} ${String(new Set(part.map(siteOf)).size).padStart(5)} |    ${p(r.headline?.exact)} | ${p(r.date?.exact_day)} (${p(r.date?.precision)}) | ${p(r.byline?.doc_f1)} (${p(r.byline?.precision)}) | ${p(r.outlet?.accuracy)} (${p(r.outlet?.precision)}) | ${p(r.body?.token_f1)}`);
  }
}

// Cross-validated by site: the confidence thresholds fitted on 4 site folds and measured on the 5th
// (bench/train-fields.ts), from the runs above, over the pages of every site-labelled corpus run.
const bySite = corpora.filter((c) => BY_SITE.has(c.name)).map((c) => path.join(root, '.eval', c.name));
if (bySite.length) {
  console.log('\n== cross-validated by site (confidence thresholds fitted on the other folds)');
  const r = spawnSync(process.execPath, [path.join(root, 'dist/bench/train-fields.js'), '--cv', ...bySite], { cwd: root, encoding: 'utf8' });
  console.log((r.stdout + r.stderr).trim());
}

if (!wanted.length || wanted.includes('incremental')) {
  console.log('\n== incremental: ecbplus-dev in nightly runs (hash: random order; date: oldest first)');
  const r = spawnSync(process.execPath, [path.join(root, 'dist/bench/incremental.js'), 'ecbplus-dev', '2', '3', '5'], { cwd: root, encoding: 'utf8' });
  console.log((r.stdout + r.stderr).trim());
}
