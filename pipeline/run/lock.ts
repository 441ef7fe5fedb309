// One run per output folder at a time. Two runs writing one output would each save a corpus state
// that lacks the other's articles, and reposts of the lost half would no longer be caught.
//
// The lock is a file, output/.copydesk.lock, created whole or not at all (written to a temp file,
// then hard-linked to its name: link() fails if the name exists) and naming its holder: pid, host,
// the kernel's boot id and the process's start time (/proc/PID/stat), so a lock left by a crashed
// or killed run is known as such and reclaimed:
// - same host: stale when that pid is gone, or now belongs to another process (other start time),
//   or the machine rebooted since (other boot id);
// - another host (a shared folder): stale when its holder has not touched it for REMOTE_STALE_MS.
// Reclaiming goes through a second, short-lived lock (a directory, mkdir being atomic) so that two
// waiters never both remove a lock and take it. No fcntl: this works on any local Linux filesystem
// and on NFS, where link and mkdir are atomic too.
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rename, rmdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { RunError } from './errors.js';

export const LOCK_NAME = '.copydesk.lock';
/** A holder on another host touches its lock this often... */
const HEARTBEAT_MS = 30_000;
/** ...and is presumed dead when it has not for this long. */
const REMOTE_STALE_MS = 10 * 60_000;
/** A reclaim lock older than this was left by a process that died while reclaiming. */
const RECLAIM_STALE_MS = 30_000;
const POLL_MS = 250;

export interface Holder {
  pid: number;
  host: string;
  boot_id: string | null;
  /** Process start time in clock ticks since boot (/proc/PID/stat field 22); null off Linux. */
  proc_start: string | null;
  started: string;
  token: string;
}

export class LockBusy extends Error {
  constructor(readonly holder: Holder | null, readonly lockPath: string, waitedSeconds: number) {
    super(
      `the output folder ${path.dirname(lockPath)} is in use by another copydesk run (${describe(holder)})` +
        (waitedSeconds > 0 ? `; waited ${waitedSeconds} s for it` : '') +
        `. Wait for that run to end, or pass --wait SECONDS (the lock is ${lockPath}; a lock of a run that died is reclaimed by itself)`,
    );
  }
}

export interface AcquireOptions {
  /** Seconds to wait for another run to end; 0 refuses at once. */
  waitSeconds: number;
  /** Told once, when the lock is held by a live run and we start waiting. */
  onWait?: (holder: Holder | null) => void;
  /** Told when a dead run's lock was reclaimed. */
  onReclaim?: (holder: Holder | null) => void;
}

export class OutputLock {
  private heartbeat?: NodeJS.Timeout;
  private released = false;
  private readonly onExit = () => this.releaseSync();
  constructor(readonly lockPath: string, readonly holder: Holder) {
    this.heartbeat = setInterval(() => void utimes(lockPath, new Date(), new Date()).catch(() => {}), HEARTBEAT_MS);
    this.heartbeat.unref();
    process.once('exit', this.onExit);
  }

  /** Removes the lock if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    process.removeListener('exit', this.onExit);
    if ((await readHolder(this.lockPath))?.token === this.holder.token) await unlink(this.lockPath).catch(() => {});
  }

  /** The same, synchronously: for exit and signal handlers. */
  releaseSync(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    try {
      if (parseHolder(readFileSync(this.lockPath, 'utf8'))?.token === this.holder.token) unlinkSync(this.lockPath);
    } catch {
      // already gone
    }
  }
}

/** Takes the lock of `dir` (which must exist), waiting up to `waitSeconds` for a live holder. */
export async function acquireLock(dir: string, opts: AcquireOptions): Promise<OutputLock> {
  const lockPath = path.join(dir, LOCK_NAME);
  const me = ownHolder();
  const deadline = Date.now() + opts.waitSeconds * 1000;
  let told = false;
  for (;;) {
    if (await tryCreate(lockPath, me)) return new OutputLock(lockPath, me);
    const holder = await readHolder(lockPath);
    if (await isStale(lockPath, holder)) {
      if (await reclaim(lockPath, holder)) opts.onReclaim?.(holder);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusy(holder, lockPath, opts.waitSeconds);
    if (!told) opts.onWait?.(holder);
    told = true;
    await sleep(Math.min(POLL_MS, Math.max(deadline - Date.now(), 1)));
  }
}

/** The lock for a run or a push: a live holder past the wait is a RunError (exit 2). */
export async function lockOutput(output: string, waitSeconds: number, onWait?: (holder: Holder | null) => void): Promise<OutputLock> {
  try {
    return await acquireLock(output, { waitSeconds, onWait });
  } catch (e) {
    if (e instanceof LockBusy) throw new RunError(e.message);
    throw e;
  }
}

async function tryCreate(lockPath: string, me: Holder): Promise<boolean> {
  const tmp = `${lockPath}-${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(tmp, JSON.stringify(me) + '\n', { flag: 'wx' });
  try {
    await link(tmp, lockPath);
    return true;
  } catch (e) {
    // ENOENT: the holder's start-up sweep removed our temp file between write and link; try again.
    if (['EEXIST', 'ENOENT'].includes((e as NodeJS.ErrnoException).code ?? '')) return false;
    throw e;
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

/** Removes a stale lock, unless another waiter got there first. True when this call removed it. */
async function reclaim(lockPath: string, judged: Holder | null): Promise<boolean> {
  const guard = `${lockPath}.reclaim`;
  try {
    await mkdir(guard);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const age = await ageMs(guard);
    if (age !== null && age > RECLAIM_STALE_MS) await rmdir(guard).catch(() => {});
    else await sleep(POLL_MS);
    return false;
  }
  try {
    // Still the very lock judged stale? Another waiter may have reclaimed it and taken a new one.
    const now = await readHolder(lockPath);
    if ((now?.token ?? null) !== (judged?.token ?? null) || !(await isStale(lockPath, now))) return false;
    const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    await rename(lockPath, aside).catch(() => {});
    await unlink(aside).catch(() => {});
    return true;
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

async function isStale(lockPath: string, h: Holder | null): Promise<boolean> {
  const age = await ageMs(lockPath);
  if (age === null) return false; // gone: just try again
  // Unreadable content cannot come from tryCreate (it links a complete file): a hand-made or
  // damaged lock, stale once it is old enough that no writer can still be at work on it.
  if (!h) return age > RECLAIM_STALE_MS;
  if (h.host !== hostname()) return age > REMOTE_STALE_MS;
  const boot = bootId();
  if (h.boot_id && boot && h.boot_id !== boot) return true;
  if (!alive(h.pid)) return true;
  const start = procStart(h.pid);
  return h.proc_start !== null && start !== null && start !== h.proc_start;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownHolder(): Holder {
  return { pid: process.pid, host: hostname(), boot_id: bootId(), proc_start: procStart(process.pid), started: new Date().toISOString(), token: randomBytes(8).toString('hex') };
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/PID/stat (start time), read after the command name, which may hold spaces. */
export function procStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

async function readHolder(lockPath: string): Promise<Holder | null> {
  try {
    return parseHolder(await readFile(lockPath, 'utf8'));
  } catch {
    return null;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const h = JSON.parse(text) as Holder;
    return typeof h?.pid === 'number' && typeof h.host === 'string' && typeof h.token === 'string' ? h : null;
  } catch {
    return null;
  }
}

async function ageMs(p: string): Promise<number | null> {
  try {
    return Date.now() - (await stat(p)).mtimeMs;
  } catch {
    return null;
  }
}

function describe(h: Holder | null): string {
  return h ? `pid ${h.pid} on ${h.host}, started ${h.started}` : 'holder unknown';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
