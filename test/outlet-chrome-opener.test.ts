// A name opening with a word that never names an outlet alone (evidence.yaml not_outlets): chrome when that word is a
// closed-class word or a noun, or when the name is not written as a name is; a modifier opening a title-case name a
// signal's sentence writes opens a site's own (stages/outlet/chrome-opener.ts). Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { chromeOpened } from '../pipeline/stages/outlet/chrome-opener.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';

const NOT_OUTLETS = new Set(['live', 'top', 'breaking', 'free', 'next', 'our', 'from', 'sports', 'video', 'news', 'watch', 'more', 'logo']);
const CHROME = new Set(['menu', 'privacy']);

test('a name opened by a word that is never an outlet alone: chrome or a site\'s own', () => {
  const cases: [string, boolean][] = [
    // A modifier opening a title-case name: a site's own.
    ['Live Quillmere', false],
    ['Top Harbor Marketing', false],
    ['Breaking Quay', false],
    // Negatives: closed-class openers, nouns, words the lexicon does not know, capitals, phrases, chrome after.
    ['Our Brands', true],
    ['From Quillmere', true],
    ['Sports Quillmere', true],
    ['Video Highlights', true],
    ['Logo Quillmere', true],
    ['FREE CATALOG', true],
    ['Next on TV', true],
    ['Watch Video', true],
    ['Breaking News', true],
    ['Live Menu', true],
    ['Live', true],
    // A name opening with any other word is not judged here.
    ['Quillmere Live', false],
  ];
  for (const [name, want] of cases) assert.equal(chromeOpened(name, NOT_OUTLETS, CHROME), want, name);
});

test('the page\'s own signals keep a title-case name a modifier opens; a menu phrase and a masthead button are dropped', async () => {
  const config = await loadConfig('config');
  const cfg = { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
  const names = (page: string) => gatherEvidence(page, cfg).map((e) => e.text);
  assert.ok(names('Body text.\nLive Quillmere is supported by its audience. We may earn a commission.').includes('Live Quillmere'));
  assert.ok(names('Body text.\nTop Harbor Marketing is part of Quay Media Group, a publisher.').includes('Top Harbor Marketing'));
  // A masthead line has no sentence around it: a modifier opening it is still a button's ("Close Alert").
  assert.ok(!names('Close Alert\n  • News\n  • Weather\nBody text.\nClose Alert').includes('Close Alert'));
  assert.ok(!names('Body text.\nOur Brands is supported by its audience.').some((n) => n.startsWith('Our')));
  assert.ok(!names('Next on TV\n  • News\n  • Weather\nBody text.\nNext on TV').includes('Next on TV'));
});
