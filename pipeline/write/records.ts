// Writes article records to output/records/<id>.md, and reads back one an earlier run wrote when a
// story change moves it (or all of them, once, to migrate an old state).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontmatter } from '../read/frontmatter.js';
import { SAFE_ID } from '../record/id.js';
import { checkRecord, serializeRecord, type ArticleRecord } from '../record/record.js';
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

/** One record by id, or null when absent or unreadable. */
export async function readRecord(outputDir: string, id: string): Promise<StoredRecord | null> {
  try {
    const { data, content } = splitFrontmatter(await readFile(recordPath(outputDir, id), 'utf8'));
    const record = data as unknown as ArticleRecord;
    checkRecord(record);
    return { record, body: content.replace(/^\n/, '') };
  } catch {
    return null;
  }
}

/** Every record under output/records/, keyed by id, but those named in `skip` (already in memory).
 * Unreadable files are skipped and named. */
export async function readRecords(outputDir: string, skip: ReadonlySet<string> = new Set()): Promise<{ records: Map<string, StoredRecord>; unreadable: string[] }> {
  const dir = path.join(outputDir, 'records');
  const records = new Map<string, StoredRecord>();
  const unreadable: string[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return { records, unreadable };
  }
  for (const n of names) {
    if (skip.has(n.slice(0, -3))) continue;
    try {
      const { data, content } = splitFrontmatter(await readFile(path.join(dir, n), 'utf8'));
      const record = data as unknown as ArticleRecord;
      checkRecord(record);
      records.set(record.id, { record, body: content.replace(/^\n/, '') });
    } catch {
      unreadable.push(n);
    }
  }
  return { records, unreadable };
}
