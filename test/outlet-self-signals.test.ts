// Where a page says a name is itself ("Breaking Quay is supported by its audience", "Live Harbor is part of Quay
// Media"): a menu word opening the name ("Live", "Breaking", never a pronoun) is the name's own there, and
// "Originally published on" that name on such a page names the site, not a reprint's source. Invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';
import { closedClass } from '../pipeline/stages/outlet/word-kinds.js';

const cfgOf = async (): Promise<SignalConfig> => {
  const config = await loadConfig('config');
  return { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
};

// [page, name sought, [weight, via] of its evidence, or [] for none]
const CASES: [string, string, [number, string][]][] = [
  ['Breaking Quay is supported by its audience. Thanks for reading the harbour's paper.', 'Breaking Quay', [[1, 'supported']]],
  ['A story.\nLive Harbor is part of Quay Holdings Inc, a group of sites.', 'Live Harbor', [[1, 'disclosure']]],
  ['Top Tidewater is supported by its readers.\n\nA story.\n\nOriginally published on Top Tidewater.', 'Top Tidewater', [[1, 'supported']]],
  // negatives: a pronoun opening the name, a menu word alone, a menu word opening a name a menu signal caught
  ['Our Journalism is supported by its readers.', 'Our Journalism', []],
  ['Live is supported by its audience.', 'Live', []],
  ['• More from Breaking Quay\nA story.', 'Breaking Quay', []],
];

test('self signals: a menu word may open a name the page says is itself, not a pronoun, not elsewhere', async () => {
  const cfg = await cfgOf();
  for (const [text, name, want] of CASES) {
    const got = gatherEvidence(text, cfg).filter((e) => e.kind === 'name' && e.text === name).map((e) => [e.weight, e.via]);
    assert.deepEqual(got, want, text);
  }
});

test("self signals: a reprint's source stays a source unless the page says it is itself", async () => {
  const cfg = await cfgOf();
  const reprint = gatherEvidence('© 2024 Harbor Money\nA story.\nThis article originally appeared on Harbor Money.', cfg).filter((e) => e.text === 'Harbor Money');
  assert.deepEqual(reprint.map((e) => e.via), ['reprinted']);
  const own = gatherEvidence('© 2024 Harbor Money\nHarbor Money is supported by its readers.\nA story.\nOriginally published on Harbor Money.', cfg).filter((e) => e.text === 'Harbor Money');
  assert.deepEqual(own.map((e) => e.via).sort(), ['copyright', 'supported']);
});

test('closed classes: pronouns and determiners, not menu words', () => {
  for (const [w, want] of [['Our', true], ['This', true], ['Your', true], ['Live', false], ['Breaking', false], ['Top', false]] as const) assert.equal(closedClass(w), want, w);
});
