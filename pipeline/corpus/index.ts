// Corpus stages: this run's articles (as compact features) against the injected store. Finds exact
// and near duplicates (dedupe.ts) among every fingerprint kept, then re-clusters the stories this
// run's originals touch (stories.ts) from their articles' kept features, as a single run over the
// open news would see them, and gives the groups their ids (assign.ts). Every verdict carries a note
// naming the record it matched (`cause`), as remark-lint points a duplicate back to its original.
// The whole outcome is one change set, applied by the store in one transaction.
import { createHash } from 'node:crypto';
import type { Config } from '../registry.js';
import { assignGroups, type OldStory } from './assign.js';
import { findDuplicates, type Verdict } from './dedupe.js';
import { featureSettings, features, fingerprints, sameGrouping, signatureSize, type CorpusInput } from './features.js';
import { fmix32 } from './fingerprint.js';
import type { LshLayout } from './lsh.js';
import { phase } from './phases.js';
import type { ArticleFeatures, ArticleItem, ChangeSet, CorpusStore, DedupeRow, StoredArticle, StoredStory, TermVector } from './store.js';
import { EdgeBuilder, stageEdges, type EdgeRows } from './edge-rows.js';
import { groupStories, groupStoriesFrom, linksTaking, similarities, termVectorsInto, type Edges, type StoryDoc, type Vecs, type VecsHolder } from './stories.js';
import { SimMemo } from './sim-memo.js';
import { storyTermVector } from './terms.js';

export type { CorpusInput } from './features.js';

export interface CorpusNote {
  id: string;
  ruleId: 'duplicate-exact' | 'duplicate-near' | 'story-join' | 'story-new' | 'story-split' | 'settings-changed';
  reason: string;
  /** The record this one matched. */
  cause?: string;
}

/** An article of this run: its features, and what its feed item shows. */
export interface CorpusArticle {
  features: ArticleFeatures;
  /** Absent when the run layer has staged it in the store (CorpusStore.stage). */
  item?: ArticleItem;
  /** Its features wait in the store's staging area too (CorpusStore.stageFeatures), and its terms are
   * read from there (those of `features` are not used: they may be null, stagedFeatures' `terms: false`). Once
   * duplicates are found and the window's docs made, the stage empties the feature arrays of `features` (and of its own rows),
   * and `apply` takes them back from there. A first run's window is the whole batch: held to `apply`,
   * every article's arrays were live through the describe loop. */
  staged?: boolean;
}

export interface StoryMember {
  id: string;
  duplicate_of: string | null;
  item: ArticleItem;
}

/** Text made from an article and kept in the store between runs (a feed item's rendered body), by id. */
export interface ArticleRenders {
  get(id: string): string | undefined;
  put(id: string, rendered: string): void;
}

/** Makes a story's feed item (without date_modified), from its members or, retired, from where they
 * went. One that names a `renderVersion` is given the renders the store keeps of that version. */
export type DescribeStory = ((story: StoredStory, members: StoryMember[], renders?: ArticleRenders) => Record<string, unknown>) & { renderVersion?: string };

export interface CorpusResult {
  /** Story and original of each article of this run. */
  assignments: Map<string, { story: string; duplicate_of: string | null }>;
  /** Articles of earlier runs whose story id changed (their story merged or split). */
  moved: Map<string, string>;
  /** Stories whose feed item was made anew this run (changed, new or retired). */
  changed: string[];
  /** Outlets whose articles changed. */
  outlets: Set<string>;
  notes: CorpusNote[];
}

type CorpusConfig = Config['corpus'];

const describeIds: DescribeStory = (s, ms) => ({ id: s.id, status: s.status, merged_into: s.merged_into, members: ms.map((m) => m.id).sort() });

/** Features and an item from a plain input (tests, benches): the run layer builds both as it goes. */
export function corpusArticle(x: CorpusInput & Partial<Omit<ArticleItem, 'quotes'>>, cfg: CorpusConfig): CorpusArticle {
  return {
    features: features(x, cfg),
    item: {
      id: x.id, headline: x.headline, date: x.date, outlet: x.outlet ?? null, byline: x.byline ?? [], dateline: x.dateline ?? null, section: x.section ?? null,
      quotes: (x.quotes ?? []).map((q) => ({ speaker: null, ...q })), source: x.source ?? { path: x.id, sha256: '' }, body: x.body,
    },
  };
}

export async function runCorpus(inputs: (CorpusInput & Partial<Omit<ArticleItem, 'quotes'>>)[], store: CorpusStore, cfg: CorpusConfig, now: string, describe: DescribeStory = describeIds): Promise<CorpusResult> {
  return corpusStage(inputs.map((x) => corpusArticle(x, cfg)), store, cfg, now, describe);
}

