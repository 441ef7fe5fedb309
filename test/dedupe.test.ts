import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PERTURBATIONS, perturb, type Perturbation } from './perturb.js';
import { runCorpus } from '../pipeline/corpus/index.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { corpusFixture as fixture, corpusFixtures as fixtures, corpusInput as input, projectConfig } from './helpers.js';

const NOW = '2025-03-01T06:00:00.000Z';

/** Verdict for `copy` run after `original` in one batch: exact, near or none. */
async function verdict(original: string, copy: string): Promise<'exact' | 'near' | 'none'> {
  const cfg = await projectConfig();
  const r = await runCorpus([input('a-original', { headline: null, body: original }), input('b-copy', { headline: null, body: copy })], new SqliteStore(':memory:'), cfg.corpus, NOW);
  const a = r.assignments.get('b-copy')!;
  if (!a.duplicate_of) return 'none';
  assert.equal(a.duplicate_of, 'a-original');
  assert.equal(a.story, r.assignments.get('a-original')!.story, 'a copy gets the story of its original');
  const note = r.notes.find((n) => n.id === 'b-copy' && n.ruleId.startsWith('duplicate'))!;
  assert.equal(note.cause, 'a-original');
  return note.ruleId === 'duplicate-exact' ? 'exact' : 'near';
}

const peru = fixture('quake-peru-wire').text;
const cases: [string, string, string, 'exact' | 'near' | 'none'][] = [
  ['same words, other spacing and quote marks', peru, perturb(peru, 'retyped', 1), 'exact'],
  ['other chrome around it', peru, perturb(peru, 'chrome', 2, 'Warehouse fire in Memphis burns for hours'), 'near'],
  ['a paragraph or two trimmed', peru, perturb(peru, 'trimmed', 3), 'near'],
  ['a few words changed', peru, perturb(peru, 'edited', 4), 'near'],
  ['trimmed, edited and in other chrome', peru, perturb(peru, 'reposted', 5), 'near'],
  ['the same event by another outlet', peru, fixture('quake-peru-local').text, 'none'],
  ['a look-alike event (another earthquake)', peru, fixture('quake-chile-wire').text, 'none'],
  ['a look-alike event (another rehab stay)', fixture('rehab-quinlan-wire').text, fixture('rehab-hale-wire').text, 'none'],
  ['only the first paragraph of it', peru, peru.split('\n\n').slice(0, 2).join('\n\n'), 'none'],
  ['two empty bodies', '', '', 'none'],
  ['a caption too short to judge', 'Photo: rescue crews.', 'Photo: rescue crews.', 'none'],
];
for (const [name, original, copy, want] of cases) test(`duplicate verdict: ${name} → ${want}`, async () => assert.equal(await verdict(original, copy), want));

test('perturbation table: recall and precision at least 0.99 over seeded re-posts of every fixture', async () => {
  const cfg = await projectConfig();
  const inputs = fixtures.map((f) => input(`a-${f.name}`, { headline: null, body: f.text }));
  const source = new Map<string, string>();
  for (let seed = 1; seed <= 12; seed++)
    for (const f of fixtures)
      for (const kind of PERTURBATIONS) {
        const related = fixtures[(seed + f.name.length) % fixtures.length].headline;
        const id = `v-${f.name}-${kind}-${seed}`;
        source.set(id, `a-${f.name}`);
        inputs.push(input(id, { headline: null, body: perturb(f.text, kind as Perturbation, seed * 7919 + kind.length, related) }));
      }
  const r = await runCorpus(inputs, new SqliteStore(':memory:'), cfg.corpus, NOW);
  let tp = 0;
  let flagged = 0;
  for (const [id, a] of r.assignments) {
    if (!a.duplicate_of) continue;
    flagged++;
    if (source.get(id) === a.duplicate_of) tp++;
  }
  const recall = tp / source.size;
  const precision = tp / flagged;
  assert.ok(recall >= 0.99, `recall ${recall}`);
  assert.ok(precision >= 0.99, `precision ${precision}`);
  for (const f of fixtures) assert.equal(r.assignments.get(`a-${f.name}`)!.duplicate_of, null, `${f.name} is an original`);
});

// A site template (menus, teasers, listings) around two short, different articles.
const TEMPLATE_TOP = Array.from({ length: 12 }, (_, i) => `Popular now: ${['council votes on new budget for the harbour district', 'weekend guide to markets and live music', 'school board names interim superintendent', 'storm watch issued for the coast tonight', 'local team wins third straight title at home', 'new bakery opens on the main street'][i % 6]} (${i + 1})`).join('\n');
const TEMPLATE_BOTTOM = 'Subscribe to the newsletter | Contact the newsroom | Privacy policy | Advertise with us | Terms of use | Accessibility | Careers | Archive | Events calendar | Obituaries | Classifieds | Weather | Traffic | Sports | Business | Opinion | Arts | Food | Travel | Real estate';
const onTemplate = (body: string) => `${TEMPLATE_TOP}\n\n${body}\n\n${TEMPLATE_BOTTOM}\n\n${TEMPLATE_TOP}`;
const gig = 'The singer returns to the city for one night only, with songs from the new album and a few old favourites. Doors open at eight; tickets cost forty dollars at the box office.';
const tribute = 'A tribute band recreates the arena rock of the eighties, with costumes, lights and every hit in order. The show starts at nine thirty and is for adults only.';

