// The run report's lines, one per input, kept small until the report is written. What the
// per-article chain found for a dump (its fields with their confidences, messages, paragraphs
// removed: ~3 KB of JSON an article, the largest thing the main thread held to the end of a run)
// waits in a temp file in the output folder; memory keeps the dump's status and ids and where its
// findings lie. The report's entries are then written one by one in path order (write/run-report.ts),
// each read back, shown to report.html's page as it goes by, and let go. A killed run's temp file is a leftover
// the next run removes (its name is a writer's temp name: leftovers.ts).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { InputReport } from './run.js';

type Message = NonNullable<InputReport['messages']>[number];
/** What the chain found for one dump: spilled to disk as JSON. */
export type Findings = Pick<InputReport, 'encoding' | 'found' | 'fields' | 'warnings' | 'messages' | 'removed'>;

/** An input's line while the run goes on. */
export interface InputLine {
  path: string;
  status: InputReport['status'];
  record?: string;
  story?: string;
  duplicate_of?: string;
  error?: { rule: string; reason: string };
  /** Notes of the corpus stages, after the chain's messages. */
  notes?: Message[];
  /** Byte offset and length of the findings in the spill file. */
  at?: number;
  len?: number;
}

const FLUSH_BYTES = 1 << 20;

export class ReportLog {
  private readonly file: string;
  private fd: number | null = null;
  private size = 0;
  private buffered: string[] = [];
  private bufferedBytes = 0;

  constructor(dir: string) {
    this.file = `${dir}/.report-findings.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  }

  /** Sets aside an input's findings; `line` learns where they are. */
  keep(line: InputLine, findings: Findings): void {
    this.keepJson(line, JSON.stringify(findings));
  }

  /** keep(), the findings given as their JSON (an article process makes it: task-wire.ts). */
  keepJson(line: InputLine, json: string): void {
    const bytes = Buffer.byteLength(json);
    line.at = this.size + this.bufferedBytes;
    line.len = bytes;
    this.buffered.push(json);
    this.bufferedBytes += bytes;
    if (this.bufferedBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (!this.bufferedBytes) return;
    this.fd ??= openSync(this.file, 'w+');
    const chunk = Buffer.from(this.buffered.join(''));
    for (let off = 0; off < chunk.length; ) off += writeSync(this.fd, chunk, off, chunk.length - off, this.size + off);
    this.size += chunk.length;
    this.buffered = [];
    this.bufferedBytes = 0;
  }

  /** The whole report entry of `line`, its keys in the order the report has always had them. */
  entry(line: InputLine): InputReport {
    const out: InputReport = { path: line.path, status: line.status };
    if (line.record !== undefined) out.record = line.record;
    if (line.len !== undefined) Object.assign(out, this.findings(line.at!, line.len));
    if (line.notes) (out.messages ??= []).push(...line.notes);
    if (line.story !== undefined) out.story = line.story;
    if (line.duplicate_of !== undefined) out.duplicate_of = line.duplicate_of;
    if (line.error) out.error = line.error;
    return out;
  }

  private findings(at: number, len: number): Findings {
    this.flush();
    const buf = Buffer.alloc(len);
    for (let off = 0; off < len; ) {
      const n = readSync(this.fd!, buf, off, len - off, at + off);
      if (n === 0) throw new Error(`report findings cut short in ${this.file}`);
      off += n;
    }
    return JSON.parse(buf.toString('utf8')) as Findings;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.file, { force: true });
  }
}