export async function corpusStage(inputs: CorpusArticle[], store: CorpusStore, cfg: CorpusConfig, now: string, describe: DescribeStory = describeIds): Promise<CorpusResult> {
  const notes: CorpusNote[] = [];
  // Items ride along in memory (tests, small runs) or wait in the store's staging area (a streaming run).
  const given = new Map(inputs.flatMap((x) => (x.item ? [[x.features.id, x.item] as const] : [])));
  const currentItems = async (ids: readonly string[]) => {
    const out = new Map<string, ArticleItem>();
    const rest = ids.filter((id) => (given.has(id) ? !out.set(id, given.get(id)!) : true));
    for (const [id, item] of await store.staged(rest)) out.set(id, item);
    const older = rest.filter((id) => !out.has(id));
    for (const [id, item] of await store.items(older)) out.set(id, item);
    return out;
  };
  // Stored fingerprints: only those this run's articles could match (the store's band index finds
  // their LSH buckets whole), read after a change of settings has made them anew.
  await store.index(lshLayout(cfg));
  const regroup = await checkSettings(store, cfg, notes);
  const stored = new Map((await store.fingerprintsNear(inputs.map((x) => x.features.id), inputs.map((x) => x.features))).map((r) => [r.id, r]));
  phase('stored read');

  // This run's articles: new, or stored with another text (re-decided), or unchanged (kept as decided).
  const staged = new Set(inputs.flatMap((x) => (x.staged ? [x.features.id] : [])));
  const sameText = (x: ArticleFeatures, r: DedupeRow | undefined) => !!r && r.textHash === x.textHash && r.shingles === x.shingles && equal(r.signature, x.signature);
  const fresh = inputs.filter((x) => !sameText(x.features, stored.get(x.features.id))).map((x) => x.features);
  const freshIds = new Set(fresh.map((f) => f.id));
  const unchanged = inputs.filter((x) => !freshIds.has(x.features.id)).map((x) => x.features.id);
  const seq = await store.nextSeq();
  let rows: StoredArticle[] = [
    ...[...stored.values()].filter((r) => !freshIds.has(r.id)).map((r) => articleRow({ ...r, terms: null, quotes: NO_U32 }, r.story, r.duplicate_of, r.first_seen)),
    ...fresh
      .slice()
      .sort((a, b) => cmp(a.id, b.id))
      .map((f) => {
        const prev = stored.get(f.id);
        return articleRow(f, prev?.story ?? '', null, prev?.first_seen ?? now);
      }),
  ].sort(byAge);

  // Duplicates, then the stories. Each is a function of its own: what it builds over the whole window
  // (signatures, term vectors, links: 100 MB and more at 16k articles) is let go when it returns,
  // before the stories are described, and is not held (in this async function's frame) to the end.
  const freshRows = rows.filter((a) => freshIds.has(a.id));
  markDuplicates(rows, freshIds, freshRows, cfg, notes);
  // What follows holds only this run's rows (a first run's window is the batch: every name let go counts).
  rows = [];
  const horizon = new Date(Date.parse(now) - cfg.stories.active_days * 864e5).toISOString();
  // Staged articles' feature arrays are let go once the window's docs have their quotes: the stage
  // reads their terms from the staging area, and apply takes every array back from there. (Held to
  // the grouping's end, a first run's signatures, 512 bytes an article, were live through its peak;
  // the quotes share their read's buffer, so the docs take a copy.) Stored rows' terms are let go once
  // the window's term vectors are made; fresh articles given in memory keep theirs (the change set
  // stores their arrays as they are).
  const letGo: LetGo = {
    staged: () => {
      for (const x of inputs) if (staged.has(x.features.id)) Object.assign(x.features, noArrays());
      for (const a of freshRows) if (staged.has(a.id)) Object.assign(a, noArrays());
    },
    terms: (window) => {
      for (const a of window) if (!freshIds.has(a.id)) a.terms = null;
    },
  };
  let { groups, joined, touched } = await groupWindow(store, cfg, horizon, freshIds, freshRows, stored, regroup, staged, letGo);
  phase('window grouped');
  const oldIds = new Set([...touched, ...freshRows.map((a) => a.story)].filter(Boolean));
  // Without their stored items: each is described again below, and one described the same keeps its item in the store.
  const live = new Map([...(await store.stories([...oldIds], { items: false }))].flatMap(([id, s]) => (s.status === 'live' ? [[id, s] as const] : [])));
  // Age ranks among the groups' members: the order of `rows`, which holds only the fingerprints near this run's.
  let age = new Map(groups.flat().sort(byAge).map((a, i) => [a.id, i]));
  const outcome = assignGroups(
    // A stored article re-decided (its text changed) still counts for the story it was in: an edited article
    // alone in its story keeps that story's id instead of founding a new one beside an emptied old one.
    groups.map((ms) => ms.map((a) => ({ was: a.story, rank: age.get(a.id)! }))),
    new Map([...live].map(([id, s]): [string, OldStory] => [id, s])),
  );
  const ids = await newStoryIds(groups, outcome.keeps, store);
  const storyChanges = new Map<string, StoredStory>();
  const newStory = (id: string, splitFrom: string | null): StoredStory => ({
    id, created: now, last_seen: now, status: 'live', merged_into: null, absorbed: [], split_from: splitFrom, seq: seq.story++, item: '', item_hash: '', date_modified: null, changed: now,
  });
  groups.forEach((ms, g) => {
    const id = ids[g];
    if (!outcome.keeps[g]) storyChanges.set(id, newStory(id, outcome.splitFrom[g]));
    for (const a of ms) a.story = id;
  });
  for (const [s, g] of outcome.retired) {
    const into = ids[g];
    storyChanges.set(s, { ...live.get(s)!, status: 'merged', merged_into: into, absorbed: [], date_modified: now, changed: now });
    const heir = storyChanges.get(into) ?? { ...live.get(into)! };
    storyChanges.set(into, { ...heir, absorbed: [...new Set([...heir.absorbed, s])].sort() });
  }
  // Notes for this run's originals: why each joined, or that it founded (or split off) a story.
  groups.forEach((ms, g) => {
    for (const a of ms) {
      if (!freshIds.has(a.id)) continue;
      const link = joined.get(a.id);
      const founder = ms[0] === a;
      if (link && !founder) notes.push(joinNote(a, link.cause, link));
      else if (founder && !outcome.keeps[g]) {
        const split = outcome.splitFrom[g];
        notes.push({ id: a.id, ruleId: split ? 'story-split' : 'story-new', reason: `founds story ${ids[g]}${split ? `, split off ${split}` : ''}${ms.length > 1 ? ` (${ms.length - 1} more articles)` : ''}` });
      } else if (founder) notes.push({ id: a.id, ruleId: 'story-join', reason: `joins story ${ids[g]}`, cause: ms.find((m) => m !== a)?.id });
    }
  });

  // Copies follow their original; every member of a story that changes is loaded to move and describe.
  const storyOf = new Map<string, string>();
  for (const ms of groups) for (const a of ms) storyOf.set(a.id, a.story);
  // The groups, their links and age ranks are done with: none is held through the describe loop.
  [groups, joined, age] = [[], new Map(), new Map()];
  const outside = [...new Set(freshRows.flatMap((a) => (a.duplicate_of && !storyOf.has(a.duplicate_of) ? [a.duplicate_of] : [])))];
  for (const [id, a] of await store.articles(outside)) storyOf.set(id, a.story);
  for (const a of freshRows) if (a.duplicate_of) a.story = storyOf.get(a.duplicate_of) ?? '';
  // Items of unchanged articles that now read differently (a better headline) renew their story's item.
  const renewed: string[] = [];
  for (const ids of chunks(unchanged)) {
    const [prev, cur] = [await store.items(ids), await currentItems(ids)];
    renewed.push(...ids.filter((id) => JSON.stringify(prev.get(id)) !== JSON.stringify(cur.get(id))));
  }
  const renewedRows = await store.articles(renewed);
  const affected = new Set([...oldIds, ...ids, ...freshRows.map((a) => a.story), ...[...renewedRows.values()].map((a) => a.story)]);
  const memberRows = (await store.members([...affected], { features: false })).filter((a) => !freshIds.has(a.id));
  for (const a of memberRows) if (!a.duplicate_of && !storyOf.has(a.id)) storyOf.set(a.id, a.story);
  const moved = new Map<string, string>();
  for (const a of memberRows) {
    const now_ = a.duplicate_of ? storyOf.get(a.duplicate_of) ?? a.story : storyOf.get(a.id)!;
    if (now_ !== a.story) moved.set(a.id, now_);
  }
  for (const a of freshRows) a.seq = stored.get(a.id)?.seq ?? seq.article++;

  // Feed items of every story whose members or items changed, and tombstones of retired ones.
  const describeSet = new Set<string>([...freshRows.map((a) => a.story), ...moved.values(), ...storyChanges.keys(), ...[...renewedRows.values()].map((a) => a.story)]);
  for (const a of memberRows) if (moved.has(a.id)) describeSet.add(a.story);
  // Stored items stay in the store: a story described the same keeps its item there.
  for (const [id, s] of await store.stories([...describeSet].filter((s) => !storyChanges.has(s)), { items: false })) storyChanges.set(id, s);
  const membersOf = new Map<string, { id: string; duplicate_of: string | null }[]>();
  const add = (story: string, id: string, duplicate_of: string | null) => (membersOf.get(story) ?? membersOf.set(story, []).get(story)!).push({ id, duplicate_of });
  for (const a of memberRows) add(moved.get(a.id) ?? a.story, a.id, a.duplicate_of);
  for (const a of freshRows) add(a.story, a.id, a.duplicate_of);
  const firstSeen = new Map([...memberRows, ...freshRows].map((a) => [a.id, a.first_seen]));
  const changed: string[] = [];
  const outlets = new Set<string>();
  // Stories are described a slice at a time, so only that slice's article bodies are in memory, and
  // their items wait in the store's staging area for `apply` (a first run describes every story).
  // A slice holds about DESCRIBE_MEMBERS articles: its items and renders then die young, where a
  // slice of hundreds of stories outlived the young generation, and the heap grew by all of them.
  // Renders kept in the store serve articles whose item this run leaves as it was; new ones wait
  // in the staging area too.
  const version = describe.renderVersion;
  const itemChanged = new Set([...freshIds, ...renewed]);
  // The slices' story items and renders go to the staging area STAGE_CHARS of JSON at a time: a
  // transaction a slice (two, with its renders) was most of what staging them cost.
  let toStage: { id: string; item: string }[] = [];
  let toKeep: { id: string; rendered: string }[] = [];
  let staging = 0;
  const stageDescribed = async () => {
    if (toStage.length) await store.stageStories(toStage);
    if (version && toKeep.length) await store.stageRenders(version, toKeep);
    [toStage, toKeep, staging] = [[], [], 0];
  };
  for (const slice of slices([...describeSet].sort(), (s) => membersOf.get(s)?.length ?? 0, DESCRIBE_MEMBERS, 256)) {
    const ids = slice.flatMap((s) => (membersOf.get(s) ?? []).map((m) => m.id));
    const items = await currentItems(ids);
    for (const item of items.values()) if (item.outlet && (freshIds.has(item.id) || moved.has(item.id))) outlets.add(item.outlet);
    const kept = version ? await store.renders(ids.filter((id) => !itemChanged.has(id)), version) : new Map<string, string>();
    const made: { id: string; rendered: string }[] = [];
    const renders: ArticleRenders = {
      get: (id) => kept.get(id),
      put: (id, rendered) => {
        made.push({ id, rendered });
        kept.set(id, rendered);
      },
    };
    const described = slice.flatMap((s) => describeOne(s, (membersOf.get(s) ?? []).map((m) => ({ ...m, item: items.get(m.id)! })), version ? renders : undefined));
    for (const d of described) toStage.push(d), (staging += d.item.length);
    for (const r of made) toKeep.push(r), (staging += r.rendered.length);
    if (staging >= STAGE_CHARS) await stageDescribed();
  }
  await stageDescribed();
  function describeOne(s: string, members: StoryMember[], renders: ArticleRenders | undefined): { id: string; item: string }[] {
    const st = storyChanges.get(s);
    if (!st) return [];
    const ms = members.sort((a, b) => cmp(a.id, b.id));
    // Only originals keep a story open: a late re-post of an old article does not.
    if (st.status === 'live') st.last_seen = ms.reduce((m, a) => (!a.duplicate_of && firstSeen.get(a.id)! > m ? firstSeen.get(a.id)! : m), st.last_seen);
    const base = describe(st, st.status === 'live' ? ms : [], renders);
    const text = JSON.stringify(base);
    const hash = createHash('sha256').update(text).digest('hex');
    if (hash === st.item_hash) return [];
    if (st.item_hash && hash !== st.item_hash) st.date_modified = now;
    st.item_hash = hash;
    st.changed = now;
    changed.push(s);
    // (Without a date_modified, the item is the text hashed.)
    return [{ id: s, item: st.date_modified ? JSON.stringify({ ...base, date_modified: st.date_modified }) : text }];
  }
  for (const [id, item] of await currentItems(renewed)) if (item.outlet) outlets.add(item.outlet);
  // Items of this run's articles: those given here, the rest the store takes from its staging area.
  const items = new Map([...freshIds, ...renewed].flatMap((id) => (given.has(id) ? [[id, given.get(id)!] as const] : [])));
  const articles = [...freshRows, ...[...renewedRows.values()]];
  const stagedFeatures = new Set(freshRows.flatMap((a) => (staged.has(a.id) ? [a.id] : [])));
  const changes: ChangeSet = { articles, items, stories: [...storyChanges.values()], moves: moved, archiveBefore: horizon, ...(stagedFeatures.size ? { stagedFeatures } : {}) };
  phase('stories described');
  await store.apply(changes);
  phase('applied');
  const freshById = new Map(freshRows.map((a) => [a.id, a]));
  const assignments = new Map(
    inputs.map((x) => {
      const id = x.features.id;
      const r = freshById.get(id) ?? stored.get(id)!;
      return [id, { story: moved.get(id) ?? r.story, duplicate_of: r.duplicate_of }];
    }),
  );
  return { assignments, moved, changed, outlets, notes };
}