async function verdictWithHeadlines(a: [string, string], b: [string, string]): Promise<boolean> {
  const cfg = await projectConfig();
  const r = await runCorpus([input('a-first', { headline: a[0], body: a[1] }), input('b-second', { headline: b[0], body: b[1] })], new SqliteStore(':memory:'), cfg.corpus, NOW);
  return r.assignments.get('b-second')!.duplicate_of === 'a-first';
}

test('duplicate verdict: two different articles inside one site template are not copies (its menu is no prose)', async () => {
  assert.equal(await verdictWithHeadlines(['Lyle Jennings live at the Tabernacle', onTemplate(gig)], ['Hysteria: the arena rock tribute show', onTemplate(tribute)]), false);
});

test('duplicate verdict: a re-post under a reworded headline is still a copy', async () => {
  const text = fixture('quake-chile-wire').body;
  assert.equal(await verdictWithHeadlines(['Magnitude 5.8 earthquake rattles central Chile', text], ['Chile earthquake cuts power in Talca', perturb(text, 'reposted', 11)]), true);
  assert.equal(await verdictWithHeadlines(['Magnitude 5.8 earthquake rattles central Chile', text], ['Strong tremor shakes the south', perturb(text, 'retyped', 11)]), true, 'identical text: exact, whatever the headline');
});

test('duplicate verdict: a copy whose headline is a nav bar is still a copy, whatever else changed', async () => {
  const text = fixture('quake-peru-wire').body;
  const nav = 'Home | World | Politics | Business | Sport | Weather';
  for (const kind of ['reposted', 'trimmed', 'edited'] as const)
    assert.equal(await verdictWithHeadlines(['Quake shakes southern Peru', text], [nav, `${nav}\n\n${perturb(text, kind, 5)}`]), true, kind);
});

test('duplicate verdict: a brief syndicated to five sites gives five records, four marked as copies of the first', async () => {
  const cfg = await projectConfig();
  const sites = ['Harbor Gazette', 'Valley Courier', 'Coast Daily', 'Metro Ledger', 'Island Times'];
  const inputs = sites.map((site, i) => input(`brief-${i}`, { headline: i % 2 ? 'Warehouse fire closes highway lanes' : 'Blaze at furniture warehouse', body: perturb(`${site}\n\n${brief}\n\nMore from ${site}`, 'retyped', i) }));
  const r = await runCorpus(inputs, new SqliteStore(':memory:'), cfg.corpus, NOW);
  assert.deepEqual([...r.assignments.values()].map((a) => a.duplicate_of), [null, 'brief-0', 'brief-0', 'brief-0', 'brief-0']);
  assert.equal(new Set([...r.assignments.values()].map((a) => a.story)).size, 1);
});

// Briefs: a few changed words break most 5-word shingles of a 40-word text; the brief signature
// over word pairs still sees the copy, and still tells apart another brief on the same event.
const brief =
  'Firefighters battled a blaze at a furniture warehouse on Harbor Road late Tuesday, the county fire department said. No one was hurt, but smoke closed two lanes of the highway for about three hours while crews kept the flames from spreading.';
const briefEdited = brief.replace('battled', 'fought').replace('late Tuesday', 'early Tuesday').replace('closed two', 'shut two').replace('three hours', 'four hours');
const briefOther =
  'A fire destroyed a furniture warehouse on Harbor Road on Tuesday night. The county fire department said the building was empty and nobody was injured; investigators are looking into what started the flames, and the highway reopened by morning.';
const briefCases: [string, string, string, 'exact' | 'near' | 'none'][] = [
  ['a brief with four words changed', brief, briefEdited, 'near'],
  ['a brief with four words changed, in other chrome', brief, perturb(briefEdited, 'chrome', 3, 'Council approves harbour budget'), 'near'],
  ['another brief on the same fire', brief, briefOther, 'none'],
];
for (const [name, original, copy, want] of briefCases) test(`duplicate verdict: ${name} → ${want}`, async () => assert.equal(await verdict(original, copy), want));

test('duplicate verdict: a brief edited in a later run is found through the stored brief signature', async () => {
  const cfg = await projectConfig();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-store-')), 'corpus.sqlite');
  const store = new SqliteStore(file);
  await runCorpus([input('a-original', { headline: null, body: brief })], store, cfg.corpus, NOW);
  await store.close();
  const reloaded = new SqliteStore(file);
  assert.ok((await reloaded.articles(['a-original'])).get('a-original')!.briefSignature, 'a brief keeps its brief signature');
  const r = await runCorpus([input('b-copy', { headline: null, body: briefEdited }), input('c-other', { headline: null, body: briefOther })], reloaded, cfg.corpus, '2025-03-02T06:00:00.000Z');
  assert.equal(r.assignments.get('b-copy')!.duplicate_of, 'a-original');
  assert.equal(r.assignments.get('c-other')!.duplicate_of, null);
});

test('duplicate verdict: a long article gets no brief signature (the state stays compact)', async () => {
  const cfg = await projectConfig();
  const store = new SqliteStore(':memory:');
  await runCorpus([input('a-long', { headline: null, body: fixture('quake-peru-wire').text })], store, cfg.corpus, NOW);
  assert.equal((await store.articles(['a-long'])).get('a-long')!.briefSignature, null);
});
