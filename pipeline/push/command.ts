// `copydesk push`: delivery alone, no dumps read. Offers the combined feed's items as the last run
// wrote them (unchanged ones are skipped), sends what waits in the outbox, and puts the outcome in
// report.json's `deliveries` and report.html. Exit codes: 0 all delivered, 3 some still wait (see
// DELIVERIES_PENDING), 2 cannot start.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/load.js';
import { inside, writeAtomic } from '../write/atomic.js';
import { reportHtml, type RunReport, type StoryItem } from '../write/report-html.js';
import { pushStories, PushError, type DeliveryReport } from './index.js';

/** Exit code of a run or push that completed with stories still undelivered (pending or refused):
 * they wait in the outbox and the next run or `copydesk push` sends them again. */
export const DELIVERIES_PENDING = 3;

export const deliveryExit = (d: DeliveryReport) => (d.pending + d.failed > 0 ? DELIVERIES_PENDING : 0);

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

export async function pushCommand(configDir: string, outputFlag: string | undefined, url: string | undefined): Promise<number> {
  try {
    const config = await loadConfig(configDir);
    const output = path.resolve(outputFlag ?? config.run.output);
    const feed = await readJson<{ items: StoryItem[] }>(inside(output, 'feeds', 'all.json'));
    const deliveries = await pushStories({ output, settings: config.run.push, url, items: feed?.items ?? [] });
    const reportPath = inside(output, 'report.json');
    const report = await readJson<RunReport>(reportPath);
    if (report) {
      const updated = { ...report, deliveries };
      await writeAtomic(reportPath, JSON.stringify(updated, null, 2) + '\n');
      await writeAtomic(inside(output, 'report.html'), reportHtml(updated, feed?.items ?? []));
    }
    console.log(deliveryLine(deliveries));
    return deliveryExit(deliveries);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof PushError) {
      console.error(`copydesk: ${e.message}`);
      return 2;
    }
    console.error(`copydesk: the push failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
