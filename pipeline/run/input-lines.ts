// The run report's lines, one per input, waiting on disk until the report is written: a million
// dumps are a million lines, which memory should not hold from the first dump to the last. A private
// temp database (SQLite's '' file: on disk past its small cache, gone at close, never in the output
// folder) keeps each line's status and ids; its findings stay in ReportLog's spill file. The report
// reads them back in path order, as JavaScript's `<` orders the paths (UTF-16 code units).
import Database from 'better-sqlite3';
import type { InputLine } from './report-log.js';

type Message = NonNullable<InputLine['notes']>[number];

interface Row {
  path: string; status: InputLine['status']; record: string | null; story: string | null; duplicate_of: string | null;
  error: string | null; notes: string | null; at: number | null; len: number | null;
}

/** Big-endian UTF-16: byte order (memcmp, as SQLite compares blobs) is the order of `<` on strings. */
const sortKey = (path: string) => Buffer.from(path, 'utf16le').swap16();

const lineOf = (r: Row): InputLine => {
  const line: InputLine = { path: r.path, status: r.status };
  if (r.record !== null) line.record = r.record;
  if (r.story !== null) line.story = r.story;
  if (r.duplicate_of !== null) line.duplicate_of = r.duplicate_of;
  if (r.error !== null) line.error = JSON.parse(r.error);
  if (r.notes !== null) line.notes = JSON.parse(r.notes);
  if (r.at !== null) line.at = r.at;
  if (r.len !== null) line.len = r.len;
  return line;
};

export class InputLines {
  private readonly db = new Database('');
  private readonly q;
  private count = 0;

  constructor() {
    // The rollback journal in memory: a temp database's journal is a temp file once one transaction
    // outgrows SQLite's spill size (the notes' transactions do), and from then on each line set alone
    // (a record written) paid a truncate and writes of that file, ~70 us of which half in the kernel.
    // Nothing here outlives the process, and a memory journal still rolls a failed transaction back;
    // it holds the pages one transaction changes (a slice of notes, a page of lines), never the table.
    this.db.pragma('journal_mode = MEMORY');
    this.db.exec(
      `CREATE TABLE lines (n INTEGER PRIMARY KEY, path TEXT NOT NULL, sort BLOB NOT NULL, status TEXT NOT NULL, record TEXT, story TEXT,
         duplicate_of TEXT, error TEXT, notes TEXT, at INTEGER, len INTEGER);
       CREATE INDEX lines_record ON lines (record) WHERE record IS NOT NULL;`,
    );
    const db = this.db;
    this.q = {
      add: db.prepare('INSERT INTO lines (n, path, sort, status) VALUES (?, ?, ?, ?)'),
      set: db.prepare('UPDATE lines SET status = @status, record = @record, story = @story, duplicate_of = @duplicate_of, error = @error, notes = @notes, at = @at, len = @len WHERE n = @n'),
      byRecord: db.prepare<[string], Row & { n: number }>('SELECT * FROM lines WHERE record = ? ORDER BY n'),
      invalid: db.prepare<[], { record: string; error: string }>("SELECT record, error FROM lines WHERE record IS NOT NULL AND json_extract(error, '$.rule') = 'record-invalid' ORDER BY n"),
      stories: db.prepare<[number], { story: string }>("SELECT story FROM lines WHERE n < ? AND story IS NOT NULL AND story != '' GROUP BY story ORDER BY min(n)"),
      counts: db.prepare<[number], { records: number; duplicates: number; stories: number; failures: number }>(
        `SELECT sum(status != 'failed') AS records, sum(status = 'duplicate') AS duplicates, count(DISTINCT nullif(story, '')) AS stories,
           sum(status = 'failed') AS failures FROM lines WHERE n < ?`,
      ),
      sorted: db.prepare<[], Row>('SELECT * FROM lines ORDER BY sort, n'),
      paths: db.prepare<[number, number], { path: string }>('SELECT path FROM lines WHERE n >= ? AND n < ? ORDER BY n'),
    };
  }

