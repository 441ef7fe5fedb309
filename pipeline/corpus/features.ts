// Fingerprints of an article body shared by the corpus stages: word tokens, a normalized-text hash,
// hashed word shingles and weighted terms.
import { createHash } from 'node:crypto';

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

export const textHash = (ws: string[]) => createHash('sha256').update(ws.join(' ')).digest('hex').slice(0, 32);

/** FNV-1a, 32-bit: fast and good enough to key shingles. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(ws: string[], k: number): number[] {
  const out = new Set<number>();
  if (ws.length < k) {
    if (ws.length) out.add(fnv1a(ws.join(' ')));
  } else for (let i = 0; i + k <= ws.length; i++) out.add(fnv1a(ws.slice(i, i + k).join(' ')));
  return [...out].sort((a, b) => a - b);
}

/** Jaccard similarity of two sorted, de-duplicated number lists. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (!a.length && !b.length) return 1;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

const STOP = new Set('the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they we you i his her their our not no said says will would could should after before over about into than then there also who which what when where while more most up out new one two'.split(' '));

/** Term frequencies of the title (counted double) and the first paragraphs: what the story is about. */
export function terms(headline: string | null, body: string, leadWords = 150): Record<string, number> {
  const tf: Record<string, number> = {};
  const add = (w: string, n: number) => {
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) return;
    tf[w] = (tf[w] ?? 0) + n;
  };
  for (const w of words(headline ?? '')) add(w, 2);
  for (const w of words(body).slice(0, leadWords)) add(w, 1);
  return tf;
}
