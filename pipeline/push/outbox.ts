// The outbox: what the CMS is owed. It is not a list kept beside the state but a question asked of
// it: the corpus store keeps every story's current feed item and the hash of the item last delivered
// (CorpusStore.undelivered / markDelivered), so a new or changed story is owed the moment the run's
// change set lands, an unchanged one never is, and a delivery is recorded (durably, one row) the
// moment its 2xx arrives: a push killed at any point resumes where it stopped.
import { createHash } from 'node:crypto';
import type { CorpusStore } from '../corpus/store.js';

export interface OutboxEntry {
  story: string;
  /** The exact bytes to send: the story's feed item as stored, UTF-8 JSON. */
  body: string;
  /** The store's hash of the item, recorded on delivery. */
  itemHash: string;
  /** sha256 of `body`, for the Idempotency-Key. */
  bodySha: string;
}

export interface Outbox {
  /** Up to `limit` stories owed, oldest first, leaving out `open` (taken in this push, not yet delivered). */
  next(limit: number, open: ReadonlySet<string>): Promise<OutboxEntry[]>;
  markDelivered(story: string, itemHash: string, at: string): Promise<void>;
}

export type OutboxStore = Pick<CorpusStore, 'undelivered' | 'markDelivered'>;

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The Idempotency-Key header: one story, one exact body. A re-send of the same bytes carries the same key. */
export const idempotencyKey = (story: string, bodySha: string) => `${story}:${bodySha}`;

export function storeOutbox(store: OutboxStore): Outbox {
  return {
    // The stories still open are owed too and come first in the store's order; asking for that many
    // more leaves `limit` new ones, however many of the open ones precede them.
    async next(limit, open) {
      const rows = await store.undelivered(limit + open.size);
      return rows
        .filter((r) => !open.has(r.story))
        .slice(0, limit)
        .map((r) => ({ story: r.story, body: r.item, itemHash: r.item_hash, bodySha: sha256(r.item) }));
    },
    markDelivered: (story, itemHash, at) => store.markDelivered(story, itemHash, at),
  };
}
