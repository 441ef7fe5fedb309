// A record of an earlier run whose story merged or split: rewritten with its new story id. Most are
// exactly the text the run that wrote them made from the article's stored item, with the story and the
// original they name: such a one is checked against that text and rewritten from the item, not parsed.
// Reading each back through the frontmatter parser (gray-matter and yaml, code a run otherwise never
// warms) was ~5 ms a record, 1.2 CPU-s for the 258 records 1k bench dumps moved onto 16k. Any other
// text (edited by hand, written by an older version, unreadable) goes through loadRecord as before,
// and is updated or reported the same.
import { readFile } from 'node:fs/promises';
import type { ArticleItem } from '../corpus/store.js';
import { checkRecord, serializeRecord } from '../record/file.js';
import type { ArticleRecord } from '../record/record.js';
import { loadRecord, recordPath, writeRecord, type InvalidRecord } from './records.js';

/** The story's and the original's lines as serializeRecord writes them (one after the other). */
const STORY_LINES = /\nstory: ([^\n]*)\nduplicate_of: ([^\n]*)\n/;

/** Gives record `id` story `story`; `item`: the article's item as the store keeps it. `invalid`: the
 * record cannot be read or breaks the schema (it is then left as it is). */
export async function moveRecord(outputDir: string, id: string, story: string, item: ArticleItem | undefined): Promise<{ invalid?: InvalidRecord }> {
  const was = item ? await asWritten(outputDir, id, item) : null;
  if (was) {
    if (was.record.story !== story) await writeRecord(outputDir, { ...was.record, story }, was.body);
    return {};
  }
  const { stored: r, invalid } = await loadRecord(outputDir, id);
  if (r && r.record.story !== story) await writeRecord(outputDir, { ...r.record, story }, r.body);
  return invalid ? { invalid } : {};
}

/** The record on disk when its text is the one `item` makes with the story and original it names
 * (and that record passes the schema), else null. */
async function asWritten(outputDir: string, id: string, item: ArticleItem): Promise<{ record: ArticleRecord; body: string } | null> {
  let text: string;
  try {
    text = await readFile(recordPath(outputDir, id), 'utf8');
  } catch {
    return null;
  }
  const m = STORY_LINES.exec(text);
  if (!m || item.id !== id) return null;
  const { body, ...fields } = item;
  const record: ArticleRecord = { ...fields, story: m[1], duplicate_of: m[2] === 'null' ? null : m[2] };
  try {
    if (serializeRecord(record, body) !== text) return null;
    checkRecord(record);
  } catch {
    return null;
  }
  return { record, body };
}