/** Marks each of this run's articles (`fresh`) that copies an older one: each against the older
 * ones, the oldest copy is the original. */
function markDuplicates(rows: StoredArticle[], freshIds: Set<string>, fresh: StoredArticle[], cfg: CorpusConfig, notes: CorpusNote[]): void {
  const rank = new Map(rows.map((a, i) => [a.id, i]));
  const k = signatureSize(cfg);
  const bk = cfg.dedupe.brief.size;
  const sigs = new Uint32Array(rows.length * k);
  rows.forEach((a, i) => {
    if (a.signature.length === k) sigs.set(a.signature, i * k);
    // A signature from other settings compares with nothing: minima no other article can share.
    else for (let j = 0; j < k; j++) sigs[i * k + j] = fmix32(i * k + j + 1) | 1;
  });
  const briefRanks = Int32Array.from(rows.flatMap((a, i) => (a.briefSignature?.length === bk && a.briefShingles ? [i] : [])));
  const briefSlot = new Int32Array(rows.length).fill(-1);
  const briefSigs = new Uint32Array(briefRanks.length * bk);
  briefRanks.forEach((r, s) => {
    briefSlot[r] = s;
    briefSigs.set(rows[r].briefSignature!, s * bk);
  });
  const verdicts = findDuplicates(
    rows.map((a, i) => ({
      textHash: a.textHash,
      size: a.shingles,
      briefSize: briefSlot[i] >= 0 ? a.briefShingles : 0,
      fixed: freshIds.has(a.id) ? undefined : a.duplicate_of ? rank.get(a.duplicate_of) ?? -1 : -1,
    })),
    sigs,
    k,
    { ...cfg.dedupe.signature, ...cfg.dedupe },
    { sigs: briefSigs, k: bk, ranks: briefRanks, slot: briefSlot },
  );
  phase('duplicates found');
  const rootOf = (i: number): number => {
    for (let seen = 0; verdicts[i].of >= 0 && seen < rows.length; seen++) i = verdicts[i].of;
    return i;
  };
  for (const a of fresh) {
    const i = rank.get(a.id)!;
    const v = verdicts[i];
    a.duplicate_of = v.of >= 0 ? rows[rootOf(i)].id : null;
    if (v.of >= 0) notes.push(duplicateNote(a, rows[rootOf(i)], v));
  }
}

