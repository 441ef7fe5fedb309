// Temp files a killed run left in the output folder: the writers' `.<name>.<pid>.<hex>.tmp`
// (atomic.ts), the write probe, and the lock's own temp files. Removed at the start of a run, while
// it holds the output lock, so no other run can be writing them.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { LOCK_NAME } from './lock.js';

const WRITER_TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
const PROBE = /^\.copydesk-write-test-\d+$/;
const LOCK_TEMP = new RegExp(`^${LOCK_NAME.replace(/\./g, '\\.')}(-\\d+-[0-9a-f]{8}|\\.stale-\\d+-[0-9a-f]{8})$`);
/** A waiting run's lock temp file lives for milliseconds; one older than this is a leftover. */
const LOCK_TEMP_AGE_MS = 60_000;

/** Removes leftovers under `dir` (recursively); returns their paths, relative to `dir`. */
export async function removeLeftovers(dir: string): Promise<string[]> {
  const removed: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(rel);
      else if (e.isFile() && (await isLeftover(path.join(dir, rel), e.name, sub === ''))) {
        await rm(path.join(dir, rel), { force: true });
        removed.push(rel);
      }
    }
  };
  await walk('');
  return removed.sort();
}

async function isLeftover(abs: string, name: string, top: boolean): Promise<boolean> {
  if (WRITER_TEMP.test(name)) return true;
  if (!top) return false;
  if (PROBE.test(name)) return true;
  if (!LOCK_TEMP.test(name)) return false;
  const { mtimeMs } = await stat(abs).catch(() => ({ mtimeMs: Date.now() }));
  return Date.now() - mtimeMs > LOCK_TEMP_AGE_MS;
}
