// Story terms are counted in a Map (corpus/terms.ts storyTermMap); the counts, their order and the term
// vector must be what counting into an object without a prototype gives, on invented texts, including
// words that name a property of every plain object ("constructor" once counted NaN).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termVector } from '../pipeline/corpus/features.js';
import { fingerprint, hashString, minhash, minhashSeeds, shingleHashes, tokens, words } from '../pipeline/corpus/fingerprint.js';
import { storyTermMap, storyTermVector, storyTerms, type TermOptions } from '../pipeline/corpus/terms.js';

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

// The corpus features take the vector straight from the body's word hashes (storyTermVector, fed by
// fingerprint()'s words and hashes): the same ids and counts as hashing the counted terms.
test('storyTermVector is termVector(storyTermMap) with the words hashed once', () => {
  const opts = { shingle: 5, prose_words: 6, min_shingles: 4 };
  const seeds = minhashSeeds(8);
  const texts = [...CASES];
  // Random texts of the same words, with line breaks, capitals, numbers and curly apostrophes.
  const pool = ['Ferry', 'board', 'the', 'Roe\u2019s', 'plan', '12', '3.5', 'and', 'Harbour', 'chair', 'constructor', 'Tam', '2031.', 'said,', '"Nobody', 'asked."', '\n', '\n\n', 'was', 'for'];
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < 300; i++) {
    const pick = (n: number) => Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)]).join(' ');
    texts.push([rnd() < 0.2 ? null : pick(1 + Math.floor(rnd() * 8)), pick(Math.floor(rnd() * 120))]);
  }
  for (const [h, b] of texts) {
    for (const o of [O, { ...O, entity_weight: 0 }, { ...O, entity_weight: 2.5 }]) {
      const fp = fingerprint(b, opts, seeds, new Uint32Array(8));
      assert.deepEqual(fp.words, words(b));
      assert.deepEqual([...fp.wordHashes], fp.words.map(hashString));
      const want = termVector(storyTermMap(h, b, o));
      const got = storyTermVector(h, b, o, fp.words, fp.wordHashes);
      assert.deepEqual([...got.ids], [...want.ids], `${h} / ${b}`);
      assert.deepEqual([...got.counts], [...want.counts], `${h} / ${b}`);
    }
  }
});

// The shingles come from the word hashes fingerprint() makes once: the same as hashing the prose words anew.
test('fingerprint shingles its prose words as shingleHashes over tokens() does', () => {
  const body = ['Menu | News | Sport | Weather | Jobs', 'The harbour board met on Tuesday and approved the ferry plan for the coast.', 'Share this', 'Board chair Ana Roe said twelve ferries would run by the year after next, weather allowing.', 'Roe said the plan was final.'].join('\n');
  const opts = { shingle: 3, prose_words: 6, min_shingles: 2 };
  const seeds = minhashSeeds(16);
  const fp = fingerprint(body, opts, seeds, new Uint32Array(16));
  const { prose } = tokens(body, 6);
  assert.ok(prose.length > 0 && prose.length < fp.words.length);
  assert.equal(fp.size, shingleHashes(prose, 3).length);
  const out = new Uint32Array(16);
  fingerprint(body, opts, seeds, out);
  assert.deepEqual([...out], [...minhash(shingleHashes(prose, 3), seeds)]);
});
