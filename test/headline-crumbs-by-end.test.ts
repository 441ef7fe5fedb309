// A candidate is a breadcrumb's tail when a longer crumb ends with it (headline/candidates.ts); crumbs-by-end.ts
// hands each candidate only the crumbs ending in its last two characters. Whatever the predicate asked of them, the
// answer is the one asking every crumb gives: random crumbs and texts from a few pieces, and a table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crumbsByEnd } from '../pipeline/stages/headline/crumbs-by-end.js';
import { prng as rng } from './perturb.js';

const PIECES = ['Home', ' » ', 'News', 'Ferry strike ends', 'ends', 's', 'é', '', ' ', '|', 'x'];

test('crumbsByEnd answers as every crumb', () => {
  const r = rng(43);
  const pick = () => PIECES[Math.floor(r() * PIECES.length)];
  for (let n = 0; n < 3000; n++) {
    const crumbs = Array.from({ length: Math.floor(r() * 8) }, () => Array.from({ length: Math.floor(r() * 4) }, pick).join(''));
    const index = crumbsByEnd(crumbs);
    for (let k = 0; k < 5; k++) {
      const text = Array.from({ length: Math.floor(r() * 3) }, pick).join('');
      const tail = (t: string) => t.length > text.length && t.endsWith(text);
      assert.equal(index.endingIn(text).some(tail), crumbs.some(tail), JSON.stringify({ crumbs, text }));
      assert.deepEqual(index.endingIn(text).filter(tail), crumbs.filter(tail), JSON.stringify({ crumbs, text }));
    }
  }
});

test('crumbsByEnd: table', () => {
  const index = crumbsByEnd(['Home » News » Ferry strike ends', 'Home » Sport', 'a', 'Home » News » Ferry strike end']);
  assert.deepEqual(index.endingIn('Ferry strike ends'), ['Home » News » Ferry strike ends']);
  assert.deepEqual(index.endingIn('Sport'), ['Home » Sport']);
  assert.deepEqual(index.endingIn('Weather'), []);
  assert.equal(index.endingIn('s').length, 4);
  assert.equal(index.endingIn('').length, 4);
});
