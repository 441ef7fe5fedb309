import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageWritesDayFirst, slashOrder } from '../pipeline/stages/date/score.js';
import { page, runDump } from './helpers.js';

const TLDS = ['uk', 'ie', 'au', 'de'];

// [page text, the page's own domain, the order its own dates show, read day first]
const cases: [string, string | undefined, 'day' | 'month' | undefined, boolean][] = [
  ['Posted 08/11/2023 | 20:26', 'harborgazette.ie', undefined, true],
  ['Posted 08/11/2023', 'quaytimes.co.uk', undefined, true],
  ['Posted 08/11/2023', 'quaytimes.com', undefined, false],
  ['Posted 08/11/2023', undefined, undefined, false],
  ['Posted 08/11/2023', 'quaytimes.us', undefined, false],
  // The page's own dates decide before its country does.
  ['Posted 08/11/2023\nUpdated 08/25/2023', 'harborgazette.ie', 'month', false],
  ['Posted 08/11/2023\nEarlier: 25/08/2023', 'quaytimes.com', 'day', true],
  ['Posted 14.11.23 and 08.11.23', 'quaytimes.com', 'day', true],
  ['No slashed dates at all, 8 November 2023', 'harborgazette.ie', undefined, true],
];

for (const [text, domain, order, want] of cases)
  test(`date day first: ${JSON.stringify(text)} on ${domain ?? 'no domain'}`, () => {
    assert.equal(slashOrder(text), order);
    assert.equal(pageWritesDayFirst(text, domain, TLDS), want);
  });

// Through the whole chain: the page's own domain (the outlet stage's) sets the order of its stamp.
const dump = (domain: string) =>
  page(
    'Harbor Gazette',
    '',
    'Ferry fares to rise in the new year',
    '',
    'Posted 08/11/2023 | 20:26',
    '',
    'The operator said fares on the island crossings would rise in January after a year of higher fuel and repair costs.',
    '',
    'Riders groups said they would ask the council to review the increase before it takes effect.',
    '',
    `Contact the newsdesk: desk@${domain}`,
    `© ${domain} 2023. All rights reserved.`,
  );

for (const [domain, want] of [['harborgazette.ie', '2023-11-08'], ['harborgazette.com', '2023-08-11']] as const)
  test(`date day first: a stamp on a page of ${domain} reads ${want}`, async () => {
    const file = await runDump(dump(domain));
    assert.equal(file.data.date?.value, want);
  });

test('date day first: the dump\'s URL line names the site\'s country before anything on the page', async () => {
  const text = ['URL: https://www.harborgazette.ie/news/ferry-fares', '', dump('harborgazette.com')].join('\n');
  const file = await runDump(text);
  assert.equal(file.data.siteDomain, 'harborgazette.ie');
  assert.equal(file.data.date?.value, '2023-11-08');
});
