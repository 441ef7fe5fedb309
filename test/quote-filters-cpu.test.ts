// The filters' readings kept per quote, per vocabulary or per article (issue 14, CPU) answer as the
// readings made afresh: Around's words before the mark and its word count (filters/around.ts, words.ts
// TokenCount), the one-word cue sets, endsWithCue settled by the cues' last words, the record built
// field by field (filters/record.ts), speakers' shapes, roles and tails judged once
// (filters/speaker-shape.ts), full forms read from an article's capitalized runs kept for its text
// (filters/short-form.ts). Invented texts, table-driven and generated.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Around, closeOf, endsWith, endsWithCue, lead, norm, oneWordCues } from '../pipeline/stages/quotes/filters/around.js';
import { notSpeech } from '../pipeline/stages/quotes/filters/not-speech.js';
import { record } from '../pipeline/stages/quotes/filters/record.js';
import { fullFormOf } from '../pipeline/stages/quotes/filters/short-form.js';
import { badRole, badShape, roleFlaw, shapeOf, tailTrimmed, trimTail } from '../pipeline/stages/quotes/filters/speaker-shape.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import type { QuoteFind } from '../pipeline/stages/quotes/data.js';
import type { Vocab } from '../pipeline/stages/quotes/vocab.js';
import { firstWords, moreWordsThan, TokenCount, words } from '../pipeline/stages/quotes/words.js';
import type { Quote } from '../pipeline/types.js';
import { projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());

const bit = fc.constantFrom('Harbor', 'lights', 'the', 'film', 'sign', 'reading', 'said', 'so-called', 'by', 'Ana', 'Roe', 'of', 'a', '2019', '\ud835\udc00bc', ' ', ' ', ' ', ',', ':', '.', '\u2014', '"', '\u201c', '\u201d', '\u2019s', '(', ')', '\n', 'Sen.', 'x');
const text = fc.array(bit, { maxLength: 60 }).map((a) => a.join(''));

test('Around.leadOf(n) is lead(text, open, n), however many are asked and in what order', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: -1, max: 400 }), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }), (t, o, ns) => {
      const open = Math.min(o, t.length);
      const a = new Around(t, open, 'x', false, v);
      for (const n of ns) assert.deepEqual(a.leadOf(n), lead(t, open, n));
      assert.deepEqual(a.lead, lead(t, open, 5).filter((w) => w.raw !== ',' && w.raw !== ':'));
      assert.equal(a.close, open < 0 ? -1 : closeOf(t, open, 'x'));
    }),
    { numRuns: 5000, seed: 3714 },
  );
});

test('Around.wordsMoreThan(n) is moreWordsThan(quote, n), asked in any order', () => {
  assert.equal(new Around('', 0, 'one two three', false, v).wordsMoreThan(2), true);
  assert.equal(new Around('', 0, 'one two three', false, v).wordsMoreThan(3), false);
  const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
  const a = new Around('', 0, long, false, v);
  for (const n of [5, 30, 39, 40, 2, 16, 15]) assert.equal(a.wordsMoreThan(n), moreWordsThan(long, n), String(n));
  fc.assert(
    fc.property(text, fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 1, maxLength: 8 }), (q, ns) => {
      const b = new Around('', 0, q, false, v);
      for (const n of ns) assert.equal(b.wordsMoreThan(n), moreWordsThan(q, n), `${JSON.stringify(q)} ${n}`);
    }),
    { numRuns: 5000, seed: 3715 },
  );
});

test('TokenCount.upTo(n) is firstWords(text, n).length, asked in any order', () => {
  fc.assert(
    fc.property(text, fc.array(fc.integer({ min: 0, max: 70 }), { minLength: 1, maxLength: 8 }), (t, ns) => {
      const c = new TokenCount(t);
      for (const n of ns) assert.equal(c.upTo(n), firstWords(t, n, () => true).length, `${JSON.stringify(t)} ${n}`);
    }),
    { numRuns: 5000, seed: 3719 },
  );
});

