// The hand-judged speaker figure (`speakers true` of ../shared/eval/score.mjs) split by publisher and by
// kind, and, with --wrong, every quote whose speaker is judged wrong (record's credit beside the truth),
// for reading cases. Prints to stdout only: corpus text never lands in the project.
// Usage after a run over polnear-dev:
//   node dist/bench/speakers-true.js .eval/polnear-dev [--wrong] [--kind organization]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { sameEntity, textMatch, tokens } from './speaker-match.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpora/polnear-dev');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--kind') ?? path.join(root, '.eval/polnear-dev');
const showWrong = args.includes('--wrong');
const onlyKind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;

interface Gold { text: string; direct?: boolean; start?: number; speaker?: string; speaker_true?: string; speaker_kind?: string; speaker_ambiguous?: boolean }
interface Pred { text: string; speaker?: string | null; speaker_name?: string; offset?: number }

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : f.endsWith('.md') ? [path.join(d, f)] : []));
const byFile = new Map<string, Pred[]>();
for (const f of walk(path.join(dir, 'records'))) {
  const m = /^---\n([\s\S]*?)\n---/u.exec(readFileSync(f, 'utf8'));
  const fm = m ? YAML.parse(m[1]) : null;
  if (fm?.source?.path) byFile.set(path.basename(fm.source.path), fm.quotes ?? []);
}
const tally = new Map<string, [number, number]>();
const add = (k: string, ok: boolean) => {
  const t = tally.get(k) ?? [0, 0];
  t[0]++;
  if (ok) t[1]++;
  tally.set(k, t);
};
const labels = readFileSync(path.join(corpus, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; publisher: string; quotes?: Gold[] });
for (const l of labels) {
  const gold = (l.quotes ?? []).filter((q) => q.direct && tokens(q.text).length >= 3);
  if (!gold.some((q) => q.speaker_true)) continue;
  const pred = (byFile.get(l.file) ?? []).filter((q) => tokens(q.text).length >= 3);
  for (const [gi, pi] of textMatch(gold.map((g) => g.text), pred.map((p) => p.text))) {
    const g = gold[gi];
    const p = pred[pi];
    if (!g.speaker_true || g.speaker_kind === 'none' || g.speaker_ambiguous) continue;
    const name = p.speaker_name ?? p.speaker ?? null;
    const ok = sameEntity(name, g.speaker_true, g.speaker_kind!);
    for (const k of ['all', `kind ${g.speaker_kind}`, `pub ${l.publisher}`, `pub ${l.publisher} ${g.speaker_kind}`]) add(k, ok);
    if (showWrong && !ok && (!onlyKind || onlyKind === g.speaker_kind)) {
      console.log(`${g.speaker_kind}\t${l.file}@${g.start}\ttrue=${g.speaker_true}\tlabel=${g.speaker ?? ''}\tgot=${p.speaker ?? 'null'}${p.speaker_name ? ` [${p.speaker_name}]` : ''}\t"${g.text.slice(0, 60)}"`);
    }
  }
}
for (const [k, [n, ok]] of [...tally].sort(([a], [b]) => a.localeCompare(b))) console.log(`${k.padEnd(28)} ${((100 * ok) / n).toFixed(1).padStart(5)}%  ${ok}/${n}`);
