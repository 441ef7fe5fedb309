// `copydesk push`: delivery alone, no dumps read. Sends what the corpus store says is owed to the CMS
// and puts the outcome in report.json's `deliveries` and report.html. Exit codes: 0 all delivered, 3 some still wait (see
// DELIVERIES_PENDING), 2 cannot start.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/load.js';
import { loadConfig } from '../registry.js';
import { inside, writeAtomic } from '../write/atomic.js';
import { openStore, StateError } from '../run/open-store.js';
import { RunError } from '../run/errors.js';
import { lockOutput, type Holder } from '../run/lock.js';
import { reportHtml, reportStories, type RunReport, type StoryItem } from '../write/report-html.js';
import { reportEntries } from '../write/run-report.js';
import { pushStories, PushError, pushTarget, type DeliveryReport } from './index.js';

/** Exit code of a run or push that completed with stories still undelivered (pending or refused):
 * they wait in the outbox and the next run or `copydesk push` sends them again. */
export const DELIVERIES_PENDING = 3;

export const deliveryExit = (d: DeliveryReport) => (d.pending + d.failed > 0 || d.stopped ? DELIVERIES_PENDING : 0);

export function deliveryLine(d: DeliveryReport): string {
  return `copydesk: pushed to ${d.url}: ${d.delivered} delivered (${d.retried} after retries), ${d.pending} pending, ${d.failed} refused; ${d.requests} requests in ${d.seconds}s${d.stopped ? ` (stopped early: ${d.stopped})` : ''}`;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PushError(`${file} is unreadable (${(e as Error).message})`);
  }
}

export async function pushCommand(configDir: string, outputFlag: string | undefined, url: string | undefined, lock: { wait?: number; onLockWait?: (output: string) => (h: Holder | null) => void } = {}): Promise<number> {
  let held: { release(): Promise<void> } | undefined;
  try {
    const config = await loadConfig(configDir);
    const output = path.resolve(outputFlag ?? config.run.output);
    if (!pushTarget(config.run.push, url)) throw new PushError('no CMS to push to: give --push URL or set push.url in config/copydesk.yaml');
    if (!existsSync(inside(output, 'state', 'corpus.sqlite'))) throw new PushError(`nothing to push: ${output} holds no corpus state (run \`copydesk run\` first, or pass --output DIR)`);
    // One process at a time in an output folder: a push waits for a run (run/lock.ts).
    held = await lockOutput(output, lock.wait ?? config.run.lock_wait, lock.onLockWait?.(output));
    const reportPath = inside(output, 'report.json');
    const report = await readJson<Omit<RunReport, 'inputs'> & { inputs: unknown }>(reportPath);
    let store;
    try {
      store = await openStore(output, new Date().toISOString());
    } catch (e) {
      if (e instanceof StateError) throw new PushError(e.message);
      throw e;
    }
    let deliveries: DeliveryReport;
    let shown: StoryItem[] = [];
    try {
      deliveries = await pushStories({ store, settings: config.run.push, url });
      if (report) shown = await reportStories(store, reportEntries(output, report));
    } finally {
      await store.close();
    }
    if (report) {
      const updated = { ...report, deliveries };
      // The page first: it reads the entries the summary points to, which stay as they are.
      const html = reportHtml({ ...updated, inputs: reportEntries(output, report) }, shown);
      await writeAtomic(reportPath, JSON.stringify(updated, null, 2) + '\n');
      await writeAtomic(inside(output, 'report.html'), html);
    }
    console.log(deliveryLine(deliveries));
    return deliveryExit(deliveries);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof PushError || e instanceof RunError) {
      console.error(`copydesk: ${e.message}`);
      return 2;
    }
    console.error(`copydesk: the push failed: ${(e as Error).stack ?? e}`);
    return 1;
  } finally {
    await held?.release();
  }
}
