// Sends what waits in the outbox: each story is PUT until the CMS answers 2xx, refuses it (4xx), or
// max_attempts run out. p-queue keeps to push.rate and push.concurrency, retries included; between
// attempts a story waits an exponential backoff with jitter, or what Retry-After asks (which also
// holds back every other request: the CMS said it is busy). Each outcome is marked in the outbox
// the moment it is known, so a killed push loses no delivery it saw answered.
import PQueue from 'p-queue';
import { idempotencyKey, type Outbox, type OutboxEntry } from './outbox.js';
import { requestHeaders, shownUrl, storyUrl } from './contract.js';
import { Sender, type Answer } from './send.js';

/** Failed attempts in a row (no 2xx or 4xx between) after which this run stops sending: the CMS is
 * down, and hammering it for every story would only make the run long. As a multiple of max_attempts. */
const STOP_AFTER_FAILURES_IN_A_ROW = 3;
/** Stories in hand at once (sending or waiting to retry), as a multiple of push.concurrency: enough
 * to keep the queue full while some wait out a backoff, few enough to hold little in memory. */
const STORIES_IN_HAND = 8;
/** Undelivered and retried stories listed one by one in the report, at most. */
const REPORT_STORIES = 1000;

export interface DeliverSettings {
  url: string;
  max_attempts: number;
  rate: number;
  concurrency: number;
  timeout_ms: number;
  backoff_ms: number;
  max_backoff_ms: number;
  token?: string;
}

export interface DeliverOptions {
  /** Clock for the outbox's timestamps (the waits use the real clock). */
  now?: () => Date;
  /** Epoch ms after which no attempt starts (a run's time budget); the rest stays pending. */
  deadline?: number;
  random?: () => number;
}

export interface StoryDelivery {
  story: string;
  key: string;
  state: 'delivered' | 'failed' | 'pending';
  /** Requests sent for this story in this push. */
  attempts: number;
  status: number | null;
  detail?: string;
}

