// The bench's nightly ratio alone (run.ts: 1k new dumps onto a 16k-dump output against the same 1k onto
// an empty one), for one build or two side by side, as ratios taken in one sitting with alternating runs.
// The 16k output is built once (by the first build named) and copied for every onto-16k run, so each
// run starts from the same stored history. Each run is a child process measured by measure.ts (CPU of
// the process tree); the corpus and write stages' wall ms come from the run's report.
// Usage: node dist/bench/onto.js ROUNDS [BUILD ...]   (BUILD: a checkout with its own dist/; default this one)
//   ONTO_PROF=DIR profiles each run's main process (--cpu-prof) into DIR/TAG (measure.js's own profile
//   is there too, the small one).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { realParagraphs, writeDumps, type DumpSpec } from './dumps.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const work = path.join(root, '.bench-onto');
const [roundArg, ...buildArgs] = process.argv.slice(2);
const rounds = Math.max(1, Number(roundArg ?? 2));
const builds = buildArgs.length ? buildArgs.map((b) => path.resolve(b)) : [root];

interface Cost {
  cpu: number;
  corpus: number;
  write: number;
}

function pipeline(build: string, input: string, output: string, tag: string): Cost {
  const out = path.join(work, 'cost.json');
  const prof = process.env.ONTO_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.ONTO_PROF, tag)}`] : [];
  // measure.js gives its own Node flags to the CLI (the main process; article processes take their own).
  const r = spawnSync(process.execPath, ['--max-old-space-size=3500', ...prof, path.join(build, 'dist/bench/measure.js'), out, '--', 'run', '--input', input, '--output', output, '--quiet'], { cwd: build, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`run over ${input} failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(readFileSync(path.join(output, 'report.json'), 'utf8')) as { stages: Record<string, { ms: number }> };
  const cost = JSON.parse(readFileSync(out, 'utf8')) as { cpu: number };
  return { cpu: cost.cpu, corpus: (report.stages.corpus?.ms ?? 0) / 1000, write: (report.stages.write?.ms ?? 0) / 1000 };
}

const spec: DumpSpec = { seed: 20240601, copyShare: 0.1, paragraphs: existsSync(shared) ? realParagraphs(shared) : [], day0: 20000, days: 60, recombine: 'stories' };
const dumps = (name: string, from: number, to: number) => {
  const dir = path.join(work, name);
  if (!existsSync(path.join(dir, '.done'))) {
    rmSync(dir, { recursive: true, force: true });
    writeDumps(dir, spec, from, to);
    cpSync(path.join(root, 'package.json'), path.join(dir, '.done'));
  }
  return dir;
};
const d16 = dumps('in-16k', 0, 16000);
const d1 = dumps('in-1k-new', 16000, 17000);
const base = path.join(work, 'out-16k');
if (!existsSync(path.join(base, 'report.json'))) {
  rmSync(base, { recursive: true, force: true });
  const c = pipeline(builds[0], d16, base, 'base16k');
  console.log(`16k base built: ${c.cpu.toFixed(1)} CPU-s`);
}

const f = (c: Cost) => `${c.cpu.toFixed(1)}s (corpus ${c.corpus.toFixed(2)}, write ${c.write.toFixed(2)})`;
const sums = builds.map(() => ({ onto: 0, empty: 0 }));
for (let round = 0; round < rounds; round++) {
  const order = builds.map((_, i) => i);
  if (round % 2) order.reverse();
  for (const i of order) {
    const build = builds[i];
    const onto = path.join(work, `out-onto-${i}`);
    const empty = path.join(work, `out-empty-${i}`);
    rmSync(onto, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
    cpSync(base, onto, { recursive: true });
    const [a, b] = round % 2 ? [pipeline(build, d1, empty, `empty${i}`), null] : [null, pipeline(build, d1, onto, `onto${i}`)];
    const ontoC = b ?? pipeline(build, d1, onto, `onto${i}`);
    const emptyC = a ?? pipeline(build, d1, empty, `empty${i}`);
    sums[i].onto += ontoC.cpu;
    sums[i].empty += emptyC.cpu;
    console.log(`round ${round + 1} build ${i} (${path.basename(build)}): onto 16k ${f(ontoC)}, onto empty ${f(emptyC)}: ${(ontoC.cpu / emptyC.cpu).toFixed(2)}x`);
  }
}
builds.forEach((b, i) => console.log(`build ${i} (${b}): ${rounds} rounds, onto 16k / onto empty ${(sums[i].onto / sums[i].empty).toFixed(2)}x (${(sums[i].onto / rounds).toFixed(1)}s vs ${(sums[i].empty / rounds).toFixed(1)}s)`));
