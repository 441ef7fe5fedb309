// npm run train: fits each metadata field's confidence model (stages/confidence/model.ts) on the
// labelled pages of ../shared (naeb-dev and silver-dev, over 600 sites), chooses its threshold, and
// writes pipeline/stages/confidence/model.json. Deterministic: the same corpora give the same bytes.
//
// Rows: every value a field found by inference (not from frontmatter or what the newsroom said), with
// the features its stage recorded (the run report's `fields`) and whether the labels say it is right.
// Model: logistic regression on standardized features, full-batch gradient descent, fixed steps.
// Threshold: the one that maximizes right values kept minus COST x wrong values kept on the training
// pages (a wrong byline or outlet in a CMS costs more than a missing one).
// Kept only when cross-validation by site (bench/folds.ts: fit on 4 folds, measure on the 5th, rotate)
// shows it helps on most folds and hurts none materially; otherwise the field ships with threshold 0.
//
// Runs last in `npm run train` (outlet, headline, date, byline ranker, then this): the pipeline it runs must
// use the models those trainers just wrote. Before, the byline ranker and the headline model were fitted after
// it, so a merge that moved either needed a second `npm run train` to reach the bytes the first should write.
//
// Usage: npm run train                     (runs the pipeline into .eval-train/, fits, writes model.json)
//        npm run train -- --reuse          (fits from the runs already in .eval-train/)
//        node dist/bench/train-fields.js --cv DIR [DIR ...]   (CV figures from existing eval runs, no writing)
import { readRunReport } from '../pipeline/write/run-report.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { FieldModel, Models } from '../pipeline/stages/confidence/model.js';
import { confidenceOf } from '../pipeline/stages/confidence/model.js';
import { fold, normLine, outletGold, outletRight as isOutlet, tokens } from './scorer-text.js';
import { FOLDS, foldOf, readLabels, type Label } from './folds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const CORPORA = ['naeb-dev', 'silver-dev'];
type Field = 'headline' | 'date' | 'byline' | 'outlet';
const FIELDS: Field[] = ['outlet', 'byline', 'date', 'headline'];
/** Sources vouched for by the dump or the newsroom: never held back, never fitted. */
const TRUSTED = ['frontmatter', 'path', 'folder', 'url', 'marker', 'file-name'];
/** How much a wrong value costs against a missing one, per field. */
const COST: Record<Field, number> = { outlet: 2, byline: 2, date: 2, headline: 1 };
const STEPS = 3000;
const RATE = 0.3;
const L2 = 0.01;

interface Row {
  corpus: string;
  file: string;
  fold: number;
  field: Field;
  via: string;
  features: Record<string, number>;
  right: boolean;
}

// ---------- what the scorer counts as right (../shared/eval/score.mjs, same rules) ----------
const outletRight = (name: string, o: NonNullable<Label['outlet']>): boolean => isOutlet(name, outletGold(o));
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d ? String(d).slice(0, 10) : '');
const bylineScored = (l: Label) => l.authors !== null && l.authors !== undefined && !(((l.authors as string[]) || []).length === 0 && ((l.flags as string[]) || []).some((f) => String(f).startsWith('byline-nonperson')));

/** Whether a field's value is right by the labels; undefined where the labels do not score it. */
function rightness(field: Field, value: unknown, l: Label): boolean | undefined {
  if (field === 'outlet') return l.outlet && (l.outlet.site_name || l.outlet.domain) ? outletRight(String(value), l.outlet) : undefined;
  if (field === 'date') return l.date ? day(value) === l.date : undefined;
  if (field === 'headline') return l.headline ? normLine(value) === normLine(l.headline) : undefined;
  if (!bylineScored(l)) return undefined;
  const gold = new Set(((l.authors as string[]) || []).map(normLine));
  const pred = (value as string[]).map(normLine);
  return pred.length > 0 && pred.every((p) => gold.has(p));
}

// ---------- reading an eval run ----------
interface Doc {
  corpus: string;
  label: Label;
  fold: number;
  /** Per field: the value found (kept or held back), its source and features. */
  found: Partial<Record<Field, { value: unknown; via: string; features?: Record<string, number> }>>;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.md')) out.push(p);
  }
  return out;
}

