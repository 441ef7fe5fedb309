// Fits the byline ranker (pipeline/stages/byline/ranker.json) on the labelled pages of ../shared
// (naeb-dev and silver-dev), and reports it cross-validated by site (bench/folds.ts): for each fold,
// weights and threshold fitted on the other four choose the bylines of its pages, beside the ordered
// rules alone. Deterministic: the same corpora give the same bytes.
//
// Candidates: every line of a page that could be its byline (stages/byline/candidates.ts), with its
// features; a candidate is right when every name it gives is a labelled author.
// Model: a softmax over a page's candidates and "none" (bench/softmax.ts, shared with the outlet ranker).
// Threshold: the one that maximizes right names minus COST x wrong names on the training folds.
//
// Usage: node dist/bench/train-ranker.js [--write] [--reuse]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import parseDump from '../pipeline/article/parse.js';
import chrome from '../pipeline/stages/chrome.js';
import date from '../pipeline/stages/date.js';
import headline from '../pipeline/stages/headline.js';
import outlet, { outletRank } from '../pipeline/stages/outlet.js';
import { candidatesOf, decide, type BylineRanker } from '../pipeline/stages/byline.js';
import { fitRanker } from './softmax.js';
import { corpusBatch } from './corpus-batch.js';
import { crossValidateRanker, runTrainer } from './ranker-cv.js';
import { foldOf, type Label } from './folds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const CORPORA = ['naeb-dev', 'silver-dev'];
const COST = Number(process.env.RANK_COST ?? 2);
/** Grid steps (of 0.02) tried for keep_rule: 0 keeps every rules pick (the ranker only fills pages the rules leave empty). */
const KEEP_STEPS = Number(process.env.RANK_KEEP_STEPS ?? 0);
const STEPS = 300;
const RATE = 0.05;
const L2 = 0.001;

interface Cand {
  names: string[];
  features: Record<string, number>;
  right: boolean;
}
interface Doc {
  corpus: string;
  file: string;
  fold: number;
  gold: string[];
  rule: string[];
  cands: Cand[];
}

const normLine = (s: unknown) =>
  (
    String(s ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
const bylineScored = (l: Label) => l.authors !== null && l.authors !== undefined && !(((l.authors as string[]) || []).length === 0 && ((l.flags as string[]) || []).some((f) => String(f).startsWith('byline-nonperson')));

async function gather(corpus: string): Promise<Doc[]> {
  const { labels, names, read, options } = await corpusBatch(root, shared, corpus);
  const proc = unified().use(parseDump).use(outlet, options).use(chrome, options).use(outletRank, options).use(headline, options).use(date, options).freeze();
  const out: Doc[] = [];
  for (const l of labels) {
    if (!bylineScored(l) || !names.includes(l.file)) continue;
    const file = read(l.file);
    proc.runSync(proc.parse(file), file);
    const { rule, cands } = candidatesOf(file, options);
    const gold = ((l.authors as string[]) ?? []).map(normLine);
    const right = (ns: string[]) => ns.length > 0 && ns.every((n) => gold.includes(normLine(n)));
    out.push({ corpus, file: l.file, fold: foldOf(l), gold, rule: rule ?? [], cands: cands.map((c) => ({ names: c.names, features: c.features!, right: right(c.names) })) });
  }
  return out;
}

const fit = (docs: Doc[]): BylineRanker => fitRanker(docs, { steps: STEPS, rate: RATE, l2: L2, keepSteps: KEEP_STEPS, utility, balance: process.env.RANK_BALANCE === '1', perFold: process.env.RANK_PER_FOLD === '1' });

/** Right names minus COST x wrong names. */
function utility(d: Doc, names: string[]): number {
  const hit = names.filter((n) => d.gold.includes(normLine(n))).length;
  return hit - COST * (names.length - hit);
}

interface Fig {
  n: number;
  f1: number;
  tp: number;
  np: number;
}
function score(docs: Doc[], choose: (d: Doc) => string[]): Fig {
  const f: Fig = { n: 0, f1: 0, tp: 0, np: 0 };
  for (const d of docs) {
    const pred = new Set(choose(d).map(normLine));
    const gold = new Set(d.gold);
    let hit = 0;
    for (const p of pred) if (gold.has(p)) hit++;
    f.n++;
    f.tp += hit;
    f.np += pred.size;
    const P = pred.size ? hit / pred.size : 0;
    const R = gold.size ? hit / gold.size : 0;
    f.f1 += !gold.size && !pred.size ? 1 : P + R ? (2 * P * R) / (P + R) : 0;
  }
  return f;
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a').padStart(5);
const show = (f: Fig) => `F1 ${pct(f.f1, f.n)} (P ${pct(f.tp, f.np)})`;

function choose(r: BylineRanker) {
  return (d: Doc) => decide(r, d.cands, d.rule.length ? d.rule : undefined).c?.names ?? [];
}

/** Cross-validated by site: per corpus and fold, the rules against the ranker fitted on the other folds. */
export function crossValidate(docs: Doc[]): { losses: number } {
  console.log('-- byline ranker, cross-validated by site (fitted on the other 4 folds of both corpora)');
  return crossValidateRanker(docs, CORPORA, fit, choose, {
    score,
    show,
    zero: (): Fig => ({ n: 0, f1: 0, tp: 0, np: 0 }),
    add: (a: Fig, b: Fig): Fig => ({ n: a.n + b.n, f1: a.f1 + b.f1, tp: a.tp + b.tp, np: a.np + b.np }),
    lost: (rank, rule) => rank.f1 < rule.f1 - 1e-9 || Boolean(rank.np && rule.np && rank.tp / rank.np < rule.tp / rule.np - 1e-9),
  });
}

await runTrainer({ name: 'train-ranker', root, shared, corpora: CORPORA, cache: 'byline-candidates.json', rankerFile: 'pipeline/stages/byline/ranker.json', gather, crossValidate, fit }, process.argv.slice(2));
