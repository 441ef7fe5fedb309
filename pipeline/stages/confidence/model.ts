// A field's confidence: the chance that a value found this way is right, from the features its stage
// recorded (Found.features), by a logistic model fitted on labelled pages of many sites
// (bench/train-fields.ts, `npm run train`; the fitted numbers are model.json beside this file).
export interface FieldModel {
  /** Sources the newsroom or the dump itself vouches for: always kept, confidence 1. */
  trusted: string[];
  features: string[];
  /** Standardization: (x - mean) / scale. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Below this the value is held back (0: never). */
  threshold: number;
}

export type Field = 'headline' | 'date' | 'byline' | 'outlet';
export const FIELDS: readonly Field[] = ['headline', 'date', 'byline', 'outlet'];

export interface Models {
  fields: Partial<Record<Field, FieldModel>>;
}

/** The model's chance that a value with these features is right; undefined when it cannot say. */
export function confidenceOf(m: FieldModel, via: string, features: Record<string, number> | undefined): number | undefined {
  if (m.trusted.includes(via)) return 1;
  if (!features) return undefined;
  let z = m.bias;
  m.features.forEach((name, i) => {
    const x = features[name];
    if (typeof x === 'number' && Number.isFinite(x)) z += m.weights[i] * ((x - m.mean[i]) / (m.scale[i] || 1));
  });
  return 1 / (1 + Math.exp(-z));
}
