// Writes article records to output/records/<id>.md, and reads back one an earlier run wrote when a
// story change moves it (or all of them, once, to migrate an old state).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontmatter } from '../read/frontmatter.js';
import { SAFE_ID } from '../record/id.js';
import { checkRecord, serializeRecord } from '../record/file.js';
import type { ArticleRecord } from '../record/record.js';
import { inside, writeAtomic, type WriteOutcome } from './atomic.js';

export function recordPath(outputDir: string, id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`unsafe record id: ${JSON.stringify(id)}`);
  return inside(outputDir, 'records', `${id}.md`);
}

export async function writeRecord(outputDir: string, record: ArticleRecord, body: string): Promise<WriteOutcome> {
  checkRecord(record);
  return writeAtomic(recordPath(outputDir, record.id), serializeRecord(record, body));
}

export interface StoredRecord {
  record: ArticleRecord;
  body: string;
}

/** One record by id: `stored` when it reads and passes the schema, `invalid` (why) when it does not,
 * neither when there is no such file. */
export async function loadRecord(outputDir: string, id: string): Promise<{ stored?: StoredRecord; invalid?: InvalidRecord }> {
  const file = `records/${id}.md`;
  let text: string;
  try {
    text = await readFile(recordPath(outputDir, id), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { invalid: { file, reason: `unreadable: ${(e as Error).message}`, kept: false } };
  }
  try {
    const { data, content } = splitFrontmatter(text);
    const record = data as unknown as ArticleRecord;
    checkRecord(record);
    return { stored: { record, body: content.replace(/^\n/, '') } };
  } catch (e) {
    return { invalid: { file, reason: (e as Error).message, kept: false } };
  }
}

/** One record by id, or null when absent or unreadable. */
export async function readRecord(outputDir: string, id: string): Promise<StoredRecord | null> {
  return (await loadRecord(outputDir, id)).stored ?? null;
}

/** A record on disk that breaks the record schema (or cannot be read at all). `kept`: it still
 * carries what a feed item is made of, so it is used as it was rather than dropped. */
export interface InvalidRecord {
  file: string;
  reason: string;
  kept: boolean;
}

/** Every record under output/records/, keyed by id, but those named in `skip` (already in memory).
 * A record that no longer passes the schema (written by an older version, or edited by hand) is
 * never dropped silently: it is named in `invalid`, and kept when it still carries a feed item's
 * fields. */
export async function readRecords(outputDir: string, skip: ReadonlySet<string> = new Set()): Promise<{ records: Map<string, StoredRecord>; invalid: InvalidRecord[] }> {
  const dir = path.join(outputDir, 'records');
  const records = new Map<string, StoredRecord>();
  const invalid: InvalidRecord[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort();
  } catch {
    return { records, invalid };
  }
  for (const n of names) {
    if (skip.has(n.slice(0, -3))) continue;
    let data: Record<string, unknown>;
    let body: string;
    try {
      const split = splitFrontmatter(await readFile(path.join(dir, n), 'utf8'));
      [data, body] = [split.data, split.content.replace(/^\n/, '')];
    } catch (e) {
      invalid.push({ file: `records/${n}`, reason: `unreadable: ${(e as Error).message}`, kept: false });
      continue;
    }
    const record = data as unknown as ArticleRecord;
    try {
      checkRecord(record);
      records.set(record.id, { record, body });
    } catch (e) {
      const kept = feedable(data, n.slice(0, -3));
      invalid.push({ file: `records/${n}`, reason: (e as Error).message, kept });
      if (kept) records.set(record.id, { record, body });
    }
  }
  return { records, invalid };
}

const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/;

/** Whether a record carries every field a feed item reads, with the right types. */
function feedable(d: Record<string, unknown>, stem: string): boolean {
  const source = d.source as { path?: unknown } | undefined;
  return (
    d.id === stem && SAFE_ID.test(stem) && typeof d.story === 'string' && d.story !== '' &&
    ['headline', 'date', 'outlet', 'section', 'duplicate_of'].every((k) => strOrNull(d[k])) &&
    Array.isArray(d.byline) && d.byline.every((b) => typeof b === 'string') &&
    typeof source?.path === 'string' && (d.date === null || ISO_DATE.test(d.date as string))
  );
}
