// Delivery to a CMS against a real HTTP server on 127.0.0.1 that fails on purpose: retried faults
// (408, 425, 429 with Retry-After, 5xx, stalls past the timeout, dropped connections), refusals
// (other 4xx), the outbox across pushes, rate and concurrency limits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoff } from '../pipeline/push/deliver.js';
import { retryAfterMs, storyUrl, verdict } from '../pipeline/push/contract.js';
import { deliveryExit } from '../pipeline/push/command.js';
import { pushStories, PushError, type PushSettings } from '../pipeline/push/index.js';
import { sha256, type OutboxStore } from '../pipeline/push/outbox.js';
import { CmsStandIn, type Fault, type Plan } from './cms-stand-in.js';

/** The corpus store's outbox calls over a map: a story is owed while its item's hash differs from
 * the one last delivered (what SqliteStore answers from its stories and outbox tables). */
class FakeStore implements OutboxStore {
  readonly stories = new Map<string, { item: string; item_hash: string; seq: number }>();
  readonly delivered = new Map<string, string>();
  constructor(items: { id: string }[] = []) {
    this.put(items);
  }
  put(items: { id: string }[]): this {
    for (const it of items) {
      const item = JSON.stringify(it);
      this.stories.set(it.id, { item, item_hash: sha256(item).slice(0, 16), seq: this.stories.get(it.id)?.seq ?? this.stories.size });
    }
    return this;
  }
  async undelivered(limit: number) {
    return [...this.stories]
      .filter(([id, s]) => this.delivered.get(id) !== s.item_hash)
      .sort((a, b) => a[1].seq - b[1].seq)
      .slice(0, limit)
      .map(([story, s]) => ({ story, item: s.item, item_hash: s.item_hash }));
  }
  async markDelivered(story: string, itemHash: string) {
    this.delivered.set(story, itemHash);
  }
}

// A roomy timeout: on a loaded machine (the test suite beside other work) a request can take longer than
// a tight one, and a re-sent request would change the counts these tests assert. The stall test sets its own.
const FAST: PushSettings = { url: undefined, token_env: undefined, max_attempts: 4, rate: 200, concurrency: 4, timeout_ms: 10_000, backoff_ms: 20, max_backoff_ms: 2000 };
/** For the one fault that needs the client's timeout to fire: short, so the test stays quick. */
const STALL_TIMEOUT_MS = 500;
const item = (id: string, v = 1) => ({ id, title: `Story ${id}`, content_text: `Version ${v} of ${id}.` });
const items = (n: number, v = 1) => Array.from({ length: n }, (_, i) => item(`story-${String(i).padStart(4, '0')}`, v));

async function withCms<T>(plan: Plan, fn: (url: string, cms: CmsStandIn) => Promise<T>): Promise<T> {
  const cms = new CmsStandIn(plan);
  const url = await cms.start();
  try {
    return await fn(url, cms);
  } finally {
    await cms.close();
  }
}

test('contract: verdicts per status, story URL, Retry-After forms', () => {
  const cases: [number, string][] = [[200, 'delivered'], [201, 'delivered'], [204, 'delivered'], [408, 'retry'], [425, 'retry'], [429, 'retry'], [500, 'retry'], [502, 'retry'], [503, 'retry'], [599, 'retry'], [301, 'refused'], [400, 'refused'], [401, 'refused'], [404, 'refused'], [409, 'refused'], [410, 'refused'], [422, 'refused'], [451, 'refused']];
  for (const [status, v] of cases) assert.equal(verdict(status), v, String(status));
  assert.equal(storyUrl('https://cms.example/api/', 'story-00ab').toString(), 'https://cms.example/api/stories/story-00ab');
  assert.equal(storyUrl('https://cms.example', 'story-00ab').toString(), 'https://cms.example/stories/story-00ab');
  assert.equal(retryAfterMs('3'), 3000);
  assert.equal(retryAfterMs(new Date(Date.now() + 5000).toUTCString(), Date.now())! > 3000, true);
  assert.equal(retryAfterMs('soon'), undefined);
  assert.equal(retryAfterMs(undefined), undefined);
});

test('backoff doubles with jitter, within the cap', () => {
  const s = { backoff_ms: 100, max_backoff_ms: 1000 };
  assert.deepEqual([1, 2, 3, 4, 5].map((a) => backoff(a, s, () => 0)), [50, 100, 200, 400, 500]);
  assert.deepEqual([1, 2, 3, 4, 5].map((a) => backoff(a, s, () => 1)), [100, 200, 400, 800, 1000]);
});

