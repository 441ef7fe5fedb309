// The outlet ranker's parts: every outlet a page might name with its features (the rules' pick marked,
// names the patterns miss added), and the stage's choice with a model (invented models here; the shipped
// one is fitted by npm run train and may be null, leaving the ordered rules alone).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unified } from 'unified';
import { VFile } from 'vfile';
import parseDump from '../pipeline/article/parse.js';
import { decide, type Ranker } from '../pipeline/stages/confidence/rank.js';
import chrome from '../pipeline/stages/chrome.js';
import outlet, { outletCandidatesOf, outletRank } from '../pipeline/stages/outlet.js';
import { outletKey, pageNameEvidence } from '../pipeline/stages/outlet/candidates.js';
import { pageStructure, structureFeatures } from '../pipeline/stages/outlet/structure.js';
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
  'Read Quillmere Dispatch every morning',
  '',
  'Quillmere Dispatch',
  '© 2024 Ashgrove Holdings Inc. All rights reserved.',
);

async function run(text: string, ranker: Ranker | null): Promise<VFile> {
  const options = { config: await projectConfig(), batch: emptyBatch() };
  const file = new VFile({ value: text, path: 'fixture.txt' });
  file.data.kind = 'txt';
  // As the chain runs them (article/process.ts): the rules, chrome, then the ranker knowing the page's structure.
  const proc = unified().use(parseDump).use(outlet, options, ranker).use(chrome, options).use(outletRank, options, ranker).freeze();
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
    ['a title that ends as a sentence', 'SCOOP – Ferry budget passes at last.\nBody.', []],
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

// A page with a masthead, a title line "Headline | Site", an article that cites another outlet, and a
// footer with the site's name on its own line and its parent company's copyright.
const STRUCTURED = [
  'Ferry fares rise from May | Quillmere Dispatch',
  '',
  'Quillmere Dispatch',
  '',
  '  • News',
  '  • Sport',
  '  • Weather',
  '',
  'Ferry fares rise from May',
  '',
  'The council met on Tuesday and agreed the budget after a long debate about fares and routes, the mayor said.',
  '',
  'Ferry fares rise by a tenth from May, and two new routes open to the outer islands, as the Tidewater Courier first reported last week.',
  '',
  'The harbor master said the fleet would need a third boat by the autumn, and residents asked for later sailings.',
  '',
  'The budget also pays for a new waiting room at the north pier, and work starts in June before the winter storms.',
  '',
  'Quillmere Dispatch',
  '',
  '© 2024 Ashgrove Holdings Inc. All rights reserved.',
  '',
].join('\n');

test('structure: where the page writes a name (header, article, footer, title, a parent\'s copyright), from chrome\'s zone', async () => {
  const options = { config: await projectConfig(), batch: emptyBatch() };
  const file = new VFile({ value: STRUCTURED, path: 'fixture.txt' });
  file.data.kind = 'txt';
  const proc = unified().use(parseDump).use(outlet, options, null).use(chrome, options).freeze();
  proc.runSync(proc.parse(file), file);
  const s = pageStructure(STRUCTURED, file.data.article!, options.config.outlets.corporate_suffixes);
  const f = (name: string) => structureFeatures(name, s);
  const cases: [string, string, Record<string, number>][] = [
    ['the site: title end, alone in the header and the footer', 'Quillmere Dispatch', { z_title_end: 1, z_alone_head: 1, z_alone_foot: 1, z_edges: 1, z_only_article: 0, z_company: 0 }],
    ['the parent: on the copyright line, a company word after it', 'Ashgrove Holdings', { z_copyright: 1, z_company: 1, z_title_end: 0, z_alone_head: 0 }],
    ['an outlet the article cites: only in the article', 'Tidewater Courier', { z_only_article: 1, z_edges: 0, z_alone_head: 0, z_title_end: 0, z_copyright: 0 }],
    ['a menu entry', 'Weather', { z_alone_head: 1, z_only_article: 0, z_title_end: 0 }],
    ['a name the page never writes', 'Pelican Post', { z_head: 0, z_article: 0, z_foot: 0, z_only_article: 0 }],
  ];
  for (const [name, nm, want] of cases) for (const [k, v] of Object.entries(want)) assert.equal(f(nm)[k], v, `${name}: ${k}`);
  assert.ok(f('Quillmere Dispatch').z_head > 0 && f('Quillmere Dispatch').z_foot > 0, 'written in the header and the footer');
});

test('candidates: a name the page only cites ("told X") is none of its own', async () => {
  const text = page('The mayor told the Tidewater Courier on Monday that ferry fares would rise by a tenth from May.', '', 'Quillmere Dispatch', '', 'Quillmere Dispatch');
  const file = new VFile({ value: text, path: 'fixture.txt' });
  const { rule, cands } = outletCandidatesOf(file, { config: await projectConfig(), batch: emptyBatch() });
  const cited = cands.filter((c) => c.features.cited === 1);
  assert.ok(cited.every((c) => c.rule), 'a cited name stays only as the rules pick');
  if (!rule || outletKey([rule]) !== outletKey(['Tidewater Courier'])) assert.ok(!cands.some((c) => outletKey(c.names) === outletKey(['Tidewater Courier'])));
});

test('decide: with ranker_first the rules pick stands when it is the ranker\'s own choice, however small its chance', () => {
  const cands = [
    { names: ['Quillmere Dispatch'], features: { a: 1 }, rule: true },
    { names: ['Weather'], features: { a: 0 } },
    { names: ['Sport'], features: { a: 0.8 } },
    { names: ['News'], features: { a: 0.8 } },
  ];
  const r = (first: boolean, threshold: number, keep: number): Ranker => ({ ...model({ a: 1 }, threshold, keep), ...(first && { ranker_first: true }) });
  const cases: [string, Ranker, string | undefined][] = [
    ['rules first: below keep_rule and threshold, none', r(false, 0.9, 0.9), undefined],
    ['ranker first: its own top is the rules pick, it stands', r(true, 0.9, 0.9), 'Quillmere Dispatch'],
    ['ranker first, another top above threshold overrules', { ...r(true, 0.2, 0.9), model: { ...r(true, 0.2, 0.9).model, weights: [-1] } }, 'Weather'],
    ['ranker first, another top below threshold: the rules pick above keep_rule', { ...r(true, 0.9, 0.01), model: { ...r(true, 0.9, 0.01).model, weights: [-1] } }, 'Quillmere Dispatch'],
    ['ranker first, neither: none', { ...r(true, 0.9, 0.9), model: { ...r(true, 0.9, 0.9).model, weights: [-1] } }, undefined],
  ];
  for (const [name, rk, want] of cases) assert.equal(decide(rk, cands, ['Quillmere Dispatch'], outletKey).c?.names[0], want, name);
});

test('the ranker\'s stage leaves an outlet the newsroom gave alone', async () => {
  const options = { config: await projectConfig(), batch: emptyBatch() };
  const file = new VFile({ value: TEXT, path: 'fixture.md' });
  file.data.kind = 'md';
  file.data.trusted = { outlet: 'Pelican Post' };
  const proc = unified().use(parseDump).use(outlet, options, model({ alone: 3, rule: -1 }, 0.3, 0.99)).use(chrome, options).use(outletRank, options, model({ alone: 3, rule: -1 }, 0.3, 0.99)).freeze();
  proc.runSync(proc.parse(file), file);
  assert.equal(file.data.outlet?.value, 'Pelican Post');
  assert.equal(file.data.outlet?.via, 'frontmatter');
});
