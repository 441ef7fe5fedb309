// The names plugin's word tests and group reading rewritten for CPU (issue 14, session 39), pinned
// against the patterns and the loop they replaced: notAPerson lowercasing a one-word run once, isPunct and startsLower (words.ts) by char code,
// lowerPlural (subjects.ts), sentenceAdverb (shape.ts) gated on "ly", and groupSubjects reading a
// capital's sentence start only when an "and" lies ahead (andAhead). Invented words and texts, tables
// with negatives, and generated ones against the old forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { andAhead, groupSubjects, lowerPlural } from '../pipeline/stages/quotes/names/subjects.js';
import { notAPerson } from '../pipeline/stages/quotes/names/person-runs.js';
import { capRuns, coreOf } from '../pipeline/stages/quotes/names/runs.js';
import { sentenceAdverb, titleSurname } from '../pipeline/stages/quotes/names/shape.js';
import { lowerCase } from '../pipeline/text/lower-case.js';
import { isPunct, startsLower, words, type Word } from '../pipeline/stages/quotes/words.js';
import { projectConfig, seeded } from './helpers.js';

const v = vocabOf(await projectConfig());

const PUNCT = /^[,;:()\u2014\u2013]$/u;
const LOWER_START = /^\p{Ll}/u;
const LOWER_PLURAL = /^\p{Ll}.*s$/u;
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ally|ingly|edly|ously|ively|fully|lessly|ently|antly)$/u;
const word = (raw: string) => ({ raw }) as Word;

test('isPunct and startsLower: the patterns they replaced, on every BMP character and on words', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    assert.equal(isPunct(word(s)), PUNCT.test(s), `isPunct U+${c.toString(16)}`);
    assert.equal(startsLower(s), LOWER_START.test(s), `startsLower U+${c.toString(16)}`);
    assert.equal(startsLower(`${s}x`), LOWER_START.test(`${s}x`));
  }
  const cases = ['', ',', ',,', ', ', ';', '\u2014', '\u2014\u2014', 'a', 'A', '\u00e9t\u00e9', '\u00c9t\u00e9', '\ud835\udc4e', '\ud835\udc34', '\ud83d\ude00', '\ud800', '\udc00x', '1a', "'a"];
  for (const s of cases) {
    assert.equal(isPunct(word(s)), PUNCT.test(s), s);
    assert.equal(startsLower(s), LOWER_START.test(s), s);
  }
});

test('lowerPlural and sentenceAdverb: the patterns they replaced', () => {
  const plurals = ['s', 'ss', 'as', 'As', 'dogs', 'Dogs', 'dog', 'dogs.', "dog's", '\u00e9tudes', '\ud835\udc4es', '\ud835\udc4e', '\ud835\udc34s', 'x-rays', '1s', '', 'bus', 'a\u2019s'];
  for (const s of plurals) assert.equal(lowerPlural(s), LOWER_PLURAL.test(s), s);
  const adverbs = ['Ironically', 'Notably', 'Frankly', 'Surely', 'Kelly', 'Beverly', 'Ly', 'Ally', 'ironically', 'IRONICALLY', 'Hopefully', 'Needlessly', 'Evidently', 'Importantly', 'Seemingly', 'Reportedly', 'Famously', 'Actively', 'Ironically.', 'Lamm', '', '\u00c9videmmently'];
  for (const s of adverbs) assert.equal(sentenceAdverb(s), SENTENCE_ADVERB.test(s), s);
});

test('andAhead: an "and" reached across capitals and commas only', () => {
  const cases: [string, number, boolean][] = [
    ['Al Roe and Bea Tam found', 0, true],
    ['Al Roe, Bea Tam and Cy Lee found', 0, true],
    ['Al Roe And Bea Tam', 0, true],
    ['Mr. Roe , Mr. Tam and Mr. Lee', 0, true],
    // negatives: a lowercase word or other punctuation first, no "and" at all, the "and" behind
    ['Al Roe said and Bea Tam', 0, false],
    ['Al Roe; and Bea Tam', 0, false],
    ['Al Roe found it', 0, false],
    ['and Al Roe', 1, false],
    ['Al Roe and', 2, false],
  ];
  for (const [text, i, want] of cases) assert.equal(andAhead(words(text), i), want, text);
});

