// The article's stretch reaches up over a table, a code listing or a long list inside the article to the
// prose above it (region.ts bridgeUp), and not over a menu, an end line or to a teaser too short to be an
// article's opening. Invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion', '• Culture', '• Weather'].join('\n');
// A site's full navigation: long enough that the blurb above it no longer runs on into the article.
const NAV = [MENU, '• Schools', '• Health', '• Travel', '• Food', '• Obituaries', '• Letters', '• Events', '• Archive', '• Podcasts', '• Jobs'].join('\n');
const TITLE = 'Council votes to expand the bus network north';
const BYLINE = 'By Jane Roe';
// The article's lower half: more prose than its top, so the densest stretch is under the interruption.
const MORE = [
  'Drivers for the new routes will be trained over the winter at the depot on Mill Road, where the agency has set aside two of its older buses for the purpose and hired three instructors.',
  'Riders who live near the last stop of the northern line said they would wait to see whether the buses keep to the timetable before they give up the car for the daily trip into town.',
  'The agency has promised to publish how often each route runs late, month by month, on its website and at the main stations, so that the council can see whether the money is well spent.',
];
// A timetable printed row by row: every row a short paragraph, thirty of them.
const TABLE = Array.from({ length: 30 }, (_, k) => `Route ${k + 10}    North Station    ${6 + (k % 12)}:${k % 2 ? '35' : '05'}`);
// A code listing with blank lines between its statements, closing braces on lines of their own.
const CODE = Array.from({ length: 12 }, (_, k) => [`if (stops[${k}].late) {`, `  delays.push(stops[${k}].id);`, '}']).flat();
// A long listing of short statements, two words each but every one with its syntax marks: code, not a widget.
const LONG_CODE = Array.from({ length: 72 }, (_, k) => (k % 3 === 2 ? `total += ${k};` : `late[${k}] = 0;`));
// A long timetable, sixty rows of several cells each.
const LONG_TABLE = Array.from({ length: 60 }, (_, k) => `Route ${k + 10}    North Station    ${6 + (k % 12)}:${k % 2 ? '35' : '05'}`);
// A price-comparison widget: a card per offer, a label, a price or a button a line.
const WIDGET = Array.from({ length: 12 }, (_, k) => [`Carrier ${String.fromCharCode(65 + k)}`, 'No contract', 'Free', 'upfront', `$${30 + k}.99`, '/mth', 'Visit store']).flat();
const BLURB = [
  'The Valley Example is an independent newsroom covering the towns of the northern valley, owned by its readers and run by a small staff of reporters and editors who live in the towns they cover.',
  'We publish every weekday morning and send a newsletter each evening, and all of our stories are free to read, to share and to reprint with credit under the terms set out on our help pages.',
  'Tips, corrections and letters to the editor are welcome at any time, and every one of them is read by an editor before the end of the day, even when we do not have the room to print it.',
];

const page = (...parts: string[][]) => w3m(parts.flat().flatMap((p) => [p, '']).join('\n'));
const top = [PROSE[0], PROSE[1], PROSE[2]];
const bottom = [PROSE[3], PROSE[4], ...MORE];

const cases: { name: string; dump: string; headline: string; kept: string[]; dropped: string[] }[] = [
  {
    name: 'a timetable between the article’s top and the rest: the top and the title stay the article’s',
    dump: page(['Skip to main content', MENU, TITLE, BYLINE], top, TABLE, bottom),
    headline: TITLE,
    kept: [PROSE[0], PROSE[2], 'Route 20', PROSE[3], MORE[2]],
    dropped: ['• Politics'],
  },
  {
    name: 'a code listing set out line by line between the title’s paragraphs and the rest keeps its title',
    dump: page(['Skip to main content', MENU, TITLE, BYLINE], top, CODE, bottom),
    headline: TITLE,
    kept: [PROSE[0], 'delays.push', PROSE[3], MORE[2]],
    dropped: ['• Politics'],
  },
  {
    name: 'a site blurb above the navigation menu is not bridged to: the menu between is chrome',
    dump: page(BLURB, [NAV, TITLE, BYLINE], bottom),
    headline: TITLE,
    kept: [PROSE[3], MORE[2]],
    dropped: ['independent newsroom', 'newsletter each evening', '• Politics'],
  },
  {
    name: 'a story closed by its tag line is not bridged to, though a list follows the tag line',
    dump: page(['Skip to main content', MENU], BLURB, ['Tags: valley, newsroom'], TABLE, [TITLE, BYLINE], bottom),
    headline: TITLE,
    kept: [PROSE[3], MORE[2]],
    dropped: ['independent newsroom', 'Tags: valley', 'Route 20'],
  },
  {
    name: 'a teaser paragraph too short to open an article is not bridged to',
    dump: page(['Skip to main content', MENU], [PROSE[0]], TABLE, [TITLE, BYLINE], bottom),
    headline: TITLE,
    kept: [PROSE[3], MORE[2]],
    dropped: [PROSE[0], 'Route 20'],
  },
  {
    name: 'a code listing of seventy short statements still bridges: its lines carry syntax marks',
    dump: page(['Skip to main content', MENU, TITLE, BYLINE], top, LONG_CODE, bottom),
    headline: TITLE,
    kept: [PROSE[0], 'total += 5;', PROSE[3], MORE[2]],
    dropped: ['• Politics'],
  },
  {
    name: 'a timetable of sixty rows still bridges',
    dump: page(['Skip to main content', MENU, TITLE, BYLINE], top, LONG_TABLE, bottom),
    headline: TITLE,
    kept: [PROSE[0], 'Route 60', PROSE[3], MORE[2]],
    dropped: ['• Politics'],
  },
  {
    name: 'a price widget of label, price and button lines is not bridged over: a verdict above it stays out',
    dump: page(['Skip to main content', MENU], top, WIDGET, [TITLE, BYLINE], bottom),
    headline: TITLE,
    kept: [PROSE[3], MORE[2]],
    dropped: [PROSE[0], 'upfront', 'Visit store', '/mth'],
  },
  {
    name: 'a page with no interruption is its densest stretch, as before',
    dump: page(['Skip to main content', MENU, TITLE, BYLINE], top, bottom),
    headline: TITLE,
    kept: [PROSE[0], PROSE[4], MORE[2]],
    dropped: ['• Politics', 'Skip to main content'],
  },
];

for (const c of cases) {
  test(`chrome bridge: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(k), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
    assert.equal(file.data.headline?.value, c.headline);
  });
}