/** What the corpus stage lets go as the grouping goes (groupWindow): staged articles' feature arrays
 * once the docs are made, stored rows' terms once the vectors are. */
interface LetGo {
  staged(): void;
  terms(window: readonly StoredArticle[]): void;
}

/** A story link of one of this run's articles: the member it matched. */
interface Joined {
  cause: StoredArticle;
  similarity: number;
  quote: boolean;
}

/** The story groups of the open originals and this run's. Only the stories this run's originals link
 * to are re-clustered, every article of them starting on its own: as a single run would group them. */
async function groupWindow(
  store: CorpusStore, cfg: CorpusConfig, horizon: string, freshIds: Set<string>, freshRows: StoredArticle[], stored: Map<string, DedupeRow>, regroup: boolean,
  staged: ReadonlySet<string>, letGo: LetGo,
): Promise<{ groups: StoredArticle[][]; joined: Map<string, Joined>; touched: Set<string> }> {
  const openRows = (await store.openOriginals(horizon)).filter((a) => !freshIds.has(a.id));
  const freshOriginals = freshRows.filter((a) => !a.duplicate_of);
  const window = [...openRows, ...freshOriginals];
  // The window's vectors and first links are made in a function of their own, let go when it returns:
  // made here, a register of the call that made the links held the vectors (1.2 KB an article of 8k
  // bench dumps, a heap snapshot at 'groups merged' showed) through the whole grouping.
  const { part, partDocs, edges, touched } = await windowEdges(store, cfg, window, openRows, freshRows, stored, regroup, staged, letGo);
  const grouping = 'each' in edges ? await groupStoriesFrom(partDocs, cfg.stories, edges) : groupStories(partDocs, cfg.stories, edges);
  if ('each' in edges) await store.clearChunks();
  phase('grouping made');

  const groupMembers = new Map<number, number[]>();
  grouping.groupOf.forEach((g, x) => (groupMembers.get(g) ?? groupMembers.set(g, []).get(g)!).push(x));
  const groups = [...groupMembers.values()].map((xs) => xs.map((x) => window[part[x]]).sort(byAge));
  // Of this run's articles, the member each matched (for its note).
  const joined = new Map<string, Joined>();
  part.forEach((i, x) => {
    const link = grouping.links[x];
    if (link && freshIds.has(window[i].id)) joined.set(window[i].id, { cause: window[part[link.cause]], similarity: link.similarity, quote: link.quote });
  });
  return { groups, joined, touched };
}

