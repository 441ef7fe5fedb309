// The run report as two files. Every input's entry (status, ids, fields with their confidences,
// messages) goes to report-inputs.jsonl, one JSON line per input in path order; report.json is a
// summary of bounded size: counts, stage timings, and per rule how many inputs it named and the first
// few of them, each with the line of report-inputs.jsonl that holds its entry. One report.json of
// every entry was 291 MB at 100k generated dumps (~3 KB an input): ~3 GB at a million, which no reader
// opens; the summary stays ~100 KB whatever the batch (92 KB on silver-dev: 52 rules). Both files are written atomically,
// the entries first, so a report.json on disk always points into the lines written with it.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { chunked, mapped } from './json-pieces.js';
import { inside, writeAtomic, writeAtomicChunks } from './atomic.js';
import type { ReportInput } from './report-html.js';

/** Where each input's entry goes, beside report.json. */
export const INPUTS_FILE = 'report-inputs.jsonl';
/** Inputs named per rule in report.json (the rest are counted, and found in INPUTS_FILE by rule). */
export const FIRST_PER_RULE = 10;
/** Characters written at a time: below V8's large-object size even as UTF-16. */
const CHUNK_CHARS = 1 << 15;

/** One input a rule named: where its entry is. */
export interface Named {
  path: string;
  /** Line of INPUTS_FILE (1-based) that holds the input's whole entry. */
  entry: number;
  /** Line of the dump the message is about, when it has one. */
  line?: number;
  reason: string;
}

/** What report.json says of the problems of a run: per rule (a message's, a refused input's, `read`
 * for decoding warnings), how often it fired and the first FIRST_PER_RULE times, in path order. */
export class RuleDigest {
  private readonly rules = new Map<string, { count: number; inputs: number; first: Named[] }>();
  private n = 0;

  /** The next entry of INPUTS_FILE, in the file's order. */
  add(e: ReportInput): void {
    const entry = ++this.n;
    const seen = new Set<string>();
    const note = (rule: string, x: Omit<Named, 'path' | 'entry'>) => {
      const r = this.rules.get(rule) ?? this.rules.set(rule, { count: 0, inputs: 0, first: [] }).get(rule)!;
      r.count++;
      if (!seen.has(rule)) {
        seen.add(rule);
        r.inputs++;
        if (r.first.length < FIRST_PER_RULE) r.first.push({ path: e.path, entry, ...x });
      }
    };
    if (e.error) note(e.error.rule, { reason: e.error.reason });
    for (const w of e.warnings ?? []) note('read', { reason: w });
    for (const m of e.messages ?? []) note(m.rule, { ...(m.line ? { line: m.line } : {}), reason: m.reason });
  }

  /** Entries seen (the lines of INPUTS_FILE). */
  get entries(): number {
    return this.n;
  }

  /** Rules by name: messages counted, inputs named, the first inputs. */
  toJSON(): Record<string, { count: number; inputs: number; first: Named[] }> {
    return Object.fromEntries([...this.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** Writes INPUTS_FILE from `entries` (made one at a time, each shown to `visit`), then report.json:
 * `head`, then where the entries are and the rules' digest. Returns report.json's path. */
export async function writeRunReport(output: string, head: object, entries: Iterable<ReportInput>, visit: (e: ReportInput) => void): Promise<string> {
  const digest = new RuleDigest();
  const lines = mapped(entries, (e) => {
    visit(e);
    digest.add(e);
    return JSON.stringify(e) + '\n';
  });
  await writeAtomicChunks(inside(output, INPUTS_FILE), chunked(lines, CHUNK_CHARS));
  const reportPath = inside(output, 'report.json');
  await writeAtomic(reportPath, JSON.stringify({ ...head, inputs: { file: INPUTS_FILE, lines: digest.entries }, rules: digest.toJSON() }, null, 2) + '\n');
  return reportPath;
}

/** A run's report as one object, as report.json held it before it was cut in two: the summary, with
 * `inputs` the entries of its lines file (for tools over a run of a corpus; a million are GBs). */
export function readRunReport<T = unknown>(output: string): T {
  const head = JSON.parse(readFileSync(path.join(output, 'report.json'), 'utf8')) as { inputs: { file: string } };
  const lines = readFileSync(path.join(output, head.inputs.file), 'utf8').split('\n').filter(Boolean);
  return { ...head, inputs: lines.map((l) => JSON.parse(l) as unknown) } as T;
}

/** The entries of a report whose summary is `head`, one at a time: from its lines file, read a chunk
 * at a time (never the whole file), or from `inputs` itself in a report.json of an earlier version. */
export function* reportEntries(output: string, head: { inputs: unknown }): Generator<ReportInput> {
  if (Array.isArray(head.inputs)) return yield* head.inputs as ReportInput[];
  const file = (head.inputs as { file?: string } | undefined)?.file;
  if (typeof file !== 'string') return;
  let fd: number;
  try {
    fd = openSync(inside(output, file), 'r');
  } catch {
    return;
  }
  try {
    const buf = Buffer.alloc(1 << 16);
    // A character cut by a chunk's end waits in the decoder for the rest of its bytes.
    const utf8 = new StringDecoder('utf8');
    let rest = '';
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const lines = (rest + utf8.write(buf.subarray(0, n))).split('\n');
      rest = lines.pop()!;
      for (const l of lines) if (l) yield JSON.parse(l) as ReportInput;
    }
    if (rest) yield JSON.parse(rest) as ReportInput;
  } finally {
    closeSync(fd);
  }
}