export interface DeliveryReport {
  url: string;
  /** Stories queued this run because their item is new or changed. */
  offered: number;
  /** Stories that were waiting when sending began (this run's and earlier runs' leftovers). */
  waiting: number;
  delivered: number;
  failed: number;
  pending: number;
  requests: number;
  retries: number;
  /** Delivered stories that needed more than one request. */
  retried: number;
  seconds: number;
  stopped?: string;
  stories: StoryDelivery[];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/** Exponential backoff with "equal jitter": half the doubled wait, plus a random share of the other
 * half, so retries of many stories spread out yet always back off. */
export function backoff(attempt: number, s: Pick<DeliverSettings, 'backoff_ms' | 'max_backoff_ms'>, random = Math.random): number {
  const cap = Math.min(s.max_backoff_ms, s.backoff_ms * 2 ** (attempt - 1));
  return cap / 2 + random() * (cap / 2);
}

export async function deliver(outbox: Outbox, s: DeliverSettings, opts: DeliverOptions = {}): Promise<DeliveryReport> {
  const t0 = performance.now();
  const at = () => (opts.now ?? (() => new Date()))().toISOString();
  const random = opts.random ?? Math.random;
  const perSecond = s.rate >= 1 ? { intervalCap: Math.round(s.rate), interval: 1000 } : { intervalCap: 1, interval: 1000 / s.rate };
  const queue = new PQueue({ concurrency: s.concurrency, ...perSecond, strict: true });
  const sender = new Sender(s.timeout_ms);
  const entries = [...outbox.waiting()];
  const report: DeliveryReport = { url: shownUrl(s.url), offered: 0, waiting: entries.length, delivered: 0, failed: 0, pending: 0, requests: 0, retries: 0, retried: 0, seconds: 0, stories: [] };
  const results: StoryDelivery[] = [];
  let notBefore = 0;
  let failuresInARow = 0;
  let stopped: string | undefined;
  const stop = (why: string) => (stopped ??= why);

  const attempt = (e: OutboxEntry, body: Buffer, headers: Record<string, string>): Promise<Answer | undefined> =>
    queue.add(async () => {
      if (notBefore > Date.now()) await sleep(notBefore - Date.now());
      if (opts.deadline !== undefined && Date.now() >= opts.deadline) stop('the time budget ran out');
      if (stopped) return undefined;
      report.requests++;
      const answer = await sender.put(storyUrl(s.url, e.story), headers, body);
      // Set before this slot frees, so the very next request already waits.
      if (answer.retryAfterMs !== undefined && answer.retryAfterMs <= s.max_backoff_ms) notBefore = Math.max(notBefore, Date.now() + answer.retryAfterMs);
      return answer;
    });

  async function one(e: OutboxEntry): Promise<void> {
    const key = idempotencyKey(e.story, e.sha256);
    const body = Buffer.from(e.body, 'utf8');
    const headers = requestHeaders(key, body.length, s.token);
    const result: StoryDelivery = { story: e.story, key, state: 'pending', attempts: 0, status: e.last_status, ...(e.last_error ? { detail: e.last_error } : {}) };
    results.push(result);
    for (;;) {
      const answer = await attempt(e, body, headers);
      if (!answer) break;
      result.attempts++;
      result.status = answer.status;
      result.detail = answer.detail || undefined;
      if (result.attempts > 1) report.retries++;
      if (answer.verdict === 'delivered') {
        failuresInARow = 0;
        outbox.markDelivered(e.story, e.sha256, s.url, answer.status!, at());
        result.state = 'delivered';
        return;
      }
      if (answer.verdict === 'refused') {
        failuresInARow = 0;
        result.state = 'failed';
        break;
      }
      if (++failuresInARow >= STOP_AFTER_FAILURES_IN_A_ROW * s.max_attempts) stop(`the CMS failed ${failuresInARow} requests in a row`);
      if (result.attempts >= s.max_attempts) break;
      let wait = backoff(result.attempts, s, random);
      if (answer.retryAfterMs !== undefined) {
        if (answer.retryAfterMs > s.max_backoff_ms) {
          result.detail = `the CMS asked to retry after ${Math.ceil(answer.retryAfterMs / 1000)} s, beyond push.max_backoff_ms: left for the next run`;
          break;
        }
        wait = Math.max(wait, answer.retryAfterMs);
      }
      if (opts.deadline !== undefined && Date.now() + wait >= opts.deadline) {
        stop('the time budget ran out');
        break;
      }
      await sleep(wait);
    }
    outbox.markAttempt(e.story, e.sha256, { state: result.state === 'failed' ? 'failed' : 'pending', status: result.status, error: result.detail ?? null, attempts: e.attempts + result.attempts }, at());
  }

  // A few stories in hand at a time, pulled in story order.
  let next = 0;
  const hands = Array.from({ length: Math.min(entries.length, s.concurrency * STORIES_IN_HAND) }, async () => {
    while (next < entries.length && !stopped) await one(entries[next++]);
  });
  try {
    await Promise.all(hands);
  } finally {
    sender.close();
  }
  for (const e of entries.slice(next)) results.push({ story: e.story, key: idempotencyKey(e.story, e.sha256), state: 'pending', attempts: 0, status: e.last_status, ...(e.last_error ? { detail: e.last_error } : {}) });

  for (const r of results) {
    report[r.state]++;
    if (r.state === 'delivered' && r.attempts > 1) report.retried++;
  }
  const rank = (r: StoryDelivery) => (r.state === 'delivered' ? (r.attempts > 1 ? 1 : 2) : 0);
  report.stories = results.sort((a, b) => rank(a) - rank(b) || (a.story < b.story ? -1 : 1)).slice(0, REPORT_STORIES);
  report.seconds = +((performance.now() - t0) / 1000).toFixed(3);
  if (stopped) report.stopped = stopped;
  return report;
}
