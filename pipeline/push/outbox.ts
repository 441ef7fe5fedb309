// The outbox: what is owed to the CMS. A story's feed item waits here from the moment it is offered
// until a 2xx answers it; the hash of what was last delivered keeps an unchanged item from ever
// being sent again. Every mark is durable when the call returns, so a run killed mid-push resumes
// where it stopped. Synchronous on purpose: it maps one to one onto a SQLite table.
import { createHash } from 'node:crypto';

export type WaitState = 'pending' | 'failed';

export interface OutboxEntry {
  story: string;
  /** The exact bytes to send: the feed item as UTF-8 JSON. */
  body: string;
  sha256: string;
  /** pending: not yet answered, or answered with a retryable status; failed: refused with a 4xx. */
  state: WaitState;
  /** Attempts made for this body, over all runs. */
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  queued: string;
  updated: string;
}

export interface Delivered {
  story: string;
  sha256: string;
  /** The CMS it went to: pointing Copydesk at another CMS sends everything again. */
  url: string;
  status: number;
  at: string;
}

export interface Attempt {
  state: WaitState;
  status: number | null;
  error: string | null;
  attempts: number;
}

export interface Outbox {
  delivered(story: string): Delivered | undefined;
  /** Entries waiting to be sent (pending and failed), by story id. */
  waiting(): Iterable<OutboxEntry>;
  /** Queues a story's body for `url` unless it was delivered there or already waits; a waiting older
   * body of the story is replaced (only the latest item matters). True when queued. */
  offer(story: string, body: string, url: string, at: string): boolean;
  markDelivered(story: string, sha256: string, url: string, status: number, at: string): void;
  markAttempt(story: string, sha256: string, attempt: Attempt, at: string): void;
  close(): void;
}

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The Idempotency-Key header: one story, one exact body. A re-send of the same bytes carries the same key. */
export const idempotencyKey = (story: string, bodySha: string) => `${story}:${bodySha}`;

/** The offer rule shared by every Outbox: what to do with a story's current body. `drop`: the CMS
 * already holds this body, so a different body still waiting (a change since undone) is withdrawn. */
export function offerDecision(current: { delivered?: Delivered; waiting?: OutboxEntry }, sha: string, url: string): 'skip' | 'queue' | 'drop' {
  if (current.waiting?.sha256 === sha) return 'skip';
  if (current.delivered?.sha256 === sha && current.delivered.url === url) return current.waiting ? 'drop' : 'skip';
  return 'queue';
}
