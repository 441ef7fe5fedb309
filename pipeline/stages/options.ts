// What every per-article stage is handed: the validated config and what the run learned of the batch.
import type { Config } from '../registry.js';
import type { BatchContext } from '../types.js';

export interface StageOptions {
  config: Config;
  batch: BatchContext;
}

/** A batch counted into a Map of its keys (tests, trainers; a run counts into run/line-table.ts). */
export type MapBatch = BatchContext & { lineDocCounts: Map<string, number> };

export const emptyBatch = (): MapBatch => ({ lineDocCounts: new Map(), docs: 0 });
