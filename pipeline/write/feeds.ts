// JSON Feed 1.1 output. all.json has one item per story: its canonical article, with every other
// version and outlet in the `_copydesk` extension. outlets/<slug>.json has one item per article of
// that outlet. Item ids are story ids and record ids: stable, and never given to anything else.
import { createHash } from 'node:crypto';
import type { StateStore } from '../corpus/state.js';
import { articleItem, BodyRenderer, storyItem, type FeedItem } from './feed-item.js';
import type { StoredRecord } from './records.js';

export interface FeedOptions {
  title: string;
  home_page_url?: string;
  feed_url_base?: string;
}

const VERSION = 'https://jsonfeed.org/version/1.1';

export { canonicalOf, rfc3339 } from './feed-item.js';

export const outletSlug = (name: string) => name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'unknown';

export interface FeedFiles {
  /** Path under output/feeds/ -> JSON text. */
  [relPath: string]: string;
}

/** Builds every feed from all records on disk. Updates each story's item hash and, when the item
 * changed since it was last emitted, its `date_modified` (set to `now`). */
export function buildFeeds(records: Map<string, StoredRecord>, store: StateStore, opts: FeedOptions, now: string): FeedFiles {
  const renderer = new BodyRenderer();
  const byStory = new Map<string, StoredRecord[]>();
  for (const r of records.values()) byStory.set(r.record.story, [...(byStory.get(r.record.story) ?? []), r]);
  const items: FeedItem[] = [];
  for (const [story, members] of [...byStory].sort(([a], [b]) => a.localeCompare(b))) {
    const item = storyItem(story, members, renderer);
    const hash = createHash('sha256').update(JSON.stringify(item)).digest('hex');
    const prev = store.getStory(story);
    let modified = prev?.date_modified ?? null;
    if (prev && prev.item_hash && prev.item_hash !== hash) modified = now;
    store.putStory({ created: '', ...prev, id: story, members: prev?.members ?? members.map((v) => v.record.id).sort((a, b) => a.localeCompare(b)), item_hash: hash, date_modified: modified });
    if (modified) item.date_modified = modified;
    items.push(item);
  }
  items.sort(byDateThenId);
  const files: FeedFiles = { 'all.json': feed(opts.title, 'all.json', items, opts) };
  const byOutlet = new Map<string, StoredRecord[]>();
  for (const r of records.values()) if (r.record.outlet) byOutlet.set(r.record.outlet, [...(byOutlet.get(r.record.outlet) ?? []), r]);
  for (const [outlet, rs] of [...byOutlet].sort(([a], [b]) => a.localeCompare(b))) {
    // Two outlet names can fold to one slug ("ABC News", "abc-news"): the later gets a hash suffix.
    let slug = outletSlug(outlet);
    if (files[`outlets/${slug}.json`]) slug += '-' + createHash('sha256').update(outlet).digest('hex').slice(0, 6);
    const outletItems = rs.map((r) => articleItem(r, renderer)).sort(byDateThenId);
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
