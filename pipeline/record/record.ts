// The article record: frontmatter exactly as the scorer and the CMS read it, plus the Markdown body.
// Every record is checked against record.schema.json before a writer may write it (record/file.ts:
// apart from this file, so the article threads, which only build records, load neither the schema
// validator nor YAML: ~0.1 CPU-s a thread at start).
import type { VFile } from 'vfile';
import type { Quote } from '../types.js';

/** A quote as the record carries it: types.ts's Quote without its offset, which only the stages use. */
export type RecordQuote = Omit<Quote, 'offset'>;

export interface ArticleRecord {
  id: string;
  headline: string | null;
  date: string | null;
  outlet: string | null;
  byline: string[];
  dateline: string | null;
  section: string | null;
  quotes: RecordQuote[];
  story: string;
  duplicate_of: string | null;
  source: { path: string; sha256: string };
}

/** A processed article before the corpus stages assign `story` and `duplicate_of`. */
export interface Article {
  record: Omit<ArticleRecord, 'story' | 'duplicate_of'>;
  body: string;
  /** How each field was found (source name per field), for the run report. */
  via: Record<string, string>;
  /** Per metadata field: its confidence, the numbers it came from, and the value when it was held back (run report). */
  fields?: Record<string, FieldTrace>;
}

export interface FieldTrace {
  via: string;
  confidence?: number;
  features?: Record<string, number>;
  held_back?: unknown;
}

export function articleFromFile(file: VFile, id: string, source: { path: string; sha256: string }): Article {
  const d = file.data;
  const via: Record<string, string> = {};
  for (const k of ['headline', 'date', 'outlet', 'byline', 'dateline', 'section'] as const) if (d[k]) via[k] = d[k]!.via;
  const fields: Record<string, FieldTrace> = {};
  for (const k of ['headline', 'date', 'outlet', 'byline'] as const) {
    const held = d.heldBack?.[k];
    const f = d[k] ?? held;
    if (!f || (f.confidence === undefined && !f.features)) continue;
    fields[k] = { via: f.via, ...(f.confidence !== undefined && { confidence: f.confidence }), ...(f.features && { features: f.features }), ...(held && { held_back: held.value }) };
  }
  return {
    record: {
      id,
      headline: d.headline?.value ?? null,
      date: d.date?.value ?? null,
      outlet: d.outlet?.value ?? null,
      byline: d.byline?.value ?? [],
      dateline: d.dateline?.value ?? null,
      section: d.section?.value ?? null,
      quotes: (d.quotes ?? []).map(({ text, speaker, speaker_name, speaker_role, cue, partial }) => ({ text, speaker, ...(speaker_name ? { speaker_name } : {}), ...(speaker_role ? { speaker_role } : {}), ...(cue ? { cue } : {}), ...(partial ? { partial } : {}) })),
      source,
    },
    body: d.body ?? '',
    via,
    ...(Object.keys(fields).length && { fields }),
  };
}
