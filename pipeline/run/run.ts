// The run layer: the only place that does I/O and concurrency. Reads every dump (p-queue), learns the
// batch's boilerplate, runs the per-article chain, hands the records to the corpus stages, and has the
// writers write records, feeds, state and the report. One bad dump is a line in the report, never
// the end of the run.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { StageTimings } from '../article/process.js';
import type { Config } from '../registry.js';
import { corpusStage, type CorpusArticle } from '../corpus/index.js';
import type { ArticleFeatures, StagedItem } from '../corpus/store.js';
import { discover, dumpAt, type Dump, type Skipped } from '../read/discover.js';
import type { ArticleRecord } from '../record/record.js';
import type { BatchContext } from '../types.js';
import { inside, makeDir, writeAtomic, writeAtomicPieces } from '../write/atomic.js';
import { describeStory, feedFiles } from '../write/feeds.js';
import { moveRecord } from '../write/move-record.js';
import { writeRecord, type InvalidRecord } from '../write/records.js';
import { mapped } from '../write/json-pieces.js';
import { ReportPage, reportStories } from '../write/report-html.js';
import { writeRunReport } from '../write/run-report.js';
import { pushStories, pushTarget, type DeliveryReport } from '../push/index.js';
import { RunError } from './errors.js';
import { clearPending, owing, readPending, writePending } from './feed-journal.js';
import { feedQueue } from './feed-queue.js';
import { removeLeftovers } from './leftovers.js';
import { lockOutput, type Holder } from './lock.js';
import { openStore, StateError } from './open-store.js';
import { Progress } from './progress.js';
import { articleRunner } from './pool.js';
import { LineTable } from './line-table.js';
import { readDump } from './read-dump.js';
import { InputLines } from './input-lines.js';
import { ReportLog, type InputLine } from './report-log.js';
import { loadSlugs, saveSlugs } from './slug-state.js';

export { RunError };

/** Records read back from the staging area and written at a time. */
const RECORDS_AT_ONCE = 32;

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
  /** CMS base URL to push the stories to; overrides config run.push.url (pipeline/push/). */
  push?: string;
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
  /** Per metadata field: confidence, the numbers it came from, and a held-back value (stages/confidence.ts). */
  fields?: Record<string, import('../record/record.js').FieldTrace>;
  messages?: { rule: string; reason: string; line?: number; column?: number; end_line?: number; cause?: string }[];
  /** Paragraphs removed from the article, per rule (each also a message with its lines). */
  removed?: Record<string, number>;
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
  /** Records that could not be written or updated, or break their schema (exit code 4). */
  invalid_records: number;
}

export async function run(opts: RunOptions): Promise<{ summary: RunSummary; reportPath: string; deliveries?: DeliveryReport }> {
  const pushing = checkPush(opts);
  await ensureWritable(opts.output);
  const lock = await lockOutput(opts.output, opts.lockWait ?? opts.config.run.lock_wait, opts.onLockWait);
  try {
    return await runLocked(opts, pushing);
  } finally {
    await lock.release();
  }
}

async function runLocked(opts: RunOptions, pushing: boolean): Promise<{ summary: RunSummary; reportPath: string; deliveries?: DeliveryReport }> {
  const t0 = performance.now();
  // A killed run's temp files: safe to remove now that this run holds the folder.
  const leftovers = await removeLeftovers(opts.output);
  const log = new ReportLog(opts.output);
  const lines = new InputLines();
  try {
    return await runWith(opts, pushing, log, lines, leftovers, t0);
  } finally {
    log.close();
    lines.close();
  }
}

