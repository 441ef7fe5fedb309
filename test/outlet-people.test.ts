import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PersonTest } from '../pipeline/stages/outlet/people.js';

// Invented vocabulary: given names (one with a space, one astral), titles with and without a full stop.
const vocab = { given_names: ['Anna', 'Mary Ann', 'Bo', 'Zoë', '𝐀da'], person_titles: ['Mr.', 'Sen.', 'President', 'Prime Minister', 'Dr'] };
const person = new PersonTest(vocab);

test('a name is a person\'s after a given name or a title, as written', () => {
  const cases: [string, string, boolean][] = [
    ['Quillby', 'Then Mr. Quillby left.', true],
    ['Quillby', 'Then Mr Quillby left.', true],
    ['Quillby', 'Prime Minister Quillby spoke.', true],
    ['Quillby', 'Sen.\tJ. Quillby spoke.', true],
    ['Quillby', 'Anna  Quillby spoke.', true],
    ['Quillby', 'Zoë Quillby spoke.', true],
    ['Quillby', 'the president Quillby spoke.', false],
    ['Quillby', 'Hanna Quillby spoke.', false],
    ['Quillby', 'Mr. Quillbys spoke.', false],
    ['Quillby', 'Mr.\nQuillby spoke.', false],
    ['Quillby', 'Mr. j. Quillby spoke.', false],
    ['Quillby', 'The Quillby Gazette.', false],
  ];
  for (const [name, text, want] of cases) assert.equal(person.isPerson(name, text), want, `${name} in ${JSON.stringify(text)}`);
});

// The pattern the lookup replaced (one alternation of every given name and title, compiled per
// candidate): the lookup must answer exactly as it did.
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = [...vocab.given_names, ...vocab.person_titles].map((w) => escapeRe(w.replace(/\.$/u, ''))).join('|');
const before = `(?<![\\p{L}])(?:${words})\\.?[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?`;
const byPattern = (bare: string, text: string) => new RegExp(`${before}${escapeRe(bare)}(?![\\p{L}\\p{N}])`, 'u').test(text);

test('the lookup answers as the pattern of every given name and title did', () => {
  const bits = fc.constantFrom('Anna', 'Mary Ann', 'Mary', 'Bo', 'Zoë', '𝐀da', 'Mr', 'Sen', 'President', 'Prime Minister', 'Dr', 'Quillby', 'Quill', 'J', '𝐀', 'x', 'ß', '1', '.', ' ', '  ', '\t', '\n', ',', "'");
  const text = fc.array(bits, { maxLength: 14 }).map((a) => a.join(''));
  const name = fc.constantFrom('Quillby', 'Quill', 'Bo', 'Ann');
  fc.assert(fc.property(name, text, (n, t) => person.isPerson(n, t) === byPattern(n, t)), { numRuns: 4000, seed: 1414 });
});

test('a vocabulary word ending in a blank still answers as the pattern', () => {
  const odd = new PersonTest({ given_names: ['Anna '], person_titles: ['.'] });
  for (const t of ['x  Quillby', 'Anna  Quillby', 'Anna Quillby', 'a. Quillby']) {
    const w = ['Anna '].concat(['']).map(escapeRe).join('|');
    const re = new RegExp(`(?<![\\p{L}])(?:${w})\\.?[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?Quillby(?![\\p{L}\\p{N}])`, 'u');
    assert.equal(odd.isPerson('Quillby', t), re.test(t), t);
  }
});
