import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLede, titlesAbove } from '../pipeline/stages/headline.js';
import { stripSiteName } from '../pipeline/stages/headline/suffix.js';
import { batchOf, flat, projectConfig, PROSE, runArticle, w3m } from './helpers.js';

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
  // A Markdown heading is the title when it heads the text; further down it is a section's, or a comment
  // of a code sample that starts with "#".
  { name: 'a Markdown heading over the text is the title', dump: ['# Council votes to expand the bus network north', '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'), headline: 'Council votes to expand the bus network north' },
  {
    name: 'negative: a code comment inside the text is no title',
    dump: w3m(['Menu', '', '• News', '• Sport', '', 'Council votes to expand the bus network north', '', PROSE[0], '', '# read the timetable file first', 'rows = load(path)', '', PROSE[1], '', PROSE[2], ''].join('\n')),
    headline: 'Council votes to expand the bus network north',
  },
  {
    name: 'negative: a section heading after the text opens is no title',
    dump: ['Council votes to expand the bus network north', '', PROSE[0], '', '## What the plan costs', '', PROSE[1], '', PROSE[2], ''].join('\n'),
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
  ['Keep the ferry running and fund the harbor repairs | Editorial', 'Keep the ferry running and fund the harbor repairs', undefined],
  ['Opinion | My Father Kept Every Letter', 'My Father Kept Every Letter', undefined],
  ['Storm hits the coast - Example News', 'Storm hits the coast', 'Example News'],
  // A dash inside a headline is punctuation, not a site name: kept unless it names the outlet.
  ["Sitcom star's life now - 'like living in a snow globe'", "Sitcom star's life now - 'like living in a snow globe'", undefined],
  ['Mayor urged clerks to delay the count – report', 'Mayor urged clerks to delay the count – report', 'Harbor Ledger'],
];
for (const [input, want, outlet] of suffixes) {
  test(`headline suffix: ${input}`, () => {
    assert.equal(stripSiteName(input, { separators: [' | ', '|', ' - ', ' – ', ' — '], maxSiteWords: 4, outlet }), want);
  });
}

test('a dump without a title keeps its lede: a long sentence-case sentence is not a headline', async () => {
  const lede = 'The Harbor City Mariners made a six-year offer to shortstop Tomas Velde during the league meetings in Reno on Friday.';
  const file = await runArticle([lede, '', PROSE[0], '', PROSE[1], ''].join('\n'));
  assert.equal(file.data.headline, undefined);
  assert.match(file.data.body ?? '', /^The Harbor City Mariners made a six-year offer/);
});

const ledeCases: [string, boolean][] = [
  ['The Mariners have offered a six-year contract to Tomas Velde, general manager Jo Pellow said Friday night.', true],
  ['Radio Host Mocks Rival for His Diet Stunt, Quotes Scripture to Urge Ohio to ‘Turn Away’ from ‘Braggarts’ and ‘Scoffers’ Like Him.', false],
  ['Push inside the council to expand the bus network.', false],
  // One long question is a title; a dek that tells first and then asks is a lede.
  ['Who is the harbour master now and how many ferries will the council let her run from the new berths?', false],
  ['The harbour master has asked the council for six more ferries and two new berths on the west quay. Will they agree?', true],
  ['Council votes to expand the bus network into the northern suburbs after three years of debate and delay by the state', false],
];
for (const [text, lede] of ledeCases) {
  test(`isLede: ${lede ? 'a lede' : 'a title'}: ${text.slice(0, 40)}…`, () => assert.equal(isLede(text, 16), lede));
}

// Table cells or toolbar buttons that w3m flattened into one line hold runs of spaces; no title does.
test('headline: a line with runs of spaces inside is no title candidate, a title with single spaces is', async () => {
  const toolbar = 'Example Archive 58 captures     Previous capture 03     Next capture';
  const dump = page(toolbar, '', 'Council votes to expand the bus network north');
  const batch = await batchOf([dump]);
  const file = await runArticle(dump, batch);
  const texts = titlesAbove(file, { config: await projectConfig(), batch }).map((c) => c.text);
  assert.ok(texts.includes('Council votes to expand the bus network north'), texts.join(' / '));
  assert.ok(!texts.some((t) => t.includes('Previous capture')), texts.join(' / '));
});

// A row of links that lost its spacing runs a section name into the title ("NewsCouncil votes ..."): it is
// the title padded, as a breadcrumb with spaces is, and no candidate beside the title itself.
const gluedCases: { name: string; head: string[]; kept: string[]; dropped: string[] }[] = [
  {
    name: 'a row of links glued onto the title is dropped',
    head: ['HomeTransportCouncil votes to expand the bus network north', '', 'Council votes to expand the bus network north'],
    kept: ['Council votes to expand the bus network north'],
    dropped: ['HomeTransportCouncil votes to expand the bus network north'],
  },
  {
    name: 'a line that only ends in the same words as another keeps both',
    head: ['TransportMayor asks to expand the bus network north', '', 'Council votes to expand the bus network north'],
    kept: ['TransportMayor asks to expand the bus network north', 'Council votes to expand the bus network north'],
    dropped: [],
  },
  {
    name: 'a title whose last words are a spaced candidate is no glued row',
    head: ['Why the Council votes to expand the bus network north', '', 'Council votes to expand the bus network north'],
    kept: ['Council votes to expand the bus network north'],
    dropped: [],
  },
];
for (const c of gluedCases) {
  test(`headline candidates: ${c.name}`, async () => {
    const dump = page(...c.head);
    const batch = await batchOf([dump]);
    const file = await runArticle(dump, batch);
    const texts = titlesAbove(file, { config: await projectConfig(), batch }).map((x) => x.text);
    for (const t of c.kept) assert.ok(texts.includes(t), `${t} missing: ${texts.join(' / ')}`);
    for (const t of c.dropped) assert.ok(!texts.includes(t), `${t} kept: ${texts.join(' / ')}`);
  });
}
