// Duplicate detection over articles ordered oldest first: an article is a copy of an older original
// when its normalized text hash is equal (exact) or when its MinHash signature says the shingle sets
// nearly coincide (near: Jaccard, or one text nearly contained in a similar-sized other, as when a
// re-post trims a paragraph). The text alone decides: a headline can be a site's nav bar, and a
// re-post may reword it. The oldest copy is the original; every copy points at an original,
// never at another copy. Verdicts of articles already decided in earlier runs are kept as they are.
import { containment, estimateJaccard } from './fingerprint.js';
import { lshCandidates, type LshOptions } from './lsh.js';

export interface DedupeOptions extends LshOptions {
  near_jaccard: number;
  near_containment: number;
  min_size_ratio: number;
  /** Texts with fewer distinct shingles are too short to call copies (empty bodies, captions). */
  min_shingles: number;
  brief: BriefOptions;
}

/** LSH bands and rows over the brief signatures (neighbours as for the main one), and the verdict's thresholds. */
export interface BriefOptions extends Omit<LshOptions, 'neighbours'> {
  near_jaccard: number;
  near_containment: number;
}

/** Brief signatures (over word pairs), of the briefs only (a few per cent of a corpus, so a million
 * articles do not pay for them): `ranks[s]` is the doc of slot s, its signature `sigs[s*k .. s*k+k)`;
 * ranks ascending. `slot[i]` is doc i's slot, or -1. */
export interface BriefSignatures {
  sigs: Uint32Array;
  k: number;
  ranks: Int32Array;
  slot: Int32Array;
}

export interface DedupeDoc {
  textHash: string;
  /** Distinct shingles in the body. */
  size: number;
  /** Distinct word pairs of its brief signature, when it has one. */
  briefSize?: number;
  /** A verdict kept from an earlier run: rank of its original, or -1 for an original. */
  fixed?: number;
}

export interface Verdict {
  /** Rank of the original, or -1. */
  of: number;
  kind?: 'exact' | 'near';
  jaccard?: number;
}

/** `docs[i]` has its signature at `sigs[i*k .. i*k+k)`; ranks are indexes, oldest first. */
export function findDuplicates(docs: readonly DedupeDoc[], sigs: Uint32Array, k: number, o: DedupeOptions, brief?: BriefSignatures): Verdict[] {
  const n = docs.length;
  // Verdicts kept from earlier runs need no candidates.
  const wanted = Uint8Array.from(docs, (d) => (d.fixed === undefined ? 1 : 0));
  const cands = lshCandidates(sigs, n, k, o, wanted);
  if (brief) addBriefCandidates(cands, brief, { ...o.brief, neighbours: o.neighbours }, wanted);
  const briefJ = (a: number, b: number) => (brief && brief.slot[a] >= 0 && brief.slot[b] >= 0 ? estimateJaccard(brief.sigs, brief.slot[a], brief.slot[b], brief.k) : -1);
  const verdicts: Verdict[] = new Array(n);
  const firstWithHash = new Map<string, number>();
  const root = (i: number) => (verdicts[i].of >= 0 ? verdicts[i].of : i);
  for (let i = 0; i < n; i++) {
    const d = docs[i];
    if (d.fixed !== undefined) {
      verdicts[i] = { of: d.fixed };
      if (d.fixed < 0 && !firstWithHash.has(d.textHash)) firstWithHash.set(d.textHash, i);
      continue;
    }
    if (d.size < o.min_shingles) {
      verdicts[i] = { of: -1 };
      continue;
    }
    const same = firstWithHash.get(d.textHash);
    if (same !== undefined) {
      verdicts[i] = { of: same, kind: 'exact', jaccard: 1 };
      continue;
    }
    // A copy of a copy is a copy of its original: compare with every candidate as it is, take the
    // closest one it nearly copies, and point to that one's original.
    let best = -1;
    let bestJ = -1;
    for (const c of cands[i] ?? []) {
      if (docs[c].size < o.min_shingles) continue;
      let j = estimateJaccard(sigs, i, c, k);
      let near = isNear(j, d.size, docs[c].size, o);
      if (!near) {
        // Briefs: the same test on word pairs, which a few changed words leave mostly intact.
        const bj = briefJ(i, c);
        near = bj >= 0 && isNear(bj, d.briefSize!, docs[c].briefSize!, { ...o.brief, min_size_ratio: o.min_size_ratio });
        if (near) j = bj;
      }
      if (j > bestJ && near) [best, bestJ] = [c, j];
    }
    if (best >= 0) best = root(best);
    if (best >= 0) verdicts[i] = { of: best, kind: 'near', jaccard: bestJ };
    else {
      verdicts[i] = { of: -1 };
      firstWithHash.set(d.textHash, i);
    }
  }
  return verdicts;
}

/** LSH among the briefs, merged into `cands`. */
function addBriefCandidates(cands: (number[] | undefined)[], brief: BriefSignatures, o: LshOptions, wanted: Uint8Array): void {
  const ranks = brief.ranks;
  if (ranks.length < 2) return;
  lshCandidates(brief.sigs, ranks.length, brief.k, o, Uint8Array.from(ranks, (r) => wanted[r])).forEach((cs, i) => {
    if (!cs) return;
    const list = (cands[ranks[i]] ??= []);
    for (const c of cs) list.push(ranks[c]);
    cands[ranks[i]] = [...new Set(list)].sort((x, y) => x - y);
  });
}

export function isNear(j: number, sizeA: number, sizeB: number, o: { near_jaccard: number; near_containment: number; min_size_ratio: number }): boolean {
  if (j >= o.near_jaccard) return true;
  const ratio = Math.min(sizeA, sizeB) / Math.max(1, sizeA, sizeB);
  return ratio >= o.min_size_ratio && containment(j, sizeA, sizeB) >= o.near_containment;
}
