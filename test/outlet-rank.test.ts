// The outlet ranker's parts: every outlet a page might name with its features (the rules' pick marked,
// names the patterns miss added), and the stage's choice with a model (invented models here; the shipped
// one is fitted by npm run train and may be null, leaving the ordered rules alone).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unified } from 'unified';
import { VFile } from 'vfile';
import parseDump from '../pipeline/article/parse.js';
import type { Ranker } from '../pipeline/stages/confidence/rank.js';
import outlet, { outletCandidatesOf } from '../pipeline/stages/outlet.js';
import { outletKey, pageNameEvidence } from '../pipeline/stages/outlet/candidates.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { page, projectConfig } from './helpers.js';

const model = (weights: Record<string, number>, threshold: number, keep_rule: number): Ranker => {
  const names = Object.keys(weights);
  return { keep_rule, model: { trusted: [], features: names, mean: names.map(() => 0), scale: names.map(() => 1), weights: names.map((n) => weights[n]), bias: 0, threshold } };
};

// A site whose name stands on its own line twice below the article (past the masthead's reach), and a
// copyright of its parent: the rules take the parent, the name lines are the ranker's to weigh.
const TEXT = page(
  'Harbor council approves the new ferry budget',
  '',
  'The council met on Tuesday and agreed the budget after a long debate about fares and routes.',
  '',
  'Ferry fares rise by a tenth from May, and two new routes open to the outer islands.',
  '',
  'The harbor master said the fleet would need a third boat by the autumn.',
  '',
  'Residents asked for later sailings on weekends, which the council promised to study.',
  '',
  'The budget also pays for a new waiting room at the north pier.',
  '',
  'Work on the pier starts in June and should end before the winter storms.',
  '',
  'The next council meeting is on the first Tuesday of the month.',
  '',
  'Quillmere Dispatch',
  '',
  'Get Quillmere Dispatch in your inbox every morning',
  '',
  'Quillmere Dispatch',
  '© 2024 Ashgrove Holdings Inc. All rights reserved.',
);

async function run(text: string, ranker: Ranker | null): Promise<VFile> {
  const options = { config: await projectConfig(), batch: emptyBatch() };
  const file = new VFile({ value: text, path: 'fixture.txt' });
  file.data.kind = 'txt';
  const proc = unified().use(parseDump).use(outlet, options, ranker).freeze();
  proc.runSync(proc.parse(file), file);
  return file;
}

test('name lines: short capitalised lines written twice, and the parts of the first line', () => {
  const cfg = { not_outlets: ['Home'], not_outlet_words: ['privacy'], section_words: ['politics'] };
  const cases: [string, string, string[]][] = [
    ['a name above and below the article', 'Quillmere Dispatch\nBody text here.\nQuillmere Dispatch', ['Quillmere Dispatch']],
    ['a name on one line and inside another', 'Quillmere Dispatch\nGet Quillmere Dispatch daily.', ['Quillmere Dispatch']],
    ['the title line\'s parts', 'Ferry budget passes | Quillmere Dispatch\nBody.', ['Quillmere Dispatch']],
    // Negatives: a name once, menu words, section names, chrome words, sentences.
    ['a name written once', 'Quillmere Dispatch\nBody text here.', []],
    ['menu words and sections', 'Home\nPolitics\nHome\nPolitics', []],
    ['a chrome word', 'Privacy Centre\nPrivacy Centre', []],
    ['a sentence', 'It rained.\nIt rained.', []],
  ];
  for (const [name, text, want] of cases) assert.deepEqual([...new Set(pageNameEvidence(text, cfg).map((e) => e.text))], want, name);
});

test('candidates: the rules pick marked once, the name lines beside the weighed groups, with their features', async () => {
  const file = new VFile({ value: TEXT, path: 'fixture.txt' });
  const { rule, cands } = outletCandidatesOf(file, { config: await projectConfig(), batch: emptyBatch() });
  assert.ok(rule, 'the rules choose something here');
  assert.deepEqual(cands.filter((c) => c.rule).map((c) => outletKey(c.names)), [outletKey([rule])], 'the rules pick is marked, once');
  const own = cands.find((c) => c.names[0] === 'Quillmere Dispatch');
  assert.ok(own, 'the name standing on its own lines is a candidate');
  assert.equal(own.features['src_name-line'], 1);
  assert.ok(own.features.alone > 0 && own.features.log_recur > 0, 'it stands alone and recurs');
  // Negatives: menu entries and the article's sentences are no candidates.
  assert.ok(!cands.some((c) => /^(?:Home|World|Politics|The council)/u.test(c.names[0])));
});

test('the stage: rules alone without a ranker; with one, the rules pick above keep_rule, else the ranker, else none with a reason', async () => {
  const rules = await run(TEXT, null);
  const ruled = rules.data.outlet?.value;
  assert.ok(ruled && ruled !== 'Quillmere Dispatch', 'the rules name another outlet');
  assert.equal(rules.data.outlet?.via, 'page-evidence');
  // A model that likes names standing alone on lines and dislikes everything else.
  const likesLines = (threshold: number, keep: number) => model({ alone: 3, rule: -1 }, threshold, keep);
  const cases: [string, Ranker, string | undefined, string | undefined][] = [
    ['the rules pick stands at keep_rule 0', likesLines(0.5, 0), ruled, undefined],
    ['overruled: the ranker takes the name line', likesLines(0.3, 0.99), 'Quillmere Dispatch', undefined],
    ['nothing likely enough: no outlet, and the report says why', model({ alone: -5, rule: -5, log_score: -5 }, 0.5, 0.5), undefined, 'outlet-unsure'],
  ];
  for (const [name, r, want, message] of cases) {
    const file = await run(TEXT, r);
    assert.equal(file.data.outlet?.value, want, name);
    if (want && want !== ruled) assert.match(file.data.outlet!.via, /^ranked-/u, name);
    const ids = file.messages.map((m) => m.ruleId);
    if (message) {
      assert.ok(ids.includes(message), name);
      assert.ok(!ids.includes('outlet-missing'), `${name}: one message, not two`);
    } else assert.ok(!ids.includes('outlet-unsure'), name);
  }
});
