// What a story is about, as weighted terms: the words of the headline (counted double) and body,
// without stopwords, plus the proper nouns and numbers (`P:` terms) counted `entity_weight` times:
// two look-alike events (two rehab stories, two earthquakes) share their topic words but not their
// people, places and figures. And the distinctive quotes, as hashed keys: outlets quoting the same
// long sentence report the same story.
import { hashString, words } from './fingerprint.js';
import type { TermVector } from './store.js';

export interface TermOptions {
  stopwords: readonly string[];
  entity_weight: number;
  min_shared_quote_words: number;
}

const stopCache = new WeakMap<readonly string[], Set<string>>();
const stopSet = (list: readonly string[]) => stopCache.get(list) ?? stopCache.set(list, new Set(list)).get(list)!;

// A capitalized word or a number, with what precedes it: after a sentence end, an opening quote or a
// line start a capital says nothing about a name.
const NAMEISH = /(^|[.!?:"\u201c\u201d]\s*|\n\s*)?\b(\p{Lu}[\p{L}'\u2019-]+|\d[\d.,]*\d|\d)/gu;

export function storyTerms(headline: string | null, body: string, o: TermOptions, bodyWords: readonly string[] = words(body)): Record<string, number> {
  return Object.fromEntries(storyTermMap(headline, body, o, bodyWords));
}

/** /^\d+$/ (ASCII digits), by char code: asked of every word of every body. */
function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/**
 * Each story term with its weighted count, in first-seen order. A Map, not a plain object: a word that
 * names a property every object inherits ("constructor") once started from that property and counted NaN.
 */
export function storyTermMap(headline: string | null, body: string, o: TermOptions, bodyWords: readonly string[] = words(body)): Map<string, number> {
  const tf = new Map<string, number>();
  eachStoryTerm(headline, body, o, bodyWords, (w, n) => tf.set(w, (tf.get(w) ?? 0) + n));
  return tf;
}

/**
 * The story terms as the corpus keeps them: each term's hashString with its summed count (a rare hash
 * collision adds counts), ids ascending. `bodyHashes` are hashString of each of `bodyWords` (the
 * fingerprints hash them anyway), so a body word is hashed once, not once for its shingles and again
 * as a term. The same vector as hashing storyTermMap's terms: the counts are sums of the same numbers.
 */
export function storyTermVector(headline: string | null, body: string, o: TermOptions, bodyWords: readonly string[], bodyHashes: Uint32Array): TermVector {
  const m = new Map<number, number>();
  eachStoryTerm(headline, body, o, bodyWords, (w, n, at) => {
    const h = at < 0 ? hashString(w) : bodyHashes[at];
    m.set(h, (m.get(h) ?? 0) + n);
  });
  return vectorOf(m);
}

/** Hashed term ids with their counts as a TermVector: ids ascending. */
export function vectorOf(m: Map<number, number>): TermVector {
  // (filled by index: Float32Array.from with a mapping function and Uint32Array.from over the Map's
  // iterator made termVector ~1.5% of an article thread's CPU in a --cpu-prof of a polnear-dev run)
  const ids = new Uint32Array(m.size);
  let i = 0;
  for (const id of m.keys()) ids[i++] = id;
  ids.sort();
  const counts = new Float32Array(ids.length);
  for (let j = 0; j < ids.length; j++) counts[j] = m.get(ids[j])!;
  return { ids, counts };
}

const isTerm = (w: string, stop: ReadonlySet<string>) => w.length >= 3 && !stop.has(w) && !allDigits(w);

/** Every term occurrence with its weight: headline words 2, body words 1 (with `at`, their index in
 * `bodyWords`; -1 for the others), then the entities. */
function eachStoryTerm(headline: string | null, body: string, o: TermOptions, bodyWords: readonly string[], add: (term: string, n: number, at: number) => void): void {
  const stop = stopSet(o.stopwords);
  for (const w of words(headline ?? '')) if (isTerm(w, stop)) add(w, 2, -1);
  for (let i = 0; i < bodyWords.length; i++) if (isTerm(bodyWords[i], stop)) add(bodyWords[i], 1, i);
  eachEntity(body, o, stop, add);
}

/** The proper nouns and numbers as `P:` terms, each counted `entity_weight`. */
function eachEntity(body: string, o: TermOptions, stop: ReadonlySet<string>, add: (term: string, n: number, at: -1) => void): void {
  if (!(o.entity_weight > 0)) return;
  // An exec loop on a copy, not matchAll (an iterator and a clone of the pattern a body, each match's
  // array passed through it), and the apostrophe folded only where there is one: asked of every body.
  const re = new RegExp(NAMEISH);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1]) continue;
    let w = m[2].toLowerCase();
    if (w.includes('\u2019')) w = w.replace(/\u2019/g, "'");
    if (stop.has(w)) continue;
    add('P:' + w, o.entity_weight, -1);
  }
}

/** Hashed keys of the quotes long enough to be distinctive. */
export function quoteKeys(quotes: readonly { text: string }[], o: TermOptions): number[] {
  const keys = quotes.map((q) => words(q.text)).filter((w) => w.length >= o.min_shared_quote_words).map((w) => hashString(w.join(' ')));
  return [...new Set(keys)].sort((a, b) => a - b);
}

/** Hashed distinct words of a headline, stopwords left out, sorted: compared between near copies. */
export function headlineKeys(headline: string | null, o: Pick<TermOptions, 'stopwords'>): number[] {
  const stop = stopSet(o.stopwords);
  return [...new Set(words(headline ?? '').filter((w) => !stop.has(w)).map(hashString))].sort((a, b) => a - b);
}
