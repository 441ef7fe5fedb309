// fullName (quotes/resolve/antecedents.ts) is read once per article for each key and name; it must answer
// as fullNameAnew, asked afresh, for every mention, in any order and asked again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { People } from '../pipeline/stages/quotes/names/people.js';
import { fullName, fullNameAnew } from '../pipeline/stages/quotes/resolve/antecedents.js';
import { blocksAt, projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());

const blocks = blocksAt;

const ARTICLES = [
  ['Dana Lamm said the port would reopen.', 'Jo Lamm, her brother, disagreed.', 'Lamm later said it was over.', 'Mr. Lamm left.'],
  ['Mayor Ana Ruiz spoke first. Ruiz said the plan works.', 'Was Ruiz right? Ed Roe said no.', 'Roe and Ruiz met on Friday.'],
  ['Aung Tin Suu Kyi arrived. Suu Kyi spoke briefly.', 'Novelist Jo Watson read. Watson said little.'],
  ['Nobody is named here at all.'],
];

test('fullName answers as fullNameAnew for every mention, asked twice and in reverse', () => {
  for (const texts of ARTICLES) {
    const people = People.of(blocks(...texts), v);
    const ms = [...people.mentions];
    for (const m of [...ms, ...ms.reverse()]) assert.equal(fullName(people, m), fullNameAnew(people, m), `${m.key} / ${m.name}`);
    // (keys and names no mention has are asked too: the memo is by key and name, not by mention)
    for (const [key, name] of [['lamm', 'Lamm'], ['ruiz', 'Ana Ruiz'], ['x', 'Nobody Here'], ['lamm', 'Dana Lamm']]) {
      assert.equal(fullName(people, { key, name }), fullNameAnew(people, { key, name }), `${key} / ${name}`);
    }
  }
});

test('fullName keeps one article apart from another', () => {
  const a = People.of(blocks('Dana Lamm said yes. Lamm left.'), v);
  const b = People.of(blocks('Jo Lamm said no. Lamm stayed.'), v);
  const m = { key: 'lamm', name: 'Lamm' };
  assert.equal(fullName(a, m), fullNameAnew(a, m));
  assert.equal(fullName(b, m), fullNameAnew(b, m));
  assert.notEqual(fullName(a, m), fullName(b, m));
});
