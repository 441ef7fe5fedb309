// A title run into a date or a button on one line of the dump (candidates.ts titleCell): w3m sets a page's
// cells side by side, so a title cell can share its line with the date beside it or a sidebar's button.
// Invented lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCell, type TitleRules } from '../pipeline/stages/headline/candidates.js';

const rules: TitleRules = { minWords: 3, maxWords: 20, notTitle: [], chrome: [/^(?:menu|search|close)$/iu, /^(?:subscribe|sign up)\b.{0,60}$/iu], stopwords: new Set(), notAfter: [], header: [] };

const cases: [string, string, string][] = [
  ['a date cell after the title', 'Notes on the harbour ferries  March 22nd, 2019', 'Notes on the harbour ferries'],
  ['a date run into the title, then a button', 'Notes from the quay week 2 20 December 2025                Search', 'Notes from the quay week 2'],
  ['a bracketed button', 'Council votes to expand the bus network north          [Subscribe]', 'Council votes to expand the bus network north'],
  ['a weekday and a date', 'Council votes to expand the bus network north     Tue, Mar 3, 2024', 'Council votes to expand the bus network north'],
  // Negatives: a cell that is neither a date nor a button keeps the whole line (a menu, a table, a link);
  // a line of one cell is left as it is, a date in it too.
  ['a link cell', 'Harbour Notes - The Ferry Update        example.org', 'Harbour Notes - The Ferry Update        example.org'],
  ['a table row', 'Ferry fares        Bus fares        Tram fares', 'Ferry fares        Bus fares        Tram fares'],
  ['one cell with a date at its end', 'Jobs report for 5 December 2025', 'Jobs report for 5 December 2025'],
  ['one cell', 'Council votes to expand the bus network north', 'Council votes to expand the bus network north'],
];
for (const [name, line, want] of cases) test(`titleCell: ${name}`, () => assert.equal(titleCell(line, rules), want));
