// Fitting a field's candidate ranker (stages/confidence/rank.ts), shared by the byline and outlet
// trainers: a conditional logit, a softmax over a page's candidates plus "none" (score 0), fitted by
// Adam on the mean log-loss with L2. It learns to choose one value per page and to choose nothing; its
// top share is a probability that a "better none" threshold can use. Why not a pointwise logistic or
// boosted stumps: the choice is among a page's own candidates, and a linear model over standardized
// features with L2 has few degrees of freedom for ~1000 pages and generalizes across sites.
// Deterministic: the same pages give the same numbers (rounded to 6 places).
import type { FieldModel } from '../pipeline/stages/confidence/model.js';
import { decide, rankTop, type KeyOf, type Ranker } from '../pipeline/stages/confidence/rank.js';

export interface RankCand {
  names: string[];
  features: Record<string, number>;
  right: boolean;
}
export interface RankDoc {
  corpus: string;
  fold: number;
  /** The ordered rules' pick ([] for none). */
  rule: string[];
  cands: RankCand[];
}
export interface FitOptions<D> {
  steps: number;
  rate: number;
  l2: number;
  /** Grid steps (of 0.02) tried for keep_rule: 0 keeps every rules pick (the ranker only fills pages the rules leave empty). */
  keepSteps: number;
  /** What a page's value is worth: right minus COST x wrong (none: 0). */
  utility: (d: D, names: string[]) => number;
  keyOf?: KeyOf;
  /** Each corpus weighs the same in the fit, however many pages it has (a small corpus is not outvoted). */
  balance?: boolean;
  /** Thresholds may cost no (corpus, fold) of the training pages anything against the rules, not only no corpus. */
  perFold?: boolean;
  /** The ranker speaks first (Ranker.ranker_first). */
  rankerFirst?: boolean;
}

export const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function fitRanker<D extends RankDoc>(docs: D[], o: FitOptions<D>): Ranker {
  const rows = docs.flatMap((d) => d.cands);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
  const J = names.length;
  const vec = (c: RankCand) => names.map((n) => c.features[n] ?? 0);
  const X = rows.map(vec);
  const mean = names.map((_, j) => r6(X.reduce((a, x) => a + x[j], 0) / Math.max(1, X.length)));
  const scale = names.map((_, j) => r6(Math.sqrt(X.reduce((a, x) => a + (x[j] - mean[j]) ** 2, 0) / Math.max(1, X.length)) || 1));
  const sizes = new Map<string, number>();
  for (const d of docs) if (d.cands.length) sizes.set(d.corpus, (sizes.get(d.corpus) ?? 0) + 1);
  const pages = docs.filter((d) => d.cands.length).map((d) => ({ u: o.balance ? docs.length / sizes.size / sizes.get(d.corpus)! : 1, Z: d.cands.map((c) => vec(c).map((v, j) => (v - mean[j]) / scale[j])), y: d.cands.map((c) => c.right) }));
  // w[J] is the bias. Adam steps on the mean log-loss plus L2.
  const w = new Array<number>(J + 1).fill(0);
  const m1 = new Array<number>(J + 1).fill(0);
  const m2 = new Array<number>(J + 1).fill(0);
  for (let t = 1; t <= o.steps; t++) {
    const g = new Array<number>(J + 1).fill(0);
    for (const pg of pages) {
      const z = pg.Z.map((x) => x.reduce((a, v, j) => a + w[j] * v, w[J]));
      const mx = Math.max(0, ...z);
      const e = z.map((v) => Math.exp(v - mx));
      const none = Math.exp(-mx);
      const tot = none + e.reduce((a, v) => a + v, 0);
      const anyRight = pg.y.some(Boolean);
      const rightMass = anyRight ? e.reduce((a, v, i) => a + (pg.y[i] ? v : 0), 0) : none;
      for (let i = 0; i < z.length; i++) {
        const err = pg.u * (e[i] / tot - (anyRight && pg.y[i] ? e[i] / rightMass : 0));
        g[J] += err;
        for (let j = 0; j < J; j++) g[j] += err * pg.Z[i][j];
      }
    }
    for (let j = 0; j <= J; j++) {
      const gj = g[j] / pages.length + (j < J ? o.l2 * w[j] : 0);
      m1[j] = 0.9 * m1[j] + 0.1 * gj;
      m2[j] = 0.999 * m2[j] + 0.001 * gj * gj;
      w[j] -= (o.rate * (m1[j] / (1 - 0.9 ** t))) / (Math.sqrt(m2[j] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const model: FieldModel = { trusted: [], features: names, mean, scale, weights: w.slice(0, J).map(r6), bias: r6(w[J]), threshold: 1 };
  const ranker: Ranker = { model, keep_rule: 0, ...(o.rankerFirst && { ranker_first: true }) };
  Object.assign(ranker, thresholds(docs, ranker, o));
  return ranker;
}

/**
 * The two thresholds (`keep_rule`, the ranker's own `threshold`) that maximize utility on `docs`, among
 * those that cost no corpus anything against the rules alone: the ranker must serve every kind of page.
 */
function thresholds<D extends RankDoc>(docs: D[], r: Ranker, o: FitOptions<D>): { keep_rule: number; model: FieldModel } {
  const pre = docs.map((d) => {
    const top = rankTop(r.model, d.cands, o.keyOf);
    const key = o.keyOf ?? ((ns: string[]) => ns.join('|'));
    const same = d.cands.filter((c) => key(c.names) === key(d.rule));
    const pr = d.rule.length && same.length ? decide({ model: r.model, keep_rule: 0 }, d.cands, d.rule, o.keyOf).p : -1;
    const agree = Boolean(top && same.length && key(top.c.names) === key(d.rule));
    return { corpus: o.perFold ? `${d.corpus}/${d.fold}` : d.corpus, pr, ur: o.utility(d, d.rule), pt: top?.p ?? -1, ut: top ? o.utility(d, top.c.names) : 0, agree };
  });
  const corpora = [...new Set(pre.map((q) => q.corpus))];
  const base = new Map(corpora.map((c) => [c, pre.filter((q) => q.corpus === c).reduce((a, q) => a + q.ur, 0)]));
  let best = { total: -Infinity, keep_rule: 0, threshold: 1 };
  for (let i = 0; i <= o.keepSteps; i++) {
    const kr = i / 50;
    for (let k = 0; k <= 50; k++) {
      const ta = 0.2 + k / 62.5;
      const per = new Map(corpora.map((c) => [c, 0]));
      const value = o.rankerFirst ? (q: (typeof pre)[number]) => (q.agree ? q.ur : q.pt >= ta ? q.ut : q.pr >= kr ? q.ur : 0) : (q: (typeof pre)[number]) => (q.pr >= kr ? q.ur : q.pt >= ta ? q.ut : 0);
      for (const q of pre) per.set(q.corpus, per.get(q.corpus)! + value(q));
      if (corpora.some((c) => per.get(c)! < base.get(c)!)) continue;
      const total = [...per.values()].reduce((a, v) => a + v, 0);
      if (total > best.total) best = { total, keep_rule: r6(kr), threshold: r6(ta) };
    }
  }
  return { ...r, keep_rule: best.keep_rule, model: { ...r.model, threshold: best.threshold } };
}
