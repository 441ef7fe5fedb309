// The run feeds its batch to p-queue a few tasks at a time (pipeline/run/feed-queue.ts): every item
// runs once, in order, with the queue's concurrency, never more than twice that waiting; a task that
// throws stops the feeding and its error comes back once the running tasks have ended.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import PQueue from 'p-queue';
import { feedQueue } from '../pipeline/run/feed-queue.js';

const tick = () => new Promise((r) => setTimeout(r, 1));

for (const concurrency of [1, 2, 4]) {
  test(`feedQueue: 50 items at concurrency ${concurrency} each run once, started in order, with at most ${concurrency * 2} waiting`, async () => {
    const queue = new PQueue({ concurrency });
    const started: number[] = [];
    let running = 0;
    let most = 0;
    let mostWaiting = 0;
    await feedQueue(queue, Array.from({ length: 50 }, (_, i) => `item${i}`), async (item, n) => {
      assert.equal(item, `item${n}`);
      started.push(n);
      running++;
      most = Math.max(most, running);
      mostWaiting = Math.max(mostWaiting, queue.size);
      await tick();
      running--;
    });
    assert.deepEqual(started, Array.from({ length: 50 }, (_, i) => i));
    assert.equal(most, concurrency);
    assert.ok(mostWaiting <= concurrency * 2, `waiting ${mostWaiting}`);
  });
}

test('feedQueue: an empty batch resolves', async () => {
  await feedQueue(new PQueue({ concurrency: 2 }), [], async () => assert.fail('no task'));
});

test('feedQueue: a task that throws stops the feeding; the error comes back after the running tasks end', async () => {
  const queue = new PQueue({ concurrency: 2 });
  const ended: number[] = [];
  await assert.rejects(
    feedQueue(queue, Array.from({ length: 100 }, (_, i) => i), async (n) => {
      await tick();
      if (n === 5) throw new Error('disk full');
      ended.push(n);
    }),
    /disk full/,
  );
  assert.equal(queue.pending, 0);
  assert.ok(ended.length < 20, `ran on to ${ended.length}`);
  assert.ok(!ended.includes(5));
});

test('feedQueue: items from a lazy iterable are taken only as their turn nears (never more than the waiting and running ahead)', async () => {
  for (const concurrency of [1, 3]) {
    const queue = new PQueue({ concurrency });
    let taken = 0;
    let done = 0;
    let mostAhead = 0;
    function* items() {
      for (let i = 0; i < 200; i++) {
        taken++;
        mostAhead = Math.max(mostAhead, taken - done);
        yield i;
      }
    }
    const seen: number[] = [];
    await feedQueue(queue, items(), async (item, n) => {
      assert.equal(item, n);
      seen.push(n);
      await tick();
      done++;
    });
    assert.deepEqual(seen, Array.from({ length: 200 }, (_, i) => i));
    // Waiting (2 x concurrency), running (concurrency) and the one being queued.
    assert.ok(mostAhead <= concurrency * 3 + 1, `concurrency ${concurrency}: ${mostAhead} taken ahead`);
  }
});

test('feedQueue: a task that throws closes the iterable (a generator reading pages from disk is not left open)', async () => {
  let closed = false;
  function* items() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      closed = true;
    }
  }
  await assert.rejects(
    feedQueue(new PQueue({ concurrency: 2 }), items(), async (n) => {
      await tick();
      if (n === 3) throw new Error('bad dump');
    }),
    /bad dump/,
  );
  assert.ok(closed);
});
