// Story terms are counted in a Map (corpus/terms.ts storyTermMap); the counts, their order and the term
// vector must be what counting into an object without a prototype gives, on invented texts, including
// words that name a property of every plain object ("constructor" once counted NaN).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termVector } from '../pipeline/corpus/features.js';
import { words } from '../pipeline/corpus/fingerprint.js';
import { storyTermMap, storyTerms, type TermOptions } from '../pipeline/corpus/terms.js';

const NAMEISH = /(^|[.!?:"\u201c\u201d]\s*|\n\s*)?\b(\p{Lu}[\p{L}'\u2019-]+|\d[\d.,]*\d|\d)/gu;

// The counting it replaced, as it was, but into an object without a prototype.
function asObject(headline: string | null, body: string, o: TermOptions): Record<string, number> {
  const stop = new Set(o.stopwords);
  const tf: Record<string, number> = Object.create(null);
  const add = (w: string, n: number) => {
    if (w.length < 3 || stop.has(w) || /^\d+$/.test(w)) return;
    tf[w] = (tf[w] ?? 0) + n;
  };
  for (const w of words(headline ?? '')) add(w, 2);
  for (const w of words(body)) add(w, 1);
  if (o.entity_weight > 0) {
    for (const m of body.matchAll(NAMEISH)) {
      if (m[1]) continue;
      const w = m[2].toLowerCase().replace(/\u2019/g, "'");
      if (stop.has(w)) continue;
      const key = 'P:' + w;
      tf[key] = (tf[key] ?? 0) + o.entity_weight;
    }
  }
  return tf;
}

const O: TermOptions = { stopwords: ['the', 'and', 'was', 'for'], entity_weight: 3, min_shared_quote_words: 8 };
const CASES: [string | null, string][] = [
  ['Harbour board approves new ferry plan', 'The harbour board met on Tuesday and approved the ferry plan. Board chair Ana Roe said 12 ferries would run by 2031.'],
  [null, 'A constructor of bridges, the constructor said. Constructor Tam and the 3.5 percent rise. valueOf toString hasOwnProperty'],
  ['Constructor wins', 'constructor constructor: "Nobody" asked. \u201cRoe\u2019s plan\u201d was 10,000 strong; 007 agents, 42 and 2024.'],
  ['', ''],
  ['1 2 3', '100 200 3000 proto __proto__ prototype'],
];

test('storyTermMap counts what the plain object counted, in the same order', () => {
  for (const [h, b] of CASES) {
    for (const o of [O, { ...O, entity_weight: 0 }]) {
      const want = asObject(h, b, o);
      const map = storyTermMap(h, b, o);
      assert.deepEqual([...map], Object.entries(want), `${h} / ${b}`);
      assert.deepEqual(Object.entries(storyTerms(h, b, o)), Object.entries(want));
      const a = termVector(want);
      const c = termVector(map);
      assert.deepEqual([...c.ids], [...a.ids]);
      assert.deepEqual([...c.counts], [...a.counts]);
    }
  }
});

test('"constructor" and other inherited property names count like any word', () => {
  const map = storyTermMap(null, 'The constructor left. The constructor came back. valueOf hasOwnProperty', O);
  assert.equal(map.get('constructor'), 2);
  assert.equal(map.get('valueof'), 1);
  const v = termVector(map);
  assert.ok([...v.counts].every((c) => Number.isFinite(c) && c > 0));
});
