// The outlet stage's cheaper paths must find exactly what the plain ones found: a signal's cue tried
// by one scan over the page (cueLines) picks the same lines as testing every line alone, the cues found by
// their strings in one pass over the page give the evidence a scan per cue gives, and every
// shipped cue holds wherever its signal's pattern does; the reprint patterns' plain pre-test
// (without the leading \b) never hides a match.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../pipeline/config/spec.js';
import { loadConfig } from '../pipeline/registry.js';
import { reprintSources } from '../pipeline/stages/outlet/reprints.js';
import { cueLines, gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';
import { outletPatterns } from '../pipeline/stages/outlet/spec.js';

const PAGES = [
  'Harbor Ledger\n• News\n• Sport\n\nMore from Harbor Ledger\nAt Quay Weekly, she covers the port.\n© 2024 Harbor Ledger',
  '  by Jo Roe\nby\nnearby towns\nBy Ann Lee | WHBR\n\n\nstandby',
  'Jo Roe is Harbor Play\'s games editor.\nThe mayor\'s office said no.\nQuay Times\' 2023 newsletter\nher aunt\'s\n series',
  'a line\r\nby the way\r\n  copyright Quay\u2019s\nabout\nAbout Harbor Ledger\n\n',
  '',
  '\n\n',
  'at\nat \nthat at, he said\nIn a statement at the port, they said\n,  she\n, they\n,he',
  'Mary Poole   HARBOR TODAY\nOne  two\nthree    four\n\tx   y',
];

const CUES = ['^\\s*by', 'more\\s+from', '©|\\(c\\)|copyright', '\\bat\\s', ',[ \\t]+(?:she|he|they|we)\\b', "['’]s\\s", '\\S {3,}\\S', 'about', "['’]s[ \\t]+(?:\\d{4}[ \\t]+)?(?:resident|editor|newsletter|series)"];

const starts = (lines: string[]) => {
  let at = 0;
  return lines.map((l) => {
    const s = at;
    at += l.length + 1;
    return s;
  });
};

test('outlet cues: one scan over the page picks the lines each line tested alone picks, in order', () => {
  for (const source of CUES) {
    const cue = compile(source, outletPatterns.cue);
    const scan = new RegExp(cue.source, `${cue.flags}gm`);
    for (const page of PAGES) {
      const lines = page.split('\n');
      assert.deepEqual(cueLines(page, lines, starts(lines), cue, scan), lines.filter((l) => cue.test(l)), `${source} on ${JSON.stringify(page)}`);
    }
  }
});

test('outlet cues: every shipped cue holds on each line its signal matches', async () => {
  const config = await loadConfig('config');
  const lines = [
    "Jo Roe is Harbor Play's games editor at large",
    "Harbor Play's resident bargain hunter",
    "Quay Times' 2023 newsletter",
    "The Ledger's editor-in-chief",
    'At Quay Weekly, she covers the port.',
    'He said so. At HLD, they explore tides',
    'At the port, he said',
    "the mayor's office",
    'by Jo Roe',
    "Sign up for Harbor Lab's weekly newsletter",
    'Get The Lantern’s newsletters',
    'receive offers and email updates from Quay Times',
    'Send me newsletters from The Lantern',
    'TechNova is part of Quay Media Inc',
    'Gadget Hub may earn a commission',
    'The Ledger editorial team',
    'Harbor Tech uses cookies',
  ];
  let matched = 0;
  for (const rule of config.outlets.signals) {
    if (!rule.cue) continue;
    const re = compile(rule.pattern, outletPatterns.signal);
    const cue = compile(rule.cue, outletPatterns.cue);
    for (const l of lines) {
      re.lastIndex = 0;
      if (!re.test(l)) continue;
      matched++;
      assert.ok(cue.test(l), `${rule.name}: its cue misses ${JSON.stringify(l)}`);
    }
  }
  assert.ok(matched >= 14, 'the fixtures meet the signals');
});

test('outlet reprints: the pre-test finds what the patterns find, and nothing on other pages', () => {
  const cfg = { reprinted_from: ['\\b(?:originally|first)[ \\t]+(?:appeared|ran)[ \\t]+(?:on|in)[ \\t]+(?:the[ \\t]+)?{NAME}', '\\b(?:reprinted)[ \\t]+(?:from|by)[ \\t]+{NAME}'], wire_factor: 0.5 };
  // What the patterns alone find, with no pre-test.
  const plain = (text: string) => cfg.reprinted_from.flatMap((p) => [...text.matchAll(compile(p, outletPatterns.reprint))].map((m) => (m.groups?.name ?? '').trim()).filter(Boolean));
  const cases: [string, boolean][] = [
    ['This story originally appeared on Quay Weekly.', true],
    ['It FIRST RAN IN the Harbor Ledger and was reprinted by Tide Post', true],
    ['Reprinted from Quay Weekly\nfirst appeared in Tide Post', true],
    // Negatives: no word boundary before the pattern, or no name after it.
    ['unoriginally appeared on Quay Weekly', false],
    ['The play first ran in', false],
    ['Nothing here was reprinted.', false],
  ];
  for (const [text, found] of cases) {
    const got = reprintSources(text, cfg, (raw) => raw.trim());
    assert.deepEqual(got, plain(text), text);
    assert.equal(got.length > 0, found, text);
  }
});

test('outlet reprints: the project\'s patterns name the outlet an article first ran in', async () => {
  const { projectConfig } = await import('./helpers.js');
  const cfg = (await projectConfig()).outlets;
  const cases: [string, string[]][] = [
    ['This article was initially published on QuayWeekly.com: a night sky guide', ['QuayWeekly.com']],
    ['This story originally appeared on Quay Weekly.', ['Quay Weekly']],
    ['It first ran in the Harbor Ledger.', ['Harbor Ledger']],
    ['Republished with permission from Tide Post.', ['Tide Post']],
    // Negatives: a launch, not a reprint; a word that only ends in the cue.
    ['The service initially launched on Quay Weekly.', []],
    ['Uninitially published on Quay Weekly', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(reprintSources(text, cfg, (raw) => raw.trim().replace(/[.:]$/u, '')), want, text);
});

// Pages written for the strings' pass: cues in capitals, inside longer words, near misses, cut by line breaks.
const EVIDENCE_PAGES: [string, string[]][] = [
  ['Harbor Ledger\nMORE FROM HARBOR LEDGER\nSubscribe to Harbor Ledger Premium\n© 2024 Harbor Ledger', ['Harbor Ledger']],
  ['Quay Times\nJo Roe is a senior editor at Quay Times.\nJo Roe is Quay Times\' games editor\nEditor, Quay Times\nQuay Times uses cookies', ['Quay Times']],
  ['Get Tide Post delivered to your inbox\nThe latest from Tide Post, sent straight to your inbox\nYour Tide Post account\nTop reads on Tide Post', ['Tide Post']],
  ['Screenshot: Harbor Play / Studio\nToggle navigation Harbor Play\nheader logo Harbor Play\nWho pays for Harbor Play?', ['Harbor Play']],
  ['Products were picked by a Quay Home editor\nSign up for Quay Home\'s newsletter\nFollow Quay Home newsletter\nreceive offers from Quay Home', ['Quay Home']],
  ['Image: Ann Lee / Harbor Lab\nHarbor Lab is supported by its audience\nlisten to Harbor Lab articles\nHarbor Lab Staff', ['Harbor Lab']],
  ['a photo told Harbor Ledger about it\nAt HLD, she covers tides.\nBy Jo Roe | WHBR\nMary Poole   QUAY TODAY', []],
  // Negatives: the strings cut by a line break, inside other words, or near misses; and no text at all.
  ['Harbor Ledger\nmore\nfrom Harbor Ledger\nsubscri\nbe to Harbor Ledger Premium\ncopy right Harbor Ledger', []],
  ['furthermore together budget\nforget Quay Times\nunderstaffed Quay Times', []],
  // A reprint's source (its strings found in the same pass), and one cut by a line break.
  ['Harbor Ledger\nThis story ORIGINALLY APPEARED ON Quay Weekly.\nRepublished with permission from Tide Post\n© 2024 Quay Weekly', ['Harbor Ledger']],
  ['Harbor Ledger\nThis story originally\nappeared on Quay Weekly.\n© 2024 Quay Weekly', ['Harbor Ledger']],
  ['', []],
];

test('outlet evidence: the strings\' pass gives the evidence a scan per cue gives (and so the same candidates and features)', async () => {
  const config = await loadConfig('config');
  const cfg = { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
  for (const [page, names] of EVIDENCE_PAGES) {
    const got = gatherEvidence(page, cfg);
    assert.deepEqual(got, gatherEvidence(page, cfg, { scanEveryCue: true }), page);
    for (const n of names) assert.ok(got.some((e) => e.text === n), `${n} in ${JSON.stringify(page)}`);
  }
  // The candidates' features, weighed from either evidence, are the same too.
  const { weigh, chooseFrom } = await import('../pipeline/stages/outlet/choose.js');
  const { outletCandidates, pageNameEvidence } = await import('../pipeline/stages/outlet/candidates.js');
  const { chooseBase } = await import('../pipeline/stages/outlet.js');
  const features = (page: string, scanEveryCue: boolean) => {
    const choose = { ...chooseBase(config), text: page };
    const weighed = weigh(gatherEvidence(page, cfg, { scanEveryCue }), { lookup: () => undefined }, choose);
    return outletCandidates(weighed, pageNameEvidence(page, cfg), choose, chooseFrom(weighed, choose)).map((c) => [c.names[0], c.features]);
  };
  let seen = 0;
  for (const [page] of EVIDENCE_PAGES) {
    const f = features(page, false);
    seen += f.length;
    assert.deepEqual(f, features(page, true), page);
  }
  assert.ok(seen >= 10, 'the pages give candidates');
});
