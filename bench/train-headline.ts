// npm run train (with train-fields.ts): fits the weights of the title-candidate score
// (pipeline/stages/headline/features.ts) on the labelled pages of ../shared (naeb-dev and silver-dev,
// over 600 sites) and writes pipeline/stages/headline/model.json. Deterministic: the same corpora give
// the same bytes.
//
// Rows: every page whose title the headline stage ranks (no frontmatter title, no Markdown heading),
// with each candidate's cues and whether its headline equals the label (the scorer's exact match).
// Model: a conditional logit (softmax over a page's candidates), the standard choice for picking one of
// a varying set: it learns how cues trade off against the competing lines of the same page, not a
// global title-or-not boundary that depends on how many lines a site prints. L2-regularized, full-batch
// gradient ascent with fixed steps on standardized cues; pages whose title is no candidate teach
// nothing and are left out of the fit (they count as misses in every figure).
// The header rule's margin (rankTitles) is the base file's (chosen from a grid on the training pages with --full).
// Cross-validated by site (bench/folds.ts): fitted on 4 folds, measured on the 5th, per corpus, with the
// base alone (no on-top cue) measured on the same pages beside them, and the shipped model.json for
// reference. The fit is always written (see the end of this file for why and how cues are kept).
// What is fitted: the weights of the ON_TOP cues, with every other cue held at its weight in bench/headline-base.json
// (the hand-set score is the logit's fixed offset). A refit of every cue from zero (--full) has lost site
// folds each time it was tried; a few sharp cues learnt on top of the held score win folds and lose none.
// The start is fixed: bench/headline-base.json, never the shipped model.json, so a rerun gives the same bytes whatever
// model.json holds (before, the held weights were read from model.json itself, and whether a refit was
// kept was judged against the last fit: the output depended on the repository's state).
//
// Usage: node dist/bench/train-headline.js                 (fit, print CV, write model.json)
//        node dist/bench/train-headline.js --cv [--wrong]  (print CV only; --wrong lists held-out misses)
//        ... --reuse                                       (candidates from the last run's cache)
//        ... --full                                        (fit every cue from zero, margin from a grid)
//        ... --choose-l2 [--verbose]                       (each fit's L2 by inner site-fold CV; L2=x sets it)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import parseDump from '../pipeline/article/parse.js';
import { loadConfig } from '../pipeline/registry.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { dumpFile } from '../pipeline/run/read-dump.js';
import chrome from '../pipeline/stages/chrome.js';
import { isLede, titleGiven, titleText, titlesAbove } from '../pipeline/stages/headline.js';
import { rankTitles, withoutLedes, type TitleCandidate } from '../pipeline/stages/headline/candidates.js';
import { FEATURES, type Feature } from '../pipeline/stages/headline/features.js';
import outlet from '../pipeline/stages/outlet.js';
import { emptyBatch, type StageOptions } from '../pipeline/stages/options.js';
import { normLine } from './scorer-text.js';
import { FOLDS, foldOf, readLabels } from './folds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const CORPORA = ['naeb-dev', 'silver-dev'];
// Like the other trainers: with no ../shared beside the project there is nothing to fit (a clone, a package).
if (!process.argv.includes('--reuse') && !existsSync(path.join(shared, 'corpora'))) {
  console.log(`train-headline: ${shared} is not here; nothing to fit (skipped)`);
  process.exit(0);
}
const MODEL = path.join(root, 'pipeline/stages/headline/model.json');
const BASE = path.join(root, 'bench/headline-base.json');
const STEPS = 2000;
const RATE = 0.5;
const L2 = 0.01;
/** L2 strengths tried with --choose-l2 (chooseL2), by site-fold cross-validation on the fit's own training pages. */
const L2S = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
/** Margins tried for the header rule (null: off), in the score's units after fitting (--full only). */
const MARGINS: (number | null)[] = [null, 0.25, 0.5, 1, 1.5, 2];
/** Cues fitted on top of the held score: shapes of lines that are never titles (photo credits, calls
 * to action, writers' bios, breadcrumbs, a card's phrase printed twice), each rare on titles,
 * `below` (a line under the article's first paragraph, candidates.ts) and `far` (paragraphs beyond a
 * header's span: refitted since the window widened to 400 paragraphs, headline/rules.yaml). ON_TOP=a,b,...
 * in the environment tries another set (the shipped model.json is what the default set writes).
 * (crumbs, doubled added in head-s23: held out 924 -> 926 of 1042 on the same candidates, no corpus-fold
 * lower. A cue for a blog's name, a short line ending in "Blog", gave 927 but moved a byline of silver-dev.)
 * (crumbTail added in headl-s30, with that session's candidates: held out 932 -> 934 of 1042, no corpus-fold lower;
 * tried and left out there: a line right under a date line, 929; a line printed once more within a header's span, 928.) */
