// Fingerprints of an article body for duplicate detection: normalized word tokens, a hash of the
// normalized text (equal hashes are exact copies, whatever the whitespace, case or quote style),
// and a MinHash signature over hashed word shingles (near copies share most minima). All hashing
// is 32-bit integer work (Math.imul) on typed arrays: a million signatures must fit in memory.
import { createHash } from 'node:crypto';
import { wordRuns } from '../text/word-runs.js';

/** Lower-cased word tokens; curly apostrophes folded so a re-post's typography changes nothing. */
export function words(text: string): string[] {
  return wordRuns(fold(text), false);
}
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'");

// Three separators between links or labels make a line a menu, however long: `Home | News | Sports`.
const MENU = /(?:\s[|\u00b7\u2022\u00bb]\s.*){3}/;

/** The words of the prose lines: lines of at least `minWords` words that end a sentence (or run
 * past twice that). Menus, teaser lists, bylines, share buttons and footers are short or unpunctuated
 * lines; leaving them out keeps a site's template from making two of its articles look alike, and a
 * re-post in other chrome from looking different. */
export function proseWords(text: string, minWords: number): string[] {
  return tokens(text, minWords).prose;
}

/** Every word of the text and the words of its prose lines, folded once. */
export function tokens(text: string, minWords: number): { all: string[]; prose: string[] } {
  const { all, spans } = proseSpans(text, minWords);
  const prose: string[] = [];
  for (let s = 0; s < spans.length; s += 2) for (let i = spans[s]; i < spans[s + 1]; i++) prose.push(all[i]);
  return { all, prose };
}

/** Every word of the text, folded, and where its prose lines' words stand in that list: pairs of
 * [start, end) indexes, so the prose words need no list (and no hashing) of their own. */
function proseSpans(text: string, minWords: number): { all: string[]; spans: number[] } {
  const all: string[] = [];
  const spans: number[] = [];
  for (const line of fold(text).split('\n')) {
    const start = all.length;
    const ws = wordRuns(line, false);
    for (const w of ws) all.push(w);
    if (MENU.test(line)) continue;
    if (ws.length >= 2 * minWords || (ws.length >= minWords && /[.!?]["'”’)]?\s*$/.test(line))) {
      // Adjacent prose lines make one span: the words run on as one list.
      if (spans.length && spans[spans.length - 1] === start) spans[spans.length - 1] = all.length;
      else spans.push(start, all.length);
    }
  }
  return { all, spans };
}

export interface Fingerprint {
  textHash: string;
  /** Distinct shingles the signature was taken over. */
  size: number;
  /** Distinct word pairs of the brief signature; 0 when the body is no brief (no brief signature). */
  briefSize: number;
  /** Every word of the body, folded (for the story terms, so the body is tokenized once). */
  words: string[];
  /** hashString of each of `words`: the story terms' keys, hashed once with the shingles'. */
  wordHashes: Uint32Array;
}

export interface FingerprintOptions {
  shingle: number;
  prose_words: number;
  min_shingles: number;
  /** Absent: no brief signature (callers that only need the main one). */
  brief?: { max_words: number; shingle: number };
}

/** The fingerprints of a body: the hash of all its words, and the MinHash signature (into `out`) of
 * its prose shingles, or of all its shingles when the prose is too short to judge. */
export function fingerprint(body: string, o: FingerprintOptions, seeds: Uint32Array, out: Uint32Array, briefSeeds?: Uint32Array, briefOut?: Uint32Array): Fingerprint {
  const { all, spans } = proseSpans(body, o.prose_words);
  const allHashes = new Uint32Array(all.length);
  for (let i = 0; i < all.length; i++) allHashes[i] = hashString(all[i]);
  let wh = gather(allHashes, spans);
  let sh = shingleHashesOf(wh, o.shingle);
  if (sh.length < o.min_shingles) [wh, sh] = [allHashes, shingleHashesOf(allHashes, o.shingle)];
  minhash(sh, seeds, out);
  // A brief also gets a signature over short shingles of the same words: each changed word
  // breaks only `brief.shingle` of them, where it breaks `shingle` long ones.
  let briefSize = 0;
  if (o.brief && briefSeeds && briefOut && wh.length < o.brief.max_words) {
    const bsh = shingleHashesOf(wh, o.brief.shingle);
    minhash(bsh, briefSeeds, briefOut);
    briefSize = bsh.length;
  }
  return { textHash: textHash(all), size: sh.length, briefSize, words: all, wordHashes: allHashes };
}

/** The hashes of the words in `spans` ([start, end) pairs), in order. */
function gather(hashes: Uint32Array, spans: readonly number[]): Uint32Array {
  let n = 0;
  for (let s = 0; s < spans.length; s += 2) n += spans[s + 1] - spans[s];
  if (n === hashes.length) return hashes;
  const out = new Uint32Array(n);
  let k = 0;
  for (let s = 0; s < spans.length; s += 2) {
    out.set(hashes.subarray(spans[s], spans[s + 1]), k);
    k += spans[s + 1] - spans[s];
  }
  return out;
}

export const textHash = (ws: readonly string[]) => createHash('sha256').update(ws.join(' ')).digest('hex').slice(0, 32);

/** FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so every bit avalanches. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Distinct hashes of every run of `k` consecutive words (one shingle for a shorter text). */
export function shingleHashes(ws: readonly string[], k: number): Uint32Array {
  const wh = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) wh[i] = hashString(ws[i]);
  return shingleHashesOf(wh, k);
}

/** shingleHashes() of words given by their hashString()s. */
export function shingleHashesOf(wh: Uint32Array, k: number): Uint32Array {
  const n = Math.max(wh.length - k + 1, wh.length ? 1 : 0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let j = i; j < Math.min(i + k, wh.length); j++) h = Math.imul(h ^ wh[j], 0x5bd1e995) ^ (h >>> 15);
    out[i] = fmix32(h);
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i];
  return out.slice(0, m);
}

