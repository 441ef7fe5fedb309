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
      keys[i] = (bandHash(sigs, i * k + start, b, o.rows) >>> drop) * hashScale + i;
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

/** The hash of band `b` (its `rows` minima from `sigs[off]`): articles with equal hashes in a band
 * share its bucket. The store's band index keeps these, so it finds the same buckets. */
export function bandHash(sigs: Uint32Array, off: number, b: number, rows: number): number {
  let h = 0x3c6ef372 ^ b;
  for (let r = 0; r < rows; r++) h = Math.imul(h ^ sigs[off + r], 0x5bd1e995) ^ (h >>> 13);
  return h >>> 0;
}

/** Where the bands of a signature lie: main (`bands` of `rows` minima) and brief (over signatures of `size`). */
export interface LshLayout {
  bands: number;
  rows: number;
  brief: { size: number; bands: number; rows: number };
}

/** The band keys of an article under `layout`: band b of the main signature is key b * 2^32 + hash,
 * band b of the brief signature key (bands + b) * 2^32 + hash, so main and brief buckets never meet.
 * A signature of another length (other settings) has no keys: it shares no bucket in a full scan either. */
export function bandKeys(a: { signature: Uint32Array; briefSignature: Uint32Array | null; briefShingles: number }, layout: LshLayout): number[] {
  const keys: number[] = [];
  if (a.signature.length === layout.bands * layout.rows) for (let b = 0; b < layout.bands; b++) keys.push(b * 2 ** 32 + bandHash(a.signature, b * layout.rows, b, layout.rows));
  const bs = a.briefSignature;
  if (bs && bs.length === layout.brief.size && a.briefShingles) for (let b = 0; b < layout.brief.bands; b++) keys.push((layout.bands + b) * 2 ** 32 + bandHash(bs, b * layout.brief.rows, b, layout.brief.rows));
  return keys;
}