test('a 2xx delivers: PUT <url>/stories/<id>, the item as JSON body, Idempotency-Key = id:sha256(body)', async () => {
  await withCms(() => undefined, async (url, cms) => {
    const its = items(3);
    const d = await pushStories({ store: new FakeStore(its), settings: FAST, url });
    assert.equal(d.delivered, 3);
    assert.equal(d.requests, 3);
    assert.equal(deliveryExit(d), 0);
    for (const it of its) {
      const got = cms.requests.find((r) => r.story === it.id)!;
      assert.equal(got.method, 'PUT');
      assert.deepEqual(JSON.parse(got.body), it);
      assert.equal(got.headers['content-type'], 'application/json');
      assert.equal(got.headers['idempotency-key'], `${it.id}:${sha256(got.body)}`);
    }
  });
});

test('retried faults: each is retried with the same key and the story delivered', async () => {
  const faults: [string, Fault][] = [
    ['500', { status: 500 }],
    ['503', { status: 503 }],
    ['502', { status: 502 }],
    ['408', { status: 408 }],
    ['425', { status: 425 }],
    ['429 with Retry-After', { status: 429, retryAfter: '1' }],
    ['a stall past the timeout', 'stall'],
    ['a dropped connection', 'drop'],
    ['a connection dropped mid-answer', 'drop-mid-answer'],
  ];
  for (const [name, fault] of faults) {
    await withCms(({ tries }) => (tries === 1 ? fault : undefined), async (url, cms) => {
      const settings = fault === 'stall' ? { ...FAST, timeout_ms: STALL_TIMEOUT_MS } : FAST;
      const d = await pushStories({ store: new FakeStore([item('story-a')]), settings, url });
      assert.equal(d.delivered, 1, name);
      assert.equal(d.retries, 1, name);
      assert.equal(d.retried, 1, name);
      assert.equal(cms.requests.length, 2, name);
      assert.equal(cms.requests[0].key, cms.requests[1].key, `${name}: the retry carries the same key`);
      if (name.startsWith('429')) assert.ok(cms.requests[1].at - cms.requests[0].at >= 990, `${name}: waited ${cms.requests[1].at - cms.requests[0].at} ms`);
    });
  }
});

test('Retry-After also holds back the other stories', async () => {
  await withCms(({ n }) => (n === 1 ? { status: 503, retryAfter: '1' } : undefined), async (url, cms) => {
    const d = await pushStories({ store: new FakeStore(items(3)), settings: { ...FAST, concurrency: 1 }, url });
    assert.equal(d.delivered, 3);
    assert.ok(cms.requests[1].at - cms.requests[0].at >= 990, 'the next request waited for Retry-After');
  });
});

test('another 4xx refuses the story: status and the start of the body in the report, no retry in this push', async () => {
  for (const status of [400, 401, 404, 409, 422]) {
    await withCms(({ story }) => (story === 'story-0001' ? { status, body: `rejected: field "title" ${'x'.repeat(600)}` } : undefined), async (url, cms) => {
      const store = new FakeStore(items(3));
      const d = await pushStories({ store, settings: FAST, url });
      assert.equal(d.delivered, 2, String(status));
      assert.equal(d.failed, 1, String(status));
      assert.equal(cms.requests.filter((r) => r.story === 'story-0001').length, 1, `${status}: not retried`);
      const s = d.stories.find((x) => x.story === 'story-0001')!;
      assert.equal(s.state, 'failed');
      assert.equal(s.status, status);
      assert.match(s.detail!, /^rejected: field "title" x+$/);
      assert.ok(s.detail!.length <= 300);
      assert.equal(deliveryExit(d), 3, 'a refused story leaves the run with exit 3');
      assert.deepEqual((await store.undelivered(10)).map((r) => r.story), ['story-0001'], 'still owed');
    });
  }
});

test('max_attempts spent: the story stays owed; the next push sends it, and only it', async () => {
  const store = new FakeStore(items(4));
  await withCms(({ story }) => (story === 'story-0002' ? { status: 500 } : undefined), async (url, cms) => {
    const d = await pushStories({ store, settings: FAST, url });
    assert.equal(d.pending, 1);
    assert.equal(d.delivered, 3);
    assert.equal(cms.requests.filter((r) => r.story === 'story-0002').length, FAST.max_attempts);
    assert.equal(deliveryExit(d), 3);
    cms.plan = () => undefined;
    const next = await pushStories({ store, settings: FAST, url });
    assert.deepEqual(cms.requests.slice(-1).map((r) => r.story), ['story-0002']);
    assert.deepEqual([next.owed, next.delivered, next.requests], [1, 1, 1]);
    assert.equal(deliveryExit(next), 0);
  });
});

test('a delivered item is not sent again; a changed one is, under a new key', async () => {
  const store = new FakeStore(items(3));
  await withCms(() => undefined, async (url, cms) => {
    await pushStories({ store, settings: FAST, url });
    const again = await pushStories({ store, settings: FAST, url });
    assert.deepEqual([again.owed, again.requests], [0, 0]);
    store.put([item('story-0001', 2)]);
    const d = await pushStories({ store, settings: FAST, url });
    assert.equal(d.owed, 1);
    assert.deepEqual(cms.requests.slice(3).map((r) => r.story), ['story-0001']);
    assert.notEqual(cms.requests[3].key, cms.requests.find((r) => r.story === 'story-0001')!.key);
  });
});

