// Article processes: the per-article chain runs in child processes, one dump per process at a time,
// each under a budget. A synchronous stage that runs away (a parse that grows with the square of a
// hostile file's size) cannot be stopped from inside its own process; from here it can: past its time
// budget (run.dump_seconds) the process is killed, and past its memory budget (run.dump_memory_mb, the
// process's V8 heap limit) it ends itself; either way the dump is refused as `over-budget` with a line
// in the report, a fresh process takes its place and the batch goes on. p-queue (in run.ts) decides how
// many dumps are in flight; the pool spreads them over processes, a few queued on each (IN_FLIGHT) so a
// process starts its next dump as soon as it answers one.
// The same processes serve pass 1 (each dump's line keys, under the same budget) before they are handed
// the batch's counts and build the chain. A process keeps what pass 1 read of the first dumps that fit its
// share (dump-keep.ts); pass 2 sends each dump to the process that kept it when that process has
// room, and to any other that would otherwise sit idle, which reads it again.
// Processes, not worker threads: V8 aborts the whole process when a heap cannot grow, and a worker
// thread's heap limit (resourceLimits) stops the thread first only when V8 gets to collect garbage near
// it; Node then gives the thread 16 MB more to wind down in (nodejs/node#47224, #50761, #65019). A dump
// whose chain allocated in large steps (1.6M one-letter paragraphs, a 4.7 MB line of words, 600k links)
// overshot that and aborted the run in 6 of 13 kinds of hostile dump at a 64 MB budget. A process that
// runs out of heap aborts itself only.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import type { Config } from '../registry.js';
import type { Dump } from '../read/discover.js';
import type { BatchContext } from '../types.js';
import type { TaskResult } from './article-task.js';
import type { WireResult } from './task-wire.js';
import { compilerFlags, tuneCompiler } from './compiler.js';
import type { WorkerInit, WorkerJob } from './article-worker.js';
import { LineTable } from './line-table.js';
import { keepMb } from './dump-keep.js';

export interface ArticleRunner {
  /** Pass 1: the keys `dump` counts for in the batch (batch-counts.ts), as 64-bit hashes (line-table.ts); null when it cannot be read,
   * or runs over its budget (pass 2 reports why). */
  keys(dump: Dump, n?: number): Promise<Uint32Array | null>;
  /** Hands the batch's counts to every process: dumps run after this are processed against them. */
  setBatch(batch: BatchContext): void;
  /** Pass 2: the dump's article, its item and findings as JSON (task-wire.ts). */
  run(dump: Dump, n?: number): Promise<WireResult>;
  close(): Promise<void>;
}

export interface Budget {
  /** Wall-clock seconds one dump of up to 1 MB may take in its process... */
  seconds: number;
  /** ...and the extra seconds per MB beyond. */
  secondsPerMb: number;
  /** Heap (V8's old generation) a process may grow to, in MB. */
  memoryMb: number;
}

/** Article processes for a batch: run.workers, or with 0 one per core (at most 8) for batches of 64
 * dumps or more, where starting processes pays off; small batches still get one, for the budget. */
export function processCount(config: Config, dumps: number): number {
  if (config.run.workers > 0) return config.run.workers;
  return dumps >= 64 ? Math.min(availableParallelism(), 8) : 1;
}

/** Article processes for a batch of `dumps`; `batch` now, or later through setBatch after pass 1. */
export function articleRunner(config: Config, dumps: number, batch?: BatchContext): ArticleRunner {
  return new ProcessPool(processCount(config, dumps), { config, batch }, { seconds: config.run.dump_seconds, secondsPerMb: config.run.dump_seconds_per_mb, memoryMb: config.run.dump_memory_mb }, dumps);
}

interface Job {
  message: WorkerJob & { dump: Dump };
  seconds: number;
  /** The dump's place in the batch, when given. */
  n?: number;
  /** Takes the process's answer, or a failure: a TaskResult that is not ok. */
  resolve: (r: unknown) => void;
}

/** Jobs sent to a process before it has answered the one it is on. With one at a time, a process that
 * answered waited for this (the main) process to be scheduled, read the answer and send the next: with
 * one per core, the main process is the third on two cores, and the article threads (as they were) of a
 * 1M run sat idle ~15% of the time (their schedstat: ~1,700 wake-ups a second each). The process handles
 * its jobs in order (article-worker.ts), so an answer is its oldest job's. */
