// The run layer: the only place that does I/O and concurrency. Reads every dump (p-queue), learns the
// batch's boilerplate, runs the per-article chain, hands the records to the corpus stages, and has the
// writers write records, feeds, state and the report. One bad dump is a line in the report, never
// the end of the run.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { StageTimings } from '../article/process.js';
import type { Config } from '../config/sections.js';
import { runCorpus, type CorpusNote } from '../corpus/index.js';
import { MemoryStateStore } from '../corpus/state.js';
import { discover, type Dump, type Skipped } from '../read/discover.js';
import type { Article, ArticleRecord } from '../record/record.js';
import { emptyBatch } from '../stages/options.js';
import { countDump } from './batch-counts.js';
import type { BatchContext } from '../types.js';
import { inside, makeDir, writeAtomic } from '../write/atomic.js';
import { buildFeeds } from '../write/feeds.js';
import { readRecords, writeRecord, type InvalidRecord, type StoredRecord } from '../write/records.js';
import { RunError } from './errors.js';
import { removeLeftovers } from './leftovers.js';
import { acquireLock, LockBusy, type Holder } from './lock.js';
import { Progress } from './progress.js';
import { articleRunner } from './pool.js';
import { readDump } from './read-dump.js';
import { loadSlugs, saveSlugs } from './slug-state.js';

export { RunError };

export interface RunOptions {
  config: Config;
  input: string;
  output: string;
  concurrency: number;
  progress?: boolean;
  /** Fixed clock for tests; defaults to the wall clock. */
  now?: () => Date;
  /** Seconds to wait for another run holding the output folder; defaults to config run.lock_wait. */
  lockWait?: number;
  /** Told once when another run holds the output folder and this one starts waiting. */
  onLockWait?: (holder: Holder | null) => void;
}

export interface InputReport {
  path: string;
  status: 'written' | 'unchanged' | 'duplicate' | 'failed' | 'skipped';
  record?: string;
  story?: string;
  duplicate_of?: string;
  error?: { rule: string; reason: string };
  encoding?: string;
  warnings?: string[];
  found?: Record<string, string>;
  messages?: { rule: string; reason: string; line?: number; cause?: string }[];
}

export interface RunSummary {
  /** Dumps found (files with a dump's extension, symlinks and special files left out). */
  inputs: number;
  /** Dumps read and processed into articles; refused and failed dumps are not articles. */
  articles: number;
  records: number;
  duplicates: number;
  stories: number;
  /** Inputs that failed: refused (empty, binary, too large, over budget, bad frontmatter) or not processed. */
  failures: number;
  /** Symlinks and special files with a dump's name, not read (each has a report line). */
  skipped: number;
  /** Records missing from the feeds or breaking their schema (this run's or earlier runs'). */
  invalid_records: number;
}

export async function run(opts: RunOptions): Promise<{ summary: RunSummary; reportPath: string }> {
  await ensureWritable(opts.output);
  let lock;
  try {
    lock = await acquireLock(opts.output, { waitSeconds: opts.lockWait ?? opts.config.run.lock_wait, onWait: opts.onLockWait });
  } catch (e) {
    if (e instanceof LockBusy) throw new RunError(e.message);
    throw e;
  }
  try {
    return await runLocked(opts);
  } finally {
    await lock.release();
  }
}

