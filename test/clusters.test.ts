// The grouping's typed clusters (corpus/clusters.ts): members and median days as lists of members and
// of sorted days per cluster gave them, through random merges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Clusters } from '../pipeline/corpus/clusters.js';
import { prng as rng } from './perturb.js';

test('clusters: members, sizes and medians follow merges as lists of members and sorted days did', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const r = rng(seed);
    const n = 1 + Math.floor(r() * 50);
    // Some docs undated, days from a short range (ties), some starting together.
    const docs = Array.from({ length: n }, (_, i) => ({ day: r() < 0.2 ? null : Math.floor(r() * 12) - 3, group: r() < 0.3 ? 1000 + Math.floor(r() * 4) : i }));
    const members = new Map<number, number[]>();
    const first = new Map<number, number>();
    docs.forEach((d, i) => {
      const c = first.get(d.group) ?? i;
      first.set(d.group, c);
      (members.get(c) ?? members.set(c, []).get(c)!).push(i);
    });
    const days = (c: number) => members.get(c)!.flatMap((m) => (docs[m].day === null ? [] : [docs[m].day!])).sort((x, y) => x - y);
    const c = new Clusters(docs);
    const check = () => {
      for (let k = 0; k < n; k++) {
        assert.equal(c.isKey(k), members.has(k), `seed ${seed} key ${k}`);
        if (!members.has(k)) continue;
        const got: number[] = [];
        c.forEachMember(k, (m) => got.push(m));
        assert.deepEqual(got, members.get(k), `seed ${seed} members of ${k}`);
        assert.equal(c.size(k), got.length);
        for (const m of got) assert.equal(c.clusterOf[m], k);
      }
      for (const a of members.keys())
        for (const b of members.keys()) {
          const [da, db] = [days(a), days(b)];
          for (const gap of [0, 2, 5]) {
            const want = da.length > 0 && db.length > 0 && Math.abs(da[da.length >> 1] - db[db.length >> 1]) > gap;
            assert.equal(c.farApart(a, b, gap), want, `seed ${seed} far ${a} ${b} ${gap}`);
          }
        }
    };
    check();
    while (members.size > 1) {
      const keys = [...members.keys()];
      const [x, y] = [keys[Math.floor(r() * keys.length)], keys[Math.floor(r() * keys.length)]];
      if (x === y) continue;
      const [keep, gone] = x < y ? [x, y] : [y, x];
      c.merge(keep, gone);
      members.get(keep)!.push(...members.get(gone)!);
      members.delete(gone);
      check();
    }
  }
});