function readRun(corpus: string, out: string): Doc[] {
  const labels = new Map(readLabels(path.join(shared, 'corpora', corpus, 'labels.jsonl')).map((l) => [l.file, l]));
  const report = readRunReport<{ inputs: { path: string; found?: Record<string, string>; fields?: Record<string, { via: string; features?: Record<string, number>; held_back?: unknown }> }[] }>(out);
  const records = new Map<string, Record<string, unknown>>();
  for (const f of walk(path.join(out, 'records'))) {
    const fm = YAML.parse(readFileSync(f, 'utf8').split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, unknown>;
    records.set(path.basename(String((fm.source as { path: string }).path)), fm);
  }
  const docs: Doc[] = [];
  for (const r of report.inputs) {
    const name = path.basename(r.path);
    const label = labels.get(name);
    const rec = records.get(name);
    if (!label || !rec) continue;
    const found: Doc['found'] = {};
    for (const f of FIELDS) {
      const t = r.fields?.[f];
      const value = t?.held_back ?? rec[f];
      const via = t?.via ?? r.found?.[f];
      if (value === null || value === undefined || (Array.isArray(value) && !value.length) || !via) continue;
      found[f] = { value, via, features: t?.features };
    }
    docs.push({ corpus, label, fold: foldOf(label), found });
  }
  return docs;
}

function rowsOf(docs: Doc[]): Row[] {
  const rows: Row[] = [];
  for (const d of docs) {
    for (const f of FIELDS) {
      const x = d.found[f];
      if (!x || !x.features || TRUSTED.includes(x.via)) continue;
      const right = rightness(f, x.value, d.label);
      if (right === undefined) continue;
      rows.push({ corpus: d.corpus, file: d.label.file, fold: d.fold, field: f, via: x.via, features: x.features, right });
    }
  }
  return rows;
}

// ---------- fitting ----------
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

function fit(rows: Row[], field: Field): FieldModel {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
  const X = rows.map((r) => names.map((n) => r.features[n] ?? 0));
  const y = rows.map((r) => (r.right ? 1 : 0));
  const mean = names.map((_, j) => r6(X.reduce((a, x) => a + x[j], 0) / Math.max(1, X.length)));
  const scale = names.map((_, j) => {
    const v = X.reduce((a, x) => a + (x[j] - mean[j]) ** 2, 0) / Math.max(1, X.length);
    return r6(Math.sqrt(v) || 1);
  });
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]) / scale[j]));
  const w = names.map(() => 0);
  let b = 0;
  const n = Math.max(1, Z.length);
  for (let step = 0; step < STEPS; step++) {
    const gw = names.map(() => 0);
    let gb = 0;
    for (let i = 0; i < Z.length; i++) {
      let z = b;
      for (let j = 0; j < w.length; j++) z += w[j] * Z[i][j];
      const err = 1 / (1 + Math.exp(-z)) - y[i];
      gb += err;
      for (let j = 0; j < w.length; j++) gw[j] += err * Z[i][j];
    }
    b -= (RATE * gb) / n;
    for (let j = 0; j < w.length; j++) w[j] -= RATE * (gw[j] / n + L2 * w[j]);
  }
  const model: FieldModel = { trusted: TRUSTED, features: names, mean, scale, weights: w.map(r6), bias: r6(b), threshold: 0 };
  model.threshold = chooseThreshold(rows, model, COST[field]);
  return model;
}

/**
 * The threshold that maximizes right kept minus cost x wrong kept on `rows`, summed over corpora, among
 * those that cost no corpus more than 1% of its rows (0: keep everything): a threshold must serve every
 * kind of page, not trade one for another.
 */
function chooseThreshold(rows: Row[], m: FieldModel, cost: number): number {
  const scored = rows.map((r) => ({ p: confidenceOf(m, r.via, r.features) ?? 1, right: r.right, corpus: r.corpus })).sort((a, b) => a.p - b.p);
  const corpora = [...new Set(rows.map((r) => r.corpus))];
  const size = new Map(corpora.map((c) => [c, rows.filter((r) => r.corpus === c).length]));
  const delta = new Map(corpora.map((c) => [c, 0]));
  let best = 0;
  let at = 0;
  for (let i = 0; i < scored.length; i++) {
    // Holding back scored[i] (and every row below it).
    delta.set(scored[i].corpus, delta.get(scored[i].corpus)! - (scored[i].right ? 1 : -cost));
    const next = scored[i + 1]?.p;
    if (next !== undefined && next === scored[i].p) continue;
    const total = [...delta.values()].reduce((a, b) => a + b, 0);
    const fair = corpora.every((c) => delta.get(c)! >= -0.01 * size.get(c)!);
    if (fair && total > best) {
      best = total;
      at = next === undefined ? 1 : r6((scored[i].p + next) / 2);
    }
  }
  return at;
}