  /** Adds lines (in order); returns the number of the first. */
  add(lines: readonly InputLine[]): number {
    const first = this.count;
    this.db.transaction(() => {
      for (const l of lines) {
        const n = this.count++;
        this.q.add.run(n, l.path, sortKey(l.path), l.status);
        if (Object.keys(l).length > 2) this.set(n, l);
      }
    })();
    return first;
  }

  /** Line `n` becomes `line` (its path stays). */
  set(n: number, line: InputLine): void {
    this.q.set.run({
      n, status: line.status, record: line.record ?? null, story: line.story ?? null, duplicate_of: line.duplicate_of ?? null,
      error: line.error ? JSON.stringify(line.error) : null, notes: line.notes ? JSON.stringify(line.notes) : null, at: line.at ?? null, len: line.len ?? null,
    });
  }

  /** Changes the line(s) of a record. */
  update(record: string, change: (line: InputLine) => void): void {
    for (const r of this.q.byRecord.all(record)) {
      const line = lineOf(r);
      change(line);
      this.set(r.n, line);
    }
  }

  // The run sets a line a dump and updates one a record written: each statement alone was a
  // transaction of its own, whose commit wrote the temp database's changed pages (~65 us a line,
  // ~0.25 CPU-s of the main thread's ~6 on polnear-dev, perf). The run gathers them and hands them
  // over a page at a time, in one transaction each.
  /** set() of each line, in order, in one transaction. */
  setMany(lines: readonly (readonly [number, InputLine])[]): void {
    if (lines.length) this.db.transaction(() => lines.forEach(([n, line]) => this.set(n, line)))();
  }

  /** update() of each record, in order, in one transaction. */
  updateMany(changes: readonly (readonly [string, (line: InputLine) => void])[]): void {
    if (changes.length) this.db.transaction(() => changes.forEach(([record, change]) => this.update(record, change)))();
  }

  /** Notes of the corpus stages, after those a line has, by record. */
  addNotes(notes: readonly { id: string; rule: string; reason: string; cause?: string }[]): void {
    const byId = new Map<string, Message[]>();
    for (const n of notes) (byId.get(n.id) ?? byId.set(n.id, []).get(n.id)!).push({ rule: n.rule, reason: n.reason, ...(n.cause ? { cause: n.cause } : {}) });
    this.db.transaction(() => {
      for (const [id, ms] of byId) this.update(id, (l) => (l.notes ??= []).push(...ms));
    })();
  }

  /** Records whose line says they could not be written, in input order. */
  invalid(): { record: string; reason: string }[] {
    return this.q.invalid.all().map((r) => ({ record: r.record, reason: (JSON.parse(r.error) as { reason: string }).reason }));
  }

  /** Stories of the first `n` lines, each once, in the order the lines first name them: one at a
   * time (the report page takes the first 2000; a million dumps name ~150k stories). */
  *stories(n: number): Generator<{ story: string }> {
    yield* this.q.stories.iterate(n);
  }

  counts(n: number): { records: number; duplicates: number; stories: number; failures: number } {
    const c = this.q.counts.get(n)!;
    return { records: c.records ?? 0, duplicates: c.duplicates ?? 0, stories: c.stories, failures: c.failures ?? 0 };
  }

  /** Paths of lines `from` up to `to`, in line order, read a page at a time (a statement is never left
   * open between pages: the lines are set while the run reads them). */
  *paths(from: number, to: number, page = 1024): Generator<string> {
    for (let n = from; n < to; n += page) for (const r of this.q.paths.all(n, Math.min(to, n + page))) yield r.path;
  }

  /** Every line, in path order, one at a time. */
  *sorted(): Generator<InputLine> {
    for (const r of this.q.sorted.iterate()) yield lineOf(r);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