const ON_TOP: readonly Feature[] = (process.env.ON_TOP ?? 'creditEnd,chromeVerb,bio,below,far,crumbs,doubled,crumbTail').split(',') as Feature[];
const FULL = process.argv.includes('--full');
const VERBOSE = process.argv.includes('--verbose');
/** Choose the L2 of each fit by inner site-fold CV (chooseL2) instead of the fixed L2; L2=x in the environment sets it. */
const CHOOSE_L2 = process.argv.includes('--choose-l2');
/** The L2 each fit chose, in the order fitted (printed beside the folds). */
const chosenL2: number[] = [];
/** Cues whose weights are chosen on top of the logit's by the count of pages ranked right (coordinate ascent
 * over GRID): cues that tell the title from the line that beats it on a few pages, where the logit's likelihood,
 * pulled by the many pages it already ranks right, sets weights that lose pages (measured below). */
const BY_COUNT: readonly Feature[] = (process.env.BY_COUNT ?? '').split(',').filter(Boolean) as Feature[];
const GRID = [-3, -2, -1.5, -1, -0.5, -0.25, 0, 0.25, 0.5, 1, 1.5, 2, 3];

interface Page {
  corpus: string;
  file: string;
  fold: number;
  cands: TitleCandidate[];
  /** Per candidate: its headline is the label's. */
  right: boolean[];
  /** Per candidate: it reads as a lede (the stage then gives no headline). */
  lede: boolean[];
}


async function pagesOf(corpus: string): Promise<{ pages: Page[]; labelled: number }> {
  const dir = path.join(shared, 'corpora', corpus, 'docs');
  const labels = new Map(readLabels(path.join(shared, 'corpora', corpus, 'labels.jsonl')).map((l) => [l.file, l]));
  const config = await loadConfig(path.join(root, 'config'));
  const names = readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const read = (n: string) => dumpFile(readFileSync(path.join(dir, n)), { rel: n, kind: n.endsWith('.md') ? 'md' : 'txt' }).file;
  // Pass 1 as a run makes it: the batch's line counts (run.ts).
  const batch = emptyBatch();
  const counter = new BatchCounter(config.chrome);
  for (const n of names) counter.count(batch, read(n));
  for (const [k, c] of batch.lineDocCounts) if (c < 2) batch.lineDocCounts.delete(k);
  const options: StageOptions = { config, batch };
  const processor = unified().use(parseDump).use(outlet, options).use(chrome, options).freeze();
  const pages: Page[] = [];
  let labelled = 0;
  for (const n of names) {
    const label = labels.get(n);
    if (!label || typeof label.headline !== 'string' || !label.headline) continue;
    labelled++;
    const file: VFile = read(n);
    const tree = processor.parse(file) as Root;
    processor.runSync(tree, file);
    if (titleGiven(tree, file)) continue;
    const cands = titlesAbove(file, options);
    const gold = normLine(label.headline);
    const maxWords = config.metadata.headline.max_sentence_words;
    pages.push({ corpus, file: n, fold: foldOf(label), cands, right: cands.map((c) => normLine(titleText(c, file, options)) === gold), lede: cands.map((c) => isLede(c.text, maxWords)) });
  }
  return { pages, labelled };
}

interface Model {
  weights: number[];
  margin: number | null;
}

const dot = (w: number[], x: number[]) => w.reduce((s, wk, k) => s + wk * x[k], 0);
const scoreWith = (m: Model) => (c: TitleCandidate) => dot(m.weights, c.features);

