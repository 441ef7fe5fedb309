// Two builds' per-article chains in one process, CPU per stage, paired dump by dump: each dump runs
// through A's chain and B's, in alternating order, so the load of a shared machine falls on both alike.
// (Whole runs alternated build by build moved ±10% from run to run with other jobs on the cores, more
// than most changes to the chain move it; paired this way, the chain's total repeats within ~1%.)
// The first pass is warm-up, not counted. A and B are checkouts with their own dist/, node_modules/
// and config/ (a worktree of main beside yours: `git worktree add ../base main`, then build it).
// Prints CPU ms per stage for A and B and their ratio B/A; swap A and B to see what order does.
// Usage: node dist/bench/stage-pair.js DIR PASSES A B
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';

type Stage = (options: object) => (tree: unknown, file: VFile) => void;
interface Chain {
  spent: Record<string, number>;
  counting: boolean;
  run: (i: number) => void;
  n: number;
}

const [dir, passArg, a, b] = process.argv.slice(2);
if (!dir || !a || !b) throw new Error('usage: stage-pair.js DIR PASSES A B');
const passes = Math.max(2, Number(passArg ?? 3));
const from = (root: string, file: string) => import(pathToFileURL(path.resolve(root, file)).href);

async function chainOf(root: string): Promise<Chain> {
  const { unified } = await from(root, 'node_modules/unified/index.js');
  const parseDump = (await from(root, 'dist/pipeline/article/parse.js')).default;
  const { STAGES } = (await from(root, 'dist/pipeline/article/process.js')) as { STAGES: [string, Stage][] };
  const { loadConfig } = await from(root, 'dist/pipeline/registry.js');
  const { emptyBatch } = await from(root, 'dist/pipeline/stages/options.js');
  const { discover } = await from(root, 'dist/pipeline/read/discover.js');
  const { readDump } = await from(root, 'dist/pipeline/run/read-dump.js');
  const config = await loadConfig(path.resolve(root, 'config'));
  const options = { config, batch: emptyBatch() };
  const chain: Chain = { spent: {}, counting: false, run: () => undefined, n: 0 };
  let p = unified().use(parseDump);
  for (const [name, stage] of STAGES) {
    const timed = (opts: object) => {
      const transform = stage(opts);
      return (tree: unknown, file: VFile) => {
        const u0 = process.cpuUsage();
        transform(tree, file);
        if (!chain.counting) return;
        const u = process.cpuUsage(u0);
        chain.spent[name] = (chain.spent[name] ?? 0) + (u.user + u.system) / 1000;
      };
    };
    p = p.use(timed, options);
  }
  const processor = p.freeze();
  const { dumps } = await discover(dir, config.run.extensions);
  const read: { file: VFile }[] = await Promise.all(dumps.map((d: unknown) => readDump(d, config.run.max_bytes)));
  chain.n = read.length;
  chain.run = (i) => {
    const f = read[i].file;
    const copy = new (f.constructor as new (o: object) => VFile)({ path: f.path, value: f.value, data: structuredClone(f.data) });
    processor.runSync(processor.parse(copy), copy);
  };
  return chain;
}

// Compiled as the run's article processes compile (run/compiler.ts); V8 flags are the process's, so A's set them for both.
(await from(a, 'dist/pipeline/run/compiler.js')).tuneCompiler();
const A = await chainOf(a);
const B = await chainOf(b);
if (A.n !== B.n) throw new Error(`A reads ${A.n} dumps, B ${B.n}`);
for (let pass = 0; pass < passes; pass++) {
  A.counting = B.counting = pass > 0;
  for (let i = 0; i < A.n; i++) {
    const [first, second] = (i + pass) % 2 ? [A, B] : [B, A];
    first.run(i);
    second.run(i);
  }
}
const total = (s: Record<string, number>) => Object.values(s).reduce((x, y) => x + y, 0);
const row = (name: string, x: number, y: number) => `${name.padEnd(20)} ${x.toFixed(0).padStart(7)} ${y.toFixed(0).padStart(7)}  ${(y / x).toFixed(3)}`;
console.log(`${'CPU ms'.padEnd(20)} ${'A'.padStart(7)} ${'B'.padStart(7)}  B/A  (${A.n} dumps, ${passes - 1} passes counted)`);
console.log(row('chain', total(A.spent), total(B.spent)));
for (const k of Object.keys(A.spent).sort((x, y) => A.spent[y] - A.spent[x])) console.log(row(k, A.spent[k], B.spent[k] ?? 0));
