// A labelled corpus of ../shared read as a run reads it, for the trainers: its labels, its dump names
// (sorted), a reader that decodes a dump as the run does, and the stage options with the batch's line
// counts (run.ts pass 1), which chrome judges each page against. Shared so that every trainer fits on
// the pages a run would see.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { loadConfig } from '../pipeline/registry.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { dumpFile } from '../pipeline/run/read-dump.js';
import { emptyBatch, type StageOptions } from '../pipeline/stages/options.js';
import { readLabels, type Label } from './folds.js';

export interface CorpusBatch {
  labels: Label[];
  names: string[];
  read(name: string): VFile;
  options: StageOptions;
}

export async function corpusBatch(root: string, shared: string, corpus: string): Promise<CorpusBatch> {
  const config = await loadConfig(path.join(root, 'config'));
  const dir = path.join(shared, 'corpora', corpus, 'docs');
  const labels = readLabels(path.join(shared, 'corpora', corpus, 'labels.jsonl'));
  const names = readdirSync(dir).sort();
  const read = (n: string) => dumpFile(readFileSync(path.join(dir, n)), { rel: n, kind: 'txt' }).file;
  const batch = emptyBatch();
  const counter = new BatchCounter(config.chrome);
  for (const n of names) counter.count(batch, read(n));
  for (const [k, n] of batch.lineDocCounts) if (n < 2) batch.lineDocCounts.delete(k);
  return { labels, names, read, options: { config, batch } };
}
