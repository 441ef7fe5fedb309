// An organisation named for what its site is about ("Guild for the Study of Tides" on a page whose own
// domain is tides.org and whose lines write "Tides" alone) is the site's publisher, not the site
// (stages/outlet/named-for.ts, a row of outlet/refusals.ts). Table-driven with negatives; invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namedForDomain } from '../pipeline/stages/outlet/named-for.js';
import { refusalOf } from '../pipeline/stages/outlet/refusals.js';
import { projectConfig } from './helpers.js';

const page = (lines: string[]) => lines.join('\n');
const RIGHTS = '© 2025 Guild for the Study of Tides. All rights reserved.';
const cases: { name: string; outlet: string; text: string; refused: boolean }[] = [
  { name: 'the domain on a line of its own, the word as a logo', outlet: 'Guild for the Study of Tides', text: page(['Tides Tides', 'tides.org', '', 'A gauge under the pier failed on Monday.', '', RIGHTS]), refused: true },
  { name: 'the word as a menu entry', outlet: 'Guild for the Study of Tides', text: page(['tides.org', '  • Tides', '  • Tides Letters', '', 'A gauge failed.', '', RIGHTS]), refused: true },
  { name: '"of" joins the name', outlet: 'Society of Tides', text: page(['Tides', 'tides.org', '', 'A gauge failed.', '', '© 2025 Society of Tides']), refused: true },
  // Negatives.
  { name: 'the domain spells the head: the organisation is the site', outlet: 'Guild for the Study of Tides', text: page(['Tides', 'guild.org', '', 'A gauge failed.', '', RIGHTS]), refused: false },
  { name: 'the domain only in a sentence, not the site\'s own line', outlet: 'Guild for the Study of Tides', text: page(['Tides', '', 'Read more at tides.org today.', '', RIGHTS]), refused: false },
  { name: 'the page never writes the word alone', outlet: 'Guild for the Study of Tides', text: page(['tides.org', '', 'A gauge failed.', '', RIGHTS]), refused: false },
  { name: 'no "of" or "for" in the name', outlet: 'Tides Guild', text: page(['Tides', 'tides.org', '', 'A gauge failed.', '', '© 2025 Tides Guild']), refused: false },
  { name: 'the whole name is the domain\'s ("Times of Harbor" on timesofharbor.com)', outlet: 'Times of Harbor', text: page(['Harbor', 'timesofharbor.com', '', 'A gauge failed.', '', '© 2025 Times of Harbor']), refused: false },
  { name: 'the domain\'s word opens the name', outlet: 'Tides of the North', text: page(['Tides', 'tides.org', '', 'A gauge failed.', '', '© 2025 Tides of the North']), refused: false },
];

for (const c of cases) {
  test(`outlet named-for: ${c.name}`, () => {
    assert.equal(namedForDomain(c.outlet, c.text), c.refused);
  });
}

test('outlet named-for: the URL line is the site\'s own domain', () => {
  const text = page(['URL: https://www.tides.org/news/gauge', '  • Tides', '', 'A gauge failed.', '', RIGHTS]);
  assert.equal(namedForDomain('Guild for the Study of Tides', text, { start: 0, end: text.indexOf('\n') }), true);
  assert.equal(namedForDomain('Guild for the Study of Tides', text), false);
});

test('outlet named-for: the refusal says why', async () => {
  const why = refusalOf({ full: 'Guild for the Study of Tides', shaped: 'Guild for the Study of Tides', text: cases[0].text, config: await projectConfig() });
  assert.match(why ?? '', /organisation named for what the site's own domain names/);
});
