// Folds by site: every page of a site in one fold, the same fold on every run, and cross-validation
// that never fits on the fold it measures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossValidate, FOLDS, foldOf, siteOf, splitBySite } from '../bench/folds.js';

const labels = Array.from({ length: 200 }, (_, i) => ({ file: `p${i}.txt`, site: `site${i % 37}.example` }));

test('a site is read from its label, its outlet domain, its URL, else the page', () => {
  const cases: [Parameters<typeof siteOf>[0], string][] = [
    [{ file: 'a.txt', site: 'WWW.Harbor.example' }, 'harbor.example'],
    [{ file: 'a.txt', outlet: { site_name: 'Harbor', domain: 'harbor.example' } }, 'harbor.example'],
    [{ file: 'a.txt', url: 'https://www.quay.example/x' }, 'quay.example'],
    [{ file: 'a.txt', outlet: { site_name: 'Harbor Ledger', domain: null } }, 'harbor ledger'],
    [{ file: 'a.txt' }, 'a.txt'],
  ];
  for (const [l, want] of cases) assert.equal(siteOf(l), want);
});

test('pages of one site share a fold; folds are stable and all used', () => {
  const parts = splitBySite(labels);
  assert.equal(parts.length, FOLDS);
  assert.ok(parts.every((p) => p.length > 0));
  for (const p of parts) for (const l of p) assert.ok(parts.every((q) => q === p || !q.some((m) => m.site === l.site)), `${l.site} in one fold`);
  assert.deepEqual(splitBySite(labels).map((p) => p.length), parts.map((p) => p.length), 'deterministic');
  assert.equal(foldOf({ file: 'x', site: 'site3.example' }), foldOf({ file: 'y', site: 'site3.example' }));
});

test('cross-validation fits on the other folds only', () => {
  const res = crossValidate(labels, (train) => new Set(train.map((l) => l.site)), (seen, test) => test.filter((l) => seen.has(l.site)).length);
  assert.equal(res.length, FOLDS);
  assert.ok(res.every((r) => r.result === 0), 'no test site was fitted on');
  assert.equal(res.reduce((a, r) => a + r.n, 0), labels.length);
});
