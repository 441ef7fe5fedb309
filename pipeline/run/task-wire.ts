// What an article process answers the run with for a dump of pass 2. The run stores an article's item
// (its record's fields and body) and its report findings as JSON and reads neither field by field, so
// both cross as the JSON strings the run keeps: the run's process no longer rebuilds each article's
// object tree from the channel only to turn it back into text (a string crosses as one copy). The
// features cross as they are (typed arrays), for the staging area's columns.
import type { ArticleFeatures, ArticleItem } from '../corpus/store.js';
import type { StageTimings } from '../article/process.js';
import type { TaskResult } from './article-task.js';
import type { Findings } from './report-log.js';

export type WireResult =
  | {
      ok: true;
      id: string;
      outlet: string | null;
      /** JSON of the article's item, as the staging area keeps it (ArticleItem). */
      item: string;
      /** JSON of the report's findings for the dump (report-log.ts). */
      findings: string;
      features: ArticleFeatures;
      timings: StageTimings;
      kept: boolean;
    }
  | { ok: false; rule: string; reason: string; timings: StageTimings };

/** The item of a processed article: its record's fields, then its body. */
export function itemOf(r: Extract<TaskResult, { ok: true }>): ArticleItem {
  return { ...r.article.record, body: r.article.body };
}

/** What the report keeps of a processed dump, its keys in the report's order (empty lists left out). */
export function findingsOf(r: Extract<TaskResult, { ok: true }>): Findings {
  const a = r.article;
  return {
    encoding: r.encoding,
    found: a.via,
    ...(a.fields && { fields: a.fields }),
    ...(r.warnings.length ? { warnings: r.warnings } : {}),
    ...(r.messages.length ? { messages: r.messages } : {}),
    ...(Object.keys(r.removed).length ? { removed: r.removed } : {}),
  };
}

/** A task's result as it crosses to the run. */
export function toWire(r: TaskResult): WireResult {
  if (!r.ok) return r;
  const item = itemOf(r);
  return { ok: true, id: item.id, outlet: item.outlet ?? null, item: JSON.stringify(item), findings: JSON.stringify(findingsOf(r)), features: r.features, timings: r.timings, kept: r.kept };
}
