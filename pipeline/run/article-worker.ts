// Worker-thread entry: builds the per-article chain once from the config and batch it is handed, says
// 'ready', then answers each dump it is sent with its result. Per-article work is CPU-bound; threads
// put every core to use, and let the pool stop a dump that runs over its budget (pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../registry.js';
import type { Dump } from '../read/discover.js';
import { ArticleTasks } from './article-task.js';

interface Init {
  config: Config;
  lineDocCounts: Map<string, number>;
  docs: number;
}

const init = workerData as Init;
const tasks = new ArticleTasks({ config: init.config, batch: { lineDocCounts: init.lineDocCounts, docs: init.docs } }, init.config.run.max_bytes);

parentPort!.on('message', async (dump: Dump) => {
  parentPort!.postMessage(await tasks.run(dump));
});
parentPort!.postMessage('ready');
