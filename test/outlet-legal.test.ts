// Rights holders behind the site (outlet/legal.ts): a company's initials written only with its legal form, a
// wire's rights under its notice above the site's own, a name of corporate words only. Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rightsHolder } from '../pipeline/stages/outlet/legal.js';
import { gluedEntries } from '../pipeline/stages/outlet/not-outlet.js';
import { page, runDump as run } from './helpers.js';

const COMPANY = ['inc', 'llc', 'ltd', 'limited', 'media', 'productions', 'interactive', 'group', 'all', 'rights', 'reserved'];
const NOTICE = 'This material may not be published, broadcast, rewritten or redistributed.';

test('a rights holder behind the site, by the page\'s own lines', () => {
  const cases: [string, string, string, RegExp | undefined][] = [
    ['initials with a legal form, on the rights lines only', 'QMG', 'Harborline\nBody text.\n  • © 2024 QMG Limited\n© 2024 QMG Limited', /initials/u],
    ['initials with a trade and a form', 'HQP', 'Body text.\n© 2019 HQP Productions, Inc. All rights reserved.', /initials/u],
    ['hyphened initials', 'QB-SI', 'Body text.\n© 2022 QB-SI LLC. HARBOR SPORTS is a registered trademark of QB-SI LLC.', /initials/u],
    ['a wire above the site\'s own rights line', 'The Quay Wire', `Body text.\nCopyright 2013 The Quay Wire. All rights reserved. ${NOTICE}\n\nCopyright © 2013 Harborview Inc. All rights reserved.`, /wire/u],
    ['the notice on the line after', 'Quay Wire', `Body text.\nCopyright 2013 Quay Wire. All rights reserved.\n${NOTICE}\nFooter links\n© 2013 Harborview`, /wire/u],
    ['corporate words only', 'Interactive', 'Body text.\n© 2020 Harbor Interactive', /corporate/u],
    ['corporate words only, two of them', 'Media Group', 'Body text.', /corporate/u],
    // Negatives.
    ['initials the page also writes as its brand', 'QMG', 'QMG\nBody text by QMG staff.\n© 2024 QMG Limited', undefined],
    ['initials on the rights line without a legal form', 'QMG', 'Body text.\n© 2024 QMG. All rights reserved.', undefined],
    ['a name, not initials, written only as a holder', 'Harbor Ledger', 'Body text.\n© 2024 Harbor Ledger Inc. All rights reserved.', undefined],
    ['initials with dots', 'H.Q.M', 'Body text.\n© 2024 H.Q.M Limited', undefined],
    ['a wire\'s notice on the page\'s own (last) rights line', 'The Quay Wire', `Body text.\nCopyright 2013 The Quay Wire. All rights reserved. ${NOTICE}`, undefined],
    ['a wire credited above a rights line without its notice', 'Quay Wire', 'Body text.\n© 2013 Quay Wire\n\n© 2013 Harborview Inc.', undefined],
    ['a name holding a corporate word', 'Harbor Media', 'Body text.\n© 2020 Harbor Media', undefined],
  ];
  for (const [why, name, text, want] of cases) {
    const got = rightsHolder(name, text, COMPANY);
    if (want) assert.match(got ?? '', want, why);
    else assert.equal(got, undefined, why);
  }
});

test('the stage gives no outlet rather than the company behind the site', async () => {
  const cases: [string, string, string | undefined][] = [
    ['a company\'s initials on its rights lines', page('Body text.', '', '  • © 2024 QMG Limited', '© 2024 QMG Limited'), undefined],
    // Negatives: the site's own name and rights line.
    ['the site\'s own name, written in full', page('Harborline Daily', '', 'Body text.', '', 'Follow Harborline Daily', '© 2024 Harborline Daily. All rights reserved.'), 'Harborline Daily'],
  ];
  for (const [why, text, want] of cases) assert.equal((await run(text)).data.outlet?.value, want, why);
});

test('menu entries glued into one word', () => {
  const menu = 'Harbor Ledger\n  • Weather\n  • Watchlist\n  • Tides\nBody text.';
  const cases: [string, string, boolean][] = [
    ['WeatherWatchlist', menu, true],
    ['TidesWeatherWatchlist', menu, true],
    // Negatives: a name written in one word, parts the menu does not list alone, a short part, a name of two words.
    ['HarborLedger', menu, false],
    ['WeatherPost', menu, false],
    ['WeatherTV', 'Weather\nTV\nBody.', false],
    ['Weather Watchlist', menu, false],
    ['weatherwatchlist', menu, false],
  ];
  for (const [name, text, want] of cases) assert.equal(gluedEntries(name, text), want, name);
});
