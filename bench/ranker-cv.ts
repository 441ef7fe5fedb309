// What the candidate rankers' trainers (train-ranker.ts for bylines, train-outlet.ts for outlets) share: the
// cross-validation by site fold that decides whether a fitted ranker ships, and the run around it (the
// candidates cached in .eval-train/, the ranker file written only with --write). Each trainer keeps what
// differs: how pages are gathered, the fit, and its figures (F1 for bylines, accuracy for outlets).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FOLDS } from './folds.js';

/** A trainer's figures over a set of pages: made, added, shown, and the fold rule's "lost". */
export interface Figures<D, F> {
  score(docs: D[], pick: (d: D) => string[]): F;
  zero(): F;
  add(a: F, b: F): F;
  show(f: F): string;
  /** True when the ranker's figures are worse than the rules' on a held-out fold (either measure). */
  lost(rank: F, rule: F): boolean;
}

/** Per corpus and fold, the rules against the ranker fitted on the other folds; counts the folds lost. */
export function crossValidateRanker<D extends { fold: number; corpus: string; rule: string[] }, M extends { keep_rule: number; model: { threshold: number } }, F>(
  docs: D[],
  corpora: readonly string[],
  fit: (docs: D[]) => M,
  choose: (m: M) => (d: D) => string[],
  fig: Figures<D, F>,
): { losses: number } {
  let losses = 0;
  const sum = new Map<string, { rule: F; rank: F }>();
  for (let k = 0; k < FOLDS; k++) {
    const m = fit(docs.filter((d) => d.fold !== k));
    for (const c of corpora) {
      const test = docs.filter((d) => d.fold === k && d.corpus === c);
      const rule = fig.score(test, (d) => d.rule);
      const rank = fig.score(test, choose(m));
      const lost = fig.lost(rank, rule);
      if (lost) losses++;
      console.log(`fold ${k} ${c.padEnd(10)} n ${String(test.length).padStart(3)} | rules ${fig.show(rule)} | ranker ${fig.show(rank)} | keep_rule ${m.keep_rule.toFixed(2)} threshold ${m.model.threshold.toFixed(3)}${lost ? '  LOSS' : ''}`);
      const s = sum.get(c) ?? { rule: fig.zero(), rank: fig.zero() };
      sum.set(c, { rule: fig.add(s.rule, rule), rank: fig.add(s.rank, rank) });
    }
  }
  for (const [c, s] of sum) console.log(`all    ${c.padEnd(10)} n ${String((s.rule as { n: number }).n).padStart(3)} | rules ${fig.show(s.rule)} | ranker ${fig.show(s.rank)}`);
  return { losses };
}

export interface Trainer<D> {
  /** The trainer's script name, as messages print it ("train-ranker"). */
  name: string;
  /** The project's root and ../shared. */
  root: string;
  shared: string;
  corpora: readonly string[];
  /** Cache file name under .eval-train/ (candidates of every page, reused with --reuse). */
  cache: string;
  /** The shipped ranker file, relative to the root. */
  rankerFile: string;
  gather(corpus: string): Promise<D[]>;
  crossValidate(docs: D[]): { losses: number };
  fit(docs: D[]): unknown;
}

/** The trainer's run: gather (or reuse) the candidates, cross-validate, and with --write ship the ranker
 * only when it lost on no held-out corpus fold (else `ranker: null` and the reason). */
export async function runTrainer<D>(t: Trainer<D>, args: readonly string[]): Promise<void> {
  if (!existsSync(path.join(t.shared, 'corpora'))) {
    console.log(`${t.name}: ${t.shared} is not here; nothing to fit (skipped)`);
    return;
  }
  const cache = path.join(t.root, '.eval-train', t.cache);
  let docs: D[];
  if (args.includes('--reuse') && existsSync(cache)) docs = JSON.parse(readFileSync(cache, 'utf8')) as D[];
  else {
    docs = [];
    for (const c of t.corpora) docs.push(...(await t.gather(c)));
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(cache, JSON.stringify(docs));
  }
  const { losses } = t.crossValidate(docs);
  if (args.includes('--write')) {
    const file = path.join(t.root, t.rankerFile);
    const note = losses
      ? `Not shipped: cross-validated by site it lost on ${losses} corpus folds (bench/${t.name}.ts), so the ordered rules choose alone. Written by npm run train; do not edit by hand.`
      : `Fitted by npm run train (bench/${t.name}.ts) on naeb-dev and silver-dev from ../shared; do not edit by hand.`;
    writeFileSync(file, JSON.stringify({ note, ranker: losses ? null : t.fit(docs) }, null, 1) + '\n');
    console.log(`${t.name}: wrote ${path.relative(t.root, file)}`);
  }
}
