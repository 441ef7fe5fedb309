// gatherEvidence keeps what it derives from a config (word sets, the logo-echo and header-noise
// patterns) by the config object: a page read after others must get what it got read first, and a
// config that differs must never be answered from another's sets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';

const PAGES = [
  'Harbor Ledger Logo Harbor Ledger\n• News\n• Sport\n\nMore from Harbor Ledger\nBy Jo Roe For Quay Weekly\n© 2024 Harbor Ledger Media Ltd.\nharborledger.com',
  'Quay Times\nQuay Times Menu\nImage: Ann Lee / Quay Times\nJo Roe is Quay Times\' games editor.\nwrite to desk@quaytimes.net or see unsplash.com',
  'Follow Harbor Ledger\nHarbor LedgerSubscribe\nAbout Harbor Ledger\nThis article originally appeared on Quay Weekly.',
  '',
];

const cfgOf = async (): Promise<SignalConfig> => {
  const config = await loadConfig('config');
  return { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
};

test('outlet evidence: the same page gives the same evidence before and after other pages, and with a fresh copy of the config', async () => {
  const cfg = await cfgOf();
  const first = PAGES.map((p) => gatherEvidence(p, cfg));
  const again = [...PAGES].reverse().map((p) => gatherEvidence(p, cfg)).reverse();
  assert.deepEqual(again, first);
  assert.deepEqual(PAGES.map((p) => gatherEvidence(p, { ...cfg })), first);
  assert.ok(first[0].some((e) => e.text === 'Harbor Ledger'), 'the fixture holds evidence');
});

test('outlet evidence: a config with other chrome words is read with its own, not with a config read before', async () => {
  const cfg = await cfgOf();
  const page = 'Harbor Ledger\nMore from Harbor Ledger\n© 2024 Harbor Ledger';
  assert.ok(gatherEvidence(page, cfg).some((e) => e.text === 'Harbor Ledger'));
  const ledgerIsChrome = { ...cfg, not_outlet_words: [...cfg.not_outlet_words, 'ledger'] };
  assert.ok(!gatherEvidence(page, ledgerIsChrome).some((e) => e.text.includes('Ledger')));
  // and the first config still reads as before
  assert.ok(gatherEvidence(page, cfg).some((e) => e.text === 'Harbor Ledger'));
});

test('outlet evidence: an article-only text opening with its title and a dateline gives no masthead', async () => {
  const cfg = await cfgOf();
  const masthead = (page: string) => gatherEvidence(page, cfg).filter((e) => e.via.startsWith('masthead')).map((e) => e.text);
  // A dateline's place and a sentence's subject before a dash, a title cut at a header word: the article's lines.
  const article = [
    'Quillmere Ferry Plan Change: The Costs Are Rising.',
    '',
    'PORT ALDEN — The council of the small harbour town voted on Tuesday to delay the ferry plan for another year, its members said.',
    'Quillmere — a town of 4,000 people on the north shore, with one pier and two boats — depends on the ferry for most of its supplies.',
  ].join('\n');
  assert.deepEqual(masthead(article), []);
  // A short masthead line with its tagline still is one.
  assert.deepEqual(masthead('Harbor Ledger - news, sport and weather\n  • News\n  • Sport\n\nBody text of the story.'), ['Harbor Ledger']);
});
