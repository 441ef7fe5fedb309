// Shapes of a chosen outlet that name no publisher (stages/outlet/word-kinds.ts), and the outlet stage
// refusing them with its reason (outlet.ts asWritten). Invented names, pages and given names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { everydayTag, onCopyrightLine, personShaped, plainWordTag } from '../pipeline/stages/outlet/word-kinds.js';
import { PersonTest } from '../pipeline/stages/outlet/people.js';

const people = new PersonTest({ given_names: ['Anna', 'Tobias'], person_titles: ['Mr.'] });
const given = (w: string) => people.isGiven(w);

test('one everyday word read first as a plural noun, a gerund or an adverb is a section or a button', () => {
  const cases: [string, boolean][] = [
    ['Deals', true],
    ['RECIPES', true],
    ['Trending', true],
    ['Currently', true],
    // A singular noun, an adjective, a made-up word, two words, a "The" title, short capitals: not judged here.
    ['Weather', false],
    ['Quillmere', false],
    ['Quillmere Deals', false],
    ['The Deals', false],
    ['ITS', false],
    ['Deals!', false],
    ['', false],
  ];
  for (const [name, want] of cases) assert.equal(plainWordTag(name) !== undefined, want, name);
});

test('a person\'s shape: a given name, alone or then one or two capitalised words', () => {
  const cases: [string, boolean][] = [
    ['Anna Quillby', true],
    ['Tobias Marr Quillby', true],
    ['Anna', true],
    ['ANNA', false],
    ['Quillby', false],
    ['Anna de Quillby', false],
    ['Anna Quillby Marr Jones', false],
    ['ANNA QUILLBY', false],
    ['Quillby Anna', false],
    ['Harbor Quillby', false],
  ];
  for (const [name, want] of cases) assert.equal(personShaped(name, given), want, name);
});

test('a copyright line holds the name as whole words, before or after the mark', () => {
  const cases: [string, string, boolean][] = [
    ['Anna Quillby', 'Home\n© 2024 Anna Quillby. All rights reserved.', true],
    ['Anna Quillby', 'Anna Quillby 2019-2024 (c)\n', true],
    ['Anna Quillby', 'Copyright Anna Quillby Media\n', true],
    ['Anna Quillby', 'By Anna Quillby\n© 2024 Harbor Post\n', false],
    ['Anna Quillby', '© 2024 Anna Quillbyson\n', false],
  ];
  for (const [name, text, want] of cases) assert.equal(onCopyrightLine(name, text), want, `${name} in ${JSON.stringify(text)}`);
});

test('the outlet stage refuses a section word or a writer\'s name, with the reason, unless the page spells it in a domain or a copyright', async () => {
  const { page, runDump } = await import('./helpers.js');
  const cases: [string, string, string | undefined, RegExp | undefined][] = [
    ['a section word in the copyright', page('Recipes', '', 'Quick Weeknight Soups to Try', '', 'Body text about soup and bread.', '', '© 2023 Recipes'), undefined, /one everyday word \(NNS\)/u],
    ['a section word in capitals, repeated', page('RECIPES', '', 'Quick Weeknight Soups to Try', '', 'Body text about soup.', '', 'RECIPES', '', 'More from Recipes'), undefined, /one everyday word/u],
    ['a writer\'s name in the masthead and a "more from"', page('Anna Quillby', '', 'Quick Weeknight Soups to Try', '', 'Body text about soup.', '', 'Anna Quillby', '', 'More from Anna Quillby'), undefined, /person's name no copyright line/u],
    // Kept: the page's domain spells the word; the page's copyright is the person's own.
    ['a section word the page\'s domain spells', page('Recipes', '', 'Quick Weeknight Soups to Try', '', 'Body text about soup.', '', '© 2023 Recipes | recipes.com'), 'Recipes', undefined],
    ['a person\'s own site', page('Anna Quillby', '', 'Quick Weeknight Soups to Try', '', 'Body text about soup.', '', '© 2024 Anna Quillby. All rights reserved.'), 'Anna Quillby', undefined],
  ];
  for (const [name, text, want, reason] of cases) {
    const file = await runDump(text);
    assert.equal(file.data.outlet?.value, want, name);
    if (reason) assert.ok(file.messages.some((m) => m.ruleId === 'outlet-unsure' && reason.test(m.reason)), name);
  }
});

test('one word English reads as a common word of any kind; a made-up word, a name or short capitals are not', () => {
  const cases: [string, boolean][] = [
    ['Garden', true],
    ['Main', true],
    ['GIVE', true],
    ['Quillmere', false],
    ['Garden Post', false],
    ['ITS', false],
    ['', false],
  ];
  for (const [name, want] of cases) assert.equal(everydayTag(name) !== undefined, want, name);
});

test('one everyday word only the header shows is a section, not the outlet; signed elsewhere it stands', async () => {
  const { page, runDump } = await import('./helpers.js');
  const header = ['Garden', '', '  • Soups', '  • Breads', '  • Salads', '', 'Quick Weeknight Soups to Try', '', 'Body text about soup and bread.', '', 'More body text about the bread.'];
  const only = await runDump(page(...header));
  assert.equal(only.data.outlet, undefined);
  assert.ok(only.messages.some((m) => m.ruleId === 'outlet-unsure' && /only the page's header shows/u.test(m.reason)));
  const signed = await runDump(page(...header, '', '© 2023 Garden. All rights reserved.'));
  assert.equal(signed.data.outlet?.value, 'Garden');
});