/** The window's docs, term vectors and links: the part of the window to group (this run's articles
 * and the stories they touch), its docs and edges, and the stories touched. */
async function windowEdges(
  store: CorpusStore, cfg: CorpusConfig, window: StoredArticle[], openRows: StoredArticle[], freshRows: StoredArticle[], stored: Map<string, DedupeRow>, regroup: boolean,
  staged: ReadonlySet<string>, letGo: LetGo,
): Promise<{ part: number[]; partDocs: StoryDoc[]; edges: Edges | EdgeRows; touched: Set<string> }> {
  const docs = withQuotesPacked(window.map(storyDoc));
  phase('window docs made');
  letGo.staged();
  // Each of the window-wide arrays below is let go as soon as what follows no longer needs it (the
  // terms once the vectors are made, the vectors and the first links once the grouping has its
  // edges): on a first run the window is the whole batch, and these are most of what the stage holds.
  // Staged articles' terms are read from the staging area a slice at a time, twice (counts, then
  // vectors): the run layer holds none of them (termVectorsInto).
  const eachTerms = async (visit: (t: TermVector) => void) => {
    for (let i = 0; i < window.length; i += 1000) {
      const slice = window.slice(i, i + 1000);
      const read = await store.stagedTerms(slice.flatMap((a) => (staged.has(a.id) ? [a.id] : [])));
      for (const a of slice) visit((staged.has(a.id) ? read.get(a.id) : a.terms) ?? NO_TERMS);
    }
  };
  // Held by the holder alone: linksTaking lets the vectors go once the pairs are found,
  // before it builds the edges (on a first run, the stage's peak). Only a run that re-groups part of
  // the window keeps them past the links, for the part's own.
  const holder: VecsHolder = { vecs: null };
  await termVectorsInto(holder, eachTerms, cfg.stories);
  phase('term vectors made');
  letGo.terms(window);
  const firstFresh = openRows.length;
  let vecs: Vecs | null = firstFresh > 0 ? holder.vecs : null;
  // A first run's window is the whole batch: past spill_links its links wait in the store's staging
  // area, a range of docs at a time (edge-rows.ts), and the builder's pairs are let go here.
  // A run onto a stored window re-groups a part of it below, over the same vectors: the cosines this
  // pass computes are kept for that pass (sim-memo.ts).
  let memo: SimMemo | null = firstFresh > 0 ? new SimMemo(MEMO_SIMS) : null;
  let built: EdgeBuilder | null = linksTaking(docs, cfg.stories, holder, window.map((_, i) => i).slice(firstFresh), undefined, memo ?? undefined);
  const spill = firstFresh === 0 && built.links > cfg.stories.spill_links;
  let links: Edges | null = spill ? null : built.whole();
  const kept = spill ? await stageEdges(store, built, cfg.stories.spill_links) : null;
  built = null;
  phase('edges made');
  phase('links made');
  // Other grouping settings than last run's: every open story is grouped anew.
  const touched = new Set<string>(regroup ? openRows.map((a) => a.story) : []);
  // A new article touches a story when it could join the story as it stands: the mean of its links
  // over the story's open articles reaches attach_similarity (the grouping's bar for a lone article
  // joining a group). A group of new articles could join only if one of them could (a group's mean is
  // at most its best member's), so the stories a night's arrivals leave below that bar stay as they
  // are, and a run re-clusters what its arrivals touch, not every story one of their links grazes.
  if (links) for (const s of touchedStories(window, firstFresh, links, cfg.stories.attach_similarity)) touched.add(s);
  // A re-decided article leaves the story it was in: that story is re-clustered too.
  for (const a of freshRows) if (stored.get(a.id)?.story) touched.add(stored.get(a.id)!.story);
  const part = window.map((_, i) => i).filter((i) => i >= firstFresh || touched.has(window[i].story));
  // A first run (or one that re-opens the whole window) has every pair it needs in `links` already.
  const whole = firstFresh === 0 && part.length === window.length;
  // The whole window's docs are the part's as they are, each in a group of its own (a copy of each
  // doc was a second object an article through the grouping).
  const partDocs = whole ? docs.map((d, x) => ((d.group = x), d)) : part.map((i, x) => ({ ...docs[i], group: x }));
  let edges: Edges | EdgeRows;
  if (kept) edges = kept;
  else if (whole) edges = links!;
  else {
    links = null;
    const partVecs = vecs!.subset(part);
    vecs = null;
    edges = similarities(partDocs, cfg.stories, partVecs, undefined, undefined, memo?.over(part));
  }
  memo = null;
  return { part, partDocs, edges, touched };
}