/** Seeds of the `size` hash functions: fixed, so signatures from any run compare. */
export function minhashSeeds(size: number, start = 0x2545f491): Uint32Array {
  const seeds = new Uint32Array(size);
  let s = start;
  for (let i = 0; i < size; i++) seeds[i] = s = fmix32(s + 0x9e3779b9);
  return seeds;
}

/** MinHash signature by one-permutation hashing with optimal densification (Shrivastava, 2017):
 * each shingle hash falls into one of k bins and each bin keeps its least value, one hash per
 * shingle instead of k; an empty bin borrows the value of the bin its fixed probe sequence reaches
 * first, the same way in every article, so equal bins still mean shared shingles. Written into
 * `out` (a slice of one large array in bulk use). An empty text gets all-ones minima. */
export function minhash(shingles: Uint32Array, seeds: Uint32Array, out: Uint32Array = new Uint32Array(seeds.length)): Uint32Array {
  const k = seeds.length;
  out.fill(0xffffffff);
  if (!shingles.length) return out;
  for (let s = 0; s < shingles.length; s++) {
    const h = fmix32(shingles[s] ^ seeds[0]);
    const bin = Math.floor((h / 4294967296) * k);
    // The bin is chosen by the high bits; the value compared within it comes from a second mix.
    const v = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
    if (v < out[bin]) out[bin] = v;
  }
  if (shingles.length >= k * 8) return out; // no bin is empty, for all practical purposes
  const filled = out.slice();
  for (let i = 0; i < k; i++) {
    if (filled[i] !== 0xffffffff) continue;
    for (let attempt = 1; ; attempt++) {
      const j = Math.floor((fmix32(seeds[i] + attempt) / 4294967296) * k);
      if (filled[j] !== 0xffffffff) {
        out[i] = filled[j];
        break;
      }
    }
  }
  return out;
}

/** Share of equal minima: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(sigs: Uint32Array, a: number, b: number, k: number): number {
  let eq = 0;
  const oa = a * k;
  const ob = b * k;
  for (let i = 0; i < k; i++) if (sigs[oa + i] === sigs[ob + i]) eq++;
  return eq / k;
}

/** Share of the smaller set found in the larger, from Jaccard and the set sizes. */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  const inter = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, inter / Math.max(1, Math.min(sizeA, sizeB)));
}

export const encodeSignature = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');

export function decodeSignature(b64: string, into: Uint32Array, offset: number): void {
  const buf = Buffer.from(b64, 'base64');
  for (let i = 0; i * 4 < buf.length; i++) into[offset + i] = buf.readUInt32LE(i * 4);
}
