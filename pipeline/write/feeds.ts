// JSON Feed 1.1 output, made from the corpus store: a run rewrites only the pages its changes land
// on, and reads no record. Stories are numbered in the order they were founded and paged in fixed
// blocks of `page_size` (feeds/all/page-<n>.json, each linking the next older one with `next_url`);
// all.json holds the newest `page_size` and links the first block it does not cover. changes.json
// (and changes/page-<n>.json) lists what the latest run that changed anything created, changed or
// retired. A merged story stays
// in its page as a tombstone naming the story that absorbed it. outlets/<slug>.json holds the newest
// `page_size` articles of each outlet. Item ids are story and record ids: stable, never reused.
import { num, obj, str } from '../config/spec.js';
import type { DescribeStory, StoryMember } from '../corpus/index.js';
import type { ArticleItem, CorpusStore, StoredStory } from '../corpus/store.js';
import { articleItem, BodyRenderer, RENDER_VERSION, storyItem, type RenderCache } from './feed-item.js';
import type { StoredRecord } from './records.js';
import { CompactJson } from './compact-json.js';
import { jsonListPiecesAsync, mapped } from './json-pieces.js';
import { OutletSlugs } from './slugs.js';

export const feedsSpec = obj({
  title: str('Title of the combined feed', { default: 'Copydesk: all stories' }),
  home_page_url: str('Site the feeds belong to', { optional: true }),
  feed_url_base: str('Public URL of the output/feeds/ folder; feed_url and next_url are written when set', { optional: true }),
  page_size: num('Stories per page of all.json and its older pages, and articles per outlet feed: bounds every feed file', { default: 100, min: 1, integer: true }),
});

export interface FeedOptions {
  title: string;
  home_page_url?: string;
  feed_url_base?: string;
  page_size?: number;
}

const VERSION = 'https://jsonfeed.org/version/1.1';

export { canonicalOf, rfc3339 } from './feed-item.js';

const asRecord = (m: { id: string; duplicate_of: string | null; item: ArticleItem }, story: string): StoredRecord => {
  const { body, ...fields } = m.item;
  return { record: { ...fields, id: m.id, story, duplicate_of: m.duplicate_of }, body };
};

/** A story's item in all.json (feed-item.ts), with its lineage under `_copydesk`: `status`, the ids
 * it absorbed, the story it split off. A retired story's item is its tombstone, naming the story its
 * articles went to. */
export const describeStory: DescribeStory = Object.assign((story: StoredStory, members: StoryMember[], renders?: RenderCache) => {
  if (story.status === 'merged') {
    return {
      id: story.id,
      title: `Merged into ${story.merged_into}`,
      content_text: `This story was merged into ${story.merged_into}; its articles are listed there.`,
      _copydesk: { story: story.id, status: 'merged', merged_into: story.merged_into },
    };
  }
  const item = storyItem(story.id, members.map((m) => asRecord(m, story.id)), new BodyRenderer(renders));
  const lineage = { status: 'live', ...(story.absorbed.length ? { absorbed: story.absorbed } : {}), ...(story.split_from ? { split_from: story.split_from } : {}) };
  return { ...item, _copydesk: { story: story.id, ...lineage, ...(item._copydesk as Record<string, unknown>) } };
}, { renderVersion: RENDER_VERSION });

export interface FeedFiles {
  /** Path under output/feeds/ -> JSON text. */
  [relPath: string]: string;
}

/** The feed files a run changes: all.json, the pages holding `changed` stories, changes.json, and
 * the feeds of `outlets`, each named by `slugs` (slugs.ts: readable, and its outlet's for good; the
 * run layer passes the map kept in the output's state). `allPages`: every page and changes.json, for
 * a run that follows one killed before it wrote its feeds (run/feed-journal.ts). */
export async function buildFeeds(store: CorpusStore, changed: readonly string[], outlets: ReadonlySet<string>, opts: FeedOptions, slugs: Pick<OutletSlugs, 'slugFor'> = new OutletSlugs(), allPages = false): Promise<FeedFiles> {
  const files: FeedFiles = {};
  for await (const [rel, pieces] of feedFiles(store, changed, outlets, opts, slugs, allPages)) {
    let text = '';
    for await (const p of pieces) text += p;
    files[rel] = text;
  }
  return files;
}

/** Story items read from the store this many at a time while a page is written: a page's texts
 * (megabytes on a large output) are not all held while it is written, so what is made from them
 * dies young instead of outliving the young generation page after page. */
const READ = 10;
/** Changed stories whose pages are looked up at a time. */
const SEQS = 5000;

/** buildFeeds one file at a time, for the run to write each before the next is made: a run that
 * changes every page of a large output never holds them all. Each file's text comes in pieces, an
 * item at a time (json-pieces.ts: a page is never one string of megabytes), each story item read
 * from the store (READ at a time) and parsed only when its piece is made. Each file's pieces are to
 * be taken before the next file is asked for. */