/** A change of the settings stored features were made with: fingerprints are made anew from the
 * stored bodies (once), so old and new articles compare; a note says so. */
async function checkSettings(store: CorpusStore, cfg: CorpusConfig, notes: CorpusNote[]): Promise<boolean> {
  const current = featureSettings(cfg);
  const previous = await store.settings(current);
  const differs = (key: string) => previous[key] !== undefined && (key === 'grouping' ? !sameGrouping(previous[key]!, current[key]) : previous[key] !== current[key]);
  const redo = ['fingerprint', 'terms'].filter(differs);
  if (!redo.length) {
    const regroup = differs('grouping');
    if (regroup) notes.push({ id: '', ruleId: 'settings-changed', reason: 'the story grouping settings changed since the last run: every open story is grouped anew' });
    return regroup;
  }
  // Rare (a change of settings): every stored article is made anew, so every one is read.
  const stored = new Map((await store.fingerprints()).map((r) => [r.id, r]));
  if (!stored.size) return differs('grouping');
  notes.push({ id: '', ruleId: 'settings-changed', reason: `the ${redo.join(' and ')} settings changed since the last run: features of ${stored.size} stored articles made anew` });
  const items = await store.items([...stored.keys()]);
  const full = await store.articles([...stored.keys()]);
  const articles: StoredArticle[] = [];
  for (const [id, a] of full) {
    const item = items.get(id)!;
    const { words, wordHashes, ...fp } = fingerprints(item.body, cfg);
    const next = { ...a, ...(redo.includes('fingerprint') ? fp : {}) };
    if (redo.includes('terms') && a.terms) next.terms = storyTermVector(item.headline, item.body, cfg.stories, words, wordHashes);
    articles.push(next);
  }
  await store.apply({ articles, items: new Map(), stories: [], moves: new Map(), archiveBefore: null });
  return true;
}

