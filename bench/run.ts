// npm run bench: duplicate detection at newsroom scale. Synthesizes corpora of 10k, 100k and 1M
// articles (deterministic, with planted copies: retyped, other chrome, trimmed, edited, all of
// these) and runs the corpus fingerprints and dedupe over each, in one process, reporting time,
// peak memory, the growth ratios between sizes, and recall/precision of the planted copies.
// Usage: npm run bench [-- SIZE ...]   (default: 10000 100000 1000000)
import { findDuplicates } from '../pipeline/corpus/dedupe.js';
import { minhash, minhashSeeds, shingleHashes, textHash, words } from '../pipeline/corpus/fingerprint.js';
import { loadConfig } from '../pipeline/config/load.js';
import { fileURLToPath } from 'node:url';
import { corpusArticle, vocabulary } from './synth.js';
import { dedupeOnRealText } from './dedupe-real.js';

const SEED = 20240601;
const COPY_SHARE = 0.1;
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(10_000, 100_000, 1_000_000);

const cfg = (await loadConfig(fileURLToPath(new URL('../../config/', import.meta.url)))).corpus;
const k = cfg.dedupe.signature.bands * cfg.dedupe.signature.rows;
const seeds = minhashSeeds(k);
const vocab = vocabulary(60_000, SEED);

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 50);

interface Result {
  n: number;
  fingerprintS: number;
  dedupeS: number;
  totalS: number;
  peakMB: number;
  recall: number;
  precision: number;
}
const results: Result[] = [];
for (const n of sizes) {
  (globalThis as { gc?: () => void }).gc?.();
  peak = 0;
  sample();
  const t0 = performance.now();
  const sigs = new Uint32Array(n * k);
  const docs: { textHash: string; size: number }[] = new Array(n);
  const copyOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const { text, copyOf: c } = corpusArticle(vocab, SEED, i, COPY_SHARE);
    copyOf[i] = c;
    const ws = words(text);
    const sh = shingleHashes(ws, cfg.dedupe.shingle);
    minhash(sh, seeds, sigs.subarray(i * k, i * k + k));
    docs[i] = { textHash: textHash(ws), size: sh.length };
    if ((i & 8191) === 0) sample();
  }
  const t1 = performance.now();
  const verdicts = findDuplicates(docs, sigs, k, { ...cfg.dedupe.signature, ...cfg.dedupe });
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
  const r: Result = { n, fingerprintS: (t1 - t0) / 1000, dedupeS: (t2 - t1) / 1000, totalS: (t2 - t0) / 1000, peakMB: peak / 2 ** 20, recall: right / planted, precision: found ? right / found : 1 };
  results.push(r);
  console.log(
    `${String(n).padStart(9)} articles: ${r.totalS.toFixed(1)}s (fingerprints ${r.fingerprintS.toFixed(1)}s, dedupe ${r.dedupeS.toFixed(1)}s), ` +
      `peak RSS ${r.peakMB.toFixed(0)} MB, planted copies ${planted}: recall ${r.recall.toFixed(4)} precision ${r.precision.toFixed(4)}`,
  );
}
clearInterval(timer);
for (let i = 1; i < results.length; i++) {
  const [a, b] = [results[i - 1], results[i]];
  console.log(`${b.n}/${a.n} = ${(b.n / a.n).toFixed(0)}x articles: time ${(b.totalS / a.totalS).toFixed(2)}x, per-article time ${((b.totalS / b.n) / (a.totalS / a.n)).toFixed(2)}x`);
}

// Real text, when the shared corpora are present (never needed by the project).
const real = dedupeOnRealText(fileURLToPath(new URL('../../../shared/corpora/ecbplus-dev/docs/', import.meta.url)), cfg);
if (real) console.log(real);
