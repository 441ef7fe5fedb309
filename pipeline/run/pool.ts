// Article workers: the per-article chain runs on worker threads, one dump per thread at a time, each
// under a budget. A synchronous stage that runs away (a parse that grows with the square of a hostile
// file's size) cannot be stopped from inside its own thread; from here it can: past its time budget
// (run.dump_seconds) or its memory budget (run.dump_memory_mb) the thread is terminated, the dump is
// refused as `over-budget` with a line in the report, a fresh thread takes its place and the batch
// goes on. p-queue (in run.ts) decides how many dumps are in flight; the pool spreads them over threads,
// a few queued on each (IN_FLIGHT) so a thread starts its next dump as soon as it answers one.
// The same threads serve pass 1 (each dump's line keys, under the same budget) before they are handed
// the batch's counts and build the chain.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../registry.js';
import type { Dump } from '../read/discover.js';
import type { BatchContext } from '../types.js';
import type { TaskResult } from './article-task.js';
import { tuneCompiler } from './compiler.js';
import type { WorkerInit, WorkerJob } from './article-worker.js';
import { LineTable } from './line-table.js';

export interface ArticleRunner {
  /** Pass 1: the keys `dump` counts for in the batch (batch-counts.ts), as 64-bit hashes (line-table.ts); null when it cannot be read,
   * or runs over its budget (pass 2 reports why). */
  keys(dump: Dump, n?: number): Promise<Uint32Array | null>;
  /** Hands the batch's counts to every thread: dumps run after this are processed against them. */
  setBatch(batch: BatchContext): void;
  run(dump: Dump, n?: number): Promise<TaskResult>;
  close(): Promise<void>;
}

export interface Budget {
  /** Wall-clock seconds one dump of up to 1 MB may take in its thread... */
  seconds: number;
  /** ...and the extra seconds per MB beyond. */
  secondsPerMb: number;
  /** Heap a thread may grow to, in MB. */
  memoryMb: number;
}

/** Threads for a batch: run.workers, or with 0 one per core (at most 8) for batches of 64 dumps or
 * more, where starting threads pays off; small batches still get one thread, for the budget. */
export function threadCount(config: Config, dumps: number): number {
  if (config.run.workers > 0) return config.run.workers;
  return dumps >= 64 ? Math.min(availableParallelism(), 8) : 1;
}

/** Threads for a batch of `dumps`; `batch` now, or later through setBatch after pass 1. */
export function articleRunner(config: Config, dumps: number, batch?: BatchContext): ArticleRunner {
  return new WorkerPool(threadCount(config, dumps), { config, batch }, { seconds: config.run.dump_seconds, secondsPerMb: config.run.dump_seconds_per_mb, memoryMb: config.run.dump_memory_mb }, dumps);
}

interface Job {
  message: WorkerJob & { dump: Dump };
  seconds: number;
  /** Takes the thread's answer, or a failure: a TaskResult that is not ok. */
  resolve: (r: unknown) => void;
}

/** Jobs sent to a thread before it has answered the one it is on. With one at a time, a thread that
 * answered waited for this (the main) thread to be scheduled, read the answer and send the next: with
 * a thread per core, the main thread is the third on two cores, and the article threads of a 1M run
 * sat idle ~15% of the time (their schedstat: ~1,700 wake-ups a second each). The thread handles its
 * jobs in order (article-worker.ts), so an answer is its oldest job's. */
const IN_FLIGHT = 3;

/** One thread and the jobs sent to it, oldest (the one it is on) first. */
interface Slot {
  worker: Worker;
  jobs: Job[];
  /** The oldest job's time budget: it starts when that job becomes the oldest (a little after the
   * thread starts it, when it follows another: the budget errs long by the answer's trip here). */
  timer?: NodeJS.Timeout;
  /** Set when the thread has built its chain and takes dumps. */
  ready?: boolean;
  /** Set once the slot's thread is being replaced, so its late events are ignored. */
  dead?: boolean;
}

/** The young generation of an article thread's heap, in MB: V8 keeps a third of it per semi-space
 * (two, and the new large objects), rounded up to a power of two, so 192 is semi-spaces of 64 MB (128
 * gives the same; 96 gives 32). A dump's chain allocates tokens, trees and candidates that mostly die
 * with the dump; with V8's default semi-spaces they were scavenged often, and what was live at each
 * scavenge was copied, then promoted and marked in the old generation. With these, whole polnear-dev
 * runs used ~4.5% less CPU (paired runs pinned to one core, 6 pairs; semi-spaces of 32 MB: ~1%),
 * for ~90 MB more peak resident memory per thread. The memory budget (run.dump_memory_mb) caps the
 * old generation, as before. */
export const YOUNG_GENERATION_MB = 192;

/** Threads in a row that died before they were ready: the build is broken, stop starting more. */
const MAX_START_FAILURES = 3;

class WorkerPool implements ArticleRunner {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;
  private startFailures = 0;
  private broken?: string;
  private readonly budgets: DumpBudgets;

