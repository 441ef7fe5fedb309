// A quote plugin's message for the run report: what was dropped or which fallback decided, at its place
// in the dump, under a rule id (`quote-*` for a quote dropped, `attribution-*` and `speaker-*` for a
// fallback), so the report says why a quote is missing or how its speaker was found.
import type { VFile } from 'vfile';
import { pointAt } from '../../text/lines.js';

export function note(file: VFile, offset: number, ruleId: string, reason: string): void {
  file.message(reason, { place: pointAt(file, Math.max(0, offset)), ruleId, source: 'quotes' });
}