test('a long backlog is read a page at a time: every story once, refused ones not handed out again', async () => {
  const store = new FakeStore(items(650));
  let calls = 0;
  const counting: OutboxStore = { undelivered: (n) => (calls++, store.undelivered(n)), markDelivered: (s, h) => store.markDelivered(s, h) };
  await withCms(({ story }) => (Number(story.slice(-4)) % 50 === 7 ? { status: 422 } : undefined), async (url, cms) => {
    // A roomy timeout: this test is about paging; on a loaded machine a request past a tight timeout is
    // re-sent (as it should be), which would count a story twice here.
    const d = await pushStories({ store: counting, settings: { ...FAST, concurrency: 8, timeout_ms: 15_000 }, url });
    assert.deepEqual([d.owed, d.delivered, d.failed], [650, 637, 13]);
    assert.equal(cms.requests.length, 650, 'each story sent once');
    assert.equal(new Set(cms.requests.map((r) => r.story)).size, 650);
    assert.ok(calls >= 4 && calls <= 8, `${calls} pages read`);
  });
});

test('push.concurrency and push.rate bound the requests', async () => {
  await withCms(() => undefined, async (url, cms) => {
    cms.delayMs = 40;
    await pushStories({ store: new FakeStore(items(12)), settings: { ...FAST, concurrency: 2 }, url });
    assert.ok(cms.maxInFlight <= 2, `in flight: ${cms.maxInFlight}`);
  });
  await withCms(() => undefined, async (url, cms) => {
    const t0 = Date.now();
    await pushStories({ store: new FakeStore(items(10)), settings: { ...FAST, rate: 5 }, url });
    const span = cms.requests.at(-1)!.at - cms.requests[0].at;
    assert.ok(span >= 900, `10 requests at 5/s span ${span} ms`);
    // Arrival times at the server: a loaded machine delays some arrivals more than others, so the check
    // leaves 300 ms for that; without the limit all ten arrive within a few milliseconds.
    for (let i = 5; i < cms.requests.length; i++) {
      const gap = cms.requests[i].at - cms.requests[i - 5].at;
      assert.ok(gap >= 700, `never 6 in one second: requests ${i - 5} and ${i} arrived ${gap} ms apart`);
    }
    assert.ok(Date.now() - t0 < 5000);
  });
});

test('a Retry-After beyond max_backoff_ms leaves the story for the next run instead of waiting', async () => {
  await withCms(() => ({ status: 429, retryAfter: '3600' }), async (url, cms) => {
    const t0 = Date.now();
    const d = await pushStories({ store: new FakeStore([item('story-a')]), settings: FAST, url });
    assert.equal(d.pending, 1);
    assert.equal(cms.requests.length, 1);
    assert.match(d.stories[0].detail!, /retry after 3600 s/);
    assert.ok(Date.now() - t0 < 1500);
  });
});

test('a CMS that fails everything stops the push early; every story stays owed', async () => {
  await withCms(() => ({ status: 503 }), async (url, cms) => {
    const settings = { ...FAST, max_attempts: 2, backoff_ms: 1 };
    const store = new FakeStore(items(40));
    const d = await pushStories({ store, settings, url });
    assert.equal(d.delivered, 0);
    assert.equal(d.pending, d.owed);
    assert.match(d.stopped!, /failed \d+ requests in a row/);
    assert.ok(cms.requests.length < 40, `${cms.requests.length} requests`);
    assert.equal((await store.undelivered(100)).length, 40);
    assert.equal(deliveryExit(d), 3);
  });
});

test('no CMS listening: connection refused is retried, then the stories wait', async () => {
  const d = await pushStories({ store: new FakeStore(items(2)), settings: { ...FAST, max_attempts: 2 }, url: 'http://127.0.0.1:9/cms' });
  assert.equal(d.pending, 2);
  assert.match(d.stories[0].detail!, /ECONNREFUSED/);
});

test('push.token_env sends a bearer token; an unset variable or a bad URL stops before any work', async () => {
  process.env.COPYDESK_TEST_TOKEN = 'secret-token';
  await withCms(() => undefined, async (url, cms) => {
    await pushStories({ store: new FakeStore(items(1)), settings: { ...FAST, token_env: 'COPYDESK_TEST_TOKEN' }, url });
    assert.equal(cms.requests[0].headers.authorization, 'Bearer secret-token');
  });
  const store = new FakeStore();
  await assert.rejects(pushStories({ store, settings: { ...FAST, token_env: 'COPYDESK_TEST_UNSET' }, url: 'http://127.0.0.1:9' }), PushError);
  await assert.rejects(pushStories({ store, settings: FAST, url: 'ftp://x' }), PushError);
  await assert.rejects(pushStories({ store, settings: FAST }), /no CMS to push to/);
});
