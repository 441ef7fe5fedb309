// Settings of the corpus stages: duplicate detection and story grouping (user thresholds in config/corpus.yaml, the rest in tuning.yaml beside this file).
import { list, num, obj, str } from '../config/spec.js';

export const corpusSpec = obj({
  dedupe: obj({
    shingle: num('Words per shingle', { default: 5, integer: true, min: 1 }),
    signature: obj({
      bands: num('LSH bands: more bands find less similar copies, at more candidate checks', { default: 64, integer: true, min: 1 }),
      rows: num('MinHash minima per band (the signature holds bands x rows minima)', { default: 2, integer: true, min: 1 }),
      neighbours: num('Per LSH bucket, how many just-older articles each article is checked against (besides the oldest)', { default: 4, integer: true, min: 0 }),
    }),
    prose_words: num('Near-copy fingerprints cover prose lines only: lines of at least this many words ending a sentence (or twice as long); menus, teasers and footers are left out', { default: 10, integer: true, min: 1 }),
    near_jaccard: num('Estimated shingle Jaccard at or above which two bodies are near duplicates', { default: 0.45, min: 0, max: 1 }),
    near_containment: num('Share of the shorter body found in the longer one at or above which they are near duplicates (a trimmed re-post)', { default: 0.8, min: 0, max: 1 }),
    min_size_ratio: num('Containment only counts when the shorter body has at least this share of the longer one', { default: 0.35, min: 0, max: 1 }),
    brief: obj({
      max_words: num('Bodies of fewer prose words also get a brief signature over word pairs: in a brief, a few changed words break most long shingles', { default: 150, integer: true, min: 0 }),
      shingle: num('Words per shingle of the brief signature', { default: 2, integer: true, min: 1 }),
      size: num('Minima in the brief signature (bands x rows)', { default: 64, integer: true, min: 1 }),
      bands: num('LSH bands over the brief signature', { default: 32, integer: true, min: 1 }),
      rows: num('Minima per band of the brief signature', { default: 2, integer: true, min: 1 }),
      near_jaccard: num('Estimated word-pair Jaccard at or above which two briefs are near duplicates', { default: 0.4, min: 0, max: 1 }),
      near_containment: num('Share of the shorter brief\'s word pairs found in the other at or above which they are near duplicates', { default: 0.8, min: 0, max: 1 }),
    }),
    min_shingles: num('Bodies with fewer distinct shingles are never called duplicates (too short to tell)', { default: 10, integer: true, min: 1 }),
  }),
  stories: obj({
    similarity: num('Mean pairwise content similarity at or above which two story groups merge', { default: 0.2, min: 0, max: 1 }),
    attach_similarity: num('The same, for a group of at most small_story articles joining another', { default: 0.1, min: 0, max: 1 }),
    small_story: num('Groups of at most this many articles attach at attach_similarity', { default: 3, integer: true, min: 0 }),
    quote_similarity: num('Similarity given to two articles sharing a distinctive quote', { default: 0.6, min: 0, max: 1 }),
    max_days_apart: num('Groups whose median dates are further apart than this are one story only at far_similarity', { default: 365, min: 0 }),
    far_similarity: num('Mean similarity two groups far apart in time need to merge (a follow-up of the very same story)', { default: 0.25, min: 0, max: 1 }),
    active_days: num('A story that gained no article for this many days is closed: later articles found new stories (bounds the work of a run)', { default: 30, min: 0 }),
    min_shared_quote_words: num('A shared quote of at least this many words ties two articles to one story', { default: 8, integer: true, min: 1 }),
    entity_weight: num('Weight of a proper noun or number against a plain word', { default: 5, min: 0 }),
    max_term_share: num('Terms in more than this share of the articles are skipped as noise', { default: 0.5, min: 0, max: 1 }),
    key_terms: num('Terms per article (heaviest TF-IDF first) through which candidate pairs are found: bounds the pairs compared', { default: 40, integer: true, min: 1 }),
    min_shared_keys: num('Two articles are compared only when they share at least this many key terms', { default: 2, integer: true, min: 1 }),
    max_key_docs: num('A term found in more articles than this is never a key term (it would pair too many)', { default: 2000, integer: true, min: 2 }),
    min_link: num('Pair similarities below this are dropped, counting as 0 in group averages: bounds the pairs kept', { default: 0.03, min: 0, max: 1 }),
    max_links: num('Links kept per article, strongest first (a link stays when either end keeps it); weaker ones count as 0 in group averages: bounds memory on dense news', { default: 64, integer: true, min: 1 }),
    spill_links: num('Story links a first run holds in memory at most: past this, the grouping keeps them in the store\'s staging area (on disk), this many a chunk, and reads them back in order: bounds memory on a large batch', { default: 4_000_000, integer: true, min: 1 }),
    max_candidates: num('Candidates (articles sharing min_shared_keys key terms) whose similarity an article computes, most promising first: bounds the work per article as the window grows', { default: 256, integer: true, min: 1 }),
    stopwords: list(str('A word'), 'Words that say nothing about which story an article reports', []),
  }),
});
