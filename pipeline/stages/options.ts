// What every per-article stage is handed: the validated config and what the run learned of the batch.
import type { Config } from '../registry.js';
import type { BatchContext } from '../types.js';

export interface StageOptions {
  config: Config;
  batch: BatchContext;
}

export const emptyBatch = (): BatchContext => ({ lineDocCounts: new Map(), docs: 0 });
