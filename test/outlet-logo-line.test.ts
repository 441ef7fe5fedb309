// Names the page's own lines say are not the site. Its logo line: a name written twice on one line at the top of
// the page (a logo's picture text, then its link's) is the site's own name; another name chosen beside it is a
// section, a sister brand or the owner. A domain written only inside other hosts' names; a possessive phrase cut
// before its noun; a holder named with its affiliates or contributors; a platform's domain; a name's first piece cut at a
// line's wrap. Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutAtWrap, heldWithOthers, hostsOnly, ignoredDomain, logoNamesOther, possessivePhrase } from '../pipeline/stages/outlet/not-outlet.js';
import { page, runDump as run } from './helpers.js';

test('a logo line that names another site than the chosen name', () => {
  const cases: [string, string, string, boolean][] = [
    ['a section beside the logo, glued twice', 'Garden Notes', 'Skip to content\nQuay Hollow MagazineQuay Hollow Magazine\n\n  • Home\nGarden Notes\nBody text.', true],
    ['the owner beside the logo, a space between', 'Quillstone', 'Harbor Lantern Review Harbor Lantern Review\n  • News\nBody text.\n© 2024 Quillstone Ltd', true],
    ['a logo with initials in brackets', 'Planning', 'Quay Institute (QI)Quay Institute (QI)\nPlanning\nBody.', true],
    ['a domain beside the logo', 'quaymail.example.org', '* *\nJourney Of Harbors Journey Of Harbors\nBody.\nmail@quaymail.example.org', true],
    // Negatives.
    ['the logo is the chosen name', 'Quay Hollow Magazine', 'Quay Hollow MagazineQuay Hollow Magazine\nBody.', false],
    ['the logo holds the chosen name', 'Quay Hollow', 'Quay Hollow Magazine Quay Hollow Magazine\nBody.', false],
    ['the chosen name holds the logo', 'The Quay Hollow Magazine', 'Quay Hollow Quay Hollow\nBody.', false],
    ['a logo alt text written twice, holding the name', 'Harbor Lantern', 'Harbor Lantern Logo Harbor Lantern Logo\nSports Desk Sports Desk\nBody.', false],
    ['one word twice (a button)', 'Harbor Lantern', 'Search Search\nBody.\n© Harbor Lantern', false],
    ['a lower-case phrase twice', 'Harbor Lantern', 'skip to main content skip to main content\nBody.', false],
    ['a picture file name twice', 'Harbor Lantern', 'Quay-Header.svg Quay-Header.svg\nBody.', false],
    ['the line written twice below the header', 'Harbor Lantern', `Harbor Lantern\n${'line\n'.repeat(12)}Quay Hollow Quay Hollow\n`, false],
    ['a name written once', 'Garden Notes', 'Quay Hollow Magazine\nGarden Notes\nBody.', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(logoNamesOther(name, text, 12), want, why);
});

test('the stage gives no outlet rather than a section beside the logo', async () => {
  const cases: [string, string, string | undefined][] = [
    ['a plural-free section under a doubled logo', page('Quay Hollow MagazineQuay Hollow Magazine', '', 'Garden Notes', '', 'Body text about gardens.', '', 'More Garden Notes', '© 2024 Garden Notes'), undefined],
    // Negative: the logo's own name.
    ['the logo\'s name', page('Harborline DailyHarborline Daily', '', 'Body text.', '', '© 2024 Harborline Daily. All rights reserved.'), 'Harborline Daily'],
  ];
  for (const [why, text, want] of cases) assert.equal((await run(text)).data.outlet?.value, want, why);
});

test('a domain written only inside other hosts and addresses', () => {
  const cases: [string, string, boolean][] = [
    ['harborpost.com', 'Body text: keys.harborpost.com serves it.\n— keys.harborpost.com AbC+dEf\ncontact keys-log@harborpost.com', true],
    ['harborpost.com', 'witness.east.harborpost.com+a3e0 https://witness.east.harborpost.com/', true],
    // Negatives: written bare once, after "www.", in addresses only, never written, no domain at all.
    ['harborpost.com', 'keys.harborpost.com\n© 2024 harborpost.com', false],
    ['harborpost.com', 'keys.harborpost.com and www.harborpost.com', false],
    ['harborpost.com', 'Write to desk@harborpost.com or ana@harborpost.com', false],
    ['harborpost.com', 'Body text.', false],
    ['Harbor Post', 'keys.Harbor Post', false],
  ];
  for (const [name, text, want] of cases) assert.equal(hostsOnly(name, text), want, text);
});

test('a possessive phrase the page always goes on with', () => {
  const cases: [string, string, boolean][] = [
    ["Ana Ruiz's Quay Hill", "Singer Ana Ruiz's Quay Hill home is for sale.\nAna Ruiz's Quay Hill home\nAna Ruiz's Quay Hill home", true],
    ['Ana Ruiz’s Quay Hill', 'Ana Ruiz’s Quay Hill estate', true],
    // Negatives: written alone once, a capitalised word after it, no possessive inside, a possessive at its end only.
    ["Ana Ruiz's Quay Hill", "Ana Ruiz's Quay Hill\nAna Ruiz's Quay Hill home", false],
    ["Quay's Weekly", "Quay's Weekly Digest\nRead Quay's Weekly.", false],
    ['Quay Hill', 'Quay Hill home', false],
    ["Harbor Ruiz's", "Harbor Ruiz's home", false],
    ["Ana Ruiz's Quay Hill", 'Body text.', false],
  ];
  for (const [name, text, want] of cases) assert.equal(possessivePhrase(name, text), want, name + ' | ' + text);
});

test('a holder named with its affiliated companies or contributors, and a platform\'s domain', () => {
  const cases: [string, string, boolean][] = [
    ['Harbor Holdings', 'Body text.\n© 2024 Harbor Holdings and affiliated companies. All rights reserved.', true],
    ['Quay Foundation and Tide Project', 'Body text.\n© Quay Foundation and Tide Project contributors. All rights reserved.', true],
    // Negatives: also written elsewhere, off a copyright line, with its own licensors, a longer word after it.
    ['Harbor Holdings', 'Harbor Holdings\nBody text.\n© 2024 Harbor Holdings and affiliated companies.', false],
    ['Harbor Holdings', 'Harbor Holdings and affiliated companies run it.', false],
    ['Harbor Post', 'Body text.\n© 2024 Harbor Post and its licensors.', false],
    ['Harbor Post', 'Body text.\n© 2024 Harbor Post contributorship', false],
    ['Harbor Post', 'Body text.', false],
  ];
  for (const [name, text, want] of cases) assert.equal(heldWithOthers(name, text), want, text);
  const ignored = ['wordpress.example', 'quayhost.net'];
  const domains: [string, boolean][] = [
    ['WordPress.example', true],
    ['www.quayhost.net', true],
    // Negatives: a blog on the platform, a name, another domain.
    ['harbor.wordpress.example', false],
    ['Quay Host', false],
    ['harborpost.com', false],
  ];
  for (const [name, want] of domains) assert.equal(ignoredDomain(name, ignored), want, name);
});

test('the first piece of a name cut at its line\'s wrap', () => {
  const cases: [string, string, boolean][] = [
    ['HARBOR', 'Body text.\nTERMS OF USE | COPYRIGHT © HARBOR &\nQUAY 2025', true],
    ['Bureau', 'Body text.\n© 2024 Bureau of\nTides', true],
    ['Harbor Post', 'Body text by Harbor Post and\nothers.', true],
    // Negatives: written whole elsewhere, a joiner inside the line, no joiner at the wrap, never written.
    ['HARBOR', 'HARBOR\nCOPYRIGHT © HARBOR &\nQUAY 2025', false],
    ['HARBOR', 'COPYRIGHT © HARBOR & QUAY 2025', false],
    ['Harbor Post', '© 2024 Harbor Post\nAll rights reserved.', false],
    ['Harbor Post', 'Body text.', false],
  ];
  for (const [name, text, want] of cases) assert.equal(cutAtWrap(name, text), want, text);
});
