// The outlet signals skip the page-wide domain pattern on a page where no match of it can end
// (stages/outlet/signals.ts DOMAIN_END): every match of DOMAIN_RE ends with a dot and a suffix that
// DOMAIN_END finds with the same flags. These pin the pattern to the one it was, and check on invented
// and random texts that where DOMAIN_END finds nothing, DOMAIN_RE finds nothing either.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMAIN_END, DOMAIN_RE } from '../pipeline/stages/outlet/signals.js';

// The pattern as it was written before DOMAIN_END was split out of it, its country second levels since tried
// before the bare "com" (a domain in .com.au was cut at its ".com").
const BEFORE = /(?<![a-z0-9-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*[a-z0-9-]+\.(?:com\.au|co\.uk|co\.nz|co\.in|com|net|org|news|tv|gov|ca|in|ie|io|us)\b/giu;

const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => [m.index, m[0]]);

test('DOMAIN_RE is the pattern it was', () => {
  assert.equal(DOMAIN_RE.source, BEFORE.source);
  assert.equal(DOMAIN_RE.flags, BEFORE.flags);
});

test('DOMAIN_RE reads a domain under a country\'s second level whole', () => {
  const cases: [string, string[]][] = [
    ['Visit m.harbourtimes.com.au today', ['m.harbourtimes.com.au']],
    ['quaynews.co.nz and quaynews.co.in', ['quaynews.co.nz', 'quaynews.co.in']],
    ['www.example.co.uk/path', ['www.example.co.uk']],
    // Negatives: a bare .com stays as written, and a .com before another label that is no suffix ends at .com.
    ['harbourtimes.com is here', ['harbourtimes.com']],
    ['harbourtimes.com.zz is not known', ['harbourtimes.com']],
  ];
  for (const [text, want] of cases) assert.deepEqual(all(DOMAIN_RE, text).map((m) => m[1]), want, text);
});

const TEXTS: [string, boolean][] = [
  ['Read more at harbourtimes.com today.', true],
  ['Visit https://www.example.co.uk/path or EXAMPLE.NET.', true],
  ['A story from the valley. In the morning, the mill opened.', false],
  ['Prices rose 3.5 percent; e.g. in May, and U.S. officials said so.', false],
  ['An address like shop.example.io and news.example.news end here', true],
  ['Dots without suffixes: a.b c.d e.comx f.inn', false],
  ['mail@example.org is an address', true],
  ['A bare suffix is no domain: .com', false],
];

test('DOMAIN_END finds a place wherever DOMAIN_RE finds a domain; none where there is no domain', () => {
  for (const [text, domain] of TEXTS) {
    assert.equal(all(DOMAIN_RE, text).length > 0, domain, text);
    if (domain) assert.ok(DOMAIN_END.test(text), text);
  }
});

test('Where DOMAIN_END finds nothing, DOMAIN_RE finds nothing: random texts', () => {
  let seed = 2024;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['.', 'com', 'co', 'uk', 'in', 'us', 'news', 'tv', 'a', 'Z', '-', '/', ':', 'http', ' ', '\n', '\u017f', '\u212a', 'é', '9', '_'];
  let ends = 0;
  for (let i = 0; i < 30000; i++) {
    let t = '';
    for (let k = rand(24); k > 0; k--) t += pieces[rand(pieces.length)];
    const found = all(DOMAIN_RE, t);
    if (!DOMAIN_END.test(t)) assert.deepEqual(found, [], JSON.stringify(t));
    else ends++;
  }
  assert.ok(ends > 500, String(ends));
});
