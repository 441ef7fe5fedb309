// Sends what the outbox says is owed: each story is PUT until the CMS answers 2xx, refuses it (4xx),
// or max_attempts run out. p-queue keeps to push.rate and push.concurrency, retries included; between
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
/** Stories read from the outbox at a time. */
const PAGE = 200;
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
  /** Stories owed that this push took up: new or changed since their last delivery, or left over. */
  owed: number;
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
  // At most `rate` starts in any sliding second: cap starts per cap/rate seconds (exact for 0.5/s or 2.5/s too).
  const cap = Math.max(1, Math.floor(s.rate));
  const perSecond = { intervalCap: cap, interval: (1000 * cap) / s.rate };
  const queue = new PQueue({ concurrency: s.concurrency, ...perSecond, strict: true });
  const sender = new Sender(s.timeout_ms);
  const report: DeliveryReport = { url: shownUrl(s.url), owed: 0, delivered: 0, failed: 0, pending: 0, requests: 0, retries: 0, retried: 0, seconds: 0, stories: [] };
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
      // Marked before this slot frees too: once the slot went first, p-queue could send the next request
      // before the mark, and a kill between the two left more answered-but-unmarked stories than
      // push.concurrency (4 of 3 seen under load), each sent again by the next run.
      if (answer.verdict === 'delivered') await outbox.markDelivered(e.story, e.itemHash, at());
      return answer;
    });

  async function one(e: OutboxEntry): Promise<void> {
    const key = idempotencyKey(e.story, e.bodySha);
    const body = Buffer.from(e.body, 'utf8');
    const headers = requestHeaders(key, body.length, s.token);
    const result: StoryDelivery = { story: e.story, key, state: 'pending', attempts: 0, status: null };
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
        open.delete(e.story);
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
  }

  // A few stories in hand at a time, read from the outbox a page at a time, oldest first. `open`
  // holds those taken and not yet delivered, so a later page does not hand them out again.
  const open = new Set<string>();
  let page: OutboxEntry[] = [];
  let reading: Promise<void> | null = null;
  let exhausted = false;
  async function take(): Promise<OutboxEntry | undefined> {
    while (!page.length && !exhausted && !stopped) {
      reading ??= outbox.next(PAGE, open).then((p) => {
        page = p;
        exhausted = !p.length;
        reading = null;
      });
      await reading;
    }
    const e = stopped ? undefined : page.shift();
    if (e) open.add(e.story);
    return e;
  }
  const hands = Array.from({ length: s.concurrency * STORIES_IN_HAND }, async () => {
    for (let e = await take(); e; e = await take()) await one(e);
  });
  try {
    await Promise.all(hands);
  } finally {
    sender.close();
  }
  report.owed = results.length;

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
