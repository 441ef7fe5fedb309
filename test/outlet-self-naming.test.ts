// How a site names itself in its chrome, beyond the offers of outlet-own-offers.test.ts: itself sent to the
// reader's inbox ("Get Quay Quarterly to your inbox"), its line on its network ("HARBOR TECH, PART OF THE QUAY
// MEDIA NETWORK"), and a copyright whose year a dash or a dot parts from the name ("© 2023 - Quay Reporter").
// Each line, and lines that look alike but name no site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';

const cfgOf = async (): Promise<SignalConfig> => {
  const config = await loadConfig('config');
  return { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
};


const SIGNALS = ['inbox', 'sent-from', 'part-of-network', 'copyright'];

test('outlet evidence: the site naming itself in its chrome, and lines that name none', async () => {
  const cfg = await cfgOf();
  // [line, signal, the name it gives (undefined: none of these signals names anything)]
  const cases: [string, string, string | undefined][] = [
    ['Get Quay Quarterly to your inbox daily', 'inbox', 'Quay Quarterly'],
    ['Get The Lantern in your inbox', 'inbox', 'Lantern'],
    ['The latest from Harbor Eats, sent straight to your inbox.', 'sent-from', 'Harbor Eats'],
    ['The best of Quay Tech delivered to your inbox', 'sent-from', 'Quay Tech'],
    ['HARBOR TECH, PART OF THE QUAY MEDIA NETWORK', 'part-of-network', 'HARBOR TECH'],
    ['© 2023 - Quay Reporter. All Rights Reserved.', 'copyright', 'Quay Reporter'],
    ['Copyright © 2020 · Harbor Party', 'copyright', 'Harbor Party'],
    // Negatives: a newsletter the site's possessive names, the reader's own inbox, a place in prose "part of" a
    // region, a maker's credit after a copyright's dash or bar.
    ['Get The Harbor’s Headlines in your inbox daily', 'inbox', undefined],
    ['Get the latest news in your inbox', 'inbox', undefined],
    ['Copyright © 2017 - Designed by Quay Web Studio - Powered by Harbor CMS', 'copyright', undefined],
    ['Copyright © 2025 | Made with love by Ana Ruiz', 'copyright', undefined],
    ['Harbor County, part of the Quay region, voted on Tuesday.', 'part-of-network', undefined],
  ];
  for (const [line, signal, want] of cases) {
    const got = gatherEvidence(`Menu\n\n${line}\n`, cfg).filter((e) => SIGNALS.includes(e.via) && e.kind === 'name');
    if (want === undefined) assert.deepEqual(got.map((e) => `${e.via}: ${e.text}`), [], line);
    else assert.deepEqual(got.map((e) => [e.via, e.text]), [[signal, want]], line);
  }
});

test('outlet evidence: a copyright span of years is not parted from its name as a dash', async () => {
  const cfg = await cfgOf();
  const got = gatherEvidence('Menu\n\n© 2018 - 2025 Harbor Ledger\n', cfg).filter((e) => e.via === 'copyright' && e.kind === 'name');
  assert.deepEqual(got.map((e) => e.text), ['Harbor Ledger']);
});
