// How a site names itself when it speaks to its readers: its reader support ("Harbor Ledger is supported
// by its audience"), its editors' picks ("chosen by a Quay Home editor"), its own newsletter by its
// possessive ("Sign up for Harbor Lab's newsletter") and itself delivered ("Get Quay Quarterly delivered
// to your inbox"). Each line, and lines that look alike but name no site.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../pipeline/registry.js';
import { gatherEvidence, type SignalConfig } from '../pipeline/stages/outlet/signals.js';

const cfgOf = async (): Promise<SignalConfig> => {
  const config = await loadConfig('config');
  return { ...config.outlets, section_words: config.metadata.section.vocabulary } as SignalConfig;
};

const SIGNALS = ['supported', 'chosen-by', 'sign-up-own', 'delivered'];

test('outlet evidence: the site named in its offers to readers, and lines that name none', async () => {
  const cfg = await cfgOf();
  // [line, signal, the name it gives (undefined: none of these signals names anything)]
  const cases: [string, string, string | undefined][] = [
    ['Harbor Ledger is supported by its audience. When you buy through links on our site, we may earn a commission.', 'supported', 'Harbor Ledger'],
    ['Quay Facts is funded by sponsors and member donations', 'supported', 'Quay Facts'],
    ['The Lantern is reader-supported', 'supported', 'Lantern'],
    ['Each lamp in this guide was selected by a Quay Home editor; we may earn a fee.', 'chosen-by', 'Quay Home'],
    ['Products picked by the Harbor Tech team', 'chosen-by', 'Harbor Tech'],
    ['Sign up for Harbor Lab’s newsletter', 'sign-up-own', 'Harbor Lab'],
    ["Subscribe to The Lantern's daily newsletter", 'sign-up-own', 'Lantern'],
    ['Get Quay Quarterly delivered to your inbox', 'delivered', 'Quay Quarterly'],
    ['Get the best of HarborMag.com by email, twice a week.', 'delivered', 'HarborMag.com'],
    // Negatives: no name, a name in prose that is funded by someone else, an offer of the reader's own, a possessive
    // that is a newsletter's own name, a name in lower case.
    ['Sign up for our newsletter', 'sign-up-own', undefined],
    ['The project was funded by a grant from the city council.', 'supported', undefined],
    ['Residents said the clinic is funded by donations.', 'supported', undefined],
    ['Get your copy delivered to your door', 'delivered', undefined],
    ['Get The Harbor’s Headlines in your inbox daily', 'delivered', undefined],
    ['chosen by an editor we trust', 'chosen-by', undefined],
  ];
  for (const [line, signal, want] of cases) {
    const got = gatherEvidence(`Menu\n\n${line}\n`, cfg).filter((e) => SIGNALS.includes(e.via) && e.kind === 'name');
    if (want === undefined) assert.deepEqual(got.map((e) => `${e.via}: ${e.text}`), [], line);
    else assert.deepEqual(got.map((e) => [e.via, e.text]), [[signal, want]], line);
  }
});
