// A learned ranker over a field's candidates (bylines, outlets): a softmax over the page's candidates
// and "none" (score 0), with weights fitted by site fold (bench/softmax.ts). Its top share is a
// probability, so a threshold can give no value rather than a wrong one.
import type { FieldModel } from './model.js';

/** The fitted ranker: `model.threshold` the least chance for its own choice, `keep_rule` the least chance for the ordered rules' pick to stand. */
export interface Ranker {
  model: FieldModel;
  keep_rule: number;
  /**
   * The ranker speaks first: the rules' pick stands when it is the ranker's own top choice; else the
   * ranker's choice above its threshold; else the rules' pick while its chance >= keep_rule; else none.
   * (Without it the rules' pick stands first, while its chance >= keep_rule.)
   */
  ranker_first?: boolean;
}

interface Ranked {
  names: string[];
  features?: Record<string, number>;
}

/** What makes two candidates the same value ("The Ledger" on two lines): by default their names as written. */
export type KeyOf = (names: string[]) => string;
const joined: KeyOf = (names) => names.join('|');

/** Each candidate's raw score under the model. */
export function scores(m: FieldModel, cands: { features?: Record<string, number> }[]): number[] {
  return cands.map((c) => {
    let z = m.bias;
    m.features.forEach((name, i) => {
      const x = c.features?.[name];
      if (typeof x === 'number' && Number.isFinite(x)) z += m.weights[i] * ((x - m.mean[i]) / (m.scale[i] || 1));
    });
    return z;
  });
}

/** Each candidate's share of a softmax over the page's candidates and "none" (score 0). */
function shares(m: FieldModel, cands: { features?: Record<string, number> }[]): { z: number[]; p: number[] } {
  const z = scores(m, cands);
  const mx = Math.max(0, ...z);
  const tot = Math.exp(-mx) + z.reduce((a, v) => a + Math.exp(v - mx), 0);
  return { z, p: z.map((v) => Math.exp(v - mx) / tot) };
}

/**
 * The ranker's choice: the value whose candidates take the largest share (a value on several lines
 * gathers the chance of each), with that share; the candidate shown is its highest-scoring one.
 */
export function rankTop<C extends Ranked>(m: FieldModel, cands: C[], keyOf: KeyOf = joined): { c: C; p: number } | undefined {
  if (!cands.length) return undefined;
  const { z, p } = shares(m, cands);
  const groups = new Map<string, { c: C; z: number; p: number }>();
  cands.forEach((c, i) => {
    const k = keyOf(c.names);
    const g = groups.get(k);
    if (!g) groups.set(k, { c, z: z[i], p: p[i] });
    else {
      g.p += p[i];
      if (z[i] > g.z) Object.assign(g, { c, z: z[i] });
    }
  });
  let best: { c: C; p: number } | undefined;
  for (const g of groups.values()) if (!best || g.p > best.p) best = g;
  return best && { c: best.c, p: best.p };
}

/** The rules' pick while the ranker gives it at least `keep_rule`; else the ranker's choice above its threshold; else none (`ranker_first`: see Ranker). */
export function decide<C extends Ranked & { rule?: boolean }>(ranker: Ranker, cands: C[], rule: string[] | undefined, keyOf: KeyOf = joined): { c?: C; p: number; top?: { c: C; p: number } } {
  const top = rankTop(ranker.model, cands, keyOf);
  const key = rule?.length ? keyOf(rule) : undefined;
  const same = key === undefined ? [] : cands.filter((c) => keyOf(c.names) === key);
  const kept = () => {
    if (!same.length) return undefined;
    const { p } = shares(ranker.model, cands);
    const chance = cands.reduce((a, c, i) => a + (keyOf(c.names) === key ? p[i] : 0), 0);
    return chance >= ranker.keep_rule ? { c: same.find((c) => c.rule) ?? same[0], p: chance, top } : undefined;
  };
  if (ranker.ranker_first) {
    if (top && same.length && keyOf(top.c.names) === key) return { c: same.find((c) => c.rule) ?? same[0], p: top.p, top };
    if (top && top.p >= ranker.model.threshold) return { c: top.c, p: top.p, top };
    return kept() ?? { p: 0, top };
  }
  const k = kept();
  if (k) return k;
  if (top && top.p >= ranker.model.threshold) return { c: top.c, p: top.p, top };
  return { p: 0, top };
}
