// Notes to the reader (chrome/rules.yaml note_patterns), and a teaser that zero-width spaces hide from the
// promo patterns. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
/** A page: menu, title, two paragraphs of prose, the middle blocks (each its own lines, a blank line after), three more. */
const article = (middle: string[], after: string[] = []) =>
  w3m(['Skip to main content', '', MENU, '', 'Council votes to expand the bus network north', '', PROSE[0], '', PROSE[1], '', ...middle.flatMap((m) => [m, '']), PROSE[2], '', PROSE[3], '', PROSE[4], '', ...after.flatMap((m) => [m, ''])].join('\n'), 100);

const cases: { name: string; dump: string; kept: string[]; dropped: string[] }[] = [];

const NOTES: { name: string; note: string; note_: boolean }[] = [
  { name: 'follow the writer on a platform', note: 'Follow Jane Doe on X at @janedoe_news.', note_: true },
  { name: 'follow the desk on a platform', note: 'Follow the Example Ledger Opinion section on Facebook, Instagram and Threads.', note_: true },
  { name: 'contact the writer at an address', note: '—Contact Jane Doe at jdoe@example.com. Follow her on X.', note_: true },
  { name: 'reach the writer at a number', note: 'Reach reporter Jane Doe at 555-014-2207.', note_: true },

  { name: 'prose: follow a river on foot', note: 'Follow the river on foot for two miles and the old depot comes into view, the mayor said.', note_: false },
  { name: 'prose: contact with the council', note: 'Contact with the council at the time was rare, riders said, and letters went unanswered for months.', note_: false },
  { name: 'prose: this story begins', note: 'This story begins in the winter of 2019, when the last night bus stopped running.', note_: false },
];
for (const n of NOTES) {
  cases.push({
    name: `note: ${n.name}`,
    dump: article([], [n.note]),
    kept: n.note_ ? [PROSE[4]] : [PROSE[4], n.note.slice(0, 30)],
    dropped: n.note_ ? [n.note.slice(0, 30)] : [],
  });
}

cases.push(
  {
    name: 'a teaser with a zero-width space after its bracket',
    dump: article(['(\u200bMORE: Riders wait an hour for the last bus home)']),
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Riders wait an hour'],
  },
  {
    name: 'a teaser with no zero-width space (control)',
    dump: article(['(MORE: Riders wait an hour for the last bus home)']),
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Riders wait an hour'],
  },
);

for (const c of cases) {
  test(`chrome notes: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(flat(k)), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

