// Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of `rows`
// minima; two articles that agree on a whole band become candidates. With r rows and b bands a pair
// of Jaccard J is found with probability 1 - (1 - J^r)^b. No per-bucket maps: each band is one
// sorted Float64Array of (band hash, rank) keys, so a million articles cost a few typed arrays.

export interface LshOptions {
  bands: number;
  rows: number;
  /** Per bucket, each article is compared with the bucket's oldest and this many just older ones. */
  neighbours: number;
}

/** For each article (by rank: 0 is the oldest), the older articles sharing a band with it; with
 * `wanted`, only for the articles it marks (an incremental run asks for this run's articles only, so
 * the lists of an archive of earlier ones are never made). */
export function lshCandidates(sigs: Uint32Array, n: number, k: number, o: LshOptions, wanted?: Uint8Array): (number[] | undefined)[] {
  const cands: (number[] | undefined)[] = new Array(n);
  const rankBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = Math.min(32, 53 - rankBits);
  const hashScale = 2 ** rankBits;
  const drop = 32 - hashBits;
  const keys = new Float64Array(n);
  for (let b = 0; b < o.bands; b++) {
    const start = b * o.rows;
    for (let i = 0; i < n; i++) {
      let h = 0x3c6ef372 ^ b;
      const off = i * k + start;
      for (let r = 0; r < o.rows; r++) h = Math.imul(h ^ sigs[off + r], 0x5bd1e995) ^ (h >>> 13);
      keys[i] = ((h >>> 0) >>> drop) * hashScale + i;
    }
    keys.sort();
    let runStart = 0;
    for (let p = 1; p <= n; p++) {
      const same = p < n && Math.floor(keys[p] / hashScale) === Math.floor(keys[runStart] / hashScale);
      if (same) continue;
      for (let q = runStart + 1; q < p; q++) {
        const i = keys[q] % hashScale;
        if (wanted && !wanted[i]) continue;
        const list = (cands[i] ??= []);
        list.push(keys[runStart] % hashScale);
        for (let m = Math.max(runStart + 1, q - o.neighbours); m < q; m++) list.push(keys[m] % hashScale);
      }
      runStart = p;
    }
  }
  for (let i = 0; i < n; i++) if (cands[i]) cands[i] = [...new Set(cands[i])].sort((x, y) => x - y);
  return cands;
}