/** Where the store's band index finds the LSH buckets markDuplicates makes (dedupe.ts, lsh.ts). */
export function lshLayout(cfg: CorpusConfig): LshLayout {
  const d = cfg.dedupe;
  return { bands: d.signature.bands, rows: d.signature.rows, brief: { size: d.brief.size, bands: d.brief.bands, rows: d.brief.rows } };
}

/** Ids for the groups that keep none: from the founding article, never one used before. */
export async function newStoryIds(groups: StoredArticle[][], keeps: (string | null)[], store: CorpusStore): Promise<string[]> {
  const ids = keeps.slice() as string[];
  const taken = new Set(keeps.filter(Boolean) as string[]);
  const bases = groups.map((ms, g) => (ids[g] ? '' : 'story-' + createHash('sha256').update(ms[0].id).digest('hex').slice(0, 12)));
  // Whether each first choice is stored, asked in slices (a first run founds a story a few articles: a
  // read each was hundreds of round trips to the store); a base that is, asks on for its suffixed ids.
  const storedBases = new Set<string>();
  const wanted = bases.filter(Boolean);
  for (let i = 0; i < wanted.length; i += 1000) for (const id of (await store.stories(wanted.slice(i, i + 1000), { items: false })).keys()) storedBases.add(id);
  for (let g = 0; g < groups.length; g++) {
    if (ids[g]) continue;
    const base = bases[g];
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (taken.has(id) || (n === 1 ? storedBases.has(id) : (await store.stories([id])).size)) continue;
      ids[g] = id;
      taken.add(id);
      break;
    }
  }
  return ids;
}

/** Stories of the window's older articles (those below `firstFresh`) that one of the newer ones
 * could join as they stand: its links to the story's articles sum to at least `bar` times their count. */
export function touchedStories(window: readonly StoredArticle[], firstFresh: number, links: Edges, bar: number): Set<string> {
  // Stories numbered in the order first met, sums in a typed array (a Map by story id, cleared for each
  // new article, cost more than the links it summed); each article's stories in the order its links
  // first name them, as the Map listed them (the order they join the set in).
  const numbered = new Map<string, number>();
  const storyOf = new Int32Array(firstFresh);
  const size: number[] = [];
  const names: string[] = [];
  for (let i = 0; i < firstFresh; i++) {
    let k = numbered.get(window[i].story);
    if (k === undefined) {
      numbered.set(window[i].story, (k = size.length));
      size.push(0);
      names.push(window[i].story);
    }
    storyOf[i] = k;
    size[k]++;
  }
  const out = new Set<string>();
  const sums = new Float64Array(size.length);
  const met = new Uint8Array(size.length);
  const order: number[] = [];
  for (let i = firstFresh; i < window.length; i++) {
    for (let p = links.start[i]; p < links.start[i + 1]; p++) {
      const j = links.to[p];
      if (j >= firstFresh) continue;
      const k = storyOf[j];
      if (!met[k]) {
        met[k] = 1;
        order.push(k);
      }
      sums[k] += links.sim[p];
    }
    for (const k of order) {
      if (sums[k] >= bar * size[k]) out.add(names[k]);
      sums[k] = 0;
      met[k] = 0;
    }
    order.length = 0;
  }
  return out;
}

