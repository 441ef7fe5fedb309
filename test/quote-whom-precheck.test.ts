// attribution/whom-clause.ts reads the words before a quote only when "whom" is written there (issue
// 14): pinned against the form that tokenized them first, on invented sentences (table-driven, with
// negatives) and generated ones, where "whom" may run into the quote's mark, carry a period or a
// possessive, be capitalized, or only look like it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { whomClause } from '../pipeline/stages/quotes/attribution/whom-clause.js';
import { attributionOf } from '../pipeline/stages/quotes/attribution/source-words.js';
import { isVerb, lc } from '../pipeline/stages/quotes/grammar/lexicon.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { isCap, isPunct, words } from '../pipeline/stages/quotes/words.js';
import { projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());

/** The form replaced: the words from `from` to `open` tokenized first, whatever they hold. */
function oldWhomClause(text: string, from: number, open: number) {
  const ws = words(text, from, open);
  let k = ws.length - 1;
  while (k >= 0 && lc(ws[k]) !== 'whom') k--;
  const rest = ws.slice(k + 1);
  if (k < 0 || !rest.length || rest.length > 12 || rest.some((w) => isPunct(w))) return undefined;
  const j = rest.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w.raw) && (isVerb(w, v) || v.namingVerbs.has(lc(w)) || /\p{Ll}ed$/u.test(w.raw)));
  if (j < 1 || j > 6) return undefined;
  const np = rest.slice(0, j);
  if (np.length === 1 && v.pronoun.has(lc(np[0]))) return undefined;
  if (!isCap(np[0].raw) && !v.determiners.has(lc(np[0]))) return undefined;
  const last = rest[rest.length - 1];
  if (last !== rest[j] && lc(last) !== 'as') return undefined;
  return { ...attributionOf(text, rest[j].bare, np), rule: 'attribution-whom-clause' };
}

test('whomClause: the subject of a "whom" clause running to the quote', () => {
  const cases: [string, string | undefined][] = [
    ['Joel Lark, whom one dockside regular called “the real boss.”', 'one dockside regular'],
    ['the nephew, whom Ana Roe presented to the crowd as “my favorite deckhand.”', 'Ana Roe'],
    ['the nephew, WHOM Ana Roe called “my favorite deckhand.”', 'Ana Roe'],
    // negatives: a pronoun subject, no "whom", a word that only holds the letters
    ['Joel Lark, whom he called “the real boss.”', undefined],
    ['Joel Lark, who one regular called “the real boss.”', undefined],
    ['the Whomping Willow, a regular called “the real boss.”', undefined],
  ];
  for (const [text, want] of cases) {
    const open = text.indexOf('\u201c');
    assert.equal(whomClause(text, 0, open, v)?.source, want, text);
    assert.deepEqual(whomClause(text, 0, open, v), oldWhomClause(text, 0, open), text);
  }
});

test('whomClause answers as the tokenizing form on generated sentences', () => {
  const bit = fc.constantFrom('whom', 'Whom', 'WHOM', 'whom.', 'whom\u2019s', 'who', 'm', 'wh', 'om', 'Ana', 'Roe', 'the', 'regular', 'called', 'described', 'as', 'he', ' ', ' ', ',', '\u201c', '"', '\'', 'x');
  const text = fc.array(bit, { maxLength: 24 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, fc.integer({ min: -1, max: 40 }), fc.integer({ min: -1, max: 60 }), (t, from, open) => {
      const f = Math.max(0, from);
      assert.deepEqual(whomClause(t, f, open, v), oldWhomClause(t, f, open), JSON.stringify([t, f, open]));
    }),
    { numRuns: 20000, seed: 1440 },
  );
});