async function runWith(opts: RunOptions, pushing: boolean, log: ReportLog, lines: InputLines, leftovers: string[], t0: number): Promise<{ summary: RunSummary; reportPath: string; deliveries?: DeliveryReport }> {
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const timings: StageTimings = {};
  let found: { dumps: Dump[]; skipped: Skipped[] } | null;
  try {
    found = await discover(opts.input, opts.config.run.extensions);
  } catch (e) {
    throw new RunError(`cannot read the input folder ${opts.input} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --input DIR`);
  }
  const queue = new PQueue({ concurrency: opts.concurrency });
  // The report's line of each input (status and ids) waits on disk (input-lines.ts), and so do the
  // chain's findings (report-log.ts): line n is dump n, then the skipped files.
  lines.add(found.dumps.map((d) => ({ path: d.rel, status: 'failed' })));
  lines.add(found.skipped.map((s) => ({ path: s.rel, status: 'skipped', error: { rule: s.rule, reason: s.reason } })));
  // From here the batch's names are those lines, not a Dump each in memory (~330 bytes a dump, a third
  // of a GB for a million): each pass reads them back a page at a time and makes each dump as it goes.
  const total = found.dumps.length;
  const skipped = found.skipped.length;
  found = null;
  const dumps = function* (): Generator<Dump> {
    for (const rel of lines.paths(0, total)) yield dumpAt(opts.input, rel);
  };

  // Pass 1: what repeats across the batch is boilerplate. Only counts are kept, not the texts. The
  // article processes (pool.ts) read, decode and parse each dump and hand back its keys; they are counted here.
  let t = performance.now();
  let counts: LineTable | null = new LineTable();
  let docs = 0;
  const runner = articleRunner(opts.config, total);
  const progress1 = new Progress(total, 'scan   ', opts.progress);
  try {
    await feedQueue(queue, dumps(), async (d, n) => {
      const keys = await runner.keys(d, n);
      if (keys) {
        counts!.addHashes(keys);
        docs++;
      }
      progress1.tick();
    });
  } catch (e) {
    await runner.close();
    throw e;
  }
  progress1.end();
  // A line found in one dump only is the dump's own: every reader of the counts asks for two or more
  // (chrome's repetition, the headline's known lines), so those keys go before the counts are copied
  // to each article process; most lines of real text are unique, so this is most of the table.
  const batch: BatchContext = { lineDocCounts: counts.pruned(2), docs };
  counts = null;
  runner.setBatch(batch);
  timings.scan = performance.now() - t;

  let store;
  try {
    store = await openStore(opts.output, now);
  } catch (e) {
    await runner.close();
    if (e instanceof StateError) throw new RunError(e.message);
    throw e;
  }

  // Pass 2: the per-article chain, spread over article processes for large batches. Streamed: each
  // article's record fields and body, and its compact corpus features, wait in the store's staging
  // area (on disk) until the corpus stage and the writers ask for them; memory keeps its id.
  const ids: string[] = [];
  const progress2 = new Progress(total, 'process', opts.progress);
  let pending: StagedItem[] = [];
  // Dumps pass 2 took as their article process kept them from pass 1, not read again (dump-keep.ts).
  let kept = 0;
  let pendingFeatures: ArticleFeatures[] = [];
  // The dumps' report lines, set a page at a time (InputLines.setMany).
  let pendingLines: [number, InputLine][] = [];
  const flushLines = () => {
    lines.setMany(pendingLines);
    pendingLines = [];
  };
  const flush = async () => {
    const [items, features] = [pending, pendingFeatures];
    [pending, pendingFeatures] = [[], []];
    await store.stageJson(items);
    await store.stageFeatures(features);
  };
  try {
    await store.clearStaged();
    await feedQueue(queue, dumps(), async (d, n) => {
      const result = await runner.run(d, n);
      for (const [k, v] of Object.entries(result.timings)) timings[k] = (timings[k] ?? 0) + v;
      const r: InputLine = { path: d.rel, status: 'failed' };
      if (result.ok) {
        if (result.kept) kept++;
        ids.push(result.id);
        pendingFeatures.push(result.features);
        pending.push({ id: result.id, outlet: result.outlet, json: result.item });
        if (pending.length >= 256) await flush();
        r.record = result.id;
        log.keepJson(r, result.findings);
      } else {
        r.status = 'failed';
        r.error = { rule: result.rule, reason: result.reason };
      }
      if (pendingLines.push([n, r]) >= 256) flushLines();
      progress2.tick();
    });
  } finally {
    await runner.close();
  }
  await flush();
  flushLines();
  progress2.end();
  ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  // Corpus stages, over this run's articles' features and the stored state. Until the feeds are
  // written, state/feeds-pending.json says which a killed run still owes (feed-journal.ts).
  const earlier = await readPending(opts.output);
  await writePending(opts.output, owing(earlier, { all: true, changed: [], outlets: [] }));
  t = performance.now();
  // The features, read back from the staging area, are the corpus stage's alone (the store keeps what
  // later runs need): let go before the writers, which need only the ids. Held to the end of the run,
  // they were the largest part of what this thread kept live, and V8 lets the heap grow to a few times that.
  // Marked staged: the corpus stage lets their arrays go once it has found duplicates and stories, and the
  // store copies them from the staging area when it applies the change set.
  let articles: CorpusArticle[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const slice = ids.slice(i, i + 1000);
    const features = await store.stagedFeatures(slice, { terms: false });
    for (const id of slice) articles.push({ features: features.get(id)!, staged: true });
  }
  const corpus = await corpusStage(articles, store, opts.config.corpus, now, describeStory);
  articles = [];
  const owed = owing(earlier, { all: false, changed: corpus.changed, outlets: [...corpus.outlets] });
  await writePending(opts.output, owed);
  timings.corpus = performance.now() - t;
  // A note or more an article: to the lines a thousand at a time, then let go (an article's notes keep
  // their order across slices: each slice's are added after the earlier ones').
  for (let i = 0; i < corpus.notes.length; i += 1000) lines.addNotes(corpus.notes.slice(i, i + 1000).map((n) => ({ id: n.id, rule: n.ruleId, reason: n.reason, cause: n.cause })));
  corpus.notes = [];

  // Writers: records (their fields and bodies taken back from the staging area a slice at a time),
  // then feeds from the store, then the report. A slice is small (RECORDS_AT_ONCE): its items wait
  // on the disk's flushes, and what lives that long is moved to the old generation, where it stays
  // until a full collection however soon it dies.
  t = performance.now();
  // Of this run's articles, those whose record could not be written (rare: a set of all written ids
  // was a string a dump held to the end).
  const unwritten = new Set<string>();
  for (let i = 0; i < ids.length; i += RECORDS_AT_ONCE) {
    const items = await store.staged(ids.slice(i, i + RECORDS_AT_ONCE));
    // Each record's report line, updated once the slice is written (InputLines.updateMany).
    const outcomes: [string, (l: InputLine) => void][] = [];
    await Promise.all(
      [...items.values()].map(({ body, ...fields }) =>
        queue.add(async () => {
          const r: Pick<InputLine, 'status' | 'story' | 'duplicate_of' | 'error'> = { status: 'failed' };
          const assigned = corpus.assignments.get(fields.id)!;
          const record: ArticleRecord = { ...fields, story: assigned.story, duplicate_of: assigned.duplicate_of };
          try {
            const outcome = await writeRecord(opts.output, record, body);
            r.story = record.story;
            if (record.duplicate_of) {
              r.status = 'duplicate';
              r.duplicate_of = record.duplicate_of;
            } else r.status = outcome;
          } catch (e) {
            unwritten.add(record.id);
            r.status = 'failed';
            r.error = { rule: 'record-invalid', reason: (e as Error).message };
          }
          outcomes.push([fields.id, (l) => Object.assign(l, r)]);
        }),
      ),
    );
    lines.updateMany(outcomes);
  }
  await store.clearStaged();
  // Records this run could not write, and records of earlier runs it could not update: named in the
  // report, and the run exits 4.
  const recordsInvalid: InvalidRecord[] = lines.invalid().map((r) => ({ file: `records/${r.record}.md`, reason: r.reason, kept: false }));
  // Records of earlier runs whose story merged or split take their new story id (only those are read),
  // checked against their stored items a slice at a time (move-record.ts).
  const movedIds = [...corpus.moved.keys()].filter((id) => !corpus.assignments.has(id) || unwritten.has(id));
  for (let i = 0; i < movedIds.length; i += RECORDS_AT_ONCE) {
    const slice = movedIds.slice(i, i + RECORDS_AT_ONCE);
    const items = await store.items(slice);
    for (const id of slice) {
      const story = corpus.moved.get(id)!;
      const { invalid } = await moveRecord(opts.output, id, story, items.get(id));
      if (invalid) recordsInvalid.push({ ...invalid, reason: `its story is now ${story}, but the record cannot be updated: ${invalid.reason}` });
    }
  }
  // Feeds come from the store: only the pages this run's changes land on are rewritten.
  const slugs = await loadSlugs(opts.output);
  const outlets = new Set([...owed.outlets, ...(owed.all ? slugs.outlets() : [])]);
  for await (const [rel, pieces] of feedFiles(store, owed.changed, outlets, opts.config.run.feeds, slugs, owed.all)) await writeAtomicPieces(inside(opts.output, 'feeds', ...rel.split('/')), pieces);
  await saveSlugs(opts.output, slugs);
  await clearPending(opts.output);
  timings.write = performance.now() - t;

  // Delivery: each story whose item is new or changed since it was delivered goes to the CMS.
  let deliveries: DeliveryReport | undefined;
  if (pushing) {
    t = performance.now();
    deliveries = await pushStories({ store, settings: opts.config.run.push, url: opts.push, now: opts.now });
    timings.push = performance.now() - t;
  }
  const shown = await reportStories(store, lines.stories(total));
  await store.close();

  const summary: RunSummary = {
    inputs: total,
    articles: ids.length,
    ...lines.counts(total),
    skipped,
    invalid_records: recordsInvalid.length,
  };
  const report = {
    started: now,
    seconds: +((performance.now() - t0) / 1000).toFixed(3),
    input: opts.input,
    output: opts.output,
    counts: summary,
    ...(deliveries ? { deliveries } : {}),
    stages: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, { ms: +v.toFixed(1) }])),
    kept_from_scan: kept,
    ...(leftovers.length ? { leftovers_removed: leftovers } : {}),
    ...(recordsInvalid.length ? { records_invalid: recordsInvalid } : {}),
  };
  // Each input's entry to report-inputs.jsonl (read back from the log, shown to report.html's page,
  // let go), then report.json: the summary, with per rule the first inputs it named (run-report.ts).
  const page = new ReportPage(shown);
  const reportPath = await writeRunReport(opts.output, report, mapped(lines.sorted(), (line) => log.entry(line)), (e) => page.add(e));
  await writeAtomic(inside(opts.output, 'report.html'), page.html(report));
  return { summary, reportPath, ...(deliveries ? { deliveries } : {}) };
}

function checkPush(opts: RunOptions): boolean {
  try {
    return pushTarget(opts.config.run.push, opts.push) !== undefined;
  } catch (e) {
    throw new RunError((e as Error).message);
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
