// Whose page it is when others' names ride along: a parent company's copyright, a reprint's source, a logo
// known by its image's alt text, and an acronym the page spells only in its domain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialsIn } from '../pipeline/stages/outlet/choose.js';
import { logoAltEvidence } from '../pipeline/stages/outlet/logo-alt.js';
import { demoteSources } from '../pipeline/stages/outlet/reprints.js';
import { page, runDump as run } from './helpers.js';

test('an acronym is found in a domain by its letters in order', () => {
  const cases: [string, string, boolean][] = [
    ['WDW', 'whosdatedwho', true],
    ['HLW', 'harborlifeweekly', true],
    ['HLW', 'lifeharborweekly', false],
    ['NYT', 'nytimes', true],
    ['ABC', 'acb', false],
  ];
  for (const [acronym, core, want] of cases) assert.equal(initialsIn(acronym, core), want, `${acronym} ~ ${core}`);
});

test('a logo image whose alt text opens the name beside it', () => {
  const keep = (s: string) => s.trim();
  const cases: [string, string[]][] = [
    ['[harbor_mon][harbor_mon] Harbor Money', ['Harbor Money']],
    ['[hmlogo] HM', []],
    ['[4779872] Harbor Money', []],
    ['[                    ] Search', []],
    ['Harbor Money [harbor_mon]', []],
  ];
  for (const [line, want] of cases) assert.deepEqual(logoAltEvidence(`Menu\n${line}\nBody.`, 2, keep).map((e) => e.text), want, line);
});

test("a reprint's source is weighed down, by name and by domain", () => {
  const ev = [
    { text: 'Harbor Money', kind: 'name' as const, weight: 2, via: 'copyright' },
    { text: 'harbormoney.com', kind: 'domain' as const, weight: 1, via: 'domain' },
    { text: 'Harbor News', kind: 'name' as const, weight: 2, via: 'copyright' },
  ];
  demoteSources(ev, ['Harbor Money'], 0.25);
  assert.deepEqual(ev.map((e) => [e.weight, e.via]), [[0.5, 'reprinted'], [0.25, 'reprinted'], [2, 'copyright']]);
});

test('the site, not the parent, the source or the letters', async () => {
  const cases: [string, string, string | undefined][] = [
    [
      "a sister site's parent copyright loses to the site's own name and domain",
      ['Harbor Business', '', '  • Markets', '  • Economy', '', 'Body text.', '', 'Check out what is clicking on HarborBusiness.com', 'Watch more on HarborBusiness.com', '©2023 QUAY News Network, LLC. All rights reserved.'].join('\n'),
      'Harbor Business',
    ],
    ['a reprint on a portal is the portal\'s', page('[harbor_new][harbor_new] Harbor News', 'Body text.', '', 'This story originally appeared on Harbor Money.', '© 2024 Harbor Money. All rights reserved.'), 'Harbor News'],
    ['an acronym spelled only by the footer domain is shown as the domain', page('HLW', '', 'Body text.', '', 'Follow HLW on Facebook', 'harborlifeweekly.com'), 'harborlifeweekly.com'],
    ["on a tie the site's own name beats a company holding its rights", page('Body text.', '', 'Follow Harbor America', '© 2023 Quay Network Entertainment LLC. All rights reserved.'), 'Harbor America'],
    ['an initialism ends a holder glued to the footer links', page('Body text.', '', 'Copyright 2024 © U.S. Harbor Review L.P.Privacy Policy/Terms of Use'), 'U.S. Harbor Review'],
    // Negatives.
    ['a company holder alone is named', page('Body text.', '', '© 2023 Quay Network Entertainment LLC. All rights reserved.'), 'Quay'],
    ['a menu heading opening with a preposition is not a masthead', ['For Customers', '  • Login', '  • Support', '', 'Body text.'].join('\n'), undefined],
    ["a reprint's source alone is not the site", page('Body text.', '', 'This story originally appeared on Harbor Money.', '© 2024 Harbor Money. All rights reserved.'), undefined],
    ['an acronym is kept when no domain holds its letters', page('HLW', '', 'Body text.', '', 'Follow HLW on Facebook', 'seaport.com'), 'HLW'],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.outlet?.value, want, name);
});
