// A small pool of article workers. p-queue (in run.ts) still decides how many dumps are in flight;
// the pool only spreads them over threads. Small batches stay on the main thread, where starting
// threads would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../registry.js';
import type { Dump } from '../read/discover.js';
import type { BatchContext } from '../types.js';
import { ArticleTasks, type TaskResult } from './article-task.js';

export interface ArticleRunner {
  run(dump: Dump): Promise<TaskResult>;
  close(): Promise<void>;
}

export function articleRunner(config: Config, batch: BatchContext, dumps: number): ArticleRunner {
  const threads = config.run.workers === 0 ? (dumps >= 64 ? Math.min(availableParallelism(), 8) : 1) : config.run.workers;
  if (threads <= 1) {
    const tasks = new ArticleTasks({ config, batch }, config.run.max_bytes);
    return { run: (d) => tasks.run(d), close: async () => {} };
  }
  return new WorkerPool(threads, config, batch);
}

class WorkerPool implements ArticleRunner {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, { resolve: (r: TaskResult) => void; worker: number }>();
  private next = 0;

  constructor(size: number, config: Config, batch: BatchContext) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./article-worker.js', import.meta.url), { workerData: { config, lineDocCounts: batch.lineDocCounts, docs: batch.docs } });
      w.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
        const p = this.pending.get(id)!;
        this.pending.delete(id);
        this.load[p.worker]--;
        p.resolve(result);
      });
      // A dead worker fails the dumps it held, with the reason, and the run goes on without it.
      w.on('error', (e) => this.failAll(i, e));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  run(dump: Dump): Promise<TaskResult> {
    const alive = this.load.map((l, i) => [l, i]).filter(([, i]) => this.workers[i].threadId >= 0);
    const [, worker] = alive.sort((a, b) => a[0] - b[0])[0] ?? [0, -1];
    if (worker < 0) return Promise.resolve({ ok: false, rule: 'internal', reason: 'no article worker left', timings: {} });
    const id = this.next++;
    this.load[worker]++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, worker });
      this.workers[worker].postMessage({ id, dump });
    });
  }

  private failAll(worker: number, e: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      p.resolve({ ok: false, rule: 'internal', reason: `article worker crashed: ${e.message}`, timings: {} });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
