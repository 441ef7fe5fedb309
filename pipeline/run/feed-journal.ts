// The feeds a run owes, kept in output/state/feeds-pending.json until they are written. The corpus
// stage commits to the store first and the feeds are written from the store after it; feed pages are
// rewritten only where a run's changes land. A run killed between the two would leave pages that no
// later run rewrites (the store already holds the change, so the next run sees nothing new there).
// So each run, before its corpus stage, records that it owes "everything" (it cannot yet say what it
// changes); once the stage returns, exactly which stories and outlets; and removes the entry once the
// feeds are written. A run that finds an entry left by a killed run writes those feeds too: all pages
// and every outlet feed it knows when the killed run had not said which.
import { readFile, rm } from 'node:fs/promises';
import { inside, writeAtomic } from '../write/atomic.js';

export interface PendingFeeds {
  /** A run was killed before it said what it changed: every page and every known outlet feed. */
  all: boolean;
  /** Stories whose feed pages are owed. */
  changed: string[];
  /** Outlets whose feeds are owed. */
  outlets: string[];
}

const file = (output: string) => inside(output, 'state', 'feeds-pending.json');

/** What a killed run left owed, or null when the last run wrote its feeds. An unreadable entry owes everything. */
export async function readPending(output: string): Promise<PendingFeeds | null> {
  let text: string;
  try {
    text = await readFile(file(output), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const v = JSON.parse(text) as Partial<PendingFeeds>;
    const strings = (x: unknown) => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : null);
    const changed = strings(v.changed);
    const outlets = strings(v.outlets);
    if (typeof v.all !== 'boolean' || !changed || !outlets) throw new Error('not a feeds entry');
    return { all: v.all, changed, outlets };
  } catch {
    return { all: true, changed: [], outlets: [] };
  }
}

/** `owed` joined with what `earlier` (a killed run's entry) still owes. */
export function owing(earlier: PendingFeeds | null, owed: PendingFeeds): PendingFeeds {
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
  return earlier ? { all: earlier.all || owed.all, changed: union(earlier.changed, owed.changed), outlets: union(earlier.outlets, owed.outlets) } : owed;
}

export async function writePending(output: string, owed: PendingFeeds): Promise<void> {
  await writeAtomic(file(output), JSON.stringify(owed) + '\n');
}

export async function clearPending(output: string): Promise<void> {
  await rm(file(output), { force: true });
}
