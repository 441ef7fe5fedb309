import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLede } from '../pipeline/stages/headline.js';
import { stripSiteName } from '../pipeline/stages/headline/suffix.js';
import { flat, PROSE, runArticle, w3m } from './helpers.js';

const page = (...head: string[]) => w3m(['Menu', '', '• News', '• Sport', '', ...head, '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'));

const cases: { name: string; dump: string; headline: string | undefined }[] = [
  { name: 'the title line over the article', dump: page('Council votes to expand the bus network north'), headline: 'Council votes to expand the bus network north' },
  { name: 'a " | Site" suffix is cut', dump: page('Council votes to expand the bus network north | The Daily Example'), headline: 'Council votes to expand the bus network north' },
  {
    name: 'the title, not the byline, date or caption under it',
    dump: page('Council votes to expand the bus network north', '', 'By Jane Smith', 'December 21, 2023 at 3:09 p.m. EST', '', 'A bus waits at the northern terminal. (Photo by John Doe/Getty Images)'),
    headline: 'Council votes to expand the bus network north',
  },
  {
    name: 'the title, not a trending link above it',
    dump: page('Trending', '', 'Celebrity chef opens third restaurant in the harbour district', '', 'Council votes to expand the bus network north'),
    headline: 'Council votes to expand the bus network north',
  },
  { name: 'a title wrapped over two lines is joined', dump: page('Council votes to expand the bus network into the northern suburbs after three years of debate and delay by the state'), headline: 'Council votes to expand the bus network into the northern suburbs after three years of debate and delay by the state' },
  {
    name: 'the title, not a breadcrumb that runs the section into it',
    dump: page('Home News Transport Council votes to expand the bus network north', '', 'Council votes to expand the bus network north'),
    headline: 'Council votes to expand the bus network north',
  },
  {
    name: 'the title, not the name after a By label',
    dump: page('Council votes to expand the bus network north', '', 'By', 'Jane Smith MS, PhD, CFA'),
    headline: 'Council votes to expand the bus network north',
  },
  {
    name: 'the title, not a shouted section label above it',
    dump: page('LATEST TRANSPORT NEWS FROM THE CITY', '', 'Council votes to expand the bus network north'),
    headline: 'Council votes to expand the bus network north',
  },
  {
    name: 'a clean dump opens with its title, full stop and all, not with the dek under it',
    dump: ['Push inside the council to expand the bus network.', '', 'Other voices counter that the city cannot afford it.', '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'),
    headline: 'Push inside the council to expand the bus network.',
  },
  {
    name: 'the title with its byline under it, not a caption without one',
    dump: page('Council votes to expand the bus network north', '', 'By Jane Smith', '', 'Buses wait at the northern terminal of the city network'),
    headline: 'Council votes to expand the bus network north',
  },
  { name: 'a lone paragraph is the body, not the title', dump: 'The parliament election is over in Turkmenistan and the results are in.\n', headline: undefined },
  { name: 'no headline when the first line is chrome', dump: ['date 2025-12-23 NEW You can now listen to Example News articles!', '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'), headline: undefined },
];

for (const c of cases) {
  test(`headline: ${c.name}`, async () => {
    const file = await runArticle(c.dump);
    assert.equal(file.data.headline?.value, c.headline);
    if (c.headline) assert.ok(!flat(file.data.body).includes(c.headline), 'the headline line is not body');
  });
}

const suffixes: [string, string, string | undefined][] = [
  ['Let kids be kids and leave child labor laws alone | Editorial', 'Let kids be kids and leave child labor laws alone', undefined],
  ['Opinion | I Know My Mother Loved Me', 'I Know My Mother Loved Me', undefined],
  ['Storm hits the coast - Example News', 'Storm hits the coast', 'Example News'],
  // A dash inside a headline is punctuation, not a site name: kept unless it names the outlet.
  ["Die Hard star's life now - 'watching life through a screen door'", "Die Hard star's life now - 'watching life through a screen door'", undefined],
  ['Trump pressured officials not to certify vote – report', 'Trump pressured officials not to certify vote – report', 'The Guardian'],
];
for (const [input, want, outlet] of suffixes) {
  test(`headline suffix: ${input}`, () => {
    assert.equal(stripSiteName(input, { separators: [' | ', '|', ' - ', ' – ', ' — '], maxSiteWords: 4, outlet }), want);
  });
}

test('a dump without a title keeps its lede: a long sentence-case sentence is not a headline', async () => {
  const lede = 'The Los Angeles Angels made an eight-year offer to first baseman Mark Teixeira during the winter meetings in Las Vegas on Friday.';
  const file = await runArticle([lede, '', PROSE[0], '', PROSE[1], ''].join('\n'));
  assert.equal(file.data.headline, undefined);
  assert.match(file.data.body ?? '', /^The Los Angeles Angels made an eight-year offer/);
});

const ledeCases: [string, boolean][] = [
  ['The Angels have offered an eight-year contract to Mark Teixeira, general manager Tony Reagins said Friday night.', true],
  ['Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to ‘Turn Away’ from ‘Boasters’ and ‘Blasphemers’ Like Trump.', false],
  ['Push inside the council to expand the bus network.', false],
  ['Council votes to expand the bus network into the northern suburbs after three years of debate and delay by the state', false],
];
for (const [text, lede] of ledeCases) {
  test(`isLede: ${lede ? 'a lede' : 'a title'}: ${text.slice(0, 40)}…`, () => assert.equal(isLede(text, 16), lede));
}
