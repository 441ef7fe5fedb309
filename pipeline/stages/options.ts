// What every per-article stage is handed: the validated config and what the run learned of the batch.
import type { Config } from '../config/sections.js';
import type { BatchContext } from '../types.js';

export interface StageOptions {
  config: Config;
  batch: BatchContext;
}

export const emptyBatch = (): BatchContext => ({ lineDocCounts: new Map(), docs: 0 });
