// Pass 1's bookkeeping: in how many dumps each folded line (and each long line's opening and closing
// words) appears. Kept apart from run.ts so tests count a batch exactly as a run does.
import { echoKeys, foldLine } from '../text/lines.js';
import type { BatchContext } from '../types.js';

export function countDump(batch: BatchContext, text: string, echoWords: number): void {
  batch.docs++;
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const k = foldLine(line);
    for (const key of k ? [k, ...echoKeys(k, echoWords)] : []) {
      if (seen.has(key)) continue;
      seen.add(key);
      batch.lineDocCounts.set(key, (batch.lineDocCounts.get(key) ?? 0) + 1);
    }
  }
}
