// Better none than wrong: a field below its confidence threshold is held back with a message that says
// which value, how it was found and why; trusted sources are kept; a model that cannot say keeps it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import confidence from '../pipeline/stages/confidence.js';
import { confidenceOf, type FieldModel, type Models } from '../pipeline/stages/confidence/model.js';
import type { StageOptions } from '../pipeline/stages/options.js';

const model = (threshold: number): FieldModel => ({ trusted: ['frontmatter', 'path'], features: ['score', 'margin'], mean: [2, 0], scale: [2, 1], weights: [1.5, 1], bias: 0, threshold });

test('confidence: a logistic model over standardized features; trusted sources are certain', () => {
  const m = model(0.5);
  const cases: [string, Record<string, number> | undefined, number | undefined][] = [
    ['path', undefined, 1],
    ['page-evidence', { score: 2, margin: 0 }, 0.5],
    ['page-evidence', { score: 6, margin: 0 }, 1 / (1 + Math.exp(-3))],
    ['page-evidence', { score: 0, margin: -1 }, 1 / (1 + Math.exp(2.5))],
    // A feature the model does not know counts as its mean; no features at all: the model cannot say.
    ['page-evidence', { other: 9 }, 0.5],
    ['page-evidence', undefined, undefined],
  ];
  for (const [via, f, want] of cases) {
    const got = confidenceOf(m, via, f);
    if (want === undefined) assert.equal(got, undefined, via);
    else assert.ok(Math.abs(got! - want) < 1e-9, `${via} ${JSON.stringify(f)}: ${got} vs ${want}`);
  }
});

test('a field below its threshold is held back, with the reason in the report', () => {
  const models: Models = { fields: { outlet: model(0.6), byline: model(0.6), date: model(0) } };
  const run = confidence({} as StageOptions, models);
  const file = new VFile({ value: 'Menu\n\nBy Jo Roe\n\n© 2023 Harbor Ledger\n', path: 'a.txt' });
  file.data.outlet = { value: 'Harbor Ledger', via: 'page-evidence', features: { score: 1, margin: 0 } };
  file.data.byline = { value: ['Jo Roe'], via: 'by-line', features: { score: 8, margin: 2 } };
  file.data.date = { value: '2023-01-02', via: 'scored-page', features: { score: 0, margin: -3 } };
  file.data.headline = { value: 'A headline', via: 'above-article', features: { score: 0 } };
  run({ type: 'root', children: [] }, file);
  assert.equal(file.data.outlet, undefined, 'low outlet held back');
  assert.equal(file.data.heldBack?.outlet?.value, 'Harbor Ledger');
  assert.deepEqual(file.data.byline?.value, ['Jo Roe'], 'a confident byline stays');
  assert.ok(file.data.byline!.confidence! > 0.9);
  assert.equal(file.data.date?.value, '2023-01-02', 'threshold 0 keeps everything');
  assert.equal(file.data.headline?.confidence, undefined, 'a field without a model is left alone');
  assert.equal(file.messages.length, 1);
  const [m] = file.messages;
  assert.equal(m.ruleId, 'outlet-low-confidence');
  assert.match(m.reason, /"Harbor Ledger" held back: confidence 0\.\d+ is below 0\.6 for values found by page-evidence/);
  assert.equal(m.line, 5, 'at the place the value stands');
});

test('what the newsroom said is never held back', () => {
  const run = confidence({} as StageOptions, { fields: { outlet: model(0.99) } });
  const file = new VFile({ value: 'Body.', path: 'ledger/a.txt' });
  file.data.outlet = { value: 'Harbor Ledger', via: 'path' };
  run({ type: 'root', children: [] }, file);
  assert.equal(file.data.outlet?.value, 'Harbor Ledger');
  assert.equal(file.data.outlet?.confidence, 1);
  assert.equal(file.messages.length, 0);
});
