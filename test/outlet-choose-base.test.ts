// The outlet rules' choice reads its settings from one object per loaded config (chooseBase) and the page's text
// beside them, where it used to read a copy of the whole outlet config made per page: every setting it reads must
// be the config's own, and a config that differs must get its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { chooseBase } from '../pipeline/stages/outlet.js';

// What outlet/choose.ts (ChooseConfig) reads of the outlet settings.
const FROM_OUTLETS = ['registry_bonus', 'min_score', 'frequency_cap', 'weak_signals', 'cited_signals', 'domain_min_score', 'not_outlet_words', 'header_noise', 'corporate_suffixes', 'not_outlets'] as const;

test('choose base: the outlet settings and the byline organisation words as the config holds them', async () => {
  const config = await loadConfig('config');
  const base = chooseBase(config);
  for (const k of FROM_OUTLETS) assert.equal(base[k], config.outlets[k], k);
  assert.equal(base.org_words, config.metadata.byline.org_words);
  assert.equal(Object.keys(base).length, FROM_OUTLETS.length + 2, 'nothing else: the text is the page\'s');
  assert.equal(chooseBase(config), base, 'one object per config');
});

test('choose base: a person test, and a config with other settings gets its own', async () => {
  const config = await loadConfig('config');
  const base = chooseBase(config);
  assert.equal(typeof base.isPerson, 'function');
  assert.equal(base.isPerson!('Harbor Ledger', 'Harbor Ledger\n© 2024 Harbor Ledger'), false);
  const other = { ...config, outlets: { ...config.outlets, min_score: config.outlets.min_score + 1 } };
  assert.equal(chooseBase(other).min_score, config.outlets.min_score + 1);
  assert.equal(chooseBase(config).min_score, config.outlets.min_score);
});