/** Right when the stage, ranking by `m`, would give the labelled headline (as the stage does, it ranks the
 * candidates less the ledes: candidates.ts withoutLedes). */
function pick(p: Page, m: Model): boolean {
  const top = topOf(p, m);
  return top !== undefined && p.right[p.cands.indexOf(top)];
}

/** The candidate the stage takes, ranking by `m`. */
function topOf(p: Page, m: Model): TitleCandidate | undefined {
  const isLede = new Set(p.cands.filter((_, j) => p.lede[j]));
  return rankTitles(withoutLedes(p.cands, (c) => isLede.has(c), scoreWith(m)), m.margin, scoreWith(m))[0];
}

/** Fits the weights of the cues `free` (indices into FEATURES); every other cue keeps its weight in `held`.
 * (Flat arrays and plain loops: the same sums in the same order as before, so a given L2 gives the same
 * bytes; chooseL2 fits this some 150 times.) */
function fitWeights(pages: Page[], held: number[], free: number[], L2: number): number[] {
  const usable = pages.filter((p) => p.right.some(Boolean));
  const K = free.length;
  // Standardize each cue over all candidates, so one rate and one L2 suit every cue.
  const all = usable.flatMap((p) => p.cands.map((c) => free.map((f) => c.features[f])));
  const mean = free.map((_, k) => all.reduce((s, x) => s + x[k], 0) / (all.length || 1));
  const sd = free.map((_, k) => Math.sqrt(all.reduce((s, x) => s + (x[k] - mean[k]) ** 2, 0) / (all.length || 1)) || 1);
  const z = usable.map((p) => Float64Array.from(p.cands.flatMap((c) => free.map((f, k) => (c.features[f] - mean[k]) / sd[k]))));
  const offset = usable.map((p) => Float64Array.from(p.cands.map((c) => dot(held, c.features))));
  const w = new Array<number>(K).fill(0);
  const g = new Array<number>(K);
  const s = new Float64Array(Math.max(1, ...usable.map((p) => p.cands.length)));
  for (let step = 0; step < STEPS; step++) {
    g.fill(0);
    for (let d = 0; d < usable.length; d++) {
      const right = usable[d].right;
      const x = z[d];
      const n = offset[d].length;
      let mx = -Infinity;
      for (let j = 0; j < n; j++) {
        let v = 0;
        for (let k = 0; k < K; k++) v += w[k] * x[j * K + k];
        s[j] = offset[d][j] + v;
        if (s[j] > mx) mx = s[j];
      }
      let tot = 0;
      let pos = 0;
      for (let j = 0; j < n; j++) {
        s[j] = Math.exp(s[j] - mx);
        tot += s[j];
        pos += right[j] ? s[j] : 0;
      }
      // d/dw log(P(right)) = E[x | right] - E[x]
      for (let j = 0; j < n; j++) {
        const coef = (right[j] ? s[j] / pos : 0) - s[j] / tot;
        if (coef) for (let k = 0; k < K; k++) g[k] += coef * x[j * K + k];
      }
    }
    for (let k = 0; k < K; k++) w[k] += RATE * (g[k] / usable.length - L2 * w[k]);
  }
  // Back to raw cues: the shift by the mean is the same for every candidate of a page, so it drops out.
  const out = held.slice();
  free.forEach((f, k) => (out[f] = w[k] / sd[k]));
  return out;
}

/** The L2 strength for a fit on `pages` (--choose-l2): the one whose fits rank the most held-out pages right,
 * by site fold within `pages` (fit on all its folds but one, count on that one, rotate); a tie takes the
 * stronger, nearer the hand-set base. Not the default: measured on the pages of the chrome stage's bridgeUp
 * (head-s20), it chose 0.3 (held out 921 of 1042 vs 915 at 0.01, no corpus-fold lost against the base), and
 * the pipeline then gained silver-dev on 4 folds and naeb-dev on 2 but lost a naeb-dev page (a dek under its
 * title won once `below` shrank from -2.29 to -1.10); the held-out log-likelihood peaks at 0.01 instead, whose
 * fit loses another naeb-dev page (a title far above its article, ranked right by 0.05 at `far` -0.016,
 * wrong at -0.021). Each criterion loses one page somewhere: the default stays the fixed L2. */
