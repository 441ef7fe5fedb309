import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abbreviates, domainCore, nameFitsDomain, stripSuffixes } from '../pipeline/stages/outlet/names.js';
import { page, runDump as run } from './helpers.js';

test('outlet names and domains compare as the outlet, not as strings', () => {
  const fits: [string, string, boolean][] = [
    ['Los Angeles Times', 'latimes.com', true],
    ['The New York Times', 'nytimes.com', true],
    ['The Guardian', 'theguardian.com', true],
    ['Chicago Sun-Times', 'chicago.suntimes.com', true],
    ['INQUIRER.net', 'technology.inquirer.net', true],
    ['Fox News', 'cnn.com', false],
    ['Getty Images', 'variety.com', false],
  ];
  for (const [name, domain, want] of fits) assert.equal(nameFitsDomain(name, domain), want, `${name} ~ ${domain}`);
  assert.equal(domainCore('https://www.nytimes.com/2023/12/22/x.html'), 'nytimes');
  assert.equal(abbreviates('nyt', ['new', 'york', 'times']), true);
  const suffixes = ['inc', 'llc', 'ltd', 'limited', 'media', 'network', 'newspapers'];
  assert.equal(stripSuffixes('Mashable, Inc.', suffixes), 'Mashable');
  assert.equal(stripSuffixes('Al Jazeera Media Network', suffixes), 'Al Jazeera');
  assert.equal(stripSuffixes('Toronto Star Newspapers Ltd.', suffixes), 'Toronto Star');
  // An initialism keeps its dots; a suffix written with dots is still a suffix.
  assert.equal(stripSuffixes('U.S. News & World Report L.P.', [...suffixes, 'l.p']), 'U.S. News & World Report');
  assert.equal(stripSuffixes('Harbor Ledger.', suffixes), 'Harbor Ledger');
});

