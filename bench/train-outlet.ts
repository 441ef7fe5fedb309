// Fits the outlet ranker (pipeline/stages/outlet/ranker.json) on the labelled pages of ../shared
// (naeb-dev and silver-dev, the outlet registry as configured: empty by default), and reports it
// cross-validated by site (bench/folds.ts): for each fold, weights and thresholds fitted on the other
// four choose the outlets of its pages, beside the ordered rules alone. Deterministic: the same corpora
// give the same bytes.
//
// Candidates: every outlet a page might name (stages/outlet/candidates.ts), with its features (where the
// page's structure, as chrome judged it against the corpus's batch, writes it: stages/outlet/structure.ts); one is
// right when the scorer would count it right (the page's own site name, or its domain or a name that
// spells it). Model: a softmax over a page's candidates and "none" (bench/softmax.ts, as the byline's).
// Decision (ranker first): the rules' pick stands when it is the ranker's own top choice; else the
// ranker's choice above its `threshold`; else the rules' pick while the ranker gives it `keep_rule`;
// else none. Both thresholds are chosen to maximize right minus COST x wrong outlets on the training
// folds without costing any training (corpus, fold) anything against the rules.
// Shipped only when, fitted on 4 site folds, it loses on no held-out fold of either corpus (accuracy
// or precision); else ranker.json holds null and the reason, and the ordered rules choose alone.
//
// Usage: node dist/bench/train-outlet.js [--write] [--reuse]
//   OUTLET_CHOOSE=refuse|fallback: measure the ranker as the stage writes (each candidate's refusal; with
//   fallback, the next likeliest after a refused choice: outlet/fallback.ts), and ship `fallback` only when
//   no fold is lost; OUTLET_UTILITY=written: a refused choice counts as the none it becomes when fitting the
//   thresholds; OUTLET_REFUSED=drop: fit over the candidates the stage does not refuse. Unset: the plain fit.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import parseDump from '../pipeline/article/parse.js';
import { loadConfig } from '../pipeline/registry.js';
import { dumpFile } from '../pipeline/run/read-dump.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import chrome from '../pipeline/stages/chrome.js';
import outlet, { outletCandidatesOf } from '../pipeline/stages/outlet.js';
import { outletKey } from '../pipeline/stages/outlet/candidates.js';
import { decide, type Ranker } from '../pipeline/stages/confidence/rank.js';
import { decideWithFallback, type Judged } from '../pipeline/stages/outlet/fallback.js';
import { emptyBatch, type StageOptions } from '../pipeline/stages/options.js';
import { crossValidateRanker, runTrainer } from './ranker-cv.js';
import { foldOf, readLabels } from './folds.js';
import { outletGold, outletRight, type OutletGold } from './scorer-text.js';
import { fitRanker, type RankDoc } from './softmax.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const CORPORA = ['naeb-dev', 'silver-dev'];
const COST = Number(process.env.OUTLET_COST ?? 3);
// Grid steps (of 0.02) for keep_rule (0: the rules' pick always stands and the ranker only fills pages the rules leave empty).
const KEEP_STEPS = Number(process.env.OUTLET_KEEP_STEPS ?? 50);
const BALANCE = process.env.OUTLET_BALANCE !== '0';
const PER_FOLD = process.env.OUTLET_PER_FOLD !== '0';
// A strong L2: the ranker may overrule the rules, and with weaker ones (0.001-0.1) it learnt silver's sites too
// well and lost naeb folds (notes: issue-10-fields.md).
const FIT = { steps: 300, rate: 0.05, l2: Number(process.env.OUTLET_L2 ?? 0.3) };
// The ranker speaks first (stages/confidence/rank.ts): the rules' pick stands when the ranker's own top choice is it.
const RANKER_FIRST = process.env.OUTLET_RANKER_FIRST !== '0';
// Candidates the stage refuses once chosen (outlet.ts asWritten) left out of the fit and its measure: the
// stage's fallback (outlet/fallback.ts) decides over the candidates left once the likeliest is refused.
const REFUSED_DROP = process.env.OUTLET_REFUSED === 'drop';
// Each candidate's refusal is read only where a mode needs it (it costs the stage's refusals per candidate).
const MARK = REFUSED_DROP || (process.env.OUTLET_CHOOSE ?? 'plain') !== 'plain' || process.env.OUTLET_UTILITY === 'written';

interface Doc extends RankDoc {
  file: string;
  gold: OutletGold;
  /** Each candidate also says whether the stage refuses it once chosen (outlet.ts asWritten). */
  cands: (RankDoc['cands'][number] & { refused?: boolean })[];
}

