// Article process entry (a child process of the run, forked by pool.ts). Pass 1: answers each dump it is sent with
// the keys the dump counts for in the batch's line counts (batch-counts.ts), so every dump is read, decoded and
// parsed for pass 1 off the main process, on every core. Then, handed the batch (or given it at start), it builds
// the per-article chain and answers each dump with its result. Per-article work is CPU-bound; processes put every
// core to use, and let the pool stop a dump that runs over its budget (pool.ts). What pass 1 read of the first
// dumps that fit this process's share of memory (their decoded text, and what chrome's judgment of it found that
// the batch cannot change) is kept for pass 2 (dump-keep.ts), which the pool sends to the process holding them when
// it can. A process, not a thread: a dump that runs this process out of heap ends this process only (V8 aborts the
// whole process on a heap it cannot grow, and a worker thread's limit did not always stop it first: pool.ts).
import type { Config } from '../registry.js';
import type { Dump } from '../read/discover.js';
import type { BatchContext } from '../types.js';
import { ArticleTasks } from './article-task.js';
import { BatchCounter } from './batch-counts.js';
import { DumpKeep, keepBytes } from './dump-keep.js';
import { LineTable, type LineTableData } from './line-table.js';
import { watchParent } from './orphan-watch.js';
import { readDump } from './read-dump.js';
import { toWire } from './task-wire.js';

export interface WorkerInit {
  config: Config;
  batch?: BatchContext;
}

export type WorkerJob = { kind: 'init'; init: WorkerInit } | { kind: 'keys'; dump: Dump } | { kind: 'run'; dump: Dump } | { kind: 'batch'; batch: BatchContext };

let init: WorkerInit;
let counter: BatchCounter;
let keep: DumpKeep;
let tasks: ArticleTasks | undefined;
// A run's line counts arrive as a table's typed arrays (line-table.ts); a Map arrives as a Map.
const revive = (b: BatchContext): BatchContext => (b.lineDocCounts instanceof Map ? b : { ...b, lineDocCounts: LineTable.revive(b.lineDocCounts as unknown as LineTableData) });
const chain = (batch: BatchContext) => (tasks = new ArticleTasks({ config: init.config, batch: revive(batch) }, init.config.run.max_bytes));

const send = (m: unknown): void => void process.send!(m);

// Jobs are handled one at a time, in the order sent: the pool keeps a few in flight on each process
// (pool.ts) and reads each answer as the one for its oldest job, and the job being handled is the one
// its time budget runs for. (An async handler per message would interleave: a second job would start
// while the first awaits its read.)
let queue: Promise<void> = Promise.resolve();
process.on('message', (job: WorkerJob) => {
  // A handler that throws rejects the chain: unhandled, it ends the process, and the pool fails that job.
  queue = queue.then(() => handle(job));
});
// The run is gone (ended, or killed): so is this process; nothing here is worth finishing.
process.on('disconnect', () => process.exit(0));
// Killed with SIGKILL, the run cannot say so: a thread of this process notices instead (orphan-watch.ts).
watchParent();

async function handle(job: WorkerJob): Promise<void> {
  if (job.kind === 'init') {
    init = job.init;
    counter = new BatchCounter(init.config.chrome);
    keep = new DumpKeep(keepBytes(init.config.run.dump_memory_mb));
    if (init.batch) chain(init.batch);
    return send('ready');
  }
  // Ready again once the chain is built, so a dump's time budget does not pay for building it.
  if (job.kind === 'batch') return void (chain(job.batch), send('ready'));
  if (job.kind === 'run') return send(toWire(await tasks!.run(job.dump, keep.take(job.dump.rel, job.dump.abs))));
  let keys: Uint32Array | null = null;
  let kept = false;
  try {
    const read = await readDump(job.dump, init.config.run.max_bytes);
    const { hashes, ...judged } = counter.readHashed(read.file);
    keys = hashes;
    kept = keep.offer(job.dump.rel, read, judged);
  } catch {
    // A dump that cannot be read counts for nothing; pass 2 reports why.
  }
  send({ keys, kept });
}
