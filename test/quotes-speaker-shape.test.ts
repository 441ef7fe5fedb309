// Only a person, an organization or a description of one may reach the record as a speaker
// (pipeline/stages/quotes/filters/speaker-shape.ts). Table-driven, with negatives: descriptions of
// people and bodies that look like things, things that look like descriptions. Then through an article:
// a junk speaker is dropped to null with a message, and a piece of writing speaks for its owner.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { badShape, vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig, runArticle } from './helpers.js';

const v = vocabOf(await projectConfig());

// [speaker, accepted]
const shapes: [string, boolean][] = [
  // people, organizations, descriptions
  ['Jo Lindqvist', true],
  ['Mr. Lindqvist', true],
  ['the Harbor Council', true],
  ['officials', true],
  ['federal investigators', true],
  ['a source familiar with the talks', true],
  ['one Democrat close to the campaign', true],
  ['the company', true],
  ['the editorial board', true],
  ['those surveyed', true],
  ['my father', true],
  ['one of the original organizers', true],
  ['the 52-year-old', true],
  ['the \u201cMarsh Lights\u201d star', true],
  ['the company in a statement', true],
  ['a chorus of prominent Whigs', true],
  // (a name that opens like a contraction is still a name)
  ["O'Malley", true],
  ["D'Souza Partners", true],
  ['two pollsters', true],
  // things, clauses, cut-off words
  ['the statement', false],
  ['An early tweet', false],
  ['the report found', false],
  ['a job', false],
  ['The', false],
  ['condemning the plan', false],
  ['Mayor Says Budget', false],
  ['the thrill of fake currency', false],
  ['is easier', false],
  ['The proposal was', false],
  ['he', false],
  ['I\u2019ve', false],
  ["I'd", false],
  ['It\u2019s Harbor', false],
  ['We\u2019re', false],
  ['a hint of lemon flavor', false],
];

for (const [speaker, ok] of shapes) {
  test(`speaker shape: "${speaker}" ${ok ? 'is' : 'is not'} a person, an organization or a description`, () => {
    assert.equal(badShape(speaker, v) === undefined, ok, String(badShape(speaker, v)));
  });
}

const head = 'Harbor Plan Stalls\n\n';
const speakersIn = async (text: string) => {
  const file = await runArticle(head + text + '\n');
  return { quotes: (file.data.quotes ?? []).map((q) => [q.text, q.speaker_name ?? q.speaker]), rules: file.messages.map((m) => m.ruleId) };
};

test('a piece of writing with no owner gives no speaker, with a message', async () => {
  const { quotes, rules } = await speakersIn('The council met on Monday.\n\n\u201cWe will not fund the harbor plan this year,\u201d the memo said.');
  assert.deepEqual(quotes, [['We will not fund the harbor plan this year,', null]]);
  assert.ok(rules.includes('speaker-shape'));
});

test('a piece of writing speaks for the owner it names', async () => {
  const { quotes, rules } = await speakersIn('The council met on Monday.\n\n\u201cWe will not fund the harbor plan this year,\u201d the council\u2019s statement said.');
  assert.deepEqual(quotes, [['We will not fund the harbor plan this year,', 'the council']]);
  assert.ok(rules.includes('speaker-document-owner'));
});

test('negative: a person credited beside a piece of writing keeps the credit', async () => {
  const { quotes } = await speakersIn('\u201cWe will not fund the harbor plan this year,\u201d Jo Lindqvist, the council chair, said in a statement.');
  assert.deepEqual(quotes, [['We will not fund the harbor plan this year,', 'Jo Lindqvist']]);
});

test('a piece of writing named earlier with its maker speaks for the maker', async () => {
  const { quotes, rules } = await speakersIn('The Harbor Council released a new radio ad on Monday.\n\nThe ad says \u201cthe harbor plan will cost every family a month of wages.\u201d');
  assert.deepEqual(quotes, [['the harbor plan will cost every family a month of wages.', 'The Harbor Council']]);
  assert.ok(rules.includes('speaker-document-owner'));
});

test('... a description as maker, after an opening adverbial and before a complement', async () => {
  const { quotes } = await speakersIn('In early May, a group of dock workers with families in the port sent a letter to the mayor.\n\n\u201cWe cannot wait another year for the new pier,\u201d the letter reads.');
  assert.deepEqual(quotes, [['We cannot wait another year for the new pier,', 'a group of dock workers']]);
});

// (the blocks before a quote are read once per noun and kept: each later credit must find the same maker)
test('... every quote crediting the writing speaks for its maker, the blocks read again for each', async () => {
  const { quotes } = await speakersIn('In early May, a group of dock workers sent a letter to the mayor.\n\n\u201cWe cannot wait another year for the new pier,\u201d the letter reads.\n\nThe council has not answered.\n\n\u201cEvery month costs us work,\u201d the letter says.');
  assert.deepEqual(quotes, [['We cannot wait another year for the new pier,', 'a group of dock workers'], ['Every month costs us work,', 'a group of dock workers']]);
});

test('negative: a maker that is a pronoun gives no speaker', async () => {
  const { quotes } = await speakersIn('She sent a letter to the mayor in May.\n\n\u201cWe cannot wait another year for the new pier,\u201d the letter reads.');
  assert.deepEqual(quotes, [['We cannot wait another year for the new pier,', null]]);
});

test('an organization credited by its acronym is named in full', async () => {
  const { quotes, rules } = await speakersIn('The Coalition for Harbor Access and Renewal (CHAR) sued the council in May.\n\n\u201cThe records show the plan was never costed,\u201d CHAR said.');
  assert.deepEqual(quotes, [['The records show the plan was never costed,', 'Coalition for Harbor Access and Renewal']]);
  assert.ok(rules.includes('speaker-short-form'));
});

test('... and by a blend of its words, "HarbTrib"', async () => {
  const { quotes } = await speakersIn('The Harbor Tribune first reported the plan.\n\n\u201cThe plan was never costed,\u201d HarbTrib reported on its site.');
  assert.deepEqual(quotes, [['The plan was never costed,', 'Harbor Tribune']]);
});

test('negative: a short form the article never spells out stays as written', async () => {
  const { quotes } = await speakersIn('\u201cThe plan was never costed,\u201d NORAC said on Monday.');
  assert.deepEqual(quotes, [['The plan was never costed,', 'NORAC']]);
});
