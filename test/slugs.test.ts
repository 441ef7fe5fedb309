// Outlet feed files: readable names for any script, and an outlet's file stays its own across runs.
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadSlugs } from '../pipeline/run/slug-state.js';
import { baseSlug, OutletSlugs } from '../pipeline/write/slugs.js';
import { inputWith, readJson, runPipeline, tempDir } from './helpers.js';

const readable: [string, string][] = [
  ['Новая газета', 'novaya-gazeta'],
  ['Первый канал', 'pervyy-kanal'],
  ['人民日报', 'ren-min-ri-bao'],
  ['Ελληνική Ραδιοφωνία', 'elliniki-radiofonia'],
  ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
  ['The Associated Press', 'the-associated-press'],
  // negatives: nothing readable is left, or too much
  ['🙂📰', 'outlet'],
  ['A'.repeat(100), 'a'.repeat(60)],
];
for (const [name, want] of readable) {
  test(`slug of ${JSON.stringify(name.slice(0, 20))} is ${want.slice(0, 20)}`, () => assert.equal(baseSlug(name), want));
}

test('a slug once given stays with its outlet; a newcomer folding to it gets another', () => {
  const s = new OutletSlugs();
  assert.equal(s.slugFor('ABC News'), 'abc-news');
  const other = s.slugFor('abc news');
  assert.match(other, /^abc-news-[0-9a-f]{6}$/);
  assert.equal(s.slugFor('Новости'), 'novosti');
  // The next run: the map read back gives the same answers, whatever order outlets come in.
  const later = OutletSlugs.parse(s.serialize());
  assert.equal(later.slugFor('abc news'), other);
  assert.equal(later.slugFor('ABC News'), 'abc-news');
  assert.equal(later.slugFor('Новости'), 'novosti');
  assert.equal(later.slugFor('НОВОСТИ'), `novosti-${later.slugFor('НОВОСТИ').slice(-6)}`);
  assert.equal(new Set([...['ABC News', 'abc news', 'Новости', 'НОВОСТИ'].map((o) => later.slugFor(o))]).size, 4);
});

test('an output without a slug map adopts the outlet feeds already on disk', async () => {
  const out = tempDir();
  mkdirSync(path.join(out, 'feeds/outlets'), { recursive: true });
  writeFileSync(path.join(out, 'feeds/outlets/unknown.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Новая газета', items: [] }));
  const slugs = await loadSlugs(out);
  assert.equal(slugs.slugFor('Новая газета'), 'unknown', 'it keeps the file its subscribers know');
  assert.notEqual(slugs.slugFor('Первый канал'), 'unknown', 'and no other outlet is given it');
});

test('two non-Latin outlets in two runs: each keeps its own readable file', async () => {
  const input = inputWith('harbor-wire.txt');
  const md = (outlet: string, title: string) => `---\ntitle: ${title}\noutlet: ${outlet}\ndate: 2026-01-01\n---\nThe council met on Monday and voted to repair the bridge before the winter storms.\n`;
  writeFileSync(path.join(input, 'a.md'), md('Новая газета', 'Bridge Repairs Approved'));
  const out = tempDir();
  await runPipeline(input, out, '2026-01-01T00:00:00.000Z');
  const first = readdirSync(path.join(out, 'feeds/outlets')).sort();
  assert.ok(first.includes('novaya-gazeta.json'), first.join());
  writeFileSync(path.join(input, 'b.md'), md('Первый канал', 'Harbor Vote Delayed Again'));
  await runPipeline(input, out, '2026-01-02T00:00:00.000Z');
  const titles = Object.fromEntries(readdirSync(path.join(out, 'feeds/outlets')).map((f) => [f, readJson<{ title: string }>(path.join(out, 'feeds/outlets', f)).title]));
  assert.equal(titles['novaya-gazeta.json'], 'Новая газета');
  assert.equal(titles['pervyy-kanal.json'], 'Первый канал');
});
