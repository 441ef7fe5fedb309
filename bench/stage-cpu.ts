// CPU per stage of the per-article chain on one thread: every dump of a folder read once, then the
// chain run over all of them `passes` times (the first is warm-up, not counted). Each stage is timed
// with process.cpuUsage around it, so time the thread waits on a loaded machine does not count.
// Prints JSON: CPU ms per stage summed over the counted passes, the quote chain's total, and dumps.
// Compare two builds as ratios in one sitting, alternating: `node A/bench/stage-cpu.js DIR 3`, then B's.
// Usage: node dist/bench/stage-cpu.js DIR [PASSES]
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import type { VFile } from 'vfile';
import parseDump from '../pipeline/article/parse.js';
import { STAGES } from '../pipeline/article/process.js';
import { discover } from '../pipeline/read/discover.js';
import { loadConfig } from '../pipeline/registry.js';
import { readDump } from '../pipeline/run/read-dump.js';
import { tuneCompiler } from '../pipeline/run/compiler.js';
import { emptyBatch, type StageOptions } from '../pipeline/stages/options.js';

// Compiled as the run's article processes compile (run/compiler.ts).
tuneCompiler();
const [dir, passArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: stage-cpu.js DIR [PASSES]');
const passes = Math.max(2, Number(passArg ?? 3));
const config = await loadConfig('config');
const { dumps } = await discover(dir, config.run.extensions);
const bytes = await Promise.all(dumps.map((d) => readDump(d, config.run.max_bytes)));

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const spent: Record<string, number> = {};
let counting = false;
const options: StageOptions = { config, batch: emptyBatch() };
let p = unified().use(parseDump);
for (const [name, stage] of STAGES) {
  const timed: Plugin<[StageOptions], Root> = (opts) => {
    const transform = stage(opts);
    return (tree, file) => {
      const t0 = cpu();
      transform(tree, file);
      if (counting) spent[name] = (spent[name] ?? 0) + cpu() - t0;
    };
  };
  p = p.use(timed, options) as unknown as typeof p;
}
const processor = p.freeze();

for (let i = 0; i < passes; i++) {
  counting = i > 0;
  for (const d of bytes) {
    const file = d.file.constructor as new (o: object) => VFile;
    const copy = new file({ path: d.file.path, value: d.file.value, data: structuredClone(d.file.data) });
    processor.runSync(processor.parse(copy), copy);
  }
}
const quotes = Object.entries(spent).filter(([k]) => k.startsWith('quotes/')).reduce((s, [, v]) => s + v, 0);
const round = (x: number) => Math.round(x);
console.log(JSON.stringify({ dumps: dumps.length, passes: passes - 1, quotes: round(quotes), stages: Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, round(v)])) }));