const IN_FLIGHT = 3;

/** One process and the jobs sent to it, oldest (the one it is on) first. */
interface Slot {
  child: ChildProcess;
  jobs: Job[];
  /** The oldest job's time budget: it starts when that job becomes the oldest (a little after the
   * process starts it, when it follows another: the budget errs long by the answer's trip here). */
  timer?: NodeJS.Timeout;
  /** Set when the process has built its chain and takes dumps. */
  ready?: boolean;
  /** Set once the slot's process is being replaced, so its late events are ignored. */
  dead?: boolean;
  /** The end of what the process wrote to stderr, and whether it is V8's report of a full heap. */
  stderr: string;
  outOfHeap?: boolean;
}

/** Each semi-space of an article process's young generation, in MB (V8's flag; as a worker thread's
 * young generation of 192 MB was: V8 kept a third of it per semi-space). A dump's chain allocates
 * tokens, trees and candidates that mostly die with the dump; with V8's default semi-spaces they were
 * scavenged often, and what was live at each scavenge was copied, then promoted and marked in the old
 * generation. With these, whole polnear-dev runs used ~4.5% less CPU (paired runs pinned to one core, 6
 * pairs; semi-spaces of 32 MB: ~1%), for ~90 MB more peak resident memory per process. The memory
 * budget (run.dump_memory_mb) caps the old generation, as before. */
export const SEMI_SPACE_MB = 64;

/** The stack an article process's JavaScript may use, in KB: a worker thread's (node gives one a 4 MB stack
 * and V8 all of it but 192 KB), so a dump nested deep enough to overflow it fails as it did on a thread
 * (55.2k frames of a plain recursion either way; a process's own default, 984 KB, gave 13.7k). Within
 * the usual 8 MB stack of a process's main thread (ulimit -s); under a smaller one, an overflow crashes that process,
 * and its dump is refused all the same. */
export const STACK_KB = 4096 - 192;

/** What V8 writes to stderr as it aborts a process whose heap cannot grow (node's OOM handler). */
const OUT_OF_HEAP = /JavaScript heap out of memory|<--- Last few GCs --->/;

/** Processes in a row that died before they were ready: the build is broken, stop starting more. */
const MAX_START_FAILURES = 3;

/** node's flags for an article process: its heap budget (and as much again as it may keep of pass 1's
 * dumps: dump-keep.ts), its young generation, its stack, and the compiler's
 * budgets (compiler.ts) as the run's own process has them. */
