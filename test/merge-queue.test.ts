// The grouping's merge queue (corpus/merge-queue.ts): per cluster one best pair, the highest first,
// ties to the lower cluster, through changes and removals, as sorting the current bests gives it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MergeQueue } from '../pipeline/corpus/merge-queue.js';
import { prng as rng } from './perturb.js';

test('merge queue: the top is the highest best pair (ties to the lower cluster) through sets and removals', () => {
  for (let seed = 1; seed <= 50; seed++) {
    const r = rng(seed);
    const n = 1 + Math.floor(r() * 40);
    const q = new MergeQueue(n);
    const best = new Map<number, number>();
    for (let step = 0; step < 400; step++) {
      const c = Math.floor(r() * n);
      if (r() < 0.25) {
        q.set(c, -1, 0);
        best.delete(c);
      } else {
        // Few distinct scores: many ties.
        const s = Math.floor(r() * 6) / 6;
        q.set(c, c + 1, s);
        best.set(c, s);
      }
      const want = [...best].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      const top = q.top();
      assert.equal(top, want ? want[0] : -1, `seed ${seed} step ${step}`);
      if (want) {
        assert.equal(q.score(top), want[1]);
        assert.equal(q.partner(top), top + 1);
      }
    }
  }
});