test('the outlet of a page, from its own text', async () => {
  const cases: [string, string, string | undefined][] = [
    ['a copyright line', page('Body text.', '', 'Copyright © 2023, Daily Planet | Terms of Service | Privacy Policy'), 'Daily Planet'],
    ['the registry normalizes a known alias', page('Body text.', '', '© 2023 Thomson Reuters. All rights reserved.'), 'Reuters'],
    ['an author bio: "At TRN, she ..."', page('Body.', '', 'Written By', 'Sofia Martinez covers film. At TRN, she explores how culture shapes politics.'), 'TRN'],
    ['a masthead and a self-reference agree', ['The Gotham Gazette', '', 'Body text.', '', 'More from Gotham Gazette', '© 2023 Gotham Gazette Media LLC'].join('\n'), 'Gotham Gazette'],
    [
      'a wire copyright on a site\'s page names the wire, not the site',
      ['Metro Ledger Logo', '', 'Body text.', '', 'Copyright 2023 The Associated Press. All rights reserved.', '', 'Sign up for the Metro Ledger newsletter', '© 2023 Metro Ledger'].join('\n'),
      'Metro Ledger',
    ],
    ['a parent company\'s copyright is not the outlet', page('Body text.', '', '©2023 Hearst Magazine Media, Inc. All Rights Reserved.'), undefined],
    [
      'a bylined person is not the outlet, however often credited',
      page('By Lance Ulanoff', 'Body text.', '(Image credit: Future / Lance Ulanoff)', '(Image credit: Future / Lance Ulanoff)', '(Image credit: Future / Lance Ulanoff)', 'TechNova is part of Future US Inc'),
      'TechNova',
    ],
    ['a blog author credited "Written by" is not the outlet', ['Harbor Wanderer', '', 'Follow', '', 'Harbor Wanderer', '', 'Body text.', '', 'Written by Harbor Wanderer', ''].join('\n'), undefined],
    ['a photo credit\'s copyright is not the outlet', page('(Image: © Hooded Horse)', 'Body text.'), undefined],
    ['chrome words are not an outlet', page('Body text.', '', '© 2023 Privacy Policy Terms of Use'), undefined],
    // Names in an article's prose are not its publisher.
    ['a source the article cites is not its publisher', 'Star Weds in Secret\n\nThe actress married on Saturday, her rep told People.\n\nThe couple met in 2019.', undefined],
    ['a person in prose is never the outlet', 'Gunman Kills Three\n\nPolice found Anthony Marlowe on the highway.\n\nMarlowe said nothing. Marlowe is part of the staff of a firm, police said.', undefined],
    ['a team whose name runs on to "contributors" is not the outlet', 'Tackle Arrested\n\n"The Chargers have always been leaders and positive contributors to our community," Smith said.', undefined],
    ['"at X, she" in mid-sentence is a place, not a bio', 'Crash\n\nNow that Lohan is back at Betty Ford Center, she has rehired her lawyer.', undefined],
    ['an apposition after a title is a person', 'Shooting\n\nHe shot the court reporter, Julie Ann Brandau, in the head.', undefined],
    ['a headline opening an article-only text is not a masthead', 'Microsoft Patches Major Bug\n\nThe company released a fix on Tuesday.', undefined],
    ["the site's own name beats its parent company's copyright", page('Body text.', '', 'More from Harbor Weekly', '©2023 Hearst Magazine Media, Inc. All Rights Reserved.'), 'Harbor Weekly'],
    ['an outlet whose name opens like a given name is not a person', page('Body text.', '', '© 2023 Al Harbor. All rights reserved.'), 'Al Harbor'],
    ['a byline "By The X" credits the outlet', page('By', 'The Valley Citizen', 'Body text.', '', '© The Valley Citizen 2023. Website by Studio'), 'The Valley Citizen'],
    ['a domain alone on a footer line names the site', page('Body text.', '', 'harborledger.com'), 'harborledger.com'],
    ['a domain mentioned once in prose does not', 'Fans Mourn\n\nFans left notes on bettyfans.com after the news.', undefined],
    ['an acronym the page spells out is named in full', page('Welcome to Search Gadget Weekly', ...Array.from({ length: 12 }, (_, i) => `Body text, paragraph ${i}.`), '', 'About SGW'), 'Search Gadget Weekly'],
    ['a preposition opening a sentence is not part of a possessive name', 'Podcast Row\n\nOn Joe Rogan’s podcast, guests argued. Rogan said so.', undefined],
    ['"more from" in prose is not a site heading', 'Poll Shift\n\nExpect more from Blumenthal and Cohen next week.', undefined],
    ['a book excerpt\'s copyright "by" its author is not the outlet', page('Body text.', '', 'Copyright © 2024 by Jane Marlow. Reprinted with permission.'), undefined],
    ['a logo line echoing the name gives the name once', page('Harbor Herald Logo Harbor Herald', 'Body text.', '', '© 2023 Harbor Herald'), 'Harbor Herald'],
    ['a known outlet\'s domain cited once in prose is not the publisher', 'Doctor Picked\n\nAccording to washingtonpost.com, the doctor is the first choice.', undefined],
    ['a person\'s staff is not a site\'s staff credit', 'Panel Row\n\nCummings\'s staff made this announcement on Friday.', undefined],
    ['a camel-cased site name is a name ("eWeek")', page('Body text.', '', 'Jane Roe is gWidget\'s Editor-in-Chief and covers chips.'), 'gWidget'],
    ['a site heading over its list names the site', page('Body text.', '', 'Top reads on Harbor Ledger this week', '  • One story'), 'Harbor Ledger'],
    ['a one-word name is shown as the copyright writes it in full', page('Body text.', '', 'More from the Ledger', 'Jo Roe is a columnist for the Ledger.', '© 2023 Harbor Ledger Newspapers Ltd.'), 'Harbor Ledger'],
    ['a wire dateline credit on article-only text is fine', 'Storm Hits Coast\n\nMIAMI (AP) — A storm hit the coast.\n\nCopyright 2008 The Associated Press. All rights reserved.', 'The Associated Press'],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.outlet?.value, want, name);
});