test('notSpeech answers the same for a quote asked twice (its readings are kept per quote, not shared)', () => {
  const cases: [string, string, string | undefined][] = [
    ['She starred in the film "Harbor Lights" last year.', 'Harbor Lights', 'title'],
    ['The plan is a so-called "ferry tax" on riders.', 'ferry tax', 'term'],
    ['Protesters held a sign reading "Harbor Lights" outside.', 'Harbor Lights', undefined],
    ['"We will win this fight," Ana Roe said.', 'We will win this fight,', undefined],
  ];
  for (const [t, q, want] of cases) {
    const open = t.indexOf('"');
    assert.equal(notSpeech(t, open, q, false, v), want, t);
    assert.equal(notSpeech(t, open, q, false, v), want, t);
  }
});

test('oneWordCues(cues).has(w) is cues.some(one-word cue w)', () => {
  const cues = [['film'], ['the', 'film'], ['book'], [], ['so-called']];
  for (const w of ['film', 'book', 'so-called', 'the', '', 'x']) assert.equal(oneWordCues(cues).has(w), cues.some((c) => c.length === 1 && c[0] === w), w);
  for (const list of [v.titleCues, v.termCues]) for (const w of ['film', 'show', 'so-called', 'dubbed', 'the', 'x']) assert.equal(oneWordCues(list).has(w), list.some((c) => c.length === 1 && c[0] === w), w);
});

test('endsWithCue, settled first by the cues\' last words, answers as endsWith over every cue', () => {
  const invented = [['so-called'], ['what', 'she', 'dubbed'], ['the', 'film'], ['film']];
  const lists = [v.titleCues, v.termCues, v.glossCues, invented, [...invented, []], []];
  assert.equal(endsWithCue(words('the so-called'), invented), true);
  assert.equal(endsWithCue(words('what she dubbed'), invented), true);
  assert.equal(endsWithCue(words('what he dubbed'), invented), false);
  assert.equal(endsWithCue([], [...invented, []]), true);
  const word = fc.constantFrom('so-called', 'what', 'she', 'dubbed', 'the', 'film', 'Film.', 'Film:', 'known', 'as', 'meaning', 'called', 'show', ',', 'x');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 6 }), fc.integer({ min: 0, max: lists.length - 1 }), (parts, li) => {
      const ws = words(parts.join(' '));
      assert.equal(endsWithCue(ws, lists[li]), endsWith(ws.map(norm), lists[li]), parts.join(' '));
    }),
    { numRuns: 5000, seed: 3721 },
  );
});

/** The record as it was built before: an object spread per optional field. */
function oldRecord(f: QuoteFind, offset: number, vv: Vocab): Quote {
  const cue = f.attribution && /\p{L}/u.test(f.attribution.cue) ? f.attribution.cue : undefined;
  const role = f.speaker?.role;
  const described = vv.describeSpeakers && !!role;
  const speaker = f.speaker ? (described ? `${f.speaker.name}, ${role}` : f.speaker.name) : null;
  const extra = { ...(described ? { speaker_name: f.speaker!.name } : {}), ...(role ? { speaker_role: role } : {}), ...(cue ? { cue } : {}), ...(f.partial ? { partial: true } : {}) };
  return { text: f.written ?? f.text, speaker, ...extra, offset };
}

test('record builds the same fields, in the same order, as the spread form', () => {
  const find = fc.record({
    text: fc.constantFrom('We will win', 'x'),
    written: fc.option(fc.constantFrom('We\u2019ll win', ''), { nil: undefined }),
    speaker: fc.option(fc.record({ name: fc.constantFrom('Ana Roe', ''), role: fc.constantFrom('', 'a pollster') }), { nil: null }),
    attribution: fc.option(fc.record({ cue: fc.constantFrom('said', '', ':', 'according to'), source: fc.constant('Roe'), at: fc.constant(0), end: fc.constant(3) }), { nil: undefined }),
    partial: fc.boolean(),
  });
  fc.assert(
    fc.property(find, fc.boolean(), fc.integer({ min: 0, max: 9999 }), (f, describe, offset) => {
      const vv = { ...v, describeSpeakers: describe };
      const got = record(f as unknown as QuoteFind, offset, vv);
      const want = oldRecord(f as unknown as QuoteFind, offset, vv);
      assert.deepEqual(got, want);
      assert.equal(JSON.stringify(got), JSON.stringify(want));
    }),
    { numRuns: 3000, seed: 3716 },
  );
});

