// outlet/not-outlet.ts: networkOnly, listedOnly and heldWithOthers read only the lines that hold the name (linesHolding: one
// scan of the page for it as a plain string, in any case; heldWithOthers: the string as written). They must answer
// as the line-by-line readings they replace, written out here as they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heldWithOthers, linesHolding, listedOnly, networkOnly } from '../pipeline/stages/outlet/not-outlet.js';
import { escapeRe } from '../pipeline/text/regexp.js';
import { wholeName } from '../pipeline/text/whole-words.js';

const NETWORK_HEADING = /(?:^|[^\p{L}])(?:in[ \t]+our|our|other|sister)[ \t]+(?:network|sites|websites|brands|publications)(?![\p{L}])/iu;
const LIST_ENTRY = /^[ \t]*[•·*□○■☆●-][ \t]*\S/u;
function networkOnlyByLine(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare) return false;
  const lines = text.split('\n');
  const whole = wholeName(bare, 'iu');
  let under = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!whole.test(lines[i])) continue;
    if (lines.slice(Math.max(0, i - 4), i).some((l) => NETWORK_HEADING.test(l))) under++;
    else if (!LIST_ENTRY.test(lines[i])) return false;
  }
  return under > 0;
}
const COPYRIGHT = /©|\(c\)|copyright|all rights reserved/iu;
const WITH_OTHERS = /^[ \t]+(?:and[ \t]+affiliated[ \t]+companies|contributors)(?![\p{L}])/u;
function heldWithOthersByLine(name: string, text: string): boolean {
  const whole = wholeName(name, 'gu');
  let seen = 0;
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(whole)) {
      if (!COPYRIGHT.test(line.toLowerCase()) || !WITH_OTHERS.test(line.slice(m.index + name.length))) return false;
      seen++;
    }
  }
  return seen > 0;
}

const LINK_SOURCE = /[ \t][|–—-][ \t]+[^|–—\n]+$/u;
function listedOnlyByLine(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare) return false;
  const whole = wholeName(bare, 'iu');
  let seen = 0;
  for (const line of text.split('\n')) {
    const m = whole.exec(line);
    if (!m) continue;
    const entry = LIST_ENTRY.exec(line);
    if (!entry) return false;
    const t = line.slice(entry[0].length - 1).trim().replace(/^the\s+/iu, '');
    const source = LINK_SOURCE.exec(line);
    if (t.toLowerCase() !== bare.toLowerCase() && !(source && source.index >= m.index + bare.length)) return false;
    seen++;
  }
  return seen > 0;
}

const PAGES: [string, string, boolean, boolean][] = [
  // [name, page, networkOnly, heldWithOthers]
  ['Quay Weekly', 'Harbor Ledger\nOther sites in our network:\n• Quay Weekly\n• Tide Post\n© 2024 Harbor Ledger', true, false],
  ['Quay Weekly', 'Harbor Ledger\nOUR BRANDS\n\nQUAY WEEKLY\n© 2024 Harbor Ledger', true, false],
  ['Quay Holdings', 'Harbor Ledger\n© 2024 Quay Holdings and affiliated companies\nHarbor Ledger news', false, true],
  ['Quay', 'Harbor\n© Quay contributors\n© 2024 Quay contributors', false, true],
  // Negatives: the name in the page's own text, inside a longer word, cut by a line break, or not there at all.
  ['Quay Weekly', 'Our sites\n• Quay Weekly\n\n\n\n\nQuay Weekly is the port\'s paper.', false, false],
  ['Quay', 'Other sites\n• Quayside\n© Quaysides contributors', false, false],
  ['Quay Weekly', 'Our network\n• Quay\nWeekly', false, false],
  ['Tide Post', 'Harbor Ledger\nOur brands\n• Quay Weekly', false, false],
  ['Quay', '', false, false],
];

test('networkOnly and heldWithOthers: the answers of the line-by-line readings', () => {
  for (const [name, page, network, held] of PAGES) {
    assert.equal(networkOnly(name, page), network, `networkOnly ${name} in ${JSON.stringify(page)}`);
    assert.equal(networkOnlyByLine(name, page), network, `(by line) ${name} in ${JSON.stringify(page)}`);
    assert.equal(heldWithOthers(name, page), held, `heldWithOthers ${name} in ${JSON.stringify(page)}`);
    assert.equal(heldWithOthersByLine(name, page), held, `(by line) ${name} in ${JSON.stringify(page)}`);
    assert.equal(listedOnly(name, page), listedOnlyByLine(name, page), `listedOnly ${name} in ${JSON.stringify(page)}`);
  }
});

test('linesHolding: the lines the name stands on in any case, in order, each once (random names and pages)', () => {
  let seed = 5;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 16) % n;
  };
  const PIECES = ['Quay', 'quay', 'QUAY', 'qu', 'ay', ' ', '\n', '\n\n', '• ', '• Quay', ' | Quay', 'Our sites', 'Quays', 'ſ', 'ks', '\u212a', 'x.', '(', '’s'];
  const NAMES = ['Quay', 'quay s', 'Ks', 'Quay’s', 'x.', '(Quay', 'the Quay'];
  for (let round = 0; round < 3000; round++) {
    const page = Array.from({ length: rand(14) }, () => PIECES[rand(PIECES.length)]).join('');
    const lines = page.split('\n');
    for (const name of NAMES) {
      const plain = new RegExp(escapeRe(name), 'iu');
      assert.deepEqual([...linesHolding(page, lines, name)], lines.flatMap((l, i) => (plain.test(l) ? [i] : [])), `${name} in ${JSON.stringify(page)}`);
      assert.equal(networkOnly(name, page), networkOnlyByLine(name, page), `networkOnly ${name} in ${JSON.stringify(page)}`);
      assert.equal(heldWithOthers(name, page), heldWithOthersByLine(name, page), `heldWithOthers ${name} in ${JSON.stringify(page)}`);
      assert.equal(listedOnly(name, page), listedOnlyByLine(name, page), `listedOnly ${name} in ${JSON.stringify(page)}`);
    }
  }
});