export async function* feedFiles(store: CorpusStore, changed: readonly string[], outlets: ReadonlySet<string>, opts: FeedOptions, slugs: Pick<OutletSlugs, 'slugFor'> = new OutletSlugs(), allPages = false): AsyncGenerator<[string, AsyncIterable<string>]> {
  const size = opts.page_size ?? 100;
  // Story items are JSON.stringify's texts: laid out as they stand (compact-json.ts), not parsed.
  const parse = (item: string) => new CompactJson(item);
  // Stories from..to (by seq), newest first: the store's order for the whole range.
  async function* block(from: number, to: number) {
    for (let hi = to; hi > from; hi -= READ) for (const item of await store.storyItems(Math.max(from, hi - READ), hi)) yield parse(item);
  }
  const top = (await store.nextSeq()).story;
  const pageName = (b: number) => `all/page-${b}.json`;
  const newestFrom = Math.max(0, top - size);
  // The block holding the newest story all.json leaves out.
  const firstOlder = newestFrom > 0 ? Math.floor((newestFrom - 1) / size) : -1;
  yield ['all.json', feed(opts.title, 'all.json', block(newestFrom, top), opts, firstOlder >= 0 ? pageName(firstOlder) : null)];
  // The pages the changed stories are on: their seqs only, read a slice at a time.
  const touched = new Set<number>();
  if (!allPages) for (let i = 0; i < changed.length; i += SEQS) for (const s of (await store.stories(changed.slice(i, i + SEQS), { items: false })).values()) touched.add(Math.floor(s.seq / size));
  const blocks = allPages ? Array.from({ length: Math.ceil(top / size) }, (_, b) => b) : [...touched].sort((x, y) => x - y);
  for (const b of blocks) {
    yield [pageName(b), feed(`${opts.title} (page ${b})`, pageName(b), block(b * size, (b + 1) * size), opts, b > 0 ? pageName(b - 1) : null)];
  }
  // changes.json and its pages are rewritten only by a run that changed something.
  const latest = await store.latestChange();
  if ((changed.length || allPages) && latest) {
    const name = (p: number) => (p ? `changes/page-${p}.json` : 'changes.json');
    let before = Number.MAX_SAFE_INTEGER;
    for (let p = 0; ; p++) {
      // One more than a page: whether a next page exists (the head links it). Only the seqs are
      // kept; the page's items are read again, a few at a time, as it is written.
      const seqs = (await store.changedItems(latest, before, size + 1)).map((r) => r.seq);
      const more = seqs.length > size;
      const page = seqs.slice(0, size);
      const items = async function* (from: number, count: number) {
        while (count > 0) {
          const rows = await store.changedItems(latest, from, Math.min(READ, count));
          if (!rows.length) return;
          for (const r of rows) yield parse(r.item);
          [from, count] = [rows[rows.length - 1].seq, count - rows.length];
        }
      };
      yield [name(p), feed(`${opts.title}: changed in the latest run${p ? ` (page ${p})` : ''}`, name(p), items(before, page.length), opts, more ? name(p + 1) : null)];
      if (!more) break;
      before = page[page.length - 1];
    }
  }
  for (const outlet of [...outlets].sort()) {
    const slug = slugs.slugFor(outlet);
    const rows = await store.outletArticles(outlet, size);
    // The renders the store keeps (those of articles described as a story's canonical): of the article's
    // current body, made by the same renderBody, so only the others are rendered here.
    const kept = await store.renders(rows.map((r) => r.id), RENDER_VERSION);
    const renderer = new BodyRenderer({ get: (id) => kept.get(id), put: () => {} });
    const items = mapped(rows, ({ story, duplicate_of, ...item }) => articleItem(asRecord({ id: item.id, duplicate_of, item }, story), renderer));
    yield [`outlets/${slug}.json`, feed(outlet, `outlets/${slug}.json`, items, opts, null)];
  }
}

/** A feed file's text, as JSON.stringify(feed, null, 2) + newline, in pieces (an item each). */
async function* feed(title: string, rel: string, items: AsyncIterable<unknown> | Iterable<unknown>, opts: FeedOptions, next: string | null): AsyncGenerator<string> {
  const base = opts.feed_url_base?.replace(/\/?$/, '/');
  const head = {
    version: VERSION,
    title,
    ...(opts.home_page_url ? { home_page_url: opts.home_page_url } : {}),
    ...(base ? { feed_url: base + rel } : {}),
    ...(base && next ? { next_url: base + next } : {}),
    ...(next ? { _copydesk: { next } } : {}),
  };
  yield* jsonListPiecesAsync(head, 'items', items);
  yield '\n';
}
