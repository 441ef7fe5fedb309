// Fits the speaker ranker's weights (pipeline/stages/quotes/rank/speaker-weights.json) on the hand-judged
// quotes of ../shared/corpora/polnear-dev, and reports them leave-one-publisher-out: for each publisher,
// weights fitted on the other six choose its speakers, against the hand rules alone.
// Usage: npm run build && node dist/bench/fit-speakers.js [--write]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { loadConfig } from '../pipeline/registry.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { sameEntity, textMatch, tokens } from './speaker-match.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpora/polnear-dev');
/** Strength of the pull towards zero weights (L2), and the fitting's steps. */
const L2 = 0.01;
const STEPS = 400;
const RATE = 0.5;

interface Example {
  publisher: string;
  context: string;
  candidates: { features: Record<string, number>; correct: boolean; rule: boolean }[];
}

interface Gold {
  text: string;
  direct?: boolean;
  speaker_true?: string;
  speaker_kind?: string;
  speaker_ambiguous?: boolean;
}

async function examples(): Promise<Example[]> {
  const config = await loadConfig(path.join(root, 'config'));
  const labels = readFileSync(path.join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; quotes?: Gold[] });
  const read = (f: string) => readFileSync(path.join(corpus, 'docs', f), 'utf8').replace(/^[ \t]+/gm, '');
  const batch = emptyBatch();
  const counter = new BatchCounter(config.chrome);
  const dump = (f: string) => Object.assign(new VFile({ path: f, value: read(f) }), { data: { trusted: {}, kind: 'txt' as const } });
  for (const f of readdirSync(path.join(corpus, 'docs'))) counter.count(batch, dump(f));
  const processor = createProcessor({ config, batch });
  const out: Example[] = [];
  for (const l of labels) {
    const gold = (l.quotes ?? []).filter((q) => q.direct && tokens(q.text).length >= 3);
    if (!gold.some((q) => q.speaker_true)) continue;
    const file = new VFile({ path: l.file, value: read(l.file) });
    file.data.trusted = {};
    file.data.kind = 'txt';
    processArticle(processor, file);
    const quotes = (file.data.quotes ?? []).filter((q) => tokens(q.text).length >= 3);
    const choices = new Map((file.data.speakerChoices ?? []).map((c) => [c.offset, c]));
    for (const [gi, pi] of textMatch(gold.map((g) => g.text), quotes.map((q) => q.text))) {
      const g = gold[gi];
      const choice = choices.get(quotes[pi].offset ?? -1);
      if (!choice || !g.speaker_true || g.speaker_kind === 'none' || g.speaker_ambiguous) continue;
      out.push({
        publisher: l.file.split('_')[0],
        context: choice.context,
        candidates: choice.candidates.map((c) => ({ features: c.features, correct: sameEntity(c.name || null, g.speaker_true!, g.speaker_kind!), rule: Object.keys(c.features).some((k) => k.startsWith('rule_')) })),
      });
    }
  }
  return out;
}

/** Conditional logit: the probability of the correct candidates among each quote's, maximized with L2. */
function fit(train: Example[]): Record<string, number> {
  const w: Record<string, number> = {};
  const usable = train.filter((e) => e.candidates.some((c) => c.correct));
  for (let step = 0; step < STEPS; step++) {
    const grad: Record<string, number> = {};
    for (const e of usable) {
      const s = e.candidates.map((c) => Object.entries(c.features).reduce((a, [k, x]) => a + (w[k] ?? 0) * x, 0));
      const m = Math.max(...s);
      const p = s.map((x) => Math.exp(x - m));
      const z = p.reduce((a, b) => a + b, 0);
      const zc = p.reduce((a, b, i) => a + (e.candidates[i].correct ? b : 0), 0);
      e.candidates.forEach((c, i) => {
        const d = (c.correct ? p[i] / zc : 0) - p[i] / z;
        for (const [k, x] of Object.entries(c.features)) grad[k] = (grad[k] ?? 0) + d * x;
      });
    }
    for (const k of Object.keys(grad)) w[k] = (w[k] ?? 0) + (RATE * (grad[k] - L2 * usable.length * (w[k] ?? 0))) / usable.length;
  }
  return w;
}

function right(e: Example, w: Record<string, number>): boolean {
  let best = -Infinity;
  let ok = false;
  for (const c of e.candidates) {
    const s = Object.entries(c.features).reduce((a, [k, x]) => a + (w[k] ?? 0) * x, 0);
    if (s > best) [best, ok] = [s, c.correct];
  }
  return ok;
}

const ruleRight = (e: Example) => e.candidates.some((c) => c.rule && c.correct) || (!e.candidates.some((c) => c.rule) && false);

const all = await examples();
const publishers = [...new Set(all.map((e) => e.publisher))].sort();
const byContext = new Map<string, [number, number, number]>();
let ruleTotal = 0;
let rankTotal = 0;
const folds: string[] = [];
for (const p of publishers) {
  const test = all.filter((e) => e.publisher === p);
  const w = fit(all.filter((e) => e.publisher !== p));
  const r = test.filter(ruleRight).length;
  const k = test.filter((e) => right(e, w)).length;
  for (const e of test) {
    const c = byContext.get(e.context) ?? [0, 0, 0];
    byContext.set(e.context, [c[0] + 1, c[1] + Number(ruleRight(e)), c[2] + Number(right(e, w))]);
  }
  ruleTotal += r;
  rankTotal += k;
  folds.push(`${p} ${r}->${k}/${test.length}`);
  console.log(`${p.padEnd(14)} n=${String(test.length).padStart(3)}  rules ${r}  ranked ${k}`);
}
for (const [c, [n, r, k]] of byContext) console.log(`${c.padEnd(14)} n=${String(n).padStart(3)}  rules ${r}  ranked ${k}`);
console.log(`held-out total: rules ${ruleTotal}, ranked ${rankTotal} of ${all.length} ranked quotes`);
if (process.argv.includes('--write')) {
  const w = fit(all);
  const rounded = Object.fromEntries(Object.entries(w).sort().map(([k, x]) => [k, Math.round(x * 1000) / 1000]));
  const fitted = `bench/fit-speakers.ts on polnear-dev, ${all.length} ranked quotes; leave-one-publisher-out right: rules ${ruleTotal}, ranked ${rankTotal} (${folds.join(', ')})`;
  writeFileSync(path.join(root, 'pipeline/stages/quotes/rank/speaker-weights.json'), `${JSON.stringify({ fitted, weights: rounded }, null, 2)}\n`);
  console.log('written', fitted);
}
