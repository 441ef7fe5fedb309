// The byline ranker's parts: every candidate line of a page with its features (the rules' pick marked),
// and the choice among them by a model (an invented one here; the shipped one is fitted by npm run train).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidatesOf, decide, rankTop, type BylineRanker } from '../pipeline/stages/byline.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { page, projectConfig, runDump } from './helpers.js';

const model = (weights: Record<string, number>, threshold: number, keep_rule: number): BylineRanker => {
  const names = Object.keys(weights);
  return { keep_rule, model: { trusted: [], features: names, mean: names.map(() => 0), scale: names.map(() => 1), weights: names.map((n) => weights[n]), bias: 0, threshold } };
};

test('candidates: By lines, bare names under the headline, the rules pick marked', async () => {
  const text = page('Harbor council approves the new ferry budget', '', 'Mara Quillfeather', 'Senior Reporter', 'March 14, 2024', '', 'The council met on Tuesday and agreed the budget after a long debate about fares and routes.', '', '', 'By Nils Ashgrove');
  const file = await runDump(text);
  const { rule, cands } = candidatesOf(file, { config: await projectConfig(), batch: emptyBatch() });
  const bare = cands.find((c) => c.names[0] === 'Mara Quillfeather');
  assert.ok(bare, 'the bare name is a candidate');
  assert.ok(bare.sources.includes('bare-name'));
  assert.equal(bare.features?.head_below, 1, 'it stands below the headline');
  const by = cands.find((c) => c.names[0] === 'Nils Ashgrove');
  assert.ok(by?.sources.includes('by-line'), 'a By line elsewhere is a candidate too');
  assert.deepEqual(cands.filter((c) => c.rule).map((c) => c.names), rule ? [rule] : [], 'the rules pick is marked, once');
  // Negatives of the features that tell titles and chrome from credits: not in the headline, not glued, said once.
  assert.deepEqual([bare.features?.head_all, bare.features?.glued, bare.features?.agrees_far], [0, 0, 0]);
  // Negatives: menu entries and sentences are no candidates.
  assert.ok(!cands.some((c) => /Home|Politics|council/u.test(c.names.join(' '))));
});

test('decide: the rules pick stands above keep_rule; else the ranker above its threshold; else none', () => {
  const a = { names: ['Ana Ruiz'], rule: true, features: { x: 1 } };
  const b = { names: ['Tom Pell'], features: { x: 3 } };
  const b2 = { names: ['Tom Pell'], features: { x: 3 } };
  const cands = [a, b, b2];
  // Tom Pell on two lines gathers both lines' chance.
  const top = rankTop(model({ x: 1 }, 0, 0).model, cands)!;
  assert.deepEqual(top.c.names, ['Tom Pell']);
  assert.ok(top.p > 0.8 && top.p < 1);
  const cases: [string, BylineRanker, string[] | undefined, string[] | undefined][] = [
    ['rules kept at keep_rule 0', model({ x: 1 }, 0.5, 0), ['Ana Ruiz'], ['Ana Ruiz']],
    ['rules overruled above keep_rule', model({ x: 1 }, 0.5, 0.2), ['Ana Ruiz'], ['Tom Pell']],
    ['no rules pick: the ranker', model({ x: 1 }, 0.5, 0), undefined, ['Tom Pell']],
    ['below the threshold: none', model({ x: 1 }, 0.99, 0.2), ['Ana Ruiz'], undefined],
    ['nothing likely: none beats every candidate', model({ x: -5 }, 0.5, 0.5), undefined, undefined],
  ];
  for (const [name, r, rule, want] of cases) assert.deepEqual(decide(r, cands, rule).c?.names, want, name);
});

test('candidate features: a title from the headline, a name run into a chrome word, the same credit at both ends', async () => {
  const text = page('Silver Harbor Returns to the Screen', '', 'Silver Harbor', 'March 14, 2024', '', 'The film opens on Friday after a long wait, and the cast came back for a second season of the show.', '', 'Tilda Wrenfield', '', 'The director said the new season would be shot on the coast.', '', 'Tilda Wrenfield archive', '', 'By Tilda Wrenfield');
  const file = await runDump(text);
  const { cands } = candidatesOf(file, { config: await projectConfig(), batch: emptyBatch() });
  const title = cands.find((c) => c.names[0] === 'Silver Harbor');
  assert.equal(title?.features?.head_all, 1, 'every word of the title is in the headline');
  const glued = cands.find((c) => c.names[0] === 'Tilda Wrenfield' && /archive/u.test(c.line.text));
  assert.equal(glued?.features?.glued, 1, 'the name runs into a lower-case chrome word');
  const by = cands.find((c) => c.sources.includes('by-line') && c.names[0] === 'Tilda Wrenfield');
  assert.ok(by, 'the By line is a candidate');
  assert.equal(by.features?.head_all, 0);
  assert.equal(by.features?.glued, 0);
});
