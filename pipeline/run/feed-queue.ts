// Feeds a batch to a p-queue a few tasks at a time. `queue.addAll(items.map(...))` makes every task's
// closure and promise at once and the queue holds them all until its turn: ~1.5 KB a dump on the main
// thread, ~1.5 GB for a million dumps. Here at most twice the concurrency wait in the queue, and the
// items may come from a lazy iterable (the run reads its dumps back from disk a page at a time):
// one is taken only when its task is about to be queued.
import type PQueue from 'p-queue';

/**
 * Runs `task(item, n)` for each item on `queue`, in order, with no more than twice the queue's
 * concurrency waiting. Resolves when every task has ended; if one throws, no further task is added
 * and it rejects with the first error once the tasks already running have ended.
 */
export async function feedQueue<T>(queue: PQueue, items: Iterable<T>, task: (item: T, n: number) => Promise<void>): Promise<void> {
  let failed: { error: unknown } | undefined;
  const waiting = Math.max(1, queue.concurrency * 2);
  const it = items[Symbol.iterator]();
  try {
    for (let n = 0; !failed; n++) {
      await queue.onSizeLessThan(waiting);
      if (failed) break;
      const next = it.next();
      if (next.done) break;
      const item = next.value;
      queue.add(() => task(item, n)).catch((error: unknown) => {
        failed ??= { error };
      });
    }
  } finally {
    it.return?.();
  }
  await queue.onIdle();
  if (failed) throw failed.error;
}
