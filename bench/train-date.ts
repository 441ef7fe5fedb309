// Fits the date ranker (pipeline/stages/date/ranker.json) on the labelled pages of ../shared (naeb-dev and
// silver-dev), and reports it cross-validated by site (bench/folds.ts): for each fold, weights and
// thresholds fitted on the other four choose the dates of its pages, beside the rules' points alone
// (stages/date/score.ts). Deterministic: the same corpora give the same bytes.
//
// Candidates: every date expression the rules score (stages/date/rank.ts gives their features); a
// candidate is right when its day is the labelled day. Model: a softmax over a page's dates and "none"
// (bench/softmax.ts, shared with the byline and outlet rankers). Thresholds: those that maximize right
// dates minus COST x wrong dates on the training folds. A held-out fold is lost when that worth, or the
// share of given dates that are right, falls below the rules'.
//
// Usage: node dist/bench/train-date.js [--write] [--reuse]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import parseDump from '../pipeline/article/parse.js';
import chrome from '../pipeline/stages/chrome.js';
import { dateCandidatesOf } from '../pipeline/stages/date.js';
import headline from '../pipeline/stages/headline.js';
import outlet, { outletRank } from '../pipeline/stages/outlet.js';
import { decide, type Ranker } from '../pipeline/stages/confidence/rank.js';
import { fitRanker } from './softmax.js';
import { corpusBatch } from './corpus-batch.js';
import { crossValidateRanker, runTrainer } from './ranker-cv.js';
import { foldOf } from './folds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const CORPORA = ['naeb-dev', 'silver-dev'];
/** A wrong date costs an editor this many right ones (the byline ranker's cost too). */
const COST = Number(process.env.RANK_COST ?? 2);
const KEEP_STEPS = Number(process.env.RANK_KEEP_STEPS ?? 50);
const STEPS = 300;
const RATE = 0.05;
const L2 = Number(process.env.RANK_L2 ?? 0.001);

interface Doc {
  corpus: string;
  file: string;
  fold: number;
  gold: string;
  rule: string[];
  cands: { names: string[]; features: Record<string, number>; right: boolean; rule?: boolean }[];
}

async function gather(corpus: string): Promise<Doc[]> {
  const { labels, names, read, options } = await corpusBatch(root, shared, corpus);
  const proc = unified().use(parseDump).use(outlet, options).use(chrome, options).use(outletRank, options).use(headline, options).freeze();
  const out: Doc[] = [];
  for (const l of labels) {
    const gold = typeof l.date === 'string' ? l.date.slice(0, 10) : '';
    if (!gold || !names.includes(l.file)) continue;
    const file = read(l.file);
    proc.runSync(proc.parse(file), file);
    const { rule, cands } = dateCandidatesOf(file, options);
    out.push({ corpus, file: l.file, fold: foldOf(l), gold, rule: rule ?? [], cands: cands.map((c) => ({ names: c.names, features: c.features, right: c.names[0] === gold, ...(c.rule && { rule: true }) })) });
  }
  return out;
}

/** Right dates minus COST x wrong dates. */
const utility = (d: Doc, names: string[]) => (!names.length ? 0 : names[0] === d.gold ? 1 : -COST);
const fit = (docs: Doc[]): Ranker => fitRanker(docs, { steps: STEPS, rate: RATE, l2: L2, keepSteps: KEEP_STEPS, utility, perFold: process.env.RANK_PER_FOLD === '1' });

interface Fig {
  n: number;
  right: number;
  given: number;
}
const score = (docs: Doc[], choose: (d: Doc) => string[]): Fig => {
  const f: Fig = { n: 0, right: 0, given: 0 };
  for (const d of docs) {
    const got = choose(d);
    f.n++;
    if (got.length) f.given++;
    if (got[0] === d.gold) f.right++;
  }
  return f;
};
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a').padStart(5);
const worth = (f: Fig) => f.right - COST * (f.given - f.right);

await runTrainer(
  {
    name: 'train-date',
    root,
    shared,
    corpora: CORPORA,
    cache: 'date-candidates.json',
    rankerFile: 'pipeline/stages/date/ranker.json',
    gather,
    fit,
    crossValidate: (docs: Doc[]) => {
      console.log(`-- date ranker, cross-validated by site (fitted on the other 4 folds of both corpora; worth = right - ${COST} x wrong)`);
      return crossValidateRanker(docs, CORPORA, fit, (r: Ranker) => (d: Doc) => decide(r, d.cands, d.rule.length ? d.rule : undefined).c?.names ?? [], {
        score,
        show: (f: Fig) => `day ${pct(f.right, f.n)} (P ${pct(f.right, f.given)}) worth ${worth(f)}`,
        zero: (): Fig => ({ n: 0, right: 0, given: 0 }),
        add: (a: Fig, b: Fig): Fig => ({ n: a.n + b.n, right: a.right + b.right, given: a.given + b.given }),
        lost: (rank, rule) => worth(rank) < worth(rule) || Boolean(rank.given && rule.given && rank.right / rank.given < rule.right / rule.given - 1e-9),
      });
    },
  },
  process.argv.slice(2),
);
