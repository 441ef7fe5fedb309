import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PERTURBATIONS, perturb, type Perturbation } from '../bench/perturb.js';
import { runCorpus } from '../pipeline/corpus/index.js';
import { MemoryStateStore } from '../pipeline/corpus/state.js';
import { fixture, fixtures, input, projectConfig } from './corpus-fixtures.js';

const NOW = '2025-03-01T06:00:00.000Z';

/** Verdict for `copy` run after `original` in one batch: exact, near or none. */
async function verdict(original: string, copy: string): Promise<'exact' | 'near' | 'none'> {
  const cfg = await projectConfig();
  const r = runCorpus([input('a-original', { headline: null, body: original }), input('b-copy', { headline: null, body: copy })], new MemoryStateStore(), cfg.corpus, NOW);
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
  const r = runCorpus(inputs, new MemoryStateStore(), cfg.corpus, NOW);
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
