// What a story is about, as weighted terms: the words of the headline (counted double) and body,
// without stopwords, plus the proper nouns and numbers (`P:` terms) counted `entity_weight` times:
// two look-alike events (two rehab stories, two earthquakes) share their topic words but not their
// people, places and figures. And the distinctive quotes, as hashed keys: outlets quoting the same
// long sentence report the same story.
import { hashString, words } from './fingerprint.js';

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

const DIGITS = /^\d+$/;

/**
 * Each story term with its weighted count, in first-seen order. A Map, not a plain object: a word that
 * names a property every object inherits ("constructor") once started from that property and counted NaN.
 */
export function storyTermMap(headline: string | null, body: string, o: TermOptions, bodyWords: readonly string[] = words(body)): Map<string, number> {
  const stop = stopSet(o.stopwords);
  const tf = new Map<string, number>();
  const add = (w: string, n: number) => {
    if (w.length < 3 || stop.has(w) || DIGITS.test(w)) return;
    tf.set(w, (tf.get(w) ?? 0) + n);
  };
  for (const w of words(headline ?? '')) add(w, 2);
  for (const w of bodyWords) add(w, 1);
  if (o.entity_weight > 0) {
    for (const m of body.matchAll(NAMEISH)) {
      if (m[1]) continue;
      const w = m[2].toLowerCase().replace(/\u2019/g, "'");
      if (stop.has(w)) continue;
      const key = 'P:' + w;
      tf.set(key, (tf.get(key) ?? 0) + o.entity_weight);
    }
  }
  return tf;
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
