// Settings of the corpus stages (config/corpus.yaml): duplicate detection and story grouping.
import { num, obj } from '../config/spec.js';

export const corpusSpec = obj({
  dedupe: obj({
    shingle: num('Words per shingle', { default: 5, integer: true, min: 1 }),
    near_jaccard: num('Shingle Jaccard at or above which two bodies are near duplicates', { default: 0.8, min: 0, max: 1 }),
  }),
  stories: obj({
    similarity: num('Content similarity at or above which two articles report one story', { default: 0.35, min: 0, max: 1 }),
    max_days_apart: num('Articles further apart than this are never one story', { default: 14, min: 0 }),
    min_shared_quote_words: num('A shared quote of at least this many words ties two articles to one story', { default: 8, integer: true, min: 1 }),
  }),
});
