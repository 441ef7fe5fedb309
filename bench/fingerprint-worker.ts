// Worker of the dedupe bench: synthesizes articles [from, to) and fingerprints them exactly as the
// corpus stage does, writing signatures straight into the shared signature array.
import { parentPort, workerData } from 'node:worker_threads';
import { fingerprint, minhashSeeds } from '../pipeline/corpus/fingerprint.js';
import { corpusArticle, vocabulary } from './synth.js';

export interface FingerprintJob {
  from: number;
  to: number;
  seed: number;
  copyShare: number;
  vocabSize: number;
  k: number;
  dedupe: { shingle: number; prose_words: number; min_shingles: number };
  sigs: SharedArrayBuffer;
}

export interface FingerprintDone {
  hashes: string[];
  sizes: Uint32Array;
  copyOf: Int32Array;
  synthMs: number;
}

const job = workerData as FingerprintJob;
const vocab = vocabulary(job.vocabSize, job.seed);
const seeds = minhashSeeds(job.k);
const sigs = new Uint32Array(job.sigs);
const n = job.to - job.from;
const done: FingerprintDone = { hashes: new Array(n), sizes: new Uint32Array(n), copyOf: new Int32Array(n), synthMs: 0 };
for (let i = job.from; i < job.to; i++) {
  const t = performance.now();
  const { text, copyOf } = corpusArticle(vocab, job.seed, i, job.copyShare);
  done.synthMs += performance.now() - t;
  const fp = fingerprint(text, job.dedupe, seeds, sigs.subarray(i * job.k, i * job.k + job.k));
  done.hashes[i - job.from] = fp.textHash;
  done.sizes[i - job.from] = fp.size;
  done.copyOf[i - job.from] = copyOf;
}
parentPort!.postMessage(done);
