// The table of refusals a chosen outlet name meets (pipeline/stages/outlet/refusals.ts): the first that holds
// gives the report's reason, in the table's order; a name the page writes as its own meets none. Invented names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REFUSALS, refusalOf } from '../pipeline/stages/outlet/refusals.js';
import { projectConfig } from './helpers.js';

test('the first refusal that holds says why; a site named by its own page meets none', async () => {
  const config = await projectConfig();
  const site = 'Harbor Lantern\n  • News\n  • Sports\nA body paragraph of the story, written by the desk.\n© 2025 Harbor Lantern';
  const cases: [string, string, string, string | undefined][] = [
    ['a chrome word', 'RSS', site, 'a button or a chrome word, not a publisher'],
    ['a newspaper\'s link to its print edition', 'Today’s Paper', site, 'a button or a chrome word, not a publisher'],
    ['a platform domain the config never takes', 'flickr.com', site, 'a platform\'s or a network\'s domain, never an outlet'],
    ['a picture credit only', 'Quay Photo Agency', `${site}\nA harbor at dawn. Photo: © Quay Photo Agency`, 'a name the page writes only in a credit for a piece of it: a picture, data or a story it carries'],
    ['the page credits the name as its writer', 'Ana Ruiz', `Harbor Lantern\nPosted by Ana Ruiz at 12:55 AM\nBody text of the post.\n© 2025 Harbor Lantern`, 'the person the page credits as its writer, not a publisher'],
    ['an everyday word only inside one longer name', 'Information', `${site}\n  • Contact Information`, 'an everyday word the page capitalises only inside one longer name: a piece of a menu entry, a heading or a holder\'s name'],
    ['a phrase the sentences write in lower case', 'Tide Tables', `${site}\nTide Tables\nMost tide tables are printed early; tide tables age.`, 'a phrase the page\'s own sentences write in lower case: a topic in a heading, not a name'],
    ['a run cut from a menu in capitals', 'QUAY FORUMS', `${site}\nABOUT QUAY FORUMS LOGIN`, 'a run cut from a line of menu entries in capitals, not a name'],
    ['a menu\'s section only', 'Quay Originals', `${site}\n  • Quay Originals\n      □ First Looks`, 'a name the page writes only as a menu\'s entry or inside a listed link\'s title: a section or another page'],
    ['a story\'s source above the page\'s rights', 'The Quay Herald', `Body text.\n© 2017, The Quay Herald\n${site}`, 'a name the page writes only in a credit for a piece of it: a picture, data or a story it carries'],
    ['the given name of the writer credited', 'Ansel', `${site}\nBy Ansel Quarry\nFollow Ansel`, 'the person the page credits as its writer, not a publisher'],
    ['a log-in button in another language', 'Anmelden', `${site}\nAnmelden\nAnmelden`, 'a button or a chrome word, not a publisher'],
    ['a logo picture\'s alt text', 'Blue Harbor Lantern', `Blue Harbor Lantern logoBlue Harbor Lantern logo\n${site}`, 'a logo picture\'s description (its colour or variant and the brand), not the name the site goes by'],
    ['the owner of the mark the site goes by', 'Quay Holdings', `${site}\nHarbor Lantern is a registered trademark of Quay Holdings.`, 'the owner of the trade mark the site goes by, not the site'],
    // Negatives: the site's own name, written in its header and on its own rights line; a site named for a colour.
    ['the site\'s own name', 'Harbor Lantern', site, undefined],
    ['a site named for a colour', 'Blue Lantern', 'Blue Lantern logo\nBody text of the story.\n© 2025 Blue Lantern', undefined],
    ['a site whose name opens with a day', 'Today’s Harbor', `Today’s Harbor\n  • News\nA body paragraph.\n© 2025 Today’s Harbor`, undefined],
  ];
  for (const [why, full, text, want] of cases) assert.equal(refusalOf({ full, shaped: full, text, config }), want, why);
});

test('every refusal row reads the name and gives a reason', () => {
  assert.ok(REFUSALS.length >= 10);
  for (const r of REFUSALS) assert.ok(r.why.length > 10 && typeof r.test === 'function');
});
