// Corpus stages: a pure function of this run's articles and the stored state. Finds exact and near
// duplicates (dedupe.ts), then groups the originals into stories (stories.ts), extending the stories
// of earlier runs. Every verdict carries a note naming the record it matched (`cause`), as
// remark-lint points a duplicate back to its original.
import { createHash } from 'node:crypto';
import type { Config } from '../registry.js';
import { findDuplicates, type Verdict } from './dedupe.js';
import { decodeSignature, encodeSignature, fingerprint, fmix32, minhashSeeds } from './fingerprint.js';
import type { StateStore, StoredArticle } from './state.js';
import { groupStories, type StoryDoc } from './stories.js';
import { headlineKeys, quoteKeys, storyTerms } from './terms.js';

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
  /** Story and original of each article of this run. */
  assignments: Map<string, { story: string; duplicate_of: string | null }>;
  /** Articles of earlier runs whose story id changed (their story merged into an older one). */
  moved: Map<string, string>;
  notes: CorpusNote[];
}

type CorpusConfig = Config['corpus'];

export function runCorpus(inputs: CorpusInput[], store: StateStore, cfg: CorpusConfig, now: string): CorpusResult {
  const notes: CorpusNote[] = [];
  const k = cfg.dedupe.signature.bands * cfg.dedupe.signature.rows;
  const seeds = minhashSeeds(k);
  const bk = cfg.dedupe.brief.size;
  const briefSeeds = minhashSeeds(bk, 0x6a09e667);
  const freshSig = new Map<string, Uint32Array>();
  const fresh: StoredArticle[] = inputs.map((x) => {
    const sig = new Uint32Array(k);
    const bsig = new Uint32Array(bk);
    const fp = fingerprint(x.body, cfg.dedupe, seeds, sig, briefSeeds, bsig);
    freshSig.set(x.id, sig);
    const prev = store.getArticle(x.id);
    return {
      id: x.id,
      textHash: fp.textHash,
      signature: encodeSignature(sig),
      shingles: fp.size,
      ...(fp.briefSize ? { brief_signature: encodeSignature(bsig), brief_shingles: fp.briefSize } : {}),
      headline: headlineKeys(x.headline, cfg.stories),
      terms: storyTerms(x.headline, x.body, cfg.stories),
      quotes: quoteKeys(x.quotes, cfg.stories),
      date: x.date,
      story: prev?.story ?? '',
      duplicate_of: prev?.duplicate_of ?? null,
      first_seen: prev?.first_seen ?? now,
    };
  });
  const freshIds = new Set(fresh.map((a) => a.id));
  const newIds = new Set(inputs.map((x) => x.id).filter((id) => !store.getArticle(id)));
  // A stored verdict stands unless this run brings a changed text for the article.
  const keeps = (a: StoredArticle) => {
    const prev = store.getArticle(a.id);
    return !!prev && prev.textHash === a.textHash && prev.signature === a.signature;
  };
  const all = [...[...store.articles()].filter((a) => !freshIds.has(a.id)), ...fresh].sort(byAge);
  const rank = new Map(all.map((a, i) => [a.id, i]));

  // Duplicates: each article against the older ones; the oldest copy is the original.
  const sigs = new Uint32Array(all.length * k);
  all.forEach((a, i) => {
    const own = freshSig.get(a.id);
    if (own) sigs.set(own, i * k);
    else if (Buffer.byteLength(a.signature, 'base64') === k * 4) decodeSignature(a.signature, sigs, i * k);
    // A signature from other settings compares with nothing: minima no other article can share.
    else for (let j = 0; j < k; j++) sigs[i * k + j] = fmix32(i * k + j + 1) | 1;
  });
  // Brief signatures: from this run, or stored; one of other settings (another size) is left out.
  const hasBrief = (a: StoredArticle) => !!a.brief_signature && !!a.brief_shingles && Buffer.byteLength(a.brief_signature, 'base64') === bk * 4;
  const briefRanks = Int32Array.from(all.flatMap((a, i) => (hasBrief(a) ? [i] : [])));
  const briefSlot = new Int32Array(all.length).fill(-1);
  const briefSigs = new Uint32Array(briefRanks.length * bk);
  briefRanks.forEach((r, s) => {
    briefSlot[r] = s;
    decodeSignature(all[r].brief_signature!, briefSigs, s * bk);
  });
  const briefSize = all.map((a, i) => (briefSlot[i] >= 0 ? a.brief_shingles! : 0));
  const verdicts = findDuplicates(
    all.map((a, i) => ({ textHash: a.textHash, size: a.shingles, briefSize: briefSize[i], headline: a.headline, fixed: !freshIds.has(a.id) || keeps(a) ? (a.duplicate_of ? rank.get(a.duplicate_of) ?? -1 : -1) : undefined })),
    sigs,
    k,
    { ...cfg.dedupe.signature, ...cfg.dedupe, },
    { sigs: briefSigs, k: bk, ranks: briefRanks, slot: briefSlot },
  );
  const rootOf = (i: number): number => {
    for (let seen = 0; verdicts[i].of >= 0 && seen < all.length; seen++) i = verdicts[i].of;
    return i;
  };
  all.forEach((a, i) => {
    const v = verdicts[i];
    a.duplicate_of = v.of >= 0 ? all[rootOf(i)].id : null;
    if (v.of >= 0 && freshIds.has(a.id)) notes.push(duplicateNote(a, all[rootOf(i)], v));
  });

  // Stories over the originals; a stored story enters as one group, so it can only grow or merge.
  const live = (s: string) => {
    for (let st = store.getStory(s); st?.merged_into; st = store.getStory(st.merged_into)) s = st.merged_into;
    return s;
  };
  // A story quiet for longer than active_days is closed: its articles keep their story and sit out
  // the grouping, so a run's work follows the recent news, not the size of the archive.
  const lastSeen = new Map<string, string>();
  for (const a of all) {
    if (!a.story || !store.getStory(a.story)) continue;
    const s = live(a.story);
    if ((lastSeen.get(s) ?? '') < a.first_seen) lastSeen.set(s, a.first_seen);
  }
  const horizon = new Date(Date.parse(now) - cfg.stories.active_days * 864e5).toISOString();
  const open = (a: StoredArticle) => newIds.has(a.id) || !a.story || !store.getStory(a.story) || (lastSeen.get(live(a.story)) ?? '') >= horizon;
  const originals = all.filter((a) => !a.duplicate_of && open(a));
  const groupIds = new Map<string, number>();
  const docs: StoryDoc[] = originals.map((a, i) => {
    const story = a.story && store.getStory(a.story) ? live(a.story) : '';
    const group = story ? groupIds.get(story) ?? groupIds.set(story, groupIds.size + originals.length).get(story)! : i;
    const day = a.date ? Math.floor(Date.parse(a.date.slice(0, 10)) / 864e5) : NaN;
    return { terms: a.terms, quotes: a.quotes, day: Number.isNaN(day) ? null : day, group };
  });
  const { groupOf, links } = groupStories(docs, cfg.stories);
  const before = new Map(all.map((a) => [a.id, a.story]));
  const byGroup = new Map<number, number[]>();
  groupOf.forEach((g, i) => byGroup.set(g, [...(byGroup.get(g) ?? []), i]));
  for (const [g, ms] of byGroup) {
    const story = storyFor(ms.map((m) => originals[m]), store, live, now);
    for (const m of ms) {
      const a = originals[m];
      a.story = story;
      if (!freshIds.has(a.id)) continue;
      const link = links[m];
      if (link && m !== g) notes.push(joinNote(a, originals[link.cause], link));
      else if (m === g) notes.push({ id: a.id, ruleId: 'story-new', reason: `founds story ${story}${ms.length > 1 ? ` (${ms.length - 1} more articles joined)` : ''}` });
    }
  }
  for (const a of all) if (a.duplicate_of) a.story = all[rank.get(a.duplicate_of)!].story;

  // Write back: every article, and every story's member list.
  const members = new Map<string, string[]>();
  for (const a of all) members.set(a.story, [...(members.get(a.story) ?? []), a.id]);
  for (const [id, ms] of members) {
    const prev = store.getStory(id);
    store.putStory({ id, members: ms.sort(), created: prev?.created ?? now, item_hash: prev?.item_hash ?? '', date_modified: prev?.date_modified ?? null });
  }
  const moved = new Map<string, string>();
  for (const a of all) {
    if (!freshIds.has(a.id) && before.get(a.id) !== a.story) moved.set(a.id, a.story);
    // An article of a closed story keeps only what duplicate checks need: the state grows with
    // the open news, plus a compact signature per archived article.
    if (!open(a) && Object.keys(a.terms).length) store.putArticle({ ...a, terms: {}, quotes: [] });
    else store.putArticle(a);
  }
  const assignments = new Map(fresh.map((a) => [a.id, { story: a.story, duplicate_of: a.duplicate_of }]));
  return { assignments, moved, notes };
}

/** The story id of a group: the earliest founded of its stored stories, among those founded in one
 * run the one holding the oldest article (the others retire, their ids kept as tombstones), or a
 * new id derived from the founding article. */
function storyFor(group: StoredArticle[], store: StateStore, live: (s: string) => string, now: string): string {
  // In order of their oldest member (the group is oldest first), then by founding run.
  const existing = [...new Set(group.map((a) => (a.story && store.getStory(a.story) ? live(a.story) : '')).filter(Boolean))]
    .map((s) => store.getStory(s)!)
    .sort((x, y) => x.created.localeCompare(y.created));
  if (existing.length) {
    for (const s of existing.slice(1)) store.putStory({ ...s, members: [], merged_into: existing[0].id });
    return existing[0].id;
  }
  const base = 'story-' + createHash('sha256').update(group[0].id).digest('hex').slice(0, 12);
  let id = base;
  for (let n = 2; store.getStory(id); n++) id = `${base}-${n}`;
  store.putStory({ id, members: [], created: now, item_hash: '', date_modified: null });
  return id;
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

/** Oldest first: first seen, then published, then id. Earlier articles are originals and founders. */
function byAge(a: StoredArticle, b: StoredArticle): number {
  return a.first_seen.localeCompare(b.first_seen) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
