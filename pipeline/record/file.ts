// The record as a file: checked against record.schema.json, then written as YAML frontmatter in the
// contract's key order and the Markdown body. Only the writers need this (the main thread).
// The schema's validator is compiled by the build (record-validate.js), not by each run.
import type { ArticleRecord } from './record.js';
import validateSchema from './record-validate.js';
import { recordYaml } from './yaml-lines.js';

export class RecordError extends Error {}

/** Throws a RecordError naming every violation; a record that fails is reported, never written. */
export function checkRecord(r: ArticleRecord): void {
  if (!validateSchema(r)) {
    throw new RecordError(`record ${r.id} breaks the record schema: ${validateSchema.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  }
}

/** The record file's text: YAML frontmatter in the contract's key order, then the body. */
export function serializeRecord(r: ArticleRecord, body: string): string {
  const ordered: ArticleRecord = {
    id: r.id, headline: r.headline, date: r.date, outlet: r.outlet, byline: r.byline, dateline: r.dateline,
    section: r.section, quotes: r.quotes, story: r.story, duplicate_of: r.duplicate_of, source: r.source,
  };
  return `---\n${recordYaml(ordered)}---\n\n${body}`;
}
