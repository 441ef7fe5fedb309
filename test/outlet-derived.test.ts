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
