// The store's LSH band index and the staging of features: the duplicate check that reads only the
// fingerprints near a run's own (fingerprintsNear) decides as one that reads every stored fingerprint,
// a store of schema 2 gains the index on its first run, and staged features come back as they went in.
// Every article here is invented: sentences drawn from a small made-up grammar by a seeded generator.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { corpusArticle, corpusStage, lshLayout, runCorpus, type CorpusArticle, type CorpusInput, type CorpusResult } from '../pipeline/corpus/index.js';
import { features } from '../pipeline/corpus/features.js';
import { bandKeys, lshCandidates } from '../pipeline/corpus/lsh.js';
import { SCHEMA_VERSION, SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ArticleFeatures, DedupeRow } from '../pipeline/corpus/store.js';
import { projectConfig, tempDir } from './helpers.js';

const DAYS = ['2025-05-01T06:00:00.000Z', '2025-05-02T06:00:00.000Z', '2025-05-03T06:00:00.000Z', '2025-05-04T06:00:00.000Z'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const SUBJECTS = ['the harbour board', 'a group of growers', 'the county planners', 'the river authority', 'two ferry crews', 'the library trustees', 'a tenants union', 'the school district', 'the orchard cooperative', 'a cycling club'];
const VERBS = ['approved', 'delayed', 'questioned', 'funded', 'rejected', 'studied', 'announced', 'revised', 'defended', 'postponed'];
const OBJECTS = ['a plan for new moorings', 'the winter timetable', 'repairs to the old bridge', 'a levy on empty lots', 'the cost of the new wing', 'a survey of the wetlands', 'longer opening hours', 'a pilot for night buses', 'the sale of the depot', 'a study of flood walls'];
const TAILS = ['after a long meeting on Monday', 'despite objections from residents', 'in a vote that surprised observers', 'citing rising costs', 'as the season drew to a close', 'following months of talks', 'ahead of a public hearing', 'with little debate'];

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, and ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${Math.floor(r() * 900) + 100} times.`;
  return s[0].toUpperCase() + s.slice(1);
}
const body = (r: () => number, n: number) => Array.from({ length: n }, () => sentence(r)).join('\n\n');

/** A day's invented arrivals: originals, exact and near copies of earlier and same-day ones, briefs and near briefs. */
function day(d: number, earlier: CorpusInput[], seed: number): CorpusInput[] {
  const r = rng(seed);
  const out: CorpusInput[] = [];
  const date = DAYS[d % DAYS.length].slice(0, 10);
  const all = () => [...earlier, ...out];
  for (let i = 0; i < 14; i++) {
    const kind = r();
    const src = all()[Math.floor(r() * all().length)];
    const id = `d${d}-a${String(i).padStart(2, '0')}`;
    if (src && kind < 0.2) out.push({ ...src, id });
    else if (src && kind < 0.4) {
      // A near copy: one sentence rewritten, one appended.
      const ps = src.body.split('\n\n');
      ps[Math.floor(r() * ps.length)] = sentence(r);
      out.push({ ...src, id, body: [...ps, sentence(r)].join('\n\n'), date });
    } else if (kind < 0.55) out.push({ id, headline: `Brief ${i}`, body: body(r, 3), date, quotes: [] });
    else if (src && kind < 0.65 && src.body.split(/\s+/).length < 100) out.push({ ...src, id, body: src.body.replace(/\b(\d+) times/, (_, n) => `${Number(n) + 1} times`) });
    else out.push({ id, headline: `Report ${d}-${i}`, body: body(r, 8 + Math.floor(r() * 6)), date, quotes: [] });
  }
  return out;
}

/** A store that answers the duplicate check with every stored fingerprint: the full scan. */
class FullScanStore extends SqliteStore {
  override async fingerprintsNear(): Promise<DedupeRow[]> {
    return this.fingerprints();
  }
}

const plain = (r: CorpusResult) => ({ assignments: [...r.assignments].sort(), moved: [...r.moved].sort(), changed: r.changed.slice().sort(), notes: r.notes });

test('band index: the duplicate check over the indexed fingerprints decides as the full scan, run after run', async () => {
  const cfg = (await projectConfig()).corpus;
  const indexed = new SqliteStore(':memory:');
  const full = new FullScanStore(':memory:');
  let earlier: CorpusInput[] = [];
  let copies = 0;
  for (let d = 0; d < DAYS.length; d++) {
    const batch = day(d, earlier, 7919 * (d + 1));
    const [a, b] = [await runCorpus(batch, indexed, cfg, DAYS[d]), await runCorpus(batch, full, cfg, DAYS[d])];
    assert.deepEqual(plain(a), plain(b), `day ${d}`);
    copies += b.notes.filter((n) => n.ruleId.startsWith('duplicate')).length;
    earlier = [...earlier, ...batch];
  }
  assert.ok(copies >= 10, `the invented days hold copies (${copies})`);
  assert.ok(plain(await runCorpus(earlier.slice(0, 5), indexed, cfg, DAYS[3])).notes.length === plain(await runCorpus(earlier.slice(0, 5), full, cfg, DAYS[3])).notes.length, 'a rerun of stored articles');
  // The lookup reads the buckets of the probes, not every stored fingerprint.
  const probe = day(9, earlier, 4242).map((x) => features(x, cfg));
  const near = await indexed.fingerprintsNear([], probe.slice(0, 1));
  assert.ok(near.length < earlier.length, `${near.length} of ${earlier.length} read`);
  await indexed.close();
  await full.close();
});

/** Invented signatures: whole bands taken from another signature make the near copies (Jaccard ~ the
 * share of bands taken), so the cases an index could get wrong are built on purpose. */
function crafted(seed: number, cfg: Awaited<ReturnType<typeof projectConfig>>['corpus']) {
  const r = rng(seed);
  const { bands, rows } = cfg.dedupe.signature;
  const k = bands * rows;
  const bk = cfg.dedupe.brief.size;
  const rand = (n: number) => Uint32Array.from({ length: n }, () => Math.floor(r() * 2 ** 32));
  let text = 0;
  const art = (id: string, signature: Uint32Array, brief: Uint32Array | null = null, textHash = `t${text++}`): CorpusArticle => ({
    features: {
      id, textHash, signature, shingles: 200, briefSignature: brief, briefShingles: brief ? 40 : 0, headline: new Uint32Array(0),
      terms: { ids: Uint32Array.of(Math.floor(r() * 2 ** 32)), counts: Float32Array.of(1) }, quotes: new Uint32Array(0), date: '2025-05-01',
    },
    item: { id, headline: id, date: '2025-05-01', outlet: null, byline: [], dateline: null, section: null, quotes: [], source: { path: id, sha256: '' }, body: '' },
  });
  /** `base` with bands [from, to) of `from_` taken from `src`. */
  const mix = (base: Uint32Array, src: Uint32Array, from: number, to: number, size = rows) => {
    const out = base.slice();
    out.set(src.subarray(from * size, to * size), from * size);
    return out;
  };
  return { k, bk, bands, rand, art, mix };
}

test('band index: crafted buckets (a copy of a copy, a crowded bucket, late bands, briefs only) decide as the full scan', async () => {
  const cfg = (await projectConfig()).corpus;
  const { k, bk, bands, rand, art, mix } = crafted(2024, cfg);
  const half = bands / 2;
  const o = Array.from({ length: 12 }, (_, i) => art(`o${i}`, rand(k), i < 4 ? rand(bk) : null));
  // A crowded bucket: ten originals share band 0 only (far from near), more than `neighbours` + 1.
  const crowd = Array.from({ length: 10 }, (_, i) => art(`crowd${i}`, mix(rand(k), o[0].features.signature, 0, 1)));
  const run1 = [...o, ...crowd];
  // Run 2: c1 takes the first half of o1's bands (a near copy); an exact copy of o2.
  const c1 = art('c1', mix(rand(k), o[1].features.signature, 0, half));
  const run2 = [c1, art('x2', o[2].features.signature, null, o[2].features.textHash)];
  // Run 3: f1 takes c1's other half (near c1, shares no band with o1): its original is o1, which only
  // c1 leads to; late: shares only the last bands of o5; crowded: near crowd7 and in band 0's bucket;
  // brief: unrelated main signature, most of o3's brief bands.
  const f1 = art('f1', mix(rand(k), c1.features.signature, half, bands));
  const late = art('late', mix(rand(k), o[5].features.signature, bands - half, bands));
  const crowded = art('crowded', mix(mix(rand(k), crowd[7].features.signature, 0, 1), crowd[7].features.signature, 1, half + 4));
  const brief = art('brief', rand(k), mix(rand(bk), o[3].features.briefSignature!, 0, (bk / cfg.dedupe.brief.rows) * 0.8, cfg.dedupe.brief.rows));
  const run3 = [f1, late, crowded, brief];
  const indexed = new SqliteStore(':memory:');
  const full = new FullScanStore(':memory:');
  const results: CorpusResult[] = [];
  for (const [i, batch] of [run1, run2, run3].entries()) {
    const [a, b] = [await corpusStage(batch, indexed, cfg, DAYS[i]), await corpusStage(batch, full, cfg, DAYS[i])];
    assert.deepEqual(plain(a), plain(b), `run ${i + 1}`);
    results.push(a);
  }
  const of = (id: string) => results[2].assignments.get(id)?.duplicate_of;
  assert.equal(results[1].assignments.get('c1')!.duplicate_of, 'o1');
  assert.equal(of('f1'), 'o1', 'a copy of a copy points at the original');
  assert.equal(of('late'), 'o5');
  assert.equal(of('crowded'), 'crowd7');
  assert.equal(of('brief'), 'o3');
  assert.ok((await indexed.fingerprintsNear([], run3.map((x) => x.features))).length < run1.length + run2.length, 'not every row read');
  await indexed.close();
  await full.close();
});

test('band index: the rows a probe reads hold every candidate the full LSH finds for it, whole buckets', async () => {
  const cfg = (await projectConfig()).corpus;
  const layout = lshLayout(cfg);
  const store = new SqliteStore(':memory:');
  const stored: CorpusInput[] = [];
  for (let d = 0; d < 3; d++) stored.push(...day(d, stored, 31 * (d + 1)));
  await runCorpus(stored, store, cfg, DAYS[0]);
  const rows = await store.fingerprints();
  const probes = day(3, stored, 77).map((x) => features(x, cfg));
  const near = new Set((await store.fingerprintsNear([], probes)).map((r) => r.id));
  // Full LSH over stored rows and probes (probes newest): each probe's candidates among stored rows must be read.
  const all: Pick<ArticleFeatures, 'id' | 'signature'>[] = [...rows, ...probes];
  const k = layout.bands * layout.rows;
  const sigs = new Uint32Array(all.length * k);
  all.forEach((a, i) => sigs.set(a.signature, i * k));
  const wanted = Uint8Array.from(all, (_, i) => (i >= rows.length ? 1 : 0));
  const cands = lshCandidates(sigs, all.length, k, { ...cfg.dedupe.signature }, wanted);
  let found = 0;
  for (let i = rows.length; i < all.length; i++)
    for (const c of cands[i] ?? []) {
      if (c >= rows.length) continue;
      found++;
      assert.ok(near.has(all[c].id), `${probes[i - rows.length].id}: candidate ${all[c].id} read`);
    }
  assert.ok(found > 0, 'the probes have stored candidates');
  // Keys: a band each, main and brief apart; a signature of another size has none.
  const f = probes.find((p) => p.briefSignature)!;
  assert.equal(bandKeys(f, layout).length, layout.bands + layout.brief.bands);
  assert.deepEqual(bandKeys({ ...f, signature: new Uint32Array(3), briefSignature: null }, layout), []);
  await store.close();
});

test('band index: a store of schema 2 (no index) is lifted, indexed on its first run, and finds copies of its old articles', async () => {
  const cfg = (await projectConfig()).corpus;
  const dir = tempDir();
  const file = path.join(dir, 'corpus.sqlite');
  const first = [...day(0, [], 5), ...day(1, day(0, [], 5), 6)];
  const s = new SqliteStore(file);
  await runCorpus(first, s, cfg, DAYS[0]);
  await s.close();
  // Back to schema 2: what the store held before the index (the articles table is the same).
  const old = new Database(file);
  const keys = (old.prepare('SELECT count(*) AS n FROM bands').get() as { n: number }).n;
  old.exec("DROP TABLE bands; DROP INDEX articles_text; DELETE FROM meta WHERE key = 'lsh'; UPDATE meta SET value = '2' WHERE key = 'schema'");
  old.close();
  const reference = new SqliteStore(':memory:');
  await runCorpus(first, reference, cfg, DAYS[0]);

  const lifted = new SqliteStore(file);
  const later = [0, 3, 8].map((i) => ({ ...first[i], id: `repost-${i}` }));
  const [a, b] = [await runCorpus(later, lifted, cfg, DAYS[2]), await runCorpus(later, reference, cfg, DAYS[2])];
  assert.deepEqual(plain(a), plain(b));
  for (const x of later) assert.ok(a.assignments.get(x.id)!.duplicate_of, `${x.id} is found a copy: ${JSON.stringify(a.notes)}`);
  await lifted.close();
  await reference.close();
  const check = new Database(file, { readonly: true });
  assert.equal((check.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string }).value, String(SCHEMA_VERSION));
  assert.ok((check.prepare('SELECT count(*) AS n FROM bands').get() as { n: number }).n > keys, 'the old articles keyed, and the re-posts');
  check.close();
  rmSync(dir, { recursive: true, force: true });
});

test('band index: another layout keys every stored signature anew; a re-decided article drops its old keys', async () => {
  const cfg = (await projectConfig()).corpus;
  const store = new SqliteStore(':memory:');
  const batch = day(0, [], 11);
  await runCorpus(batch, store, cfg, DAYS[0]);
  const layout = lshLayout(cfg);
  // An original no other article copies (a copy's lookup would read it as the copy's original).
  const rows = await store.fingerprints();
  const lone = batch.find((x) => !rows.some((r) => r.duplicate_of === x.id || (r.id === x.id && r.duplicate_of)))!;
  const probe = features(lone, cfg);
  const before = (await store.fingerprintsNear([], [probe])).map((r) => r.id);
  assert.ok(before.includes(lone.id));
  // Fewer bands: still found (a whole band in common), and the lookup stays a bucket lookup.
  await store.index({ ...layout, bands: layout.bands / 2 });
  assert.ok((await store.fingerprintsNear([], [probe])).some((r) => r.id === lone.id));
  await store.index(layout);
  // The same id with another text: its old buckets no longer lead to it.
  const other = { ...lone, body: body(rng(99), 9) };
  await runCorpus([other], store, cfg, DAYS[1]);
  const again = await store.fingerprintsNear([], [{ ...probe, textHash: 'none' }]);
  assert.ok(!again.some((r) => r.id === lone.id), 'old keys dropped');
  assert.ok((await store.fingerprintsNear([], [features(other, cfg)])).some((r) => r.id === lone.id), 'new keys kept');
  await store.close();
});

test('staging: features wait in the staging area as they went in, until cleared', async () => {
  const cfg = (await projectConfig()).corpus;
  const store = new SqliteStore(':memory:');
  const fs = day(0, [], 3).map((x) => features(x, cfg));
  await store.stageFeatures(fs);
  const back = await store.stagedFeatures([fs[2].id, fs[0].id, 'absent']);
  assert.deepEqual([...back.keys()].sort(), [fs[0].id, fs[2].id].sort());
  for (const f of [fs[0], fs[2]]) assert.deepEqual(back.get(f.id), f);
  await store.clearStaged();
  assert.equal((await store.stagedFeatures(fs.map((f) => f.id))).size, 0);
  await store.close();
});

test('staged features read back together share two buffers (the terms apart), each array its own aligned part of one', async () => {
  const cfg = (await projectConfig()).corpus;
  const store = new SqliteStore(':memory:');
  const fs = day(0, [], 5).map((x) => features(x, cfg));
  await store.stageFeatures(fs);
  const back = [...(await store.stagedFeatures(fs.map((f) => f.id))).values()];
  const arrays = back.flatMap((f) => [f.signature, f.briefSignature, f.headline, f.terms?.ids, f.terms?.counts, f.quotes].filter((a): a is Uint32Array | Float32Array => !!a));
  // Two allocations for the read: the terms, which the corpus stage lets go once it has the window's
  // term vectors, and the rest, which it keeps to the end.
  const terms = back.flatMap((f) => (f.terms ? [f.terms.ids, f.terms.counts] : []));
  assert.ok(terms.length > 0);
  assert.equal(new Set(terms.map((a) => a.buffer)).size, 1, 'one allocation for the terms');
  const rest = arrays.filter((a) => !terms.includes(a));
  assert.equal(new Set(rest.map((a) => a.buffer)).size, 1, 'one allocation for the other arrays');
  assert.notEqual(terms[0].buffer, rest[0].buffer);
  for (const a of arrays) assert.equal(a.byteOffset % 4, 0);
  // No two arrays overlap: writing all of one changes no other.
  const before = arrays.map((a) => Array.from(a));
  arrays[0].fill(7);
  arrays.slice(1).forEach((a, i) => assert.deepEqual(Array.from(a), before[i + 1]));
  for (const group of [terms, rest]) {
    const spans = group.filter((a) => a.byteLength).map((a) => [a.byteOffset, a.byteOffset + a.byteLength]).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], 'arrays overlap');
  }
  await store.close();
});

/** A run as the run layer makes it: items and features staged, the features read back and marked `staged`. */
async function stagedRun(batch: CorpusInput[], store: SqliteStore, cfg: Awaited<ReturnType<typeof projectConfig>>['corpus'], now: string) {
  await store.clearStaged();
  const made = batch.map((x) => corpusArticle(x, cfg));
  await store.stage(made.map((m) => m.item!));
  await store.stageFeatures(made.map((m) => m.features));
  // As the run layer reads them: without their terms, which the stage reads from the staging area.
  const back = await store.stagedFeatures(made.map((m) => m.features.id), { terms: false });
  const inputs: CorpusArticle[] = made.map((m) => ({ features: back.get(m.features.id)!, staged: true }));
  const result = await corpusStage(inputs, store, cfg, now);
  await store.clearStaged();
  return { result, inputs };
}

test('staged features: apply takes them from the staging area; the stage stores and decides as with features in memory', async () => {
  const cfg = (await projectConfig()).corpus;
  const inMemory = new SqliteStore(':memory:');
  const staged = new SqliteStore(':memory:');
  let earlier: CorpusInput[] = [];
  for (let d = 0; d < DAYS.length; d++) {
    // Each day a few stored articles come again, one of them with another text (re-decided).
    const again = earlier.slice(0, 3).map((x, i) => (i === 0 ? { ...x, body: body(rng(500 + d), 6) } : x));
    const batch = [...day(d, earlier, 7919 * (d + 1)), ...again];
    const a = await corpusStage(batch.map((x) => corpusArticle(x, cfg)), inMemory, cfg, DAYS[d]);
    const { result: b, inputs } = await stagedRun(batch, staged, cfg, DAYS[d]);
    assert.deepEqual(plain(b), plain(a), `day ${d}: verdicts`);
    const ids = [...new Set([...earlier, ...batch].map((x) => x.id))];
    assert.deepEqual(await staged.articles(ids), await inMemory.articles(ids), `day ${d}: stored rows`);
    assert.deepEqual(await staged.fingerprints(), await inMemory.fingerprints(), `day ${d}: fingerprints`);
    // The stage let the staged arrays go once it had used them.
    assert.ok(inputs.every((x) => x.features.signature.length === 0 && x.features.terms === null), `day ${d}: arrays let go`);
    earlier = [...earlier, ...batch.filter((x) => !earlier.some((e) => e.id === x.id))];
  }
  await inMemory.close();
  await staged.close();
});

test('staged features: a change set naming an article whose features are not staged is refused, and nothing is stored', async () => {
  const cfg = (await projectConfig()).corpus;
  const store = new SqliteStore(':memory:');
  const [x] = day(0, [], 13).map((i) => corpusArticle(i, cfg));
  await store.stage([x.item!]);
  // Item staged, features not.
  await assert.rejects(corpusStage([{ features: x.features, staged: true }], store, cfg, DAYS[0]), /not in the staging area/);
  assert.equal((await store.articles([x.features.id])).size, 0);
  // Without the mark, the row's own arrays are stored.
  await corpusStage([{ features: x.features }], store, cfg, DAYS[0]);
  assert.deepEqual((await store.articles([x.features.id])).get(x.features.id)!.signature, x.features.signature);
  await store.close();
});