/** What a call gives: its answer, or that it threw. */
const outcome = (f: () => string) => {
  try {
    return f();
  } catch (e) {
    return `threw ${(e as Error).name}`;
  }
};

test('badShape, badRole, trimTail judge once what shapeOf, roleFlaw, tailTrimmed judge afresh, past the bound on what is kept', () => {
  const table: [string, boolean][] = [
    ['Ana Roe', true],
    ['a senior aide', true],
    ['the statement', false],
    ['condemning the plan', false],
    ['he', false],
  ];
  for (const [s, ok] of table) for (let i = 0; i < 2; i++) assert.equal(!badShape(s, v), ok, s);
  assert.equal(trimTail('Jo Lin boldly', v), 'Jo Lin');
  assert.equal(trimTail('Jo Lin boldly', v), 'Jo Lin');
  assert.equal(badRole('a pollster who said the', v), badRole('a pollster who said the', v));
  assert.ok(badRole('a pollster who said the', v));
  assert.equal(badRole('a pollster', v), undefined);
  const word = fc.constantFrom('Ana', 'Roe', 'a', 'the', 'aide', 'senior', 'statement', 'said', 'of', 'officials', 'he', 'It\u2019s', '"', 'with', 'city', 'Council', '33-year-old', 'boldly', 'quickly', '\u201cHarbor\u201d');
  const speaker = fc.array(word, { minLength: 0, maxLength: 16 }).map((a) => a.join(' '));
  fc.assert(
    fc.property(speaker, fc.integer({ min: 0, max: 1e9 }), (s, n) => {
      // (a number in some speakers: enough distinct texts to pass the bound)
      const t = n % 3 ? s : `${s} ${n}`;
      assert.equal(badShape(t, v), shapeOf(t, v), t);
      assert.equal(badShape(t, v), shapeOf(t, v), t);
      assert.equal(badRole(t, v), roleFlaw(t, v), t);
      assert.equal(badRole(t, v), roleFlaw(t, v), t);
      // (a text with no words throws in either: so it did before)
      for (let i = 0; i < 2; i++) assert.equal(outcome(() => trimTail(t, v)), outcome(() => tailTrimmed(t, v)), t);
    }),
    { numRuns: 12000, seed: 3717 },
  );
});

test('fullFormOf answers the same whichever texts were asked before', () => {
  const a = 'The Citizens for Reform in Eastland Wards (CREW) met. HuffPo and the Huffington Post ran it.';
  const b = 'Nothing here names the Harbor Ferry Trust (HFT), said Fact Check.';
  const asks: [string, string][] = [
    ['CREW', a],
    ['HuffPo', a],
    ['HFT', b],
    ['CREW', b],
    ['FactCheck', b],
    ['HuffPo', `${a} `.trimEnd()],
    ['HFT', b],
  ];
  const first = new Map<string, string | undefined>();
  for (const [s, t] of asks) {
    const got = fullFormOf(s, t);
    const key = `${s}\u0000${t}`;
    if (first.has(key)) assert.equal(got, first.get(key), key);
    else first.set(key, got);
  }
  assert.equal(fullFormOf('CREW', a), 'Citizens for Reform in Eastland Wards');
  assert.equal(fullFormOf('HuffPo', a), 'Huffington Post');
  assert.equal(fullFormOf('HFT', b), 'Harbor Ferry Trust');
  assert.equal(fullFormOf('CREW', b), undefined);
});