const NO_TERMS: TermVector = { ids: new Uint32Array(0), counts: new Float32Array(0) };

/** An article's doc for the grouping; its terms go to the term vectors apart (termVectorsInto). */
function storyDoc(a: StoredArticle): StoryDoc {
  const day = a.date ? Math.floor(Date.parse(a.date.slice(0, 10)) / 864e5) : NaN;
  return { terms: NO_TERMS, quotes: a.quotes, day: Number.isNaN(day) ? null : day, group: -1 };
}

/** The docs with their quotes copied into one array (views of it; none for a doc without quotes), so
 * they hold none of the buffers their articles' arrays were read into. */
export function withQuotesPacked(docs: StoryDoc[]): StoryDoc[] {
  let total = 0;
  for (const d of docs) total += d.quotes.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const d of docs) {
    const n = d.quotes.length;
    if (!n) {
      d.quotes = NO_U32;
      continue;
    }
    const view = all.subarray(at, at + n);
    view.set(d.quotes as ArrayLike<number>);
    d.quotes = view;
    at += n;
  }
  return docs;
}

function duplicateNote(a: StoredArticle, original: StoredArticle, v: Verdict): CorpusNote {
  if (a.textHash === original.textHash) return { id: a.id, ruleId: 'duplicate-exact', reason: `same text as ${original.id}`, cause: original.id };
  const how = v.jaccard === undefined ? 'as found in an earlier run' : `estimated shingle Jaccard ${v.jaccard.toFixed(2)}`;
  return { id: a.id, ruleId: 'duplicate-near', reason: `near copy of ${original.id} (${how})`, cause: original.id };
}

function joinNote(a: StoredArticle, b: StoredArticle, link: { similarity: number; quote: boolean }): CorpusNote {
  const reason = link.quote ? `shares a distinctive quote with ${b.id}` : `reports what ${b.id} reports (similarity ${link.similarity.toFixed(2)})`;
  return { id: a.id, ruleId: 'story-join', reason, cause: b.id };
}

/** One empty array for every row that holds none: `new Uint32Array(0)` is an ArrayBuffer and a view
 * (~190 bytes of heap), and noArrays gave three to each of a first run's articles twice (row and
 * features): 7.3 of the 33 MB live when the stories of 6.6k silver-like articles were described. */
const NO_U32 = new Uint32Array(0);

/** What a row keeps of its features once they wait in the staging area: its verdicts, no arrays. */
function noArrays(): Pick<ArticleFeatures, 'signature' | 'briefSignature' | 'headline' | 'terms' | 'quotes'> {
  return { signature: NO_U32, briefSignature: null, headline: NO_U32, terms: null, quotes: NO_U32 };
}

/** A row of the window, every field named in one literal: all rows share one hidden class. Made by
 * spreading the features (`{ ...f, story }`), each row of a run had a hidden class of its own
 * (%HaveSameMap false for any two; a hidden class and its descriptors ~420 bytes a row), 2.7 of
 * the 33 MB live at 6.6k articles. */
function articleRow(f: ArticleFeatures, story: string, duplicate_of: string | null, first_seen: string): StoredArticle {
  return {
    id: f.id, textHash: f.textHash, signature: f.signature, shingles: f.shingles, briefSignature: f.briefSignature, briefShingles: f.briefShingles,
    headline: f.headline, terms: f.terms, quotes: f.quotes, date: f.date, story, duplicate_of, first_seen, seq: -1,
  };
}

/** Cosines kept from the window's first links for the part's (sim-memo.ts): at most 32 MB of table;
 * a night's 1k articles onto 16k computed 233k. */
const MEMO_SIMS = 1 << 20;

/** Characters of story items and renders (JSON) staged at a time: a few hundred stories' items. */
const STAGE_CHARS = 1 << 20;

/** Articles described at a time (a story larger than this is a slice of its own). */
const DESCRIBE_MEMBERS = 16;

/** `xs` in order, cut into runs whose `weight` reaches `most` (or that hold `count` of them). */
export function slices<T>(xs: readonly T[], weight: (x: T) => number, most: number, count: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let w = 0;
  for (const x of xs) {
    cur.push(x);
    w += weight(x);
    if (w >= most || cur.length >= count) {
      out.push(cur);
      [cur, w] = [[], 0];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function chunks<T>(xs: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const equal = (a: Uint32Array, b: Uint32Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Oldest first: first seen, then published, then id. Earlier articles are originals and founders. */
function byAge(a: Pick<StoredArticle, 'first_seen' | 'date' | 'id'>, b: Pick<StoredArticle, 'first_seen' | 'date' | 'id'>): number {
  return a.first_seen.localeCompare(b.first_seen) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || cmp(a.id, b.id);
}
