// Duplicate detection on real news text, when ../shared is present: every ecbplus-dev article plus
// seeded re-posts of each (retyped, other chrome, trimmed, edited, all of these, and under a nav bar
// taken for the headline), through the corpus
// stage. A re-post counts as found when it lands in its source's copy group (its source may itself
// be a wire copy of an older article). The corpus's own articles are the look-alike negatives.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../pipeline/registry.js';
import { runCorpus, type CorpusInput } from '../pipeline/corpus/index.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { words } from '../pipeline/corpus/fingerprint.js';
import { PERTURBATIONS, perturb } from '../test/perturb.js';

const MIN_WORDS = 100;

export async function dedupeOnRealText(docsDir: string, cfg: Config['corpus'], seeds = 2): Promise<string | null> {
  if (!existsSync(docsDir)) return null;
  const names = readdirSync(docsDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = names.map((f) => readFileSync(path.join(docsDir, f), 'utf8'));
  // Each original's first line stands for its headline; a re-post has the same, or a nav bar taken for it.
  const headline = (t: string) => t.split('\n').find((l) => l.trim())?.trim() ?? null;
  const inputs: CorpusInput[] = names.map((_name, i) => ({ id: `a${i}`, headline: headline(texts[i]), date: null, body: texts[i], quotes: [] }));
  const source = new Map<string, string>();
  for (let s = 1; s <= seeds; s++)
    texts.forEach((t, i) => {
      for (const kind of PERTURBATIONS) {
        const id = `v${s}-${kind}-${i}`;
        source.set(id, `a${i}`);
        const related = texts[(i * 7 + s) % texts.length].split('\n')[0].slice(0, 100);
        const body = perturb(t, kind, s * 100003 + i * 31 + kind.length, related);
        inputs.push({ id, headline: kind === 'navbar' ? headline(body) : headline(t), date: null, body, quotes: [] });
      }
    });
  const t0 = performance.now();
  const r = await runCorpus(inputs, new SqliteStore(':memory:'), cfg, '2025-01-01T00:00:00.000Z');
  const secs = (performance.now() - t0) / 1000;
  const group = (id: string) => r.assignments.get(id)!.duplicate_of ?? id;
  // Briefs under MIN_WORDS are reported apart: a few changed words or a header line are a large
  // share of them, and a trimmed brief may keep a fifth of its text.
  const long = new Set(texts.map((t, i) => (words(t).length >= MIN_WORDS ? `a${i}` : '')).filter(Boolean));
  const score = (ids: string[]) => {
    let tp = 0;
    let flagged = 0;
    for (const id of ids) {
      if (r.assignments.get(id)!.duplicate_of) {
        flagged++;
        if (group(id) === group(source.get(id)!)) tp++;
      }
    }
    const found = ids.filter((id) => group(id) === group(source.get(id)!)).length;
    return `recall ${(found / ids.length).toFixed(4)} precision ${(tp / Math.max(1, flagged)).toFixed(4)} (${ids.length} re-posts)`;
  };
  const ids = [...source.keys()];
  const corpusDups = names.filter((_, i) => r.assignments.get(`a${i}`)!.duplicate_of).length;
  return (
    `real text: ${names.length} ${path.basename(path.dirname(path.resolve(docsDir)))} articles + ${source.size} re-posts in ${secs.toFixed(1)}s; wire copies among the originals: ${corpusDups}\n` +
    `  articles of ${MIN_WORDS}+ words: ${score(ids.filter((id) => long.has(source.get(id)!)))}\n` +
    `  all articles:         ${score(ids)}`
  );
}
