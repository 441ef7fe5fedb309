// One dump through the per-article chain, as a plain-data result: the same function runs inline and
// inside article processes, so both paths give byte-identical records.
import type { VFileMessage } from 'vfile-message';
import { features } from '../corpus/features.js';
import type { ArticleFeatures } from '../corpus/store.js';
import { createProcessor, processArticle, type Processor, type StageTimings } from '../article/process.js';
import type { Dump } from '../read/discover.js';
import { recordId } from '../record/id.js';
import { articleFromFile, type Article } from '../record/record.js';
import type { StageOptions } from '../stages/options.js';
import type { KeptDump } from './dump-keep.js';
import { countsOf } from './line-hashes.js';
import { LineTable } from './line-table.js';
import { InputError, readDump } from './read-dump.js';

export interface ReportMessage {
  rule: string;
  reason: string;
  line?: number;
  column?: number;
  /** Last line of the place, when the message covers several. */
  end_line?: number;
  cause?: string;
}

export type TaskResult =
  | { ok: true; article: Article; features: ArticleFeatures; encoding: string; warnings: string[]; messages: ReportMessage[]; removed: Record<string, number>; timings: StageTimings; /** Taken as pass 1 kept it (dump-keep.ts), not read again. */ kept: boolean }
  | { ok: false; rule: string; reason: string; timings: StageTimings };

/** A processor bound to one config and batch, plus the per-stage time it has spent so far. */
export class ArticleTasks {
  private readonly processor: Processor;
  private readonly timings: StageTimings = {};
  constructor(private readonly options: StageOptions, private readonly maxBytes: number) {
    this.processor = createProcessor(options, this.timings);
  }

  /** `kept`: the dump as pass 1 left it in this process (dump-keep.ts); read from disk without it. */
  async run(dump: Dump, kept?: KeptDump): Promise<TaskResult> {
    // Timings are read around the synchronous part only: other dumps' stages run while this one awaits I/O.
    let before: StageTimings = { ...this.timings };
    const spent = (): StageTimings => Object.fromEntries(Object.entries(this.timings).map(([k, v]) => [k, v - (before[k] ?? 0)]));
    try {
      const { file, sha256, encoding, warnings } = kept ?? (await readDump(dump, this.maxBytes));
      // What pass 1 found of the page, for the chrome stage, which takes it off: its judgment of the page alone
      // (chrome/base.ts), and each line's count in the batch read by the hashes pass 1 kept (line-hashes.ts).
      const counts = this.options.batch.lineDocCounts;
      if (kept?.judged) file.data.chromeBase = kept.judged.base;
      if (kept?.judged?.lines && counts instanceof LineTable) file.data.chromeLineCounts = countsOf(kept.judged.lines, counts);
      before = { ...this.timings };
      processArticle(this.processor, file, this.timings);
      const article = articleFromFile(file, recordId(dump.rel), { path: dump.rel, sha256 });
      // The corpus features too, here on the thread: the main thread only collects them.
      const t0 = performance.now();
      const feats = features({ ...article.record, body: article.body }, this.options.config.corpus);
      this.timings.features = (this.timings.features ?? 0) + performance.now() - t0;
      // Every message goes to the report, with its place: each removal of text is one (runs of paragraphs
      // under one rule are one message), and `removed` counts them per rule.
      const messages = file.messages.map(messageLine);
      if (!article.body.trim()) messages.push(emptyBody(file.messages, String(file.value).length));
      return { ok: true, article, features: feats, encoding, warnings, messages, removed: file.data.removed ?? {}, timings: spent(), kept: !!kept };
    } catch (e) {
      const [rule, reason] = e instanceof InputError ? [e.ruleId, e.message] : ['internal', (e as Error)?.message ?? String(e)];
      return { ok: false, rule, reason, timings: spent() };
    }
  }
}

/** A record with no body is never silent: say so, and which rules took the text. */
function emptyBody(all: VFileMessage[], chars: number): ReportMessage {
  const by = new Map<string, number>();
  for (const m of all) if (m.fatal !== false && m.fatal !== true) by.set(m.ruleId ?? 'note', (by.get(m.ruleId ?? 'note') ?? 0) + 1);
  const why = by.size ? `dropped as ${[...by].map(([r, n]) => `${r} (${n})`).join(', ')}` : 'none of it read as paragraphs of article text';
  return { rule: 'body-empty', reason: `no article text kept from ${chars} characters: ${why}` };
}

function messageLine(m: VFileMessage): ReportMessage {
  const end = m.place && 'end' in m.place ? m.place.end.line : undefined;
  return { rule: m.ruleId ?? 'note', reason: m.reason, ...(m.line ? { line: m.line } : {}), ...(m.column ? { column: m.column } : {}), ...(end && end !== m.line ? { end_line: end } : {}) };
}
