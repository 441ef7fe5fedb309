// Corpus stages: a pure function of this run's articles and the stored state. Finds exact and near
// duplicates, then groups the originals into stories. Every verdict carries a note naming the
// record it matched (`cause`), as remark-lint points a duplicate back to its original.
import { jaccard, shingles, terms, textHash, words } from './features.js';
import type { StateStore, StoredArticle } from './state.js';
import type { Config } from '../config/sections.js';
import { createHash } from 'node:crypto';

export interface CorpusInput {
  id: string;
  headline: string | null;
  date: string | null;
  body: string;
  quotes: { text: string }[];
}

export interface CorpusNote {
  id: string;
  ruleId: 'duplicate-exact' | 'duplicate-near' | 'story-join' | 'story-new';
  reason: string;
  /** The record this one matched. */
  cause?: string;
}

export interface CorpusResult {
  assignments: Map<string, { story: string; duplicate_of: string | null }>;
  notes: CorpusNote[];
}

type CorpusConfig = Config['corpus'];

export function runCorpus(inputs: CorpusInput[], store: StateStore, cfg: CorpusConfig, now: string): CorpusResult {
  const notes: CorpusNote[] = [];
  // Fingerprint this run's articles; an article already stored keeps its stored first_seen.
  const fresh: StoredArticle[] = inputs.map((x) => {
    const ws = words(x.body);
    const prev = store.getArticle(x.id);
    return {
      id: x.id,
      textHash: textHash(ws),
      shingles: shingles(ws, cfg.dedupe.shingle),
      terms: terms(x.headline, x.body),
      quotes: x.quotes.map((q) => words(q.text)).filter((w) => w.length >= cfg.stories.min_shared_quote_words).map((w) => w.join(' ')),
      date: x.date,
      story: prev?.story ?? '',
      duplicate_of: null,
      first_seen: prev?.first_seen ?? now,
    };
  });
  const freshIds = new Set(fresh.map((a) => a.id));
  const all = [...[...store.articles()].filter((a) => !freshIds.has(a.id)), ...fresh].sort(byAge);

  // Duplicates: each article against the older ones; the oldest copy is the original.
  const originals: StoredArticle[] = [];
  const byHash = new Map<string, StoredArticle>();
  for (const a of all) {
    a.duplicate_of = null;
    const exact = byHash.get(a.textHash);
    if (exact) {
      a.duplicate_of = exact.id;
      notes.push({ id: a.id, ruleId: 'duplicate-exact', reason: `same text as ${exact.id}`, cause: exact.id });
      continue;
    }
    let best: StoredArticle | undefined;
    let bestJ = 0;
    for (const o of originals) {
      const j = jaccard(a.shingles, o.shingles);
      if (j > bestJ) [best, bestJ] = [o, j];
    }
    if (best && bestJ >= cfg.dedupe.near_jaccard) {
      a.duplicate_of = best.id;
      notes.push({ id: a.id, ruleId: 'duplicate-near', reason: `near copy of ${best.id} (shingle Jaccard ${bestJ.toFixed(2)})`, cause: best.id });
      continue;
    }
    byHash.set(a.textHash, a);
    originals.push(a);
  }

  // Stories: link originals that share a distinctive quote, or whose title+lead terms are similar
  // and whose dates are close; grouped by union-find, each group keeps its oldest story id.
  const idf = inverseDocFreq(originals);
  const vecs = originals.map((a) => unit(a.terms, idf));
  const parent = originals.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const why = new Map<string, CorpusNote>();
  for (let i = 0; i < originals.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = originals[i];
      const b = originals[j];
      if (!closeInTime(a.date, b.date, cfg.stories.max_days_apart)) continue;
      const shared = a.quotes.find((q) => b.quotes.includes(q));
      const sim = cosine(vecs[i], vecs[j]);
      if (shared || sim >= cfg.stories.similarity) {
        parent[find(i)] = find(j);
        if (!why.has(a.id)) why.set(a.id, { id: a.id, ruleId: 'story-join', reason: shared ? `shares the quote “${shared.slice(0, 60)}…” with ${b.id}` : `reports what ${b.id} reports (similarity ${sim.toFixed(2)})`, cause: b.id });
      }
    }
  }
  const groups = new Map<number, StoredArticle[]>();
  originals.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a]));
  for (const members of groups.values()) {
    // The oldest story id among members survives; a story id is never reused for another story.
    const existing = members.map((m) => m.story).filter((s) => s && store.getStory(s) && !store.getStory(s)!.merged_into);
    const story = existing.sort()[0] ?? 'story-' + createHash('sha256').update(members[0].id).digest('hex').slice(0, 12);
    for (const s of new Set(existing)) if (s !== story) store.putStory({ ...store.getStory(s)!, merged_into: story, members: [] });
    for (const m of members) {
      m.story = story;
      const note = why.get(m.id);
      if (note) notes.push(note);
    }
    const prev = store.getStory(story);
    store.putStory({ id: story, members: members.map((m) => m.id).sort(), item_hash: prev?.item_hash ?? '', date_modified: prev?.date_modified ?? null });
  }
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const a of all) {
    if (a.duplicate_of) {
      let root = byId.get(a.duplicate_of)!;
      while (root.duplicate_of) root = byId.get(root.duplicate_of)!;
      a.story = root.story;
      const s = store.getStory(a.story)!;
      if (!s.members.includes(a.id)) s.members = [...s.members, a.id].sort();
    }
    store.putArticle(a);
  }
  const assignments = new Map(fresh.map((a) => [a.id, { story: a.story, duplicate_of: a.duplicate_of }]));
  return { assignments, notes: notes.filter((n) => freshIds.has(n.id)) };
}

function byAge(a: StoredArticle, b: StoredArticle): number {
  return a.first_seen.localeCompare(b.first_seen) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
}

function closeInTime(a: string | null, b: string | null, days: number): boolean {
  if (!a || !b) return true;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) <= days * 864e5;
}

function inverseDocFreq(docs: StoredArticle[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of Object.keys(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return new Map([...df].map(([t, c]) => [t, Math.log((n + 1) / (c + 0.5))]));
}

function unit(tf: Record<string, number>, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of Object.entries(tf)) {
    const w = (1 + Math.log(c)) * (idf.get(t) ?? 0);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) s += w * (big.get(t) ?? 0);
  return s;
}
