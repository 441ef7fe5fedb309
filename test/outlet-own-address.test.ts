// The page's own address where the page prints it (outlet/own-address.ts): a print view's header or footer, a
// post's short link. Its host is the site's own domain, as a dump's URL line's is; other addresses are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownAddress } from '../pipeline/stages/outlet/own-address.js';
import { page, runDump } from './helpers.js';
import { prng } from './perturb.js';

test('the address a print or short-link label writes as the page\'s own', () => {
  const cases: [string, string | undefined][] = [
    ['Body.\n\nprint header logo https://www.harborledger.com/news/article/\n\nMore.', 'harborledger.com'],
    ['Body.\n\n[print-head] http://www.quaycourier.com/sports/article/Late-goal-1234.php', 'quaycourier.com'],
    ['Body.\n\nThis page was printed from: https://www.harborhealth.example/articles/123.php', 'harborhealth.example'],
    ['Quay Home, a newsletter for renters. Printed from https://www.quayhome.com', 'quayhome.com'],
    ['Posted in Notes\n\nShort link: https://janeroe.example/4821\n\nComments', 'janeroe.example'],
    ['Permalink: https://blog.quaycourier.com/2024/03/a-walk', 'blog.quaycourier.com'],
    // Negatives: an address in prose, a share bar's, a source's, a credit's, a word that only contains "print",
    // a label with more after the address, no host.
    ['Body.\n\nRead the full report at https://harborreport.example/a\n\nMore.', undefined],
    ['Share this story: https://quay.ly/2xQ', undefined],
    ['Source: https://harborwire.example/story/1', undefined],
    ['The blueprint https://harborplans.example/a', undefined],
    ['Printed from https://www.quayhome.com on 3 March', undefined],
    ['print header logo https://localhost/a', undefined],
    ['Body.\n\nMore body.', undefined],
  ];
  for (const [text, want] of cases) assert.equal(ownAddress(text)?.domain, want, text.slice(0, 60));
});

test('a printed address names the site as a URL line does: its domain is no longer "only linked"', async () => {
  const printed = (body: string) => page(body, '', 'print header logo https://www.quaycourier.com/news/article/', '', 'Other stories at harborwire.example');
  const cases: [string, string, string | undefined][] = [
    ['the print header\'s domain is the site', printed('Council votes to reopen the north pier next spring, officials said on Monday.'), 'quaycourier.com'],
    // Negative: the same page with the address in prose is no print header: no outlet from it.
    ['an address in prose names nothing', page('Council votes to reopen the north pier next spring, officials said on Monday.', '', 'Read more at https://www.quaycourier.com/news/article/ today.'), undefined],
  ];
  for (const [name, text, want] of cases) assert.equal((await runDump(text)).data.outlet?.value, want, name);
});

test('ownAddress answers as reading every line in turn (the form it replaced)', () => {
  const byLines = (text: string) => {
    let at = 0;
    for (const line of text.split('\n')) {
      const start = at;
      at += line.length + 1;
      if (!line.includes('://')) continue;
      const hit = ownAddress(line);
      if (hit) return { ...hit, start: hit.start + start, end: hit.end + start };
    }
    return undefined;
  };
  const pieces = ['Printed from ', 'Short link: ', 'Source: ', 'https://www.quayhome.com/a', 'http://harbor.example', '://', 'text', ' ', '\n', '\n\n', ']', '[print-head] ', 'https://localhost/x'];
  const r = prng(11);
  for (let n = 0; n < 5000; n++) {
    const text = Array.from({ length: Math.floor(r() * 12) }, () => pieces[Math.floor(r() * pieces.length)]).join('');
    assert.deepEqual(ownAddress(text), byLines(text), JSON.stringify(text));
  }
});
