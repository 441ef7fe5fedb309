// Duplicate detection alone at newsroom scale (node dist/bench/dedupe.js [SIZE ...]; npm run bench runs the whole pipeline). Synthesizes corpora of 10k, 100k and 1M
// articles (deterministic, with planted copies: retyped, other chrome, trimmed, edited, all of
// these), fingerprints them on every core (worker threads) and runs the dedupe over each, in one
// process, reporting time, peak memory, the growth ratios between sizes, and recall/precision of
// the planted copies. Then, when ../shared is present, re-posts of real news text.
// Usage: node dist/bench/dedupe.js [SIZE ...]   (default: 10000 100000 1000000)
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../pipeline/registry.js';
import { findDuplicates } from '../pipeline/corpus/dedupe.js';
import { dedupeOnRealText } from './dedupe-real.js';
import type { FingerprintDone, FingerprintJob } from './fingerprint-worker.js';

const SEED = 20240601;
const COPY_SHARE = 0.1;
const VOCAB = 60_000;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(10_000, 100_000, 1_000_000);

const cfg = (await loadConfig(fileURLToPath(new URL('../../config/', import.meta.url)))).corpus;
const k = cfg.dedupe.signature.bands * cfg.dedupe.signature.rows;
const workers = Math.max(1, Math.min(availableParallelism(), 8));

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 25);

function fingerprint(job: FingerprintJob): Promise<FingerprintDone> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./fingerprint-worker.js', import.meta.url), { workerData: job });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

interface Result {
  n: number;
  totalS: number;
  /** CPU seconds over all threads: the measure that other load on the machine does not inflate. */
  cpuS: number;
}
const results: Result[] = [];
console.log(`dedupe bench (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores): ${k} minima per signature, ${workers} fingerprint workers, ${COPY_SHARE * 100}% planted copies`);
for (const n of sizes) {
  peak = 0;
  sample();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const shared = new SharedArrayBuffer(n * k * 4);
  const step = Math.ceil(n / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => ({ from: w * step, to: Math.min(n, (w + 1) * step) }))
      .filter((r) => r.from < r.to)
      .map((r) => fingerprint({ ...r, seed: SEED, copyShare: COPY_SHARE, vocabSize: VOCAB, k, dedupe: cfg.dedupe, sigs: shared })),
  );
  const docs = parts.flatMap((p) => p.hashes.map((textHash, i) => ({ textHash, size: p.sizes[i] })));
  const copyOf = parts.flatMap((p) => [...p.copyOf]);
  const synthS = parts.reduce((s, p) => s + p.synthMs, 0) / 1000;
  const t1 = performance.now();
  const verdicts = findDuplicates(docs, new Uint32Array(shared), k, { ...cfg.dedupe.signature, ...cfg.dedupe });
  const t2 = performance.now();
  sample();
  let planted = 0;
  let found = 0;
  let right = 0;
  for (let i = 0; i < n; i++) {
    if (copyOf[i] >= 0) planted++;
    if (verdicts[i].of >= 0) {
      found++;
      if (verdicts[i].of === copyOf[i]) right++;
    }
  }
  const totalS = (t2 - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  results.push({ n, totalS, cpuS });
  console.log(
    `${String(n).padStart(9)} articles: ${totalS.toFixed(1)}s wall, ${cpuS.toFixed(1)}s CPU (fingerprints ${((t1 - t0) / 1000).toFixed(1)}s, of which synthesizing the text ${(synthS / workers).toFixed(1)}s per worker; dedupe ${((t2 - t1) / 1000).toFixed(1)}s), ` +
      `peak RSS ${(peak / 2 ** 20).toFixed(0)} MB; planted copies ${planted}: recall ${(right / planted).toFixed(4)}, precision ${(found ? right / found : 1).toFixed(4)}`,
  );
}
clearInterval(timer);
for (let i = 1; i < results.length; i++) {
  const [a, b] = [results[i - 1], results[i]];
  console.log(
    `${b.n} vs ${a.n} articles (${(b.n / a.n).toFixed(0)}x): wall time ${(b.totalS / a.totalS).toFixed(2)}x, CPU time ${(b.cpuS / a.cpuS).toFixed(2)}x, ` +
      `per-article CPU time ${(b.cpuS / b.n / (a.cpuS / a.n)).toFixed(2)}x`,
  );
}

// Real text, when the shared corpora are present (never needed by the project).
const real = await dedupeOnRealText(fileURLToPath(new URL('../../../shared/corpora/ecbplus-dev/docs/', import.meta.url)), cfg);
if (real) console.log(real);