export function processFlags(memoryMb: number, execArgv: readonly string[] = process.execArgv): string[] {
  const tuned = new Set(compilerFlags([]).map((f) => f.split('=')[0]));
  const given = execArgv.filter((a) => tuned.has(a.split('=')[0].replaceAll('_', '-')));
  return [`--max-old-space-size=${memoryMb + keepMb(memoryMb)}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, `--stack-size=${STACK_KB}`, ...compilerFlags(execArgv), ...given, ...profileFlags(execArgv)];
}

/** node's CPU profiler flags, which a run started with (`node --cpu-prof --cpu-prof-dir=D cli.js run ...`)
 * passes on, so its article processes, where most of a run's CPU goes, are profiled beside it. Not a
 * profile's name: each process writes its own file. */
const PROFILE_FLAGS = new Set(['--cpu-prof', '--cpu-prof-dir', '--cpu-prof-interval']);
export const profileFlags = (execArgv: readonly string[]): string[] => execArgv.filter((a) => PROFILE_FLAGS.has(a.split('=')[0].replaceAll('_', '-')));

class ProcessPool implements ArticleRunner {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;
  private startFailures = 0;
  private broken?: string;
  private readonly budgets: DumpBudgets;
  private readonly flags: string[];
  /** Per dump of the batch, 1 + the index of the slot whose process kept it in pass 1 (0: none, or that
   * process was replaced since). */
  private readonly holders: Uint8Array;
  /** A run that exits (a kill by SIGINT or SIGTERM exits through cli.ts) takes its processes with it:
   * one in the middle of a stage that runs away would not see its channel close until the stage ends. */
  private readonly killAll = () => {
    for (const s of this.slots) s.child.kill('SIGKILL');
  };

  constructor(size: number, private readonly init: WorkerInit, private readonly budget: Budget, dumps = 0) {
    this.budgets = new DumpBudgets(budget, dumps);
    this.holders = new Uint8Array(Math.max(0, dumps));
    this.flags = processFlags(budget.memoryMb);
    // The run's own process keeps the budgets it had when the chain ran on its threads (its corpus stage).
    tuneCompiler();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    process.once('exit', this.killAll);
  }

  async keys(dump: Dump, n?: number): Promise<Uint32Array | null> {
    const r = await this.send({ kind: 'keys', dump }, n);
    return (r as { keys?: Uint32Array | null }).keys ?? null;
  }

  private placed(n?: number): boolean {
    return n !== undefined && Number.isInteger(n) && n >= 0 && n < this.holders.length;
  }

  setBatch(batch: BatchContext): void {
    // Processes started from now on get it at start; those running get it before any dump sent after it.
    this.init.batch = sendable(batch);
    for (const slot of this.slots) {
      if (slot.dead) continue;
      slot.ready = false;
      this.post(slot, { kind: 'batch', batch: this.init.batch });
    }
  }

  run(dump: Dump, n?: number): Promise<WireResult> {
    return this.send({ kind: 'run', dump }, n) as Promise<WireResult>;
  }

  private async send(message: Job['message'], n?: number): Promise<unknown> {
    if (this.broken) return failed('internal', this.broken);
    const seconds = await this.budgets.seconds(message.dump, n);
    return new Promise((resolve) => {
      this.waiting.push({ message, seconds, n, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.waiting.splice(0)) j.resolve(failed('internal', 'the run ended before this dump was processed'));
    // (a profiled process writes its profile as it exits: its channel closed, not killed)
    const profiled = this.flags.some((f) => f.startsWith('--cpu-prof'));
    await Promise.all(this.slots.map((s) => (profiled ? endProfiled(s.child) : end(s.child))));
    process.off('exit', this.killAll);
  }

  private spawn(): Slot {
    // Advanced serialization: what crosses is what crossed to a thread (Maps, typed arrays, patterns).
    const child = fork(new URL('./article-worker.js', import.meta.url), [], { execArgv: this.flags, serialization: 'advanced', stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    const slot: Slot = { child, jobs: [], stderr: '' };
    // The process's stderr is the run's, but for V8's report of a full heap: that dump is refused with a
    // report line instead, and the report is kept to tell a full heap from another crash.
    child.stderr!.on('data', (chunk: Buffer) => {
      slot.stderr = (slot.stderr + chunk.toString()).slice(-4096);
      slot.outOfHeap ||= OUT_OF_HEAP.test(slot.stderr);
      if (!slot.outOfHeap) process.stderr.write(chunk);
    });
    child.on('message', (m: unknown) => {
      if (m !== 'ready') return this.finish(slot, m);
      slot.ready = true;
      this.startFailures = 0;
      this.dispatch();
    });
    child.on('error', (e) => this.replace(slot, failed('internal', `article process failed: ${e.message}`)));
    // After its stderr is read to the end: a process that ended fails its dump (a job must never be left
    // waiting, or the run would wait forever); one that ran out of heap, as over its memory budget.
    child.on('close', (code, signal) =>
      this.replace(slot, slot.outOfHeap ? failed('over-budget', `processing needed more than ${this.budget.memoryMb} MB (run.dump_memory_mb): refused`) : failed('internal', `article process exited (${signal ?? `code ${code}`})`)),
    );
    this.post(slot, { kind: 'init', init: this.init });
    return slot;
  }

  /** Sends to the slot's process; one that is gone fails through its 'close' (a send to it is not an error). */
  private post(slot: Slot, message: WorkerJob): void {
    if (slot.child.connected) slot.child.send(message, () => {});
  }

  private dispatch(): void {
    // Every process its first job before any gets a second: a short batch is spread over all of them.
    for (let depth = 1; depth <= IN_FLIGHT; depth++)
      for (const slot of this.slots) {
        if (this.closed || !this.waiting.length) return;
        if (slot.jobs.length >= depth || slot.dead || !slot.ready) continue;
        const at = this.pick(slot);
        if (at < 0) continue;
        const [job] = this.waiting.splice(at, 1);
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startTimer(slot);
        this.post(slot, job.message);
      }
  }

  /** Which waiting job `slot` takes (-1: none): the first pass-2 job whose dump its process kept; else the
   * first that no live process kept; else, when `slot` has nothing to do, the oldest (read again rather than
   * sit idle: the batch's end stays balanced). A busy slot leaves another's dump to it, even while that one is
   * full: it has room again within a dump, and a dump taken from it is read twice. */
  private pick(slot: Slot): number {
    const me = this.slots.indexOf(slot);
    let free = -1;
    for (let i = 0; i < this.waiting.length; i++) {
      const holder = this.holderOf(this.waiting[i]);
      if (holder === me) return i;
      if (free < 0 && (holder < 0 || this.slots[holder].dead)) free = i;
    }
    if (free >= 0) return free;
    return slot.jobs.length ? -1 : 0;
  }

  private holderOf(job: Job): number {
    return job.message.kind === 'run' && this.placed(job.n) ? this.holders[job.n!] - 1 : -1;
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
    if (job.message.kind === 'keys' && this.placed(job.n)) this.holders[job.n!] = (result as { kept?: boolean }).kept ? this.slots.indexOf(slot) + 1 : 0;
    job.resolve(result);
    this.dispatch();
  }

  /** Fails the slot's oldest job (if any) with `result`, ends its process and puts a fresh one in its
   * place; the jobs queued behind it go back to the front of the line, in order (not yet begun, or
   * begun in a process that is gone: they run again from the start). */
  private replace(slot: Slot, result: TaskResult): void {
    if (slot.dead || this.closed) return;
    slot.dead = true;
    clearTimeout(slot.timer);
    const [oldest, ...queued] = slot.jobs.splice(0);
    oldest?.resolve(result);
    this.waiting.unshift(...queued);
    void end(slot.child);
    // Its replacement keeps nothing: its dumps go to whichever process has room (one byte a dump to scan, once a crash).
    const was = this.slots.indexOf(slot) + 1;
    for (let i = 0; i < this.holders.length; i++) if (this.holders[i] === was) this.holders[i] = 0;
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.broken = `article processes cannot start: ${result.ok ? '' : result.reason}`;
      for (const j of this.waiting.splice(0)) j.resolve(failed('internal', this.broken));
      return;
    }
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.dispatch();
  }
}

/** How long a profiled process has to write its profile and exit once its channel is closed. */
const PROFILE_EXIT_MS = 30_000;

/** Closes a profiled process's channel, so it exits by itself and writes its profile; killed if it has not gone in time. */
function endProfiled(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const late = setTimeout(() => child.kill('SIGKILL'), PROFILE_EXIT_MS);
    child.once('exit', () => {
      clearTimeout(late);
      resolve();
    });
    if (child.connected) child.disconnect();
    else child.kill('SIGKILL');
  });
}

/** Kills a process (a stage that runs away answers nothing else) and waits for it to be gone. */
function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
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
    private readonly sizeMb: (abs: string) => Promise<number> = async (abs) => fileMb(abs),
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

/** A file's size in MB, 0 when it cannot be stat'ed. Asked synchronously: a dump's stat is a few
 * microseconds of the file system's cache, where a promise's went through the thread pool and back
 * (its hand-offs and wake-ups ~20 us of the run's CPU a dump, against ~3 us: 924 polnear-dev dumps). */
export function fileMb(abs: string): number {
  try {
    return statSync(abs).size / 1e6;
  } catch {
    return 0;
  }
}

function failed(rule: string, reason: string): TaskResult {
  return { ok: false, rule, reason, timings: {} };
}

/** A batch as it crosses to a process: a line table as its typed arrays (copied to each process). */
function sendable(batch: BatchContext): BatchContext {
  return batch.lineDocCounts instanceof LineTable ? { ...batch, lineDocCounts: batch.lineDocCounts.data() as unknown as BatchContext['lineDocCounts'] } : batch;
}