test('groupSubjects: the same groups as the loop without andAhead, on tables and generated texts', () => {
  const table: [string, string[]][] = [
    ['Al Roe and Bea Tam, economists at a college, found a gap.', ['Al Roe and Bea Tam']],
    ['But Al Roe, Bea Tam and Cy Lee suggest a fix.', ['But Al Roe, Bea Tam and Cy Lee']],
    ['In May, Mr. Roe and Mr. Tam wrote back.', ['In May, Mr. Roe and Mr. Tam']],
    // negatives: one name, a name mid-sentence, a group with no verb or comma after it
    ['Al Roe found a gap.', []],
    ['They met Al Roe and Bea Tam there.', []],
    ['Al Roe and Bea Tam.', []],
  ];
  for (const [text, want] of table) {
    const ws = words(text);
    assert.deepEqual(groupSubjects(text, ws, v).map((g) => g.name), want, text);
    assert.deepEqual(groupSubjects(text, ws, v), groupSubjects(text, ws, v, false), text);
  }
  const vocab = ['Al', 'Roe', 'Bea', 'Tam', 'Cy', 'Lee', 'Mr.', 'Dr.', 'and', 'And', ',', ',', 'the', 'The', 'She', 'But', 'In', 'May', 'said', 'found', 'economists', 'of', 'State', 'University', 'wrote', '.', '."', '"', ';', 'who', 'a'];
  const rand = seeded(39);
  for (let n = 0; n < 4000; n++) {
    let text = '';
    for (let k = rand(40); k > 0; k--) text += `${vocab[rand(vocab.length)]}${rand(5) ? ' ' : ''}`;
    const ws = words(text);
    assert.deepEqual(groupSubjects(text, ws, v), groupSubjects(text, ws, v, false), text);
  }
});

// --- notAPerson: the form it replaced, each one-word run's token lowercased twice
function oldNotAPerson(ws: Word[], run: [number, number], [s, e]: [number, number], tokens: string[]): boolean {
  if (e - s > 1 && /^\p{Lu}$/u.test(ws[e - 1].raw)) return true;
  if (s > run[0] && ['a', 'an', 'the'].includes(ws[run[0]].lower) && !v.titles.has(ws[run[0] + 1].raw) && !v.titles.has(ws[run[0] + 1].bare)) return true;
  if (tokens.some((t) => v.titles.has(t)) && !titleSurname(tokens, v)) return true;
  const first = tokens[0];
  if (tokens.length === 1) return v.notNames.has(first) || v.pronoun.has(lowerCase(first)) || v.determiners.has(lowerCase(first));
  return v.notNames.has(tokens[tokens.length - 1]) && !v.firstName.has(first);
}

test('notAPerson: the same answers as the form it replaced, on tables and every run of generated texts', () => {
  const texts = ['She said so.', 'That was it.', 'Dana Lamm spoke.', 'Plan B failed.', 'The Lamm Foundation paid.', 'South Carolina voted.', 'Sen. Al Roe left.', 'HE and SHE and \u00c9MILE.', 'Q A and a Z'];
  const vocab = ['She', 'He', 'That', 'The', 'A', 'B', 'Dana', 'Lamm', 'Sen.', 'Al', 'Roe', 'Carolina', 'South', 'Foundation', 'Mr.', 'said', 'the', ',', '.', '\u00c9mile', '\u0130ris', 'THEY'];
  const rand = seeded(14);
  for (let n = 0; n < 2000; n++) {
    let t = '';
    for (let k = rand(12); k > 0; k--) t += `${vocab[rand(vocab.length)]} `;
    texts.push(t);
  }
  let asked = 0;
  for (const text of texts) {
    const ws = words(text);
    for (const run of capRuns(ws, v)) {
      const [s, e] = coreOf(ws, run, v);
      // (every end from the core's start on: the cores notAPerson is given are cut short by headings too)
      for (let f = s; f <= e; f++) {
        const tokens = ws.slice(s, f).map((w) => w.bare);
        if (!tokens.length) continue;
        assert.equal(notAPerson(ws, run, [s, f], tokens, v), oldNotAPerson(ws, run, [s, f], tokens), `${text} [${s}, ${f})`);
        asked++;
      }
    }
  }
  assert.ok(asked > 1000);
});
