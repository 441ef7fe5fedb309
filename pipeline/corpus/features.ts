// An article's compact corpus features, computed once from its body as soon as it is processed:
// fingerprints for duplicates, hashed story terms and quote keys for stories. The body itself is
// not needed by the corpus stages after this (it goes to the record and the feed item).
import { isDeepStrictEqual } from 'node:util';
import type { Config } from '../registry.js';
import { fingerprint, hashString, minhashSeeds } from './fingerprint.js';
import type { ArticleFeatures, TermVector } from './store.js';
import { headlineKeys, quoteKeys, storyTermVector, vectorOf } from './terms.js';

export interface CorpusInput {
  id: string;
  headline: string | null;
  date: string | null;
  body: string;
  quotes: { text: string }[];
}

type CorpusConfig = Config['corpus'];

const seedCache = new Map<string, Uint32Array>();
function seedsOf(size: number, start?: number): Uint32Array {
  const key = `${size}:${start}`;
  return seedCache.get(key) ?? seedCache.set(key, minhashSeeds(size, start)).get(key)!;
}
export const signatureSize = (cfg: CorpusConfig) => cfg.dedupe.signature.bands * cfg.dedupe.signature.rows;
const BRIEF_SEED = 0x6a09e667;

export function features(x: CorpusInput, cfg: CorpusConfig): ArticleFeatures {
  const { words, wordHashes, ...fp } = fingerprints(x.body, cfg);
  return { id: x.id, ...fp, headline: Uint32Array.from(headlineKeys(x.headline, cfg.stories)), terms: storyTermVector(x.headline, x.body, cfg.stories, words, wordHashes), quotes: Uint32Array.from(quoteKeys(x.quotes, cfg.stories)), date: x.date };
}

export function fingerprints(body: string, cfg: CorpusConfig): Pick<ArticleFeatures, 'textHash' | 'signature' | 'shingles' | 'briefSignature' | 'briefShingles'> & { words: string[]; wordHashes: Uint32Array } {
  const k = signatureSize(cfg);
  const bk = cfg.dedupe.brief.size;
  const signature = new Uint32Array(k);
  const brief = new Uint32Array(bk);
  const fp = fingerprint(body, cfg.dedupe, seedsOf(k), signature, seedsOf(bk, BRIEF_SEED), brief);
  return { textHash: fp.textHash, signature, shingles: fp.size, briefSignature: fp.briefSize ? brief : null, briefShingles: fp.briefSize, words: fp.words, wordHashes: fp.wordHashes };
}

/** Terms as hashed ids (ascending) with their weighted counts; a rare hash collision adds counts. */
export function termVector(tf: Record<string, number> | Map<string, number>): TermVector {
  const m = new Map<number, number>();
  for (const [t, c] of tf instanceof Map ? tf : Object.entries(tf)) {
    const h = hashString(t);
    m.set(h, (m.get(h) ?? 0) + c);
  }
  return vectorOf(m);
}

/** Bumped when fingerprint.ts changes what a signature covers: stored ones are then made anew. */
const FINGERPRINT_VERSION = 2;

/** The settings stored features were made with, by what depends on them: a change is detected at load. */
export function featureSettings(cfg: CorpusConfig): Record<string, string> {
  const d = cfg.dedupe;
  const s = cfg.stories;
  return {
    fingerprint: JSON.stringify({ version: FINGERPRINT_VERSION, shingle: d.shingle, bands: d.signature.bands, rows: d.signature.rows, prose_words: d.prose_words, brief: [d.brief.max_words, d.brief.shingle, d.brief.size] }),
    terms: JSON.stringify({ stopwords: s.stopwords, entity_weight: s.entity_weight, min_shared_quote_words: s.min_shared_quote_words }),
    grouping: JSON.stringify(groupingOnly(s)),
  };
}

/** Story settings that change what a run holds or keeps open, not the groups it makes: a change of them
 * re-groups nothing. (`spill_links` went into the stored settings when it was added, so a store written
 * then saw its next run as a change of grouping and re-grouped every open story: at 1M articles, 78,130
 * stories changed and 19,269 merged for 1,000 new dumps.) Stopwords are the term settings'. */
const NOT_GROUPING = ['stopwords', 'active_days', 'spill_links'] as const;

function groupingOnly(s: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s };
  for (const k of NOT_GROUPING) delete out[k];
  return out;
}

/** Whether stored grouping settings (JSON, as featureSettings wrote them, by this or an earlier version)
 * make the same groups as the current ones. */
export function sameGrouping(previous: string, current: string): boolean {
  try {
    return isDeepStrictEqual(groupingOnly(JSON.parse(previous) as object), groupingOnly(JSON.parse(current) as object));
  } catch {
    return false;
  }
}
