// A reprint's source that the site's own chrome speaks as (stages/outlet/signals.ts self_voice_signals): "Originally
// published on Harbor Lab." under "Harbor Lab is supported by its audience" is the site's own article, not a reprint.
// Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';

const cfgOf = async (): Promise<SignalConfig> => {
  const config = await loadConfig('config');
  return { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
};

test('outlet evidence: a reprint source the site\'s own chrome speaks as is the site, another stays a reprint', async () => {
  const cfg = await cfgOf();
  const via = (page: string, name: string) => gatherEvidence(page, cfg).filter((e) => e.text === name).map((e) => e.via);
  const reprinted = (vias: string[]) => vias.length > 0 && vias.every((v) => v === 'reprinted');
  const own = 'Harbor Lab is supported by its audience. We may earn a commission.\n\nBody text.\n\nOriginally published on Harbor Lab.\n';
  assert.ok(!via(own, 'Harbor Lab').includes('reprinted'), 'the site speaking of itself');
  assert.ok(via(own, 'Harbor Lab').includes('supported'));
  // Negatives: the source named only by the reprint line, and a source beside another site's disclosure.
  assert.ok(reprinted(via('Body text.\n\nOriginally published on Harbor Lab.\n\n© 2024 Harbor Lab\n', 'Harbor Lab')));
  const other = 'Quay Daily is supported by its audience.\n\nBody.\n\nOriginally published on Harbor Lab.\n\n© 2024 Harbor Lab\n';
  assert.ok(reprinted(via(other, 'Harbor Lab')));
});