/** Area under the ROC curve: the chance a right value scores above a wrong one. */
function auc(pairs: [number, boolean][]): number {
  const pos = pairs.filter((p) => p[1]).map((p) => p[0]);
  const neg = pairs.filter((p) => !p[1]).map((p) => p[0]);
  if (!pos.length || !neg.length) return NaN;
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

// ---------- figures ----------
interface Figures {
  n: Record<Field, number>;
  right: Record<Field, number>;
  given: Record<Field, number>;
  bylineF1: number;
  bylineTp: number;
  bylineNp: number;
}

/** The scorer's figures for the four fields of `docs`, holding back what `models` would. */
function figures(docs: Doc[], models: Partial<Record<Field, FieldModel>> | undefined): Figures {
  const zero = () => ({ outlet: 0, byline: 0, date: 0, headline: 0 });
  const f: Figures = { n: zero(), right: zero(), given: zero(), bylineF1: 0, bylineTp: 0, bylineNp: 0 };
  for (const d of docs) {
    for (const field of FIELDS) {
      let x = d.found[field];
      const m = models?.[field];
      if (x && m && m.threshold > 0) {
        const p = confidenceOf(m, x.via, x.features);
        if (p !== undefined && p < m.threshold) x = undefined;
      }
      const l = d.label;
      if (field === 'byline') {
        if (!bylineScored(l)) continue;
        f.n.byline++;
        const gold = new Set(((l.authors as string[]) || []).map(normLine));
        const pred = new Set(((x?.value as string[]) ?? []).map(normLine));
        let hit = 0;
        for (const p of pred) if (gold.has(p)) hit++;
        f.bylineTp += hit;
        f.bylineNp += pred.size;
        if (pred.size) f.given.byline++;
        const P = pred.size ? hit / pred.size : 0;
        const R = gold.size ? hit / gold.size : 0;
        f.bylineF1 += !gold.size && !pred.size ? 1 : P + R ? (2 * P * R) / (P + R) : 0;
        continue;
      }
      const r = rightness(field, x?.value ?? '', l);
      if (r === undefined) continue;
      f.n[field]++;
      if (x) {
        f.given[field]++;
        if (rightness(field, x.value, l)) f.right[field]++;
      }
    }
  }
  return f;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1).padStart(5) : '  n/a');
function line(f: Figures): string {
  return `headline ${pct(f.right.headline, f.n.headline)} | date ${pct(f.right.date, f.n.date)} (P ${pct(f.right.date, f.given.date)}) | byline F1 ${pct(f.bylineF1, f.n.byline)} (P ${pct(f.bylineTp, f.bylineNp)}) | outlet ${pct(f.right.outlet, f.n.outlet)} (P ${pct(f.right.outlet, f.given.outlet)})`;
}
function add(a: Figures, b: Figures): Figures {
  const s = (x: Record<Field, number>, y: Record<Field, number>) => Object.fromEntries(FIELDS.map((k) => [k, x[k] + y[k]])) as Record<Field, number>;
  return { n: s(a.n, b.n), right: s(a.right, b.right), given: s(a.given, b.given), bylineF1: a.bylineF1 + b.bylineF1, bylineTp: a.bylineTp + b.bylineTp, bylineNp: a.bylineNp + b.bylineNp };
}
/** Right kept minus cost x wrong kept, per field: what a threshold is chosen to raise. */
function utility(f: Figures, field: Field): number {
  if (field === 'byline') return f.bylineTp - COST.byline * (f.bylineNp - f.bylineTp);
  return f.right[field] - COST[field] * (f.given[field] - f.right[field]);
}

