// A candidate is echoed when another paragraph holds it (headline/candidates.ts): echo-page.ts searches the page's
// folded paragraphs as one text. It answers as asking each paragraph in turn, on random pages built from a few
// words (hits across a paragraph's end, empty paragraphs, line breaks that force the old way) and on a table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { echoPage } from '../pipeline/stages/headline/echo-page.js';
import { prng as rng } from './perturb.js';

const WORDS = ['harbor', 'ferry', 'the', 'ferry harbor', 'a', ' ', '', 'harbor the', 'é', 'x'];

const old = (folded: string[], f: string, ok: (j: number) => boolean) => folded.some((o, j) => o.includes(f) && ok(j));

test('echoPage answers as each paragraph in turn', () => {
  const r = rng(41);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)];
  for (let n = 0; n < 3000; n++) {
    const folded = Array.from({ length: Math.floor(r() * 8) }, () => Array.from({ length: Math.floor(r() * 5) }, pick).join(' '));
    if (r() < 0.05 && folded.length) folded[0] += '\nharbor';
    const page = echoPage(folded);
    for (let k = 0; k < 4; k++) {
      const f = r() < 0.1 ? '' : r() < 0.05 ? 'ferry\nharbor' : Array.from({ length: 1 + Math.floor(r() * 2) }, pick).join(' ');
      const skip = Math.floor(r() * 8);
      const longer = r() < 0.5;
      const asked: number[] = [];
      const ok = (j: number) => (asked.push(j), j !== skip && (!longer || folded[j].length > f.length));
      const got = page.holders(f, ok);
      assert.equal(got, old(folded, f, (j) => j !== skip && (!longer || folded[j].length > f.length)), JSON.stringify({ folded, f, skip, longer }));
      assert.equal(new Set(asked).size, asked.length, 'each paragraph asked once');
    }
  }
});

test('echoPage: table', () => {
  const folded = ['home > news > ferry strike ends', 'ferry strike ends', 'the ferry', 'strike'];
  const page = echoPage(folded);
  const cases: [string, (j: number) => boolean, boolean][] = [
    ['ferry strike ends', (j) => j !== 1, true],
    ['ferry strike ends', (j) => j === 1, true],
    ['ferry strike ends', (j) => j > 1, false],
    ['ends the', () => true, false],
    ['strike', (j) => j === 3, true],
    ['harbor', () => true, false],
  ];
  for (const [f, ok, want] of cases) assert.equal(page.holders(f, ok), want, f);
});