function chooseL2(pages: Page[], held: number[], free: number[]): number {
  const folds = [...new Set(pages.map((p) => p.fold))].sort((a, b) => a - b);
  let best = L2S[0];
  let bestRight = -1;
  for (const L2 of L2S) {
    let right = 0;
    for (const k of folds) {
      const m = { weights: fitWeights(pages.filter((p) => p.fold !== k), held, free, L2), margin: base.margin };
      right += pages.filter((p) => p.fold === k && pick(p, m)).length;
    }
    if (VERBOSE) console.log(`    L2 ${L2}: ${right} held-out pages right (folds ${folds.join(',')})`);
    if (right >= bestRight) [best, bestRight] = [L2, right];
  }
  return best;
}

function fit(pages: Page[]): Model {
  if (!FULL) {
    // The held weights are the base's, less any weight it gives an on-top cue: those are fitted afresh.
    const free = ON_TOP.map((f) => FEATURES.indexOf(f));
    const held = base.weights.map((v, k) => (free.includes(k) ? 0 : v));
    const l2 = process.env.L2 ? Number(process.env.L2) : CHOOSE_L2 ? chooseL2(pages, held, free) : L2;
    chosenL2.push(l2);
    return byCount(pages, { weights: fitWeights(pages, held, free, l2), margin: base.margin });
  }
  const all: Model = { weights: fitWeights(pages, FEATURES.map(() => 0), FEATURES.map((_, k) => k), L2), margin: null };
  let best = all;
  let bestRight = -1;
  for (const margin of MARGINS) {
    const right = pages.filter((p) => pick(p, { ...all, margin })).length;
    if (right > bestRight) [best, bestRight] = [{ ...all, margin }, right];
  }
  return best;
}

/** Coordinate ascent on the pages ranked right: each BY_COUNT cue in turn takes the GRID weight that ranks the
 * most training pages right (a tie keeps the weight nearer 0), two passes. */