async function gather(corpus: string): Promise<Doc[]> {
  const config = await loadConfig(path.join(root, 'config'));
  const dir = path.join(shared, 'corpora', corpus, 'docs');
  const labels = readLabels(path.join(shared, 'corpora', corpus, 'labels.jsonl'));
  const names = new Set(readdirSync(dir));
  const read = (n: string) => dumpFile(readFileSync(path.join(dir, n)), { rel: n, kind: 'txt' }).file;
  // The batch's line counts, as a run over the corpus counts them: chrome judges each page against them.
  const batch = emptyBatch();
  const counter = new BatchCounter(config.chrome);
  for (const n of [...names].sort()) counter.count(batch, read(n));
  for (const [k, n] of batch.lineDocCounts) if (n < 2) batch.lineDocCounts.delete(k);
  const options: StageOptions = { config, batch };
  // The stages before the outlet ranker's (process.ts): the rules' outlet (for chrome's profile), then chrome.
  const proc = unified().use(parseDump).use(outlet, options, null).use(chrome, options).freeze();
  const out: Doc[] = [];
  let ms = 0;
  for (const l of labels) {
    const o = l.outlet;
    if (!o || !(o.site_name || o.domain) || !names.has(l.file)) continue;
    const file = read(l.file);
    proc.runSync(proc.parse(file), file);
    const t0 = performance.now();
    const { rule, cands, judge } = outletCandidatesOf(file, options);
    ms += performance.now() - t0;
    const gold = outletGold(o);
    // Whether the stage refuses each candidate once chosen (outlet.ts asWritten): with REFUSED=drop the ranker
    // is fitted and measured over the candidates the stage could write, as its fallback (outlet/fallback.ts) weighs them.
    const marked = cands.map((c) => ({ c, refused: MARK && 'why' in judge(c.rule && rule ? rule : c.names[0]) }));
    const kept = REFUSED_DROP ? marked.filter((m) => !m.refused) : marked;
    const ruled = rule && (!REFUSED_DROP || kept.some((m) => m.c.rule)) ? [rule] : [];
    out.push({ corpus, file: l.file, fold: foldOf(l), gold, rule: ruled, cands: kept.map(({ c, refused }) => ({ names: c.names, features: c.features, right: outletRight(c.names[0], gold), refused })) });
  }
  console.log(`train-outlet: ${corpus}: ${out.length} pages, candidates ${(ms / Math.max(1, out.length)).toFixed(1)} ms a page`);
  return out;
}

// What a page's outlet is worth to the thresholds: with OUTLET_UTILITY=written, a choice the stage refuses is worth
// what the stage writes for it (none: 0), not a wrong outlet's -COST (the fit's candidates stay as found).
const WRITTEN = process.env.OUTLET_UTILITY === 'written';
const refusedIn = (d: Doc, names: string[]) => d.cands.some((c) => c.refused && outletKey(c.names) === outletKey(names));
const utility = (d: Doc, names: string[]) => (names.length && !(WRITTEN && refusedIn(d, names)) ? (outletRight(names[0], d.gold) ? 1 : -COST) : 0);
// Measured with the fallback (OUTLET_CHOOSE=fallback), a ranker that lost no site fold ships with it: the stage then weighs a second.
const fit = (docs: Doc[]): Ranker => ({ ...fitRanker(docs, { ...FIT, keepSteps: KEEP_STEPS, utility, keyOf: outletKey, balance: BALANCE, perFold: PER_FOLD, rankerFirst: RANKER_FIRST }), ...(process.env.OUTLET_CHOOSE === 'fallback' && { fallback: true }) });
// How the ranker's choice is measured: as decided (plain, the fit's own view), or as the stage writes it: a
// refused choice gives none (refuse), or the next likeliest the page does not refuse (fallback: outlet/fallback.ts).
const CHOOSE = process.env.OUTLET_CHOOSE ?? 'plain';
const choose = (r: Ranker) => (d: Doc) => {
  const rule = d.rule.length ? d.rule : undefined;
  if (CHOOSE === 'plain') return decide(r, d.cands, rule, outletKey).c?.names ?? [];
  const refusedKeys = new Set(d.cands.filter((c) => c.refused).map((c) => outletKey(c.names)));
  const judge = (name: string): Judged => (refusedKeys.has(outletKey([name])) ? { shown: name, why: 'refused' } : { name });
  if (CHOOSE === 'refuse') {
    const c = decide(r, d.cands, rule, outletKey).c;
    return c && !refusedKeys.has(outletKey(c.names)) ? c.names : [];
  }
  return decideWithFallback(r, d.cands.map((c) => ({ ...c, via: '' })), rule, outletKey, judge).taken?.c.names ?? [];
};

interface Fig {
  n: number;
  right: number;
  given: number;
}
function score(docs: Doc[], pick: (d: Doc) => string[]): Fig {
  const f: Fig = { n: 0, right: 0, given: 0 };
  for (const d of docs) {
    const got = pick(d);
    f.n++;
    if (got.length) f.given++;
    if (got.length && outletRight(got[0], d.gold)) f.right++;
  }
  return f;
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a').padStart(5);
const show = (f: Fig) => `acc ${pct(f.right, f.n)} (P ${pct(f.right, f.given)})`;

/** Cross-validated by site: per corpus and fold, the rules against the ranker fitted on the other folds. */
function crossValidate(docs: Doc[]): { losses: number } {
  console.log(`-- outlet ranker, cross-validated by site (fitted on the other 4 folds of both corpora; COST ${COST})`);
  return crossValidateRanker(docs, CORPORA, fit, choose, {
    score,
    show,
    zero: (): Fig => ({ n: 0, right: 0, given: 0 }),
    add: (a: Fig, b: Fig): Fig => ({ n: a.n + b.n, right: a.right + b.right, given: a.given + b.given }),
    lost: (rank, rule) => rank.right < rule.right || Boolean(rank.given && rule.given && rank.right / rank.given < rule.right / rule.given - 1e-9),
  });
}

await runTrainer({ name: 'train-outlet', root, shared, corpora: CORPORA, cache: REFUSED_DROP ? 'outlet-candidates-kept.json' : MARK ? 'outlet-candidates-marked.json' : 'outlet-candidates.json', rankerFile: 'pipeline/stages/outlet/ranker.json', gather, crossValidate, fit }, process.argv.slice(2));
