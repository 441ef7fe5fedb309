// A photo gallery (chrome/gallery.ts): what stands between two slide counters of one total, k then k + 1, is a
// slide's caption and credit, and goes; a lone counter, counters of two totals, and numbers that count no slide
// ("24/7") leave the paragraphs around them alone. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, page, PROSE, runArticle, w3m } from './helpers.js';

const TITLE = 'Council votes to expand the bus network north';
const ARTICLE = w3m([TITLE, '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'), 100);
// Captions read as prose: long sentences about who is pictured.
const CAP1 = 'A driver steers one of the new electric buses out of the depot on the first morning of the trial run through the northern suburbs';
const CAP2 = 'Riders wait at a shelter on the north line as the first night bus pulls in shortly after eleven in the evening on Monday';
const CAP3 = 'The mayor speaks to reporters in front of the transit agency headquarters after the council vote on the expansion plan';

const OTHER = 'Drivers for the new routes have been hired and trained, and the depot will open at dawn on the first day of service.';

const slides = (counter: (k: number) => string, caps: string[]) => caps.flatMap((c, k) => [counter(k + 1), '', w3m(c, 100), '', 'Example Agency', '']);

const cases: { name: string; middle: string[]; kept: string[]; dropped: string[] }[] = [
  {
    name: 'bulleted counters "• k/N": every slide between the first counter and the last goes',
    middle: slides((k) => `  • ${k}/3`, [CAP1, CAP2, CAP3]),
    kept: [PROSE[0], PROSE[2]],
    dropped: ['first morning of the trial', 'first night bus pulls in'],
  },
  {
    name: 'counters "Image k of N" on the caption\'s first line',
    middle: [`Image 1 of 3`, w3m(CAP1, 100), '', 'Image 2 of 3', w3m(CAP2, 100), '', 'Image 3 of 3', w3m(CAP3, 100), ''],
    kept: [PROSE[0], PROSE[2]],
    dropped: ['first morning of the trial', 'first night bus pulls in'],
  },
  {
    name: 'negative: one counter alone is no gallery (a lead picture "1 of 6")',
    middle: ['1 of 6', w3m(`${PROSE[3]}`, 100), ''],
    kept: [PROSE[0], 'campaigned on improving public transport', PROSE[2]],
    dropped: [],
  },
  {
    name: 'negative: counters of two totals, or not one step apart, join nothing',
    middle: ['2 of 5', '', w3m(PROSE[3], 100), '', '3 of 7', '', w3m(OTHER, 100), '', '5 of 7', ''],
    kept: ['campaigned on improving public transport', 'the depot will open at dawn'],
    dropped: [],
  },
  {
    name: 'negative: "24/7" counts no slide',
    middle: ['24/7', '', w3m(PROSE[3], 100), '', '25/7', ''],
    kept: ['campaigned on improving public transport'],
    dropped: [],
  },
];

for (const c of cases) {
  test(`chrome gallery: ${c.name}`, async () => {
    const dump = page(ARTICLE, ...c.middle, w3m([PROSE[4], ''].join('\n'), 100));
    const file = await runArticle(dump, batchOf([dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(flat(k)), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

test('chrome gallery: a gallery whose captions outweigh the article does not open it', async () => {
  // the gallery first, its slides' captions more words than the short article under it
  const many = [CAP1, CAP2, CAP3, CAP1.replace('driver', 'mechanic'), CAP2.replace('Riders', 'Students')];
  const dump = page(...slides((k) => `  • ${k}/5`, many), TITLE, '', w3m([PROSE[0], '', PROSE[1], ''].join('\n'), 100));
  const file = await runArticle(dump, batchOf([dump]));
  const body = flat(file.data.body);
  // (the slide after the last counter is not told: where it ends is not known)
  assert.ok(body.includes(flat(PROSE[0])) && body.includes(flat(PROSE[1])), body);
  for (const gone of ['first morning of the trial', 'in front of the transit agency', 'A mechanic steers']) assert.ok(!body.includes(gone), body);
});

test('chrome gallery: a gallery inside the article goes, and its removal says why', async () => {
  const dump = page(ARTICLE, ...slides((k) => `  • ${k}/3`, [CAP1, CAP2, CAP3]), w3m([PROSE[3], '', PROSE[4], ''].join('\n'), 100));
  const file = await runArticle(dump, batchOf([dump]));
  const m = file.messages.find((x) => x.ruleId === 'chrome-gallery');
  assert.ok(m && /photo gallery/u.test(m.reason) && m.line !== undefined && m.line > 1, file.messages.map((x) => `${x.ruleId}: ${x.reason}`).join('\n'));
});