  constructor(size: number, private readonly init: WorkerInit, private readonly budget: Budget, dumps = 0) {
    this.budgets = new DumpBudgets(budget, dumps);
    tuneCompiler();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  async keys(dump: Dump, n?: number): Promise<Uint32Array | null> {
    const r = await this.send({ kind: 'keys', dump }, n);
    return (r as { keys?: Uint32Array | null }).keys ?? null;
  }

  setBatch(batch: BatchContext): void {
    // Threads started from now on get it at start; those running get it before any dump sent after it.
    this.init.batch = sendable(batch);
    for (const slot of this.slots) {
      if (slot.dead) continue;
      slot.ready = false;
      slot.worker.postMessage({ kind: 'batch', batch: sendable(batch) } satisfies WorkerJob);
    }
  }

  run(dump: Dump, n?: number): Promise<TaskResult> {
    return this.send({ kind: 'run', dump }, n) as Promise<TaskResult>;
  }

  private async send(message: Job['message'], n?: number): Promise<unknown> {
    if (this.broken) return failed('internal', this.broken);
    const seconds = await this.budgets.seconds(message.dump, n);
    return new Promise((resolve) => {
      this.waiting.push({ message, seconds, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.waiting.splice(0)) j.resolve(failed('internal', 'the run ended before this dump was processed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./article-worker.js', import.meta.url), {
      workerData: this.init,
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (m: unknown) => {
      if (m !== 'ready') return this.finish(slot, m);
      slot.ready = true;
      this.startFailures = 0;
      this.dispatch();
    });
    worker.on('error', (e: Error & { code?: string }) =>
      this.replace(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? failed('over-budget', `processing needed more than ${this.budget.memoryMb} MB (run.dump_memory_mb): refused`) : failed('internal', `article worker crashed: ${e.message}`)),
    );
    // A thread that ends without an error event (e.g. process.exit in a stage) fails its dump too:
    // a job must never be left waiting, or the run would wait forever.
    worker.on('exit', (code) => this.replace(slot, failed('internal', `article worker exited (code ${code})`)));
    return slot;
  }

  private dispatch(): void {
    // Every thread its first job before any gets a second: a short batch is spread over all of them.
    for (let depth = 1; depth <= IN_FLIGHT; depth++)
      for (const slot of this.slots) {
        if (this.closed || !this.waiting.length) return;
        if (slot.jobs.length >= depth || slot.dead || !slot.ready) continue;
        const job = this.waiting.shift()!;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startTimer(slot);
        slot.worker.postMessage(job.message);
      }
  }

  private startTimer(slot: Slot): void {
    const job = slot.jobs[0];
    slot.timer = setTimeout(() => this.replace(slot, failed('over-budget', `processing took over ${job.seconds} s, its time budget (run.dump_seconds, run.dump_seconds_per_mb): stopped and refused`)), job.seconds * 1000);
  }

  private finish(slot: Slot, result: unknown): void {
    if (slot.dead || !slot.jobs.length) return;
    clearTimeout(slot.timer);
    const job = slot.jobs.shift()!;
    if (slot.jobs.length) this.startTimer(slot);
    job.resolve(result);
    this.dispatch();
  }

  /** Fails the slot's oldest job (if any) with `result`, ends its thread and puts a fresh one in its
   * place; the jobs queued behind it go back to the front of the line, in order (not yet begun, or
   * begun on a thread that is gone: they run again from the start). */
  private replace(slot: Slot, result: TaskResult): void {
    if (slot.dead || this.closed) return;
    slot.dead = true;
    clearTimeout(slot.timer);
    const [oldest, ...queued] = slot.jobs.splice(0);
    oldest?.resolve(result);
    this.waiting.unshift(...queued);
    void slot.worker.terminate();
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.broken = `article workers cannot start: ${result.ok ? '' : result.reason}`;
      for (const j of this.waiting.splice(0)) j.resolve(failed('internal', this.broken));
      return;
    }
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.dispatch();
  }
}

/**
 * Each dump's time budget, by its size: a dump given with its place in the batch (`n`) is stat'ed once, when
 * first sent, and pass 2 reads pass 1's budget instead of asking the file system again (the main thread stat'ed
 * every dump twice). 8 bytes a dump of the batch; 0 while not known.
 */
export class DumpBudgets {
  private readonly known: Float64Array;
  constructor(
    private readonly budget: Pick<Budget, 'seconds' | 'secondsPerMb'>,
    dumps: number,
    private readonly sizeMb: (abs: string) => Promise<number> = (abs) => stat(abs).then((s) => s.size / 1e6, () => 0),
  ) {
    this.known = new Float64Array(Math.max(0, dumps));
  }

  async seconds(dump: Dump, n?: number): Promise<number> {
    const kept = n !== undefined && Number.isInteger(n) && n >= 0 && n < this.known.length;
    if (kept && this.known[n] > 0) return this.known[n];
    const mb = await this.sizeMb(dump.abs);
    const seconds = +(this.budget.seconds + this.budget.secondsPerMb * Math.max(0, mb - 1)).toFixed(1);
    if (kept) this.known[n] = seconds;
    return seconds;
  }
}

function failed(rule: string, reason: string): TaskResult {
  return { ok: false, rule, reason, timings: {} };
}

/** A batch as it crosses to a thread: a line table as its typed arrays (copied to each thread). */
function sendable(batch: BatchContext): BatchContext {
  return batch.lineDocCounts instanceof LineTable ? { ...batch, lineDocCounts: batch.lineDocCounts.data() as unknown as BatchContext['lineDocCounts'] } : batch;
}
