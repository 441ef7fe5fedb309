// Two lines where a page's chrome writes its own brand after a label the reader never sees: a logo image's alt
// text that says where it stands ("header logo Harbor Quay Post") and a navigation bar's hidden button label
// before its brand ("Toggle navigation Quay Notes"). Each line, and lines alike that name no site. Invented names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';

const cfgOf = async (): Promise<SignalConfig> => {
  const config = await loadConfig('config');
  return { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
};

const SIGNALS = ['logo-placed', 'nav-brand'];

test('outlet evidence: a placed logo\'s alt text and a navigation bar\'s brand, and lines that name none', async () => {
  const cfg = await cfgOf();
  // [line, signal, the name it gives (undefined: neither signal names anything)]
  const cases: [string, string, string | undefined][] = [
    ['header logo Harbor Quay Post', 'logo-placed', 'Harbor Quay Post'],
    ['  footer logo Harbor Quay Post', 'logo-placed', 'Harbor Quay Post'],
    ['Toggle navigation Quay Notes', 'nav-brand', 'Quay Notes'],
    ['Toggle navigation The Lantern', 'nav-brand', 'Lantern'],
    // Negatives: a logo with no place, a sentence after the label, the label alone, a menu word after it, prose.
    ['site logo site logo', 'logo-placed', undefined],
    ['footer logo', 'logo-placed', undefined],
    ['Toggle navigation', 'nav-brand', undefined],
    ['Toggle navigation Menu', 'nav-brand', undefined],
    ['The header logo Harbor Quay Post chose was blue.', 'logo-placed', undefined],
    ['To toggle navigation Quay Notes users press a key.', 'nav-brand', undefined],
  ];
  for (const [line, signal, want] of cases) {
    const got = gatherEvidence(`Body.\n\n${line}\n`, cfg).filter((e) => SIGNALS.includes(e.via) && e.kind === 'name');
    if (want === undefined) assert.deepEqual(got.map((e) => `${e.via}: ${e.text}`), [], line);
    else assert.deepEqual(got.map((e) => [e.via, e.text]), [[signal, want]], line);
  }
});
