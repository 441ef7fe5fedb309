// A one-word speaker that is a common word capitalized only because it opens a sentence is no one
// (pipeline/stages/quotes/filters/common-word.ts). Table-driven with negatives: surnames the article
// uses as names, given names, nouns, acronyms. Then through an article: the credit drops to null.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonWordSpeaker } from '../pipeline/stages/quotes/filters/common-word.js';
import type { People } from '../pipeline/stages/quotes/names/people.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig, quoteReader, speakersOf } from './helpers.js';

const v = vocabOf(await projectConfig());
const people = (...names: string[]) => ({ knows: (w: string) => names.includes(w.toLowerCase()) }) as unknown as People;

// [speaker, words the article uses as names elsewhere, dropped]
const cases: [string, string[], boolean][] = [
  ['Leave', [], true], // a verb opening an instruction
  ['Feel', [], true],
  ['Having', [], true], // a participle
  ['Weekly', [], true], // an adjective
  ['EDIT', [], true], // a verb in capitals: an editor's label
  ['RELATED', [], true],
  ['Brown', [], true], // an adjective the article never uses as a name
  ['Brown', ['brown'], false], // ... but a surname where the article writes "Jo Brown"
  ['King', [], false], // a noun may be a surname
  ['Price', [], false],
  ['WHO', [], false], // capitals that are no verb or adjective: an acronym
  ['US', [], false],
  ['AI', [], false], // short capitals stay acronyms
  ['Rose', [], false], // a common given name
  ['Lindqvist', [], false], // no English word
  ['Jo Lindqvist', [], false], // more than one word: other rules judge it
  ['the company', [], false],
];
for (const [speaker, named, dropped] of cases) {
  test(`common-word speaker: "${speaker}"${named.length ? ' (named elsewhere)' : ''} is ${dropped ? 'dropped' : 'kept'}`, () => {
    assert.equal(commonWordSpeaker(speaker, people(...named), v) !== undefined, dropped);
  });
}

test('common-word speaker: an instruction opening with a verb credits its scare quotes to no one; a surname still speaks', async () => {
  const speakers = speakersOf(await quoteReader());
  assert.deepEqual(speakers('Leave the shirts you listed as "keepers" alone, put the coats listed as "donations" in a bag for the shelter.'), [
    ['keepers', null],
    ['donations', null],
  ]);
  assert.deepEqual(speakers('Jo Brown runs the shop. Brown said, "We will be back next year with a bigger team."'), [['We will be back next year with a bigger team.', 'Jo Brown']]);
  assert.deepEqual(speakers('Walker put the coats listed as "donations" in a bag for the shelter.'), [['donations', 'Walker']]);
});

// A word the article knows only from sentence openings with a verb after them ("Bold claims have ...",
// read like "Lamm claims") must be written as a name somewhere: inside a sentence, after a title, or as
// the subject of "said". [speaker, article text, dropped]
const written: [string, string, boolean][] = [
  ['Bold', 'The port grew fast.\n\nBold claims have been made about the harbor. Critics disagree.', true],
  ['Filming', 'The crew arrived.\n\nFilming began in the harbor town last fall.', true],
  ['Bold', 'The port grew fast. Critics like Bold have made claims about the harbor.', false], // inside a sentence
  ['Feel', '“It was the wrong dose,” Dr. Feel, a forum user, wrote.', false], // after a title
  ['White', 'The pilots met.\n\nWhite said he was surprised by the vote.', false], // the subject of "said"
  ['Feel', 'The forum grew.\n\nOverfeel is no word. Feel free to ask.', true], // inside another word, or an instruction
];
for (const [speaker, text, dropped] of written) {
  test(`common-word speaker: "${speaker}" known only from openings is ${dropped ? 'dropped' : 'kept'} (${text.slice(0, 40).replace(/\n/g, ' ')})`, () => {
    assert.equal(commonWordSpeaker(speaker, people(speaker.toLowerCase()), v, text) !== undefined, dropped);
  });
}
