// Synthetic articles for the dedupe bench: words drawn from a made-up vocabulary with a Zipf-like
// skew (a few words very common, most rare, as in news text), grouped in paragraphs. Article i is a
// pure function of (seed, i), so a planted copy can regenerate its original instead of storing it.
import { PERTURBATIONS, perturb, prng } from '../test/perturb.js';

const SYLLABLES = 'ka lo mi ne ru sa ti vo pe da gu ri zo ba fe hi ju ma no qu se te vi wa xe yo'.split(' ');

export function vocabulary(size: number, seed: number): string[] {
  const r = prng(seed);
  const out = new Set<string>();
  while (out.size < size) {
    const n = 1 + Math.floor(r() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    out.add(w);
  }
  return [...out];
}

export function article(vocab: readonly string[], seed: number): string {
  const r = prng(seed);
  const paragraphs: string[] = [];
  const np = 5 + Math.floor(r() * 6);
  for (let p = 0; p < np; p++) {
    const nw = 25 + Math.floor(r() * 35);
    const ws: string[] = [];
    for (let w = 0; w < nw; w++) ws.push(vocab[Math.floor(vocab.length * r() ** 3)]);
    paragraphs.push(ws.join(' ') + '.');
  }
  return paragraphs.join('\n\n');
}

export interface Planted {
  text: string;
  /** Index of the article this one copies, or -1. */
  copyOf: number;
}

/** Article i of a corpus in which about `copyShare` of the articles re-post an earlier one. */
export function corpusArticle(vocab: readonly string[], seed: number, i: number, copyShare: number): Planted {
  const r = prng(seed ^ Math.imul(i + 1, 0x9e3779b1));
  if (i > 0 && r() < copyShare) {
    // Copy a recent-ish original (a copy of a copy regenerates the root original).
    let j = Math.max(0, i - 1 - Math.floor(r() * 5000));
    while (j > 0 && prng(seed ^ Math.imul(j + 1, 0x9e3779b1))() < copyShare) j--;
    const kind = PERTURBATIONS[Math.floor(r() * PERTURBATIONS.length)];
    return { text: perturb(article(vocab, seed + j), kind, seed + i), copyOf: j };
  }
  return { text: article(vocab, seed + i), copyOf: -1 };
}