function byCount(pages: Page[], m: Model): Model {
  if (!BY_COUNT.length) return m;
  const usable = pages.filter((p) => p.right.some(Boolean));
  const w = m.weights.slice();
  const right = () => usable.filter((p) => pick(p, { weights: w, margin: m.margin })).length;
  for (let pass = 0; pass < 2; pass++) {
    for (const f of BY_COUNT) {
      const k = FEATURES.indexOf(f);
      let best = w[k];
      let bestRight = -1;
      for (const g of [...GRID].sort((a, b) => Math.abs(a) - Math.abs(b))) {
        w[k] = g;
        const r = right();
        if (r > bestRight) [best, bestRight] = [g, r];
      }
      w[k] = best;
    }
  }
  return { weights: w, margin: m.margin };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
type ModelFile = { weights: Record<string, number>; above_margin: number | null };
const modelOf = (file: string): Model => {
  const m = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
  return { weights: FEATURES.map((k) => m.weights[k] ?? 0), margin: m.above_margin };
};
/** Where every fit starts, and what the fit is compared with: the base with no on-top cue (a weight the base
 * gives an on-top cue is refitted, so it does not count here either). */
const base = modelOf(BASE);
const hand: Model = FULL ? base : { ...base, weights: base.weights.map((v, k) => (ON_TOP.includes(FEATURES[k]) ? 0 : v)) };
/** The shipped weights, printed beside for reference; they decide nothing. */
const shipped = modelOf(MODEL);

const CACHE = path.join(root, '.eval-train/headline-pages.json');
const reuse = process.argv.includes('--reuse');
type Data = { corpus: string; pages: Page[]; labelled: number }[];
// The cache names the cues it holds: candidates cached under other cues would be read misaligned.
const cached = reuse ? (JSON.parse(readFileSync(CACHE, 'utf8')) as { features: string[]; data: Data }) : undefined;
if (cached && cached.features?.join() !== FEATURES.join()) throw new Error(`${CACHE} holds other cues than features.ts: run without --reuse`);
const data: Data = cached ? cached.data : await Promise.all(CORPORA.map(async (c) => ({ corpus: c, ...(await pagesOf(c)) })));
if (!reuse) {
  mkdirSync(path.dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify({ features: FEATURES, data }));
}
const pages = data.flatMap((d) => d.pages);
console.log('headline ranker: pages ranked / labelled; oracle = a candidate gives the label');
for (const d of data) console.log(`  ${d.corpus}: ${d.pages.length} / ${d.labelled}; oracle ${d.pages.filter((p) => p.right.some(Boolean)).length}`);
console.log(`cross-validated by site (fit on 4 folds, measure the 5th): right among ranked pages, base${FULL ? '' : ' without ' + ON_TOP.join(', ')} vs fitted`);
const heldOut = new Map<number, Model>();
let heldOutRight = 0;
const total = (m: (p: Page) => boolean) => pages.filter(m).length;
let wins = 0;
let losses = 0;
for (let k = 0; k < FOLDS; k++) {
  const m = fit(pages.filter((p) => p.fold !== k));
  heldOut.set(k, m);
  heldOutRight += pages.filter((p) => p.fold === k && pick(p, m)).length;
  for (const c of CORPORA) {
    const test = pages.filter((p) => p.fold === k && p.corpus === c);
    const a = test.filter((p) => pick(p, hand)).length;
    const b = test.filter((p) => pick(p, m)).length;
    if (b > a) wins++;
    if (b < a) losses++;
    console.log(`  fold ${k} ${c.padEnd(10)} ${String(test.length).padStart(4)} pages: base ${a}, fitted ${b} (margin ${m.margin}, L2 ${chosenL2.at(-1)}); shipped ${test.filter((p) => pick(p, shipped)).length}`);
  }
}
console.log(`  folds won ${wins}, lost ${losses}; right in all: base ${total((p) => pick(p, hand))}, fitted held out ${heldOutRight} of ${pages.length}; shipped ${total((p) => pick(p, shipped))}`);
if (process.argv.includes('--wrong')) {
  for (const p of pages) {
    const m = heldOut.get(p.fold)!;
    if (pick(p, m)) continue;
    const top = topOf(p, m);
    const r = p.cands.find((_, j) => p.right[j]);
    const feats = (c?: TitleCandidate) => (c ? FEATURES.map((f, k) => `${f}=${round(c.features[k])}`).filter((x) => !x.endsWith('=0')).join(' ') : '');
    console.log(`WRONG ${p.corpus} ${p.file}${pick(p, shipped) ? ' (shipped right)' : ''}\n  got  [${top?.distance}] ${top?.text.slice(0, 100)}  {${feats(top)}}\n  want [${r?.distance ?? '-'}] ${r?.text.slice(0, 100) ?? '(no candidate)'}  {${feats(r)}}`);
  }
}
// The fit is written whatever the folds say: model.json is a function of the base file, the cues and the
// corpora, and a rerun writes the same bytes. Which cues are fitted (ON_TOP) is a change to this file,
// kept by the fold rule in its commit (no corpus-fold of the held-out figures loses, some win); the
// folds printed above are that measure, and a loss against the base is flagged here.
if (!process.argv.includes('--cv')) {
  const m = fit(pages);
  if (losses > 0) console.log(`note: ${losses} corpus-fold(s) lose against the base without ${ON_TOP.join(', ')}`);
  console.log(`all pages: base ${total((p) => pick(p, hand))}, fitted ${total((p) => pick(p, m))} of ${pages.length}; margin ${m.margin}, L2 ${chosenL2.at(-1)}`);
  const out = {
    about: FULL
      ? 'Weights of the title-candidate score (features.ts), fitted by bench/train-headline.ts (npm run train) on naeb-dev and silver-dev. Do not edit by hand.'
      : `Weights of the title-candidate score (features.ts), written by bench/train-headline.ts (npm run train): ${ON_TOP.join(', ')} fitted on naeb-dev and silver-dev on top of bench/headline-base.json, whose weights (set by hand; a full refit loses site folds) the others are; cues without a weight count 0. Do not edit by hand: change bench/headline-base.json or the cues and rerun.`,
    above_margin: m.margin,
    weights: Object.fromEntries(FEATURES.map((f, k) => [f, round(m.weights[k])]).filter(([, v]) => v !== 0)),
  };
  writeFileSync(MODEL, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${path.relative(root, MODEL)}`);
}
