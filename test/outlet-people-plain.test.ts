// The person test's surname-alone and name-whole checks (outlet/people.ts surnameAlone, writtenWhole) find the
// words as plain strings: the same answers as the patterns per name they replace, here as they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PersonTest, surnameAlone, writtenWhole } from '../pipeline/stages/outlet/people.js';
import { escapeRe } from '../pipeline/text/regexp.js';

function oldSurnameAlone(words: string[], text: string): boolean {
  const last = escapeRe(words[words.length - 1]);
  const prev = escapeRe(words[words.length - 2]);
  return new RegExp(`(?<!${prev}\\s+)(?<![\\p{L}\\p{N}])${last}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
function oldWrittenWhole(words: string[], text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRe).join('\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

// [name's words, page text, surname alone, written whole]
const cases: [string[], string, boolean, boolean][] = [
  [['Ana', 'Quill'], 'Ana Quill spoke. Quill said no.', true, true],
  [['Ana', 'Quill'], 'Ana Quill spoke.', false, true],
  [['Ana', 'Quill'], 'Ana \n\t Quill spoke.', false, true],
  [['Ana', 'Quill'], 'Ana Quills spoke.', false, false],
  [['Ana', 'Quill'], 'xAna Quill spoke.', false, false],
  [['Ana', 'Quill'], 'Ana Quill3', false, false],
  [['Ana', 'Quill'], 'Ana.Quill', true, false],
  [['Ana', 'Quill'], 'Quill', true, false],
  [['Ana', 'Quill'], ' Quill', true, false],
  [['Ana', 'Quill'], 'na Quill', true, false],
  [['Ana', 'Quill'], 'éQuill Quillé', false, false],
  [['Ana', 'Quill'], '-Quill-', true, false],
  [['Ana', 'Bea', 'Quill'], 'Ana Bea Quill and Bea Quill', false, true],
  [['Ana', 'Bea', 'Quill'], 'Ana Bea Quill and Ana Quill', true, true],
  [['Ana', 'Q.', 'Quill'], 'Ana Q. Quill', false, true],
  [['Ana', 'Q.', 'Quill'], 'Ana QX Quill', true, false],
  [['Ana', 'Quill'], '', false, false],
];
for (const [words, text, alone, whole] of cases)
  test(`outlet person words: ${JSON.stringify(words)} in ${JSON.stringify(text)}`, () => {
    assert.equal(surnameAlone(words, text), alone);
    assert.equal(writtenWhole(words, text), whole);
    assert.equal(oldSurnameAlone(words, text), alone);
    assert.equal(oldWrittenWhole(words, text), whole);
  });

test('outlet person words: the same answers as the patterns on random pages', () => {
  const bits = ['Ana Quill', 'Ana Bea Quill', 'Ana Q. Quill', 'Bea Ana', 'Quill Quill', 'Ana Bea Ana Quill', 'Ana', 'Bea', 'Quill', 'Quills', 'quill', 'Q.', 'x', 'é', '3', '😀', '-', '.', ' ', '  ', '\n', '\t', '\u00a0', ''];
  let seed = 5;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const names = [['Ana', 'Quill'], ['Ana', 'Bea', 'Quill'], ['Ana', 'Q.', 'Quill'], ['Bea', 'Ana'], ['Quill', 'Quill'], ['Ana', 'Bea', 'Ana', 'Quill']];
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 20000; i++) {
    let text = '';
    for (let k = rand(16); k > 0; k--) text += bits[rand(bits.length)] + (rand(2) ? ' ' : '');
    const words = names[rand(names.length)];
    const alone = oldSurnameAlone(words, text);
    const whole = oldWrittenWhole(words, text);
    assert.equal(surnameAlone(words, text), alone, `surnameAlone ${JSON.stringify([words, text])}`);
    assert.equal(writtenWhole(words, text), whole, `writtenWhole ${JSON.stringify([words, text])}`);
    counts[+alone * 2 + +whole]++;
  }
  assert.ok(counts.every((n) => n > 100), `${counts}`);
});

test('outlet person words: a name holding a surrogate keeps the patterns', () => {
  const people = new PersonTest({ given_names: ['Ana'], person_titles: ['Mr.'] });
  assert.equal(people.isPerson('Ana Qu😀ill', 'Ana Qu😀ill spoke. Qu😀ill said no.'), true);
  assert.equal(people.isPerson('Ana Quill', 'Ana Quill spoke. Quill said no.'), true);
  assert.equal(people.isPerson('Ana Quill', 'Harbor Quill'), true);
  assert.equal(people.isPerson('Ana Quill', 'Ana Quill spoke. Ana Quill said no.'), false);
});
