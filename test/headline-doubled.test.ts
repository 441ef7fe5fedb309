// Lines that are never a page's own title, by their format: a phrase printed twice in a row (a link card's
// title run into its own link text, alt text beside its caption), a breadcrumb trail, a link's note for
// screen readers, a reading-time counter, text whose encoding broke. Invented lines and pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titlesAbove } from '../pipeline/stages/headline.js';
import { shapeCues } from '../pipeline/stages/headline/features.js';
import { isDoubled } from '../pipeline/text/doubled.js';
import type { JudgedParagraph } from '../pipeline/types.js';
import { batchOf, page, projectConfig, PROSE, runArticle, runDump, w3m } from './helpers.js';

const doubledRows: [string, boolean][] = [
  ['Harbour Ferry Crew At Work Harbour Ferry Crew At Work', true],
  ['Ferry timetable doubles in spring Ferry timetable doubles in spring', true],
  // Case and punctuation do not matter; words glued at the seam are no longer two copies.
  ['Ferry Times: the week ahead ferry times - the week ahead', true],
  ['Mara Quill and Tove Lund Mara Quill and Tove Lund', true],
  // Negatives: one word twice, a phrase and a different one, a title that repeats a word, an odd count.
  ['Bora Bora', false],
  ['Harbour Ferry Crew At Work Harbour Ferry Crew At Rest', false],
  ['New ferry, new timetable, new fares', false],
  ['Ferry Times Ferry Times Ferry', false],
  ['Council votes to expand the bus network north', false],
  ['Again and again', false],
];
for (const [text, want] of doubledRows) test(`isDoubled ${want ? 'fires' : 'stays off'}: ${text}`, () => assert.equal(isDoubled(text), want));

const para = (text: string) => ({ text, lines: [{ text, start: 0, end: text.length }], kind: 'short', words: text.split(/\s+/).length, chromeLines: new Set<number>(), repeated: false, echoed: false, sharedDocs: 0, boilerplateShaped: false }) as unknown as JudgedParagraph;
const cueRows: { cue: 'doubled' | 'crumbs'; text: string; want: 0 | 1 }[] = [
  { cue: 'doubled', text: 'Harbour Ferry Crew At Work Harbour Ferry Crew At Work', want: 1 },
  { cue: 'doubled', text: 'Harbour ferry crew back at work after the storm', want: 0 },
  { cue: 'crumbs', text: 'Home » Guides » Ferry Timetables', want: 1 },
  { cue: 'crumbs', text: 'Harbour News > Transport', want: 1 },
  { cue: 'crumbs', text: 'Ferry fares rise > 10% from March', want: 1 },
  { cue: 'crumbs', text: 'Ferry timetable doubles: what it means for you', want: 0 },
];
for (const r of cueRows) test(`shapeCues ${r.cue} ${r.want ? 'fires' : 'stays off'}: ${r.text}`, () => assert.equal(shapeCues(para(r.text), false, 1)[r.cue], r.want));

// Candidates of a page whose title is over a line of the given shape (headline/rules.yaml not_title_patterns).
const TITLE = 'Council votes to expand the bus network north';
const shapeCases: { name: string; line: string; candidate: boolean }[] = [
  { name: "a link's note for screen readers", line: 'Ferry Tickets(opens in a new tab) Timetables Harbour Maps', candidate: false },
  { name: 'a link that opens a window', line: 'How the harbour board chose its new ferries (opens in a new window)', candidate: false },
  { name: 'a reading-time counter', line: 'Reading time about 6 minutes', candidate: false },
  { name: 'a line whose encoding broke', line: 'Ferry crew\uFFFDs long night at sea', candidate: false },
  // Negatives: a title that speaks of tabs, windows or reading stays a candidate.
  { name: 'negative: a title about opening windows', line: 'Why the harbour office opens in a new building', candidate: true },
  { name: 'negative: a title about reading', line: 'Reading the tides: a ferry captain explains', candidate: true },
  { name: 'negative: a title with curly quotes', line: 'Ferry crew’s long night at sea', candidate: true },
];
for (const c of shapeCases) {
  test(`headline candidates: ${c.name} ${c.candidate ? 'is' : 'is no'} candidate`, async () => {
    const dump = w3m(['Menu', '', '• News', '• Sport', '', c.line, '', TITLE, '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'));
    const batch = await batchOf([dump]);
    const file = await runArticle(dump, batch);
    const texts = titlesAbove(file, { config: await projectConfig(), batch }).map((x) => x.text);
    assert.ok(texts.includes(TITLE), texts.join(' / '));
    assert.equal(texts.includes(c.line), c.candidate, texts.join(' / '));
  });
}

// A caption printed twice beside the date line lists no writers; a name there still is one.
const bylineCases: [string, string, string[] | undefined][] = [
  ['a doubled caption beside the date', page('Story headline for the test', '', 'Mara Quill and Tove Lund Mara Quill and Tove Lund', 'December 22, 2023', '', 'Body text.'), undefined],
  ['a doubled caption under the date, the writer over it', page('Story headline for the test', '', 'Bree Tolland', 'Senior Harbor Correspondent', 'December 22, 2023', '', 'Mara Quill and Tove Lund Mara Quill and Tove Lund', '', 'Body text.'), ['Bree Tolland']],
  ['negative: two writers beside the date', page('Story headline for the test', '', 'Mara Quill and Tove Lund', 'December 22, 2023', '', 'Body text.'), ['Mara Quill', 'Tove Lund']],
];
for (const [name, dump, want] of bylineCases) {
  test(`byline: ${name}`, async () => {
    const file = await runDump(dump);
    assert.deepEqual(file.data.byline?.value, want);
  });
}