async function runLocked(opts: RunOptions): Promise<{ summary: RunSummary; reportPath: string }> {
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const t0 = performance.now();
  const timings: StageTimings = {};
  // A killed run's temp files: safe to remove now that this run holds the folder.
  const leftovers = await removeLeftovers(opts.output);
  let dumps: Dump[];
  let skipped: Skipped[];
  try {
    ({ dumps, skipped } = await discover(opts.input, opts.config.run.extensions));
  } catch (e) {
    throw new RunError(`cannot read the input folder ${opts.input} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --input DIR`);
  }
  const queue = new PQueue({ concurrency: opts.concurrency });
  const reports = new Map<string, InputReport>(dumps.map((d) => [d.rel, { path: d.rel, status: 'failed' }]));
  const skippedReports: InputReport[] = skipped.map((s) => ({ path: s.rel, status: 'skipped', error: { rule: s.rule, reason: s.reason } }));

  // Pass 1: what repeats across the batch is boilerplate. Only counts are kept, not the texts.
  let t = performance.now();
  const batch: BatchContext = emptyBatch();
  const progress1 = new Progress(dumps.length, 'scan   ', opts.progress);
  await queue.addAll(
    dumps.map((d) => async () => {
      try {
        const { file } = await readDump(d, opts.config.run.max_bytes);
        countDump(batch, String(file.value), opts.config.chrome.echo_words);
      } catch {
        // reported in pass 2
      }
      progress1.tick();
    }),
  );
  progress1.end();
  timings.scan = performance.now() - t;

  // Pass 2: the per-article chain, spread over worker threads for large batches.
  const runner = articleRunner(opts.config, batch, dumps.length);
  const articles: Article[] = [];
  const progress2 = new Progress(dumps.length, 'process', opts.progress);
  try {
    await queue.addAll(
      dumps.map((d) => async () => {
        const result = await runner.run(d);
        for (const [k, v] of Object.entries(result.timings)) timings[k] = (timings[k] ?? 0) + v;
        const r = reports.get(d.rel)!;
        if (result.ok) {
          articles.push(result.article);
          Object.assign(r, { record: result.article.record.id, encoding: result.encoding, found: result.article.via });
          if (result.warnings.length) r.warnings = result.warnings;
          if (result.messages.length) r.messages = result.messages;
        } else {
          r.status = 'failed';
          r.error = { rule: result.rule, reason: result.reason };
        }
        progress2.tick();
      }),
    );
  } finally {
    await runner.close();
  }
  progress2.end();
  articles.sort((a, b) => a.record.id.localeCompare(b.record.id));

  // Corpus stages, over this run's articles and the stored state.
  t = performance.now();
  const statePath = inside(opts.output, 'state', 'corpus.jsonl');
  const store = await readState(statePath);
  const corpus = runCorpus(
    articles.map((a) => ({ id: a.record.id, headline: a.record.headline, date: a.record.date, body: a.body, quotes: a.record.quotes })),
    store,
    opts.config.corpus,
    now,
  );
  timings.corpus = performance.now() - t;
  addNotes(reports, articles, corpus.notes);

  // Writers: records, then feeds over every record on disk, then state, then the report.
  t = performance.now();
  const written = new Map<string, StoredRecord>();
  const idToReport = new Map(articles.map((a) => [a.record.id, reports.get(a.record.source.path)!]));
  await Promise.all(
    articles.map((a) =>
      queue.add(async () => {
        const r = idToReport.get(a.record.id)!;
        const assigned = corpus.assignments.get(a.record.id)!;
        const record: ArticleRecord = { ...a.record, story: assigned.story, duplicate_of: assigned.duplicate_of };
        try {
          const outcome = await writeRecord(opts.output, record, a.body);
          written.set(record.id, { record, body: a.body });
          r.story = record.story;
          if (record.duplicate_of) {
            r.status = 'duplicate';
            r.duplicate_of = record.duplicate_of;
          } else r.status = outcome;
        } catch (e) {
          r.status = 'failed';
          r.error = { rule: 'record-invalid', reason: (e as Error).message };
        }
      }),
    ),
  );
  // Feeds cover every record on disk: this run's (in memory) and earlier runs' (read back). One that
  // no longer passes the schema is named in the report and kept in the feeds when it still can be.
  const { records, invalid } = await readRecords(opts.output, new Set(written.keys()));
  const failedWrites: InvalidRecord[] = articles
    .map((a) => idToReport.get(a.record.id)!)
    .filter((r) => r.error?.rule === 'record-invalid')
    .map((r) => ({ file: `records/${r.record}.md`, reason: r.error!.reason, kept: false }));
  for (const [id, r] of written) records.set(id, r);
  // Records of earlier runs whose story merged into an older one take the surviving story id.
  for (const [id, story] of corpus.moved) {
    const r = records.get(id);
    if (r && r.record.story !== story) {
      r.record = { ...r.record, story };
      await writeRecord(opts.output, r.record, r.body);
    }
  }
  const slugs = await loadSlugs(opts.output);
  const feeds = buildFeeds(records, store, opts.config.run.feeds, now, slugs);
  for (const [rel, text] of Object.entries(feeds)) await writeAtomic(inside(opts.output, 'feeds', ...rel.split('/')), text);
  await saveSlugs(opts.output, slugs);
  await writeAtomic(statePath, store.serialize());
  timings.write = performance.now() - t;

  const list = [...reports.values()];
  const recordsInvalid = [...failedWrites, ...invalid];
  const summary: RunSummary = {
    inputs: dumps.length,
    articles: articles.length,
    records: list.filter((r) => r.status !== 'failed').length,
    duplicates: list.filter((r) => r.status === 'duplicate').length,
    stories: new Set(list.map((r) => r.story).filter(Boolean)).size,
    failures: list.filter((r) => r.status === 'failed').length,
    skipped: skipped.length,
    invalid_records: recordsInvalid.length,
  };
  const reportPath = inside(opts.output, 'report.json');
  const report = {
    started: now,
    seconds: +((performance.now() - t0) / 1000).toFixed(3),
    input: opts.input,
    output: opts.output,
    counts: summary,
    stages: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, { ms: +v.toFixed(1) }])),
    ...(leftovers.length ? { leftovers_removed: leftovers } : {}),
    ...(recordsInvalid.length ? { records_invalid: recordsInvalid } : {}),
    inputs: [...list, ...skippedReports].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
  await writeAtomic(reportPath, JSON.stringify(report, null, 2) + '\n');
  return { summary, reportPath };
}

function addNotes(reports: Map<string, InputReport>, articles: Article[], notes: CorpusNote[]) {
  const byId = new Map(articles.map((a) => [a.record.id, reports.get(a.record.source.path)!]));
  for (const n of notes) {
    const r = byId.get(n.id);
    if (r) (r.messages ??= []).push({ rule: n.ruleId, reason: n.reason, ...(n.cause ? { cause: n.cause } : {}) });
  }
}

async function readState(file: string): Promise<MemoryStateStore> {
  try {
    return MemoryStateStore.parse(await readFile(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new MemoryStateStore();
    throw new RunError(`the state file ${file} is unreadable (${(e as Error).message}); move it away to start the corpus afresh`);
  }
}

async function ensureWritable(dir: string): Promise<void> {
  const probe = path.join(dir, `.copydesk-write-test-${process.pid}`);
  try {
    await makeDir(dir);
    await writeFile(probe, '');
    await rm(probe);
  } catch (e) {
    throw new RunError(`cannot write to the output folder ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --output DIR with a writable folder`);
  }
}
