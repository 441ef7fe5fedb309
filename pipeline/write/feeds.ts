// JSON Feed 1.1 output. all.json has one item per story: its canonical article, with every other
// version and outlet in the `_copydesk` extension. outlets/<slug>.json has one item per article of
// that outlet. Item ids are story ids and record ids: stable, and never given to anything else.
import { createHash } from 'node:crypto';
import type { StateStore } from '../corpus/state.js';
import type { ArticleRecord } from '../record/record.js';
import type { StoredRecord } from './records.js';
import type { OutletSlugs } from './slugs.js';

export interface FeedOptions {
  title: string;
  home_page_url?: string;
  feed_url_base?: string;
}

const VERSION = 'https://jsonfeed.org/version/1.1';

/** RFC 3339 date-time, as JSON Feed requires; a day without a time is given as its UTC midnight. */
export const rfc3339 = (d: string) => (d.length === 10 ? `${d}T00:00:00Z` : d);

/** The stated rule for a story's canonical article: the original (not a copy), published earliest,
 * then the most complete (longest body), then the smallest id. */
export function canonicalOf(members: StoredRecord[]): StoredRecord {
  const pool = members.filter((m) => !m.record.duplicate_of);
  return (pool.length ? pool : members).slice().sort(
    (a, b) => (a.record.date ?? '9999').slice(0, 10).localeCompare((b.record.date ?? '9999').slice(0, 10)) || b.body.length - a.body.length || a.record.id.localeCompare(b.record.id),
  )[0];
}

const titleOf = (r: StoredRecord) => r.record.headline ?? (r.body.split(/(?<=[.!?])\s/)[0] ?? '').replace(/[#*_>`]/g, '').trim().slice(0, 160);

function articleItem(r: StoredRecord) {
  const rec: ArticleRecord = r.record;
  return {
    id: rec.id,
    title: titleOf(r) || rec.id,
    content_text: r.body,
    ...(rec.date ? { date_published: rfc3339(rec.date) } : {}),
    ...(rec.byline.length ? { authors: rec.byline.map((name) => ({ name })) } : {}),
    ...(rec.section ? { tags: [rec.section] } : {}),
  };
}

export interface FeedFiles {
  /** Path under output/feeds/ -> JSON text. */
  [relPath: string]: string;
}

/** Builds every feed from all records on disk. Updates each story's item hash and, when the item
 * changed since it was last emitted, its `date_modified` (set to `now`). Outlet feeds are named by
 * `slugs`, which keeps each outlet's file its own across runs (slugs.ts). */
export function buildFeeds(records: Map<string, StoredRecord>, store: StateStore, opts: FeedOptions, now: string, slugs: Pick<OutletSlugs, 'slugFor'>): FeedFiles {
  const byStory = new Map<string, StoredRecord[]>();
  for (const r of records.values()) byStory.set(r.record.story, [...(byStory.get(r.record.story) ?? []), r]);
  const items: (Record<string, unknown> & { id: string; date_published?: string })[] = [];
  for (const [story, members] of [...byStory].sort(([a], [b]) => a.localeCompare(b))) {
    const canon = canonicalOf(members);
    const versions = members.slice().sort((a, b) => a.record.id.localeCompare(b.record.id));
    const outlets = [...new Set(versions.map((m) => m.record.outlet).filter((o): o is string => !!o))].sort();
    const base = articleItem(canon);
    const item: Record<string, unknown> & { id: string; date_published?: string } = {
      ...base,
      id: story,
      ...(outlets.length ? { tags: [...new Set([...(base.tags ?? []), ...outlets])] } : {}),
      _copydesk: {
        story,
        canonical: canon.record.id,
        canonical_rule: 'original, earliest published, then longest body',
        outlets,
        versions: versions.map((m) => ({
          id: m.record.id,
          outlet: m.record.outlet,
          headline: m.record.headline,
          date: m.record.date,
          duplicate_of: m.record.duplicate_of,
          source: m.record.source.path,
        })),
      },
    };
    const hash = createHash('sha256').update(JSON.stringify(item)).digest('hex');
    const prev = store.getStory(story);
    let modified = prev?.date_modified ?? null;
    if (prev && prev.item_hash && prev.item_hash !== hash) modified = now;
    store.putStory({ created: '', ...prev, id: story, members: prev?.members ?? versions.map((v) => v.record.id), item_hash: hash, date_modified: modified });
    if (modified) item.date_modified = modified;
    items.push(item);
  }
  items.sort(byDateThenId);
  const files: FeedFiles = { 'all.json': feed(opts.title, 'all.json', items, opts) };
  const byOutlet = new Map<string, StoredRecord[]>();
  for (const r of records.values()) if (r.record.outlet) byOutlet.set(r.record.outlet, [...(byOutlet.get(r.record.outlet) ?? []), r]);
  for (const [outlet, rs] of [...byOutlet].sort(([a], [b]) => a.localeCompare(b))) {
    const slug = slugs.slugFor(outlet);
    const outletItems = rs.map((r) => ({ ...articleItem(r), _copydesk: { story: r.record.story, duplicate_of: r.record.duplicate_of, source: r.record.source.path } })).sort(byDateThenId);
    files[`outlets/${slug}.json`] = feed(outlet, `outlets/${slug}.json`, outletItems, opts);
  }
  return files;
}

function byDateThenId(a: { id: string; date_published?: string }, b: { id: string; date_published?: string }): number {
  return (b.date_published ?? '').localeCompare(a.date_published ?? '') || a.id.localeCompare(b.id);
}

function feed(title: string, rel: string, items: unknown[], opts: FeedOptions): string {
  return (
    JSON.stringify(
      {
        version: VERSION,
        title,
        ...(opts.home_page_url ? { home_page_url: opts.home_page_url } : {}),
        ...(opts.feed_url_base ? { feed_url: opts.feed_url_base.replace(/\/?$/, '/') + rel } : {}),
        items,
      },
      null,
      2,
    ) + '\n'
  );
}
