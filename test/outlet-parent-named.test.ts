import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parentNamed } from '../pipeline/stages/outlet/not-outlet.js';

// [name, page text, the page names it as the company behind a group of sites]
const cases: [string, string, boolean][] = [
  ['Quayside Holdings', 'Harbor Ledger is a division of Quayside Holdings Inc.', true],
  ['Quayside', 'The Lantern, A Division of Quayside', true],
  ['Quayside Group', 'Harbor Ledger is a subsidiary of The Quayside Group.', true],
  ['Brightwater Digital', 'By signing in you join the Brightwater Digital family of sites.', true],
  ['Brightwater', 'Visit other Brightwater sites: [Select Site]', true],
  ['Brightwater', 'Other Brightwater Sites', true],
  ['Brightwater', '  • Other Brightwater Media\n  • Harbor Ledger\n© 2025 Brightwater Media', true],
  ['Brightwater', 'Harbor Ledger is part of the Brightwater network of websites.', true],
  ['Brightwater', 'Harbor Ledger is part of the Brightwater Network.', true],
  ['The Brightwater', 'a unit of Brightwater, based in Ohio', true],
  // Negatives: the name cut short of the parent's, the site itself, prose about other companies' units.
  ['Harbor', 'Harbor Ledger is a division of Harbor Media', false],
  ['Harbor Ledger', 'Harbor Ledger is a division of Harbor Media', false],
  ['Harbor Ledger', 'Read more from Harbor Ledger and its family of newsletters.', false],
  ['Brightwater', 'Brightwater sites were closed after the storm.', false],
  ['Brightwater', 'other Brightwater residents said the sites were flooded', false],
  ['Brightwater', 'Other Brightwater stories and Brightwater Media news', false],
  ['Quayside', 'The division chief said Quayside would appeal.', false],
  ['', 'a division of Quayside', false],
];

for (const [name, text, want] of cases)
  test(`outlet parent: ${JSON.stringify(name)} in ${JSON.stringify(text)}`, () => {
    assert.equal(parentNamed(name, text), want);
  });
