// Rights holders behind the site (outlet/legal.ts): a company's initials written only with its legal form, a
// wire's rights under its notice above the site's own, a name of corporate words only. Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { propertyOwner, rightsHolder, trademarkOwner } from '../pipeline/stages/outlet/legal.js';
import { gluedEntries, listedOnly, networkOnly } from '../pipeline/stages/outlet/not-outlet.js';
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

test('the owner of the trade mark the site goes by is not the site', () => {
  const cases: [string, string, string, boolean][] = [
    ['the mark another name', 'Quay Media', 'Body text.\n© 2020 Quay Media UK Ltd. HNT is the registered trade mark of Quay Media.', true],
    ['over a line\'s wrap, the owner with its legal form', 'QuayHarbor', '© 2021 QuayHarbor, Inc. All rights reserved. Harbor is a registered\ntrademark of QuayHarbor, Inc.', true],
    ['"the" before the owner', 'Quay Group', 'Harbor Daily is a trademark of the Quay Group.', true],
    // Negatives: the site owns its own mark, the mark's words are the owner's, another owner, no mark named, lower case.
    ['the site owns its mark', 'The Harbor Ledger', 'THE HARBOR LEDGER is a registered trademark of The Harbor Ledger, LLC.', false],
    ['the mark is part of the owner\'s name', 'Harbor Ledger Media', 'Harbor Ledger is a registered trademark of Harbor Ledger Media.', false],
    ['another owner', 'Quay Media', 'Harbor is a registered trademark of Quay Holdings.', false],
    ['a sentence, not a mark', 'Quay Media', 'Body text about trademarks of Quay Media.', false],
    ['lower-case words before the phrase', 'Quay Media', 'Harbor and the wave logos are trademarks of Quay Media.', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(trademarkOwner(name, text), want, why);
});

test('the company the page says owns it is not the site', () => {
  const cases: [string, string, string, boolean][] = [
    ['a line of its own', 'QuayAdvice', 'Body text.\n  • About Harbor\nProperty of QuayAdvice.\n© 2022 QuayAdvice. All Rights Reserved', true],
    ['a name the site goes by, its property', 'Quay Media', 'Harbor Daily is a property of Quay Media.', true],
    ['owned and operated', 'Quay Group', 'Harbor Daily is owned and operated by the Quay Group, Inc.', true],
    // Negatives: owned by a company of its own name, the phrase inside a sentence about another thing, another owner.
    ['owned by its own company', 'Harbor Times', 'Harbor Times is owned by Harbor Times LLC.', false],
    ['inside a sentence', 'Quay Media', 'The building, once the property of Quay Media, was sold.', false],
    ['another owner', 'Quay Media', 'Property of Harbor Holdings.\n© Quay Media', false],
    ['lower-case words before the phrase', 'Quay Media', 'the old mill is owned by Quay Media', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(propertyOwner(name, text), want, why);
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

test('a sister site the page lists only under its network\'s heading', () => {
  const cases: [string, string, string, boolean][] = [
    ['a domain under the heading and in a bulleted list', 'quaymag.com', '  • quaymag.com\n  • Harbor Beat\nBody text.\nAlso In Our Network:\n\nquaymag.com\n', true],
    ['a name under "Our brands"', 'Quay Living', 'Harbor Beat\nBody text.\nOur Brands\n  Quay Living\n  Quay Travel\n', true],
    ['under "Other sites", a blank line between', 'Quay Living', 'Body text.\nVisit other sites:\n\nQuay Living\n', true],
    // Negatives: the site's own name also in its header or text, a bulleted list with no network heading, a heading far above.
    ['also written in the header', 'Harbor Beat', 'Harbor Beat\nBody text.\nAlso In Our Network:\n  • Harbor Beat\n  • Quay Living\n', false],
    ['a bulleted list only', 'Quay Living', 'Body text.\n  • Quay Living\n  • Quay Travel\n', false],
    ['the heading too far above', 'Quay Living', 'Our network\n1\n2\n3\n4\n5\nQuay Living\n', false],
    ['a sentence about networks', 'Quay Living', 'We grow our network every year at Quay Living, where we write.\nQuay Living', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(networkOnly(name, text), want, why);
});

test('a menu\'s section or a piece of a listed link\'s title, written nowhere else', () => {
  const cases: [string, string, string, boolean][] = [
    ['a menu entry with its sub-entries', 'Quay Originals', 'HARBOR logoMENU\n  • News\n  • Quay Originals\n      □ First Looks\n      □ Quay Files\nBody text.\n  • Quay Originals', true],
    ['"The" aside', 'The Quay Originals', '  • Quay Originals\nBody text.', true],
    ['inside a listed link\'s title, its source after a bar', 'Tide Office Report', 'Body text.\n  • Notes on the Tide Office Report | Harborview\n', true],
    ['after a dash', 'Tide Office Report', 'Body text.\n  • Notes on the Tide Office Report – Harborview\n', true],
    // Negatives: the name also in a logo line, on a copyright line, in a sentence; an entry holding more than the
    // name with no source after it; the name as the listed link's source; no list at all.
    ['also the logo line', 'Quay Originals', 'Quay Originals\n  • News\n  • Quay Originals\nBody text.', false],
    ['also the copyright', 'Quay Originals', '  • Quay Originals\nBody text.\n© 2024 Quay Originals', false],
    ['also a sentence', 'Quay Originals', '  • Quay Originals\nWe wrote this for quay originals readers.', false],
    ['an entry holding more', 'Quay Originals', '  • About Quay Originals\nBody text.', false],
    ['the listed link\'s source', 'Harborview', 'Body text.\n  • Notes on the Tide Office Report | Harborview\n', false],
    ['never listed', 'Quay Originals', 'Quay Originals\nBody text.', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(listedOnly(name, text), want, why);
});
