// The outlet ranker's fallback (outlet/fallback.ts): when the page refuses the likeliest candidate, the next
// is weighed by the ranker's own decision over the candidates left, with the fitted thresholds; it must pass
// the page's refusals too. Invented names and a one-feature model: a candidate's score is its `s`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ranker } from '../pipeline/stages/confidence/rank.js';
import { decideWithFallback, ordinal, type Judged } from '../pipeline/stages/outlet/fallback.js';
import { outletKey } from '../pipeline/stages/outlet/candidates.js';

const ranker = (threshold: number, keep_rule = 0.99): Ranker => ({
  keep_rule,
  ranker_first: true,
  model: { trusted: [], features: ['s'], mean: [0], scale: [1], weights: [1], bias: 0, threshold },
});
const cand = (name: string, s: number, rule = false) => ({ names: [name], via: 'fixture', rule, features: { s } });
/** The page's judgement: the names listed are refused (a button, a credit...), the rest written as they are. */
const judge = (refused: string[]) => (name: string): Judged => (refused.includes(name) ? { shown: name, why: 'a button' } : { name });

const CASES: { what: string; cands: ReturnType<typeof cand>[]; rule?: string; refused: string[]; threshold: number; taken?: string; refusedShown: string[] }[] = [
  { what: 'nothing refused: the ranker\'s choice stands', cands: [cand('Quillmere Post', 4), cand('Ferry Notes', 1)], refused: [], threshold: 0.4, taken: 'Quillmere Post', refusedShown: [] },
  // Shares e^4, e^3.5, 1 (none): the second's share given the first refused is e^3.5 / (e^3.5 + 1) ~ 0.97.
  { what: 'a refused button: the second, likely enough once the first is out, is taken', cands: [cand('Subscribe Now', 4), cand('Quillmere Post', 3.5), cand('Ferry Notes', 0)], refused: ['Subscribe Now'], threshold: 0.4, taken: 'Quillmere Post', refusedShown: ['Subscribe Now'] },
  { what: 'the rules\' pick refused: the ranker\'s next choice is taken', cands: [cand('Subscribe Now', 4, true), cand('Quillmere Post', 3)], rule: 'Subscribe Now', refused: ['Subscribe Now'], threshold: 0.4, taken: 'Quillmere Post', refusedShown: ['Subscribe Now'] },
  // The second's share given the first refused: e^-1 / (e^-1 + e^-1.5 + 1) ~ 0.22, below the threshold.
  { what: 'negative: the second is not likely enough even once the first is out', cands: [cand('Subscribe Now', 4), cand('Quillmere Post', -1), cand('Ferry Notes', -1.5)], refused: ['Subscribe Now'], threshold: 0.4, refusedShown: ['Subscribe Now'] },
  { what: 'negative: the second is refused too, and no third is likely enough', cands: [cand('Subscribe Now', 4), cand('Ana Ruiz', 3), cand('Quillmere Post', -2)], refused: ['Subscribe Now', 'Ana Ruiz'], threshold: 0.4, refusedShown: ['Subscribe Now', 'Ana Ruiz'] },
  { what: 'the second refused too, the third likely enough: taken third', cands: [cand('Subscribe Now', 4), cand('Ana Ruiz', 3), cand('Quillmere Post', 2)], refused: ['Subscribe Now', 'Ana Ruiz'], threshold: 0.4, taken: 'Quillmere Post', refusedShown: ['Subscribe Now', 'Ana Ruiz'] },
  { what: 'negative: nothing likely enough from the start, nothing refused', cands: [cand('Quillmere Post', -2)], refused: [], threshold: 0.4, refusedShown: [] },
  { what: 'negative: no candidates', cands: [], refused: [], threshold: 0.4, refusedShown: [] },
];

test('fallback: the next likeliest candidate once the page refuses the likeliest', () => {
  for (const c of CASES) {
    const f = decideWithFallback(ranker(c.threshold), c.cands, c.rule ? [c.rule] : undefined, outletKey, judge(c.refused));
    assert.equal(f.taken?.name, c.taken, c.what);
    assert.deepEqual(f.refused.map((r) => r.shown), c.refusedShown, c.what);
    if (f.taken) assert.ok(f.taken.p >= c.threshold || f.taken.rule, `${c.what}: its chance clears the fitted threshold`);
  }
});

test('fallback: a candidate on several lines is refused once, all its lines left out', () => {
  const f = decideWithFallback(ranker(0.4), [cand('Subscribe Now', 3), cand('Subscribe now', 3), cand('Quillmere Post', 2.5)], undefined, outletKey, judge(['Subscribe Now', 'Subscribe now']));
  assert.equal(f.taken?.name, 'Quillmere Post');
  assert.equal(f.refused.length, 1);
});

test('ordinal: where a fallback\'s outlet stood', () => {
  for (const [n, w] of [[1, 'first'], [2, 'second'], [3, 'third'], [7, '7th']] as const) assert.equal(ordinal(n), w);
});

test('fallback: with one try (a ranker not fitted for it) the refused first gives none', () => {
  const cands = [cand('Subscribe Now', 4), cand('Quillmere Post', 3.5)];
  const once = decideWithFallback(ranker(0.4), cands, undefined, outletKey, judge(['Subscribe Now']), 1);
  assert.equal(once.taken, undefined);
  assert.deepEqual(once.refused.map((r) => r.shown), ['Subscribe Now']);
  const kept = decideWithFallback(ranker(0.4), cands, undefined, outletKey, judge([]), 1);
  assert.equal(kept.taken?.name, 'Subscribe Now');
});
