// The page's logo line: a name written twice on one line at the top of the page (a logo's picture text, then its
// link's) is the site's own name; another name chosen beside it is a section, a sister brand or the owner.
// Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logoNamesOther } from '../pipeline/stages/outlet/not-outlet.js';
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
