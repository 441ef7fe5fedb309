// An article process whose run is gone ends itself, even in the middle of a stage. A run killed with
// SIGKILL cannot take its processes with it (pool.ts kills them on every exit it gets to see), and the
// IPC channel's 'disconnect' (article-worker.ts) reaches a process only between stages: one busy in a
// stage that runs away would spin on alone until the stage ends, competing with the next night's run.
// So a thread of its own, which no stage blocks, watches for the parent to change (the orphan is handed
// to init or a subreaper) and kills the process. Linux has prctl(PR_SET_PDEATHSIG) for this; Node does
// not expose it. The thread costs ~0.05 CPU-s and ~9 MB a process (two a run).
import { Worker } from 'node:worker_threads';

/** How often the thread looks, in ms: a runaway orphan burns at most this long. */
export const WATCH_MS = 500;

const WATCHER = `
const { workerData } = require('node:worker_threads');
setInterval(() => { if (process.ppid !== workerData.parent) process.kill(process.pid, 'SIGKILL'); }, workerData.ms);
`;

/** Starts the watch for this process; it never keeps the process alive. */
export function watchParent(ms = WATCH_MS): void {
  new Worker(WATCHER, { eval: true, workerData: { parent: process.ppid, ms } }).unref();
}
