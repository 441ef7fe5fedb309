// One-time move of the state earlier versions kept in state/corpus.jsonl (version 2: a line per story
// and per article, rewritten whole each run) into the corpus store. Verdicts, story ids, retired ids
// and date_modified carry over; feed items are made anew from the records' fields.
import { createHash } from 'node:crypto';
import type { DescribeStory, StoryMember } from './index.js';
import { termVector } from './features.js';
import type { ArticleItem, CorpusStore, StoredArticle, StoredStory } from './store.js';

interface OldStory {
  id: string;
  members: string[];
  created: string;
  item_hash: string;
  date_modified: string | null;
  merged_into?: string;
}
interface OldArticle {
  id: string;
  textHash: string;
  signature: string;
  shingles: number;
  brief_signature?: string;
  brief_shingles?: number;
  headline: number[];
  terms: Record<string, number>;
  quotes: number[];
  date: string | null;
  story: string;
  duplicate_of: string | null;
  first_seen: string;
}

const u32 = (b64: string) => {
  const b = Buffer.from(b64, 'base64');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

/** Parses the old file; throws naming the line on anything else. */
export function parseJsonl(text: string): { stories: OldStory[]; articles: OldArticle[] } {
  const stories: OldStory[] = [];
  const articles: OldArticle[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let v: { state?: string; version?: number; story?: OldStory; article?: OldArticle };
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${i + 1} is not JSON (${(e as Error).message})`);
    }
    if (i === 0) {
      if (v.state !== 'copydesk-corpus' || v.version !== 2) throw new Error('line 1: not a corpus state of version 2');
    } else if (v.story) stories.push(v.story);
    else if (v.article) articles.push(v.article);
    else throw new Error(`line ${i + 1} holds neither a story nor an article`);
  });
  return { stories, articles };
}

/** Writes the old state into `store` in one change set. `items` are the records' fields by id. */
export async function migrateJsonl(text: string, items: Map<string, ArticleItem>, store: CorpusStore, describe: DescribeStory, now: string): Promise<{ articles: number; stories: number }> {
  const old = parseJsonl(text);
  const byAge = old.articles.slice().sort((a, b) => a.first_seen.localeCompare(b.first_seen) || a.id.localeCompare(b.id));
  const articles: StoredArticle[] = byAge.map((a, seq) => ({
    id: a.id, seq, first_seen: a.first_seen, date: a.date, textHash: a.textHash, signature: u32(a.signature), shingles: a.shingles,
    briefSignature: a.brief_signature ? u32(a.brief_signature) : null, briefShingles: a.brief_shingles ?? 0, headline: Uint32Array.from(a.headline),
    terms: Object.keys(a.terms).length ? termVector(a.terms) : null, quotes: Uint32Array.from(a.quotes), story: a.story, duplicate_of: a.duplicate_of,
  }));
  const itemOf = (id: string): ArticleItem => items.get(id) ?? { id, headline: null, date: null, outlet: null, byline: [], dateline: null, section: null, quotes: [], source: { path: id, sha256: '' }, body: '' };
  const members = new Map<string, StoryMember[]>();
  for (const a of articles) (members.get(a.story) ?? members.set(a.story, []).get(a.story)!).push({ id: a.id, duplicate_of: a.duplicate_of, item: itemOf(a.id) });
  const lastSeen = new Map<string, string>();
  for (const a of articles) if ((lastSeen.get(a.story) ?? '') < a.first_seen) lastSeen.set(a.story, a.first_seen);
  const absorbed = new Map<string, string[]>();
  for (const s of old.stories) if (s.merged_into) absorbed.set(s.merged_into, [...(absorbed.get(s.merged_into) ?? []), s.id].sort());
  const stories: StoredStory[] = old.stories
    .slice()
    .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
    .map((s, seq) => {
      const st: StoredStory = {
        id: s.id, created: s.created, last_seen: lastSeen.get(s.id) ?? s.created, status: s.merged_into ? 'merged' : 'live', merged_into: s.merged_into ?? null,
        absorbed: absorbed.get(s.id) ?? [], split_from: null, seq, item: '', item_hash: '', date_modified: s.date_modified, changed: now,
      };
      const base = describe(st, (members.get(s.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)));
      st.item_hash = createHash('sha256').update(JSON.stringify(base)).digest('hex');
      st.item = JSON.stringify(st.date_modified ? { ...base, date_modified: st.date_modified } : base);
      return st;
    });
  await store.apply({ articles, items: new Map(articles.map((a) => [a.id, itemOf(a.id)])), stories, moves: new Map(), archiveBefore: null });
  return { articles: articles.length, stories: stories.length };
}
