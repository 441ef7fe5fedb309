// Better none than wrong: each metadata field carries a confidence (stages/confidence/model.ts), and
// a value below its field's threshold is held back: the record gives null, and the report says which
// value, how it was found and why (ruleId `<field>-low-confidence`, at the value's place). Runs last,
// so no stage depends on a value it may hold back. Thresholds are fitted by site folds (npm run train).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { pointAt } from '../text/lines.js';
import { confidenceOf, FIELDS, type Models } from './confidence/model.js';
import model from './confidence/model.json' with { type: 'json' };
import type { StageOptions } from './options.js';

const shipped = model as Models;

/** Where a held-back value stands in the dump, when the text shows it. */
function placeOf(file: VFile, field: string, value: unknown): { line: number; column: number; offset: number } | undefined {
  if (field === 'date' && file.data.dateLine) return pointAt(file, file.data.dateLine.start);
  const probe = Array.isArray(value) ? value[0] : value;
  if (typeof probe !== 'string' || !probe) return undefined;
  const at = String(file.value).indexOf(probe);
  return at >= 0 ? pointAt(file, at) : undefined;
}

export default function confidence(_options: StageOptions, models: Models = shipped) {
  return (_tree: Root, file: VFile) => {
    for (const field of FIELDS) {
      const found = file.data[field];
      const m = models.fields[field];
      if (!found || !m) continue;
      const c = confidenceOf(m, found.via, found.features);
      if (c === undefined) continue;
      found.confidence = Math.round(c * 1000) / 1000;
      if (c >= m.threshold) continue;
      (file.data.heldBack ??= {})[field] = found;
      delete file.data[field];
      const shown = Array.isArray(found.value) ? found.value.join(', ') : String(found.value);
      file.message(`${field} "${shown}" held back: confidence ${found.confidence.toFixed(3)} is below ${m.threshold} for values found by ${found.via}`, {
        ruleId: `${field}-low-confidence`,
        source: 'copydesk-confidence',
        place: placeOf(file, field, found.value),
      });
    }
  };
}