/** Fits per fold on the other folds, measures on the fold; returns the models fitted on everything and the fields CV keeps. */
function crossValidate(docs: Doc[], print = true): { models: Partial<Record<Field, FieldModel>>; keep: Set<Field> } {
  const rows = rowsOf(docs);
  const corpora = [...new Set(docs.map((d) => d.corpus))];
  const plain: Record<string, Figures[]> = {};
  const cv: Record<string, Figures[]> = {};
  const gain: Record<Field, number[]> = { outlet: [], byline: [], date: [], headline: [] };
  const thresholds: Record<Field, number[]> = { outlet: [], byline: [], date: [], headline: [] };
  const heldOut = new Map<Row, number>();
  const harmed: Record<Field, Set<string>> = { outlet: new Set(), byline: new Set(), date: new Set(), headline: new Set() };
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => r.fold !== k);
    const models: Partial<Record<Field, FieldModel>> = {};
    for (const field of FIELDS) {
      const tr = train.filter((r) => r.field === field);
      if (tr.length >= 20) models[field] = fit(tr, field);
      thresholds[field].push(models[field]?.threshold ?? 0);
    }
    for (const r of rows) if (r.fold === k && models[r.field]) heldOut.set(r, confidenceOf(models[r.field]!, r.via, r.features) ?? 1);
    const test = docs.filter((d) => d.fold === k);
    for (const c of corpora) {
      const td = test.filter((d) => d.corpus === c);
      (plain[c] ??= []).push(figures(td, undefined));
      (cv[c] ??= []).push(figures(td, models));
    }
    const before = figures(test, undefined);
    const after = figures(test, models);
    for (const field of FIELDS) gain[field].push(utility(after, field) - utility(before, field));
    // Per corpus too: a threshold that pays on one kind of page must not cost the other.
    for (const c of corpora) for (const field of FIELDS) {
      const b0 = plain[c][k];
      if (utility(cv[c][k], field) - utility(b0, field) < 0) harmed[field].add(`${c}/${k}`);
    }
  }
  // A threshold is kept when it helps on some held-out fold and costs none, of either corpus,
  // anything (in right - COST x wrong): one that wins on one kind of site and loses on another is a
  // fit to those sites, not a rule. (Until 2026-12-05 a fold could lose up to 1% of its scored values;
  // that let a date threshold through that traded three right dates for one wrong on one fold.)
  const keep = new Set<Field>();
  for (const field of FIELDS) {
    const ok = gain[field].every((g) => g >= 0) && gain[field].some((g) => g > 0) && !harmed[field].size;
    if (ok) keep.add(field);
  }
  if (print) {
    for (const c of corpora) {
      console.log(`-- ${c}: thresholds fitted on the other ${FOLDS - 1} site folds, measured on each fold (COST ${JSON.stringify(COST)})`);
      for (let k = 0; k < FOLDS; k++) {
        console.log(`fold ${k} none  ${line(plain[c][k])}`);
        console.log(`fold ${k} fit   ${line(cv[c][k])}`);
      }
      console.log(`all    none  ${line(plain[c].reduce(add))}`);
      console.log(`CV     fit   ${line(cv[c].reduce(add))}`);
    }
    for (const field of FIELDS)
      for (const c of corpora) {
        const rs = rows.filter((r) => r.field === field && r.corpus === c && heldOut.has(r));
        console.log(`${field.padEnd(8)} ${c}: held-out AUC ${auc(rs.map((r) => [heldOut.get(r)!, r.right])).toFixed(3)} over ${rs.length} values (${rs.filter((r) => r.right).length} right)`);
      }
    for (const field of FIELDS) console.log(`${field.padEnd(8)} held-out gain per fold (right - ${COST[field]} x wrong): ${gain[field].map((g) => g.toFixed(0)).join(' ')}; thresholds ${thresholds[field].map((t) => t.toFixed(3)).join(' ')}${harmed[field].size ? `; costs ${[...harmed[field]].join(', ')}` : ''} -> ${keep.has(field) ? 'kept' : 'not kept (0)'}`);
  }
  const all: Partial<Record<Field, FieldModel>> = {};
  for (const field of FIELDS) {
    const tr = rows.filter((r) => r.field === field);
    if (tr.length < 20) continue;
    const m = fit(tr, field);
    if (!keep.has(field)) m.threshold = 0;
    all[field] = m;
  }
  return { models: all, keep };
}

function main(): void {
  const args = process.argv.slice(2);
  if (!existsSync(path.join(shared, 'corpora'))) {
    console.log(`train: ${shared} is not here; nothing to fit (skipped)`);
    return;
  }
  if (args[0] === '--cv') {
    const docs = args.slice(1).flatMap((dir) => {
      const corpus = path.basename(dir);
      return existsSync(path.join(dir, 'report.json')) ? readRun(corpus, dir) : [];
    });
    if (docs.length) crossValidate(docs);
    return;
  }
  const docs: Doc[] = [];
  for (const c of CORPORA) {
    const out = path.join(root, '.eval-train', c);
    if (args.includes('--reuse') && existsSync(path.join(out, 'report.json'))) console.log(`train: reusing the run in ${path.relative(root, out)}`);
    else {
      console.log(`train: running the pipeline over ${c} into ${path.relative(root, out)}`);
      const r = spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), 'run', '--input', path.join(shared, 'corpora', c, 'docs'), '--output', out, '--quiet'], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`pipeline failed on ${c}: ${r.stderr}`);
    }
    docs.push(...readRun(c, out));
  }
  const { models } = crossValidate(docs);
  const file = path.join(root, 'pipeline/stages/confidence/model.json');
  const json: Models & { note: string } = { note: 'Fitted by npm run train (bench/train-fields.ts) on naeb-dev and silver-dev from ../shared; do not edit by hand.', fields: models };
  writeFileSync(file, JSON.stringify(json, null, 1) + '\n');
  console.log(`train: wrote ${path.relative(root, file)}`);
}

main();
