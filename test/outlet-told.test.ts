// What the newsroom says about a dump's outlet wins over what its text suggests: a path mapping
// (folder or glob), the dump's folder when dumps are filed by outlet, and a URL line in the dump.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { folderOf, globToRegExp, outletByPath, urlLine } from '../pipeline/stages/outlet/told.js';
import { outletEntry, page, projectConfig, runDump, runWithOutlets } from './helpers.js';

test('globs over paths under the input folder', () => {
  const cases: [string, string, boolean][] = [
    ['harbor-ledger/**', 'harbor-ledger/2021/a.txt', true],
    ['harbor-ledger/**', 'harbor-ledger/a.txt', true],
    ['harbor-ledger', 'harbor-ledger/2021/a.txt', true],
    ['wires/*-hw.txt', 'wires/0412-hw.txt', true],
    ['**/quay/*.txt', 'a/b/quay/x.txt', true],
    ['**/quay/*.txt', 'quay/x.txt', true],
    ['dump-?.md', 'dump-7.md', true],
    // Negatives: * stays inside a folder, a folder name is whole, dots are literal.
    ['wires/*-hw.txt', 'wires/old/0412-hw.txt', false],
    ['harbor-ledger', 'harbor-ledger-archive/a.txt', false],
    ['harbor-ledger/**', 'other/harbor-ledger/a.txt', false],
    ['dump-?.md', 'dump-77.md', false],
    ['a.txt', 'abtxt', false],
  ];
  for (const [glob, path, want] of cases) assert.equal(globToRegExp(glob).test(path), want, `${glob} ~ ${path}`);
  assert.equal(outletByPath('wires/0412-hw.txt', [{ path: 'harbor/**', outlet: 'Harbor Ledger' }, { path: 'wires/*-hw.txt', outlet: 'Harbor Wire' }]), 'Harbor Wire');
  assert.equal(outletByPath('./harbor/a.txt', [{ path: 'harbor/**', outlet: 'Harbor Ledger' }, { path: '**', outlet: 'Other' }]), 'Harbor Ledger', 'the first match wins');
  assert.equal(outletByPath('misc/a.txt', [{ path: 'harbor/**', outlet: 'Harbor Ledger' }]), undefined);
  assert.equal(folderOf('Harbor Ledger/a.txt'), 'Harbor Ledger');
  assert.equal(folderOf('feeds/Harbor Ledger/a.txt'), 'Harbor Ledger');
  assert.equal(folderOf('a.txt'), undefined);
});

test('a URL line: labelled near the ends, or bare opening or closing the dump', () => {
  const cases: [string, string | undefined][] = [
    ['URL: https://www.harborledger.com/2021/03/story.html\n\nHeadline\n\nBody.', 'harborledger.com'],
    ['Headline\n\nBody.\n\nSource: <https://news.quay.example/a>', 'news.quay.example'],
    ['Canonical URL - https://harborwire.net/x\nHeadline\n\nBody.', 'harborwire.net'],
    ['https://harborledger.com/a/b\n\nHeadline\n\nBody.', 'harborledger.com'],
    // Negatives: a URL in prose, a sentence ending in a URL, a link in the middle of a long page, no host.
    ['Headline\n\nRead more at https://harborledger.com/a today.\n\nBody.', undefined],
    ['Headline\n\nBody.\n\nThe poll is online at http://poll.example.', undefined],
    [['Headline', ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i}.`), 'URL: https://harborledger.com/a', ...Array.from({ length: 12 }, (_, i) => `More ${i}.`)].join('\n'), undefined],
    ['URL: https://localhost/a\nHeadline', undefined],
    ['Headline\n\nBody.', undefined],
  ];
  for (const [text, want] of cases) assert.equal(urlLine(text)?.domain, want, text.slice(0, 60));
});

const registry = [outletEntry({ name: 'Harbor Ledger', domains: ['harborledger.com'] }), outletEntry({ name: 'Quay News', aliases: ['QN'] })];
const copyrighted = page('Body text.', '', '© 2023 Daily Planet. All rights reserved.');

test('what the newsroom says wins over the text', async () => {
  const cfg = await projectConfig();
  const withPaths = (paths: { path: string; outlet: string }[], folder = false) => ({ ...cfg, outlets: { ...cfg.outlets, paths, folder_is_outlet: folder } });
  const { VFile } = await import('vfile');
  const { createProcessor, processArticle } = await import('../pipeline/article/process.js');
  const { emptyBatch } = await import('../pipeline/stages/options.js');
  const outletOf = (config: typeof cfg, path: string, text = copyrighted) => {
    const file = new VFile({ value: text, path });
    file.data.kind = 'txt';
    processArticle(createProcessor({ config, batch: emptyBatch() }), file);
    return [file.data.outlet?.value, file.data.outlet?.via];
  };
  const rules = [{ path: 'ledger/**', outlet: 'Harbor Ledger' }];
  const cases: [string, typeof cfg, string, (string | undefined)[]][] = [
    ['a path rule beats the copyright', withPaths(rules), 'ledger/2021/a.txt', ['Harbor Ledger', 'path']],
    ['a path rule beats the folder', withPaths(rules, true), 'ledger/a.txt', ['Harbor Ledger', 'path']],
    ['the folder names the outlet when dumps are filed by outlet', withPaths([], true), 'Quay Courier/a.txt', ['Quay Courier', 'folder']],
    // Negatives: a rule for another folder, a folder while folders do not name outlets, a dump at the top.
    ['a rule for another folder leaves the text to decide', withPaths(rules), 'misc/a.txt', ['Daily Planet', 'page-evidence']],
    ['folders name nothing by default', withPaths([]), 'Quay Courier/a.txt', ['Daily Planet', 'page-evidence']],
    ['a dump at the top has no folder', withPaths([], true), 'a.txt', ['Daily Planet', 'page-evidence']],
  ];
  for (const [name, config, path, want] of cases) assert.deepEqual(outletOf(config, path), want, name);
});

test('a URL line: its domain through the registry, else strong evidence', async () => {
  const cases: [string, string, { outlets?: typeof registry }, string | undefined][] = [
    ['a known domain names its outlet over the copyright', `URL: https://www.harborledger.com/a\n${copyrighted}`, { outlets: registry }, 'Harbor Ledger'],
    ['a subdomain of a known domain too', `URL: https://sports.harborledger.com/a\n${copyrighted}`, { outlets: registry }, 'Harbor Ledger'],
    ['an unknown domain is shown by the name on the page that fits it', `URL: https://www.dailyplanet.com/a\n${copyrighted}`, {}, 'Daily Planet'],
    ['an unknown domain no name fits outweighs a weak masthead', `URL: https://quaycourier.com/a\n${page('Body text.')}`, {}, 'quaycourier.com'],
    // Negative: a URL in prose is no URL line.
    ['a URL in prose names nothing', `Fans Mourn\n\nFans left notes at https://fansite.example/a after the news.\n\nMore body.`, {}, undefined],
  ];
  for (const [name, text, opts, want] of cases) assert.equal((await (opts.outlets ? runWithOutlets(text, opts.outlets) : runDump(text))).data.outlet?.value, want, name);
  const file = await runWithOutlets(`URL: https://www.harborledger.com/a\n${copyrighted}`, registry);
  assert.ok(!String(file.data.body).includes('harborledger.com'), 'the URL line is not body');
});
