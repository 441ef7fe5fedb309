import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abbreviates, domainCore, nameFitsDomain, stripSuffixes } from '../pipeline/stages/outlet/names.js';
import { companyOnly, credited, linkedOnly, notAName, partOfFirm } from '../pipeline/stages/outlet/not-outlet.js';
import { outletEntry, page, projectConfig, runDump as run, runWithOutlets } from './helpers.js';
import { unindent } from '../pipeline/run/read-dump.js';

test('outlet names and domains compare as the outlet, not as strings', () => {
  const fits: [string, string, boolean][] = [
    ['Harbor City Times', 'hctimes.com', true],
    ['The Quay Daily Post', 'qdpost.com', true],
    ['The Lantern', 'thelantern.com', true],
    ['Quayside Sun-Times', 'quayside.suntimes.com', true],
    ['HARBORWIRE.net', 'sports.harborwire.net', true],
    ['Quay News', 'harborwire.com', false],
    ['Stock Photos', 'harborweekly.com', false],
  ];
  for (const [name, domain, want] of fits) assert.equal(nameFitsDomain(name, domain), want, `${name} ~ ${domain}`);
  assert.equal(domainCore('https://www.hctimes.com/2021/03/14/x.html'), 'hctimes');
  assert.equal(abbreviates('hct', ['harbor', 'city', 'times']), true);
  const suffixes = ['inc', 'llc', 'ltd', 'limited', 'media', 'network', 'newspapers'];
  assert.equal(stripSuffixes('Gadgetly, Inc.', suffixes), 'Gadgetly');
  assert.equal(stripSuffixes('Al Harbor Media Network', suffixes), 'Al Harbor');
  assert.equal(stripSuffixes('Quayside Star Newspapers Ltd.', suffixes), 'Quayside Star');
  // An initialism keeps its dots; a suffix written with dots is still a suffix.
  assert.equal(stripSuffixes('U.S. Harbor & World Review L.P.', [...suffixes, 'l.p']), 'U.S. Harbor & World Review');
  assert.equal(stripSuffixes('Harbor Ledger.', suffixes), 'Harbor Ledger');
});

test('a name the page credits as its writer: a credit line, then its end, a cell, a date or a time; the next line; a given name', () => {
  const notPerson = ['news', 'press', 'staff', 'marketing'];
  const cases: [string, string, boolean][] = [
    ['Posted by Ansel Quarry March 26, 2017 4 Comments', 'Ansel Quarry', true],
    ['Posted by Ansel Quarry at 12:55 AM', 'Ansel Quarry', true],
    ['Body text.\nBy Ansel Quarry\nPublished May 14, 2020', 'Ansel Quarry', true],
    ['  • By Ansel Quarry | Harbor Desk', 'Ansel Quarry', true],
    ['Written by: Ansel Quarry, Contributor', 'Ansel Quarry', true],
    ['BY ANSEL QUARRY', 'ANSEL QUARRY', true],
    // Negatives: an organisation or a trade credited as writer may be the outlet; "by" inside a sentence,
    // a photo credit, a longer name, a name that is no credit at all.
    ['By Harbor News', 'Harbor News', false],
    ['Written by Harbor Marketing', 'Harbor Marketing', false],
    ['The survey was run by Ansel Quarry, a pollster.', 'Ansel Quarry', false],
    ['Photo by Ansel Quarry', 'Ansel Quarry', false],
    ['By Ansel Quarryman', 'Ansel Quarry', false],
    ['By Ansel Quarry Holdings Group of the valley', 'Ansel Quarry', false],
    ['Ansel Quarry\n© 2023 Ansel Quarry', 'Ansel Quarry', false],
    ['By Harborlight', 'Harborlight', false],
    // The name alone on the line after a credit's "by" (a blog's author box).
    ['Body text.\nWritten on Mar 3 by\nAnsel Quarry\nFollow', 'Ansel Quarry', true],
    ['Body text.\nBy\nAnsel Quarry', 'Ansel Quarry', true],
    ['Body text.\nPublished by\nThe Harbor Lantern', 'The Harbor Lantern', false],
    ['Body text.\nPublished by\nHarbor News', 'Harbor News', false],
    ['A report compiled by\nAnsel Quarry and his team', 'Ansel Quarry', false],
    // One word: the given name of the one person credited, written nowhere alone.
    ['By Ansel Quarry\nMore by Ansel\nFollow Ansel on social media', 'Ansel', true],
    ['Written by Ansel Quarry\nBody text.\nBy Ansel Quarry', 'Ansel', true],
    // Negatives: a brand in its logo, a brand signing several desks, a section credited, a lower-case word.
    ['Ansel\nBy Ansel Quarry', 'Ansel', false],
    ['By Harborly Team\nBy Harborly Deals', 'Harborly', false],
    ['By Harborly Deals', 'Harborly', false],
    ['By Harborly News', 'Harborly', false],
    ['Body text about Ansel.', 'Ansel', false],
  ];
  for (const [text, name, want] of cases) assert.equal(credited(name, text, notPerson), want, text);
});

test('a person the page credits as its writer is no outlet, with the reason in the report', async () => {
  const cases: [string, string][] = [
    ['a blog post "Posted by" its writer, who also holds the copyright', page('Harbor Silicon Notes', '', 'Tuesday, March 3, 2015', '', 'A Teardown of the Board', '', 'Body text about the board and its chips.', '', 'Posted by Ansel Quarry at 12:55 AM', '', 'About Me', '', 'Ansel Quarry', '', 'Copyright (C) 2012-2014 Ansel Quarry. Content licensed under CC-BY.')],
    ['a post credited with its date, an author box and a copyright', page('Story headline for the test', '', 'Posted by Ansel Quarry March 26, 2017 4 Comments', '', 'Body text.', '', 'About Ansel Quarry', '', 'Ansel Quarry writes about comics.', '', '© 2017 Ansel Quarry')],
  ];
  for (const [name, text] of cases) {
    const file = await run(text);
    assert.equal(file.data.outlet, undefined, name);
    assert.deepEqual(file.data.byline?.value, ['Ansel Quarry'], name);
    assert.ok(file.messages.some((m) => m.ruleId === 'outlet-unsure' && /credits as its writer/u.test(m.reason)), name);
  }
});

test('the first name of a firm\'s ("X, Y & Co.") is a piece of a name', () => {
  const cases: [string, string, boolean][] = [
    ['Quillmark', 'Copyright © 2021 Quillmark, Harrow & Co. Ltd. All rights reserved', true],
    ['Quillmark', 'Quillmark, Harrow and Sons', true],
    ['Quillmark', '© Quillmark, Harrow Vane & Company', true],
    ['Harbor Star', '© 2021 Harbor Star, Quill & Co', true],
    // Negatives: a list of names, a longer name, a word that only starts like "Co".
    ['Quillmark', 'Quillmark, Harrow and Tom Vane', false],
    ['Harbor', '© Harbor Star, Quill & Co', false],
    ['Quillmark', 'Quillmark, Harrow & Coke', false],
    ['Quillmark', 'Copyright © 2021 Quillmark. All rights reserved', false],
  ];
  for (const [name, text, want] of cases) assert.equal(partOfFirm(name, text), want, text);
});

test('a domain the page only lists, links to or credits is not its own', () => {
  const cases: [string, string, boolean][] = [
    ['harborpost.com', 'Body text.\n\nOur network\n  • HarborPost.com\n  • QuayDaily.com\n\nMore\n      □ HarborPost.com', true],
    ['quillfonts.com', 'Set in <a href="https://quillfonts.com/products/serif">Quill Serif</a> and\nhttps://www.quillfonts.com/about', true],
    ['lensquay.com', 'The finish line. (Ana Ruiz/LensQuay.com)\nThe podium. (Ana Ruiz/LensQuay.com)', true],
    // Negatives: the domain also stands in the text, in a copyright (whatever follows it), in an address,
    // alone on a line, or in a link with no path; a name that is no domain; a domain the page never writes.
    ['harborpost.com', '  • HarborPost.com\n\nHarborPost.com is the harbor\'s own paper.', false],
    ['harborpost.com', '  • HarborPost.com\n\nCopyright ©2023 HarborPost.com/Harbor Media. All Rights Reserved.', false],
    ['harborpost.com', '  • HarborPost.com\n\nWrite to desk@harborpost.com', false],
    ['harborpost.com', '  • HarborPost.com\nharborpost.com', false],
    ['harborpost.com', '  • HarborPost.com\n[https://harborpost.com]', false],
    ['Harbor Post', '  • Harbor Post', false],
    ['harborpost.com', 'Body text.', false],
    // A photo credit's copyright names the picture's rights holder, not the page's: "©QuayStock.com/Jo Roe".
    ['quaystock.com', 'Body text.\n\nPhoto credit: ©QuayStock.com/Jo Roe, ©QuayStock.com/Ann Lee', true],
    ['quaystock.com', 'Body text.\nImages: © quaystock.com/Jo Roe', true],
    // Negatives: the site's own copyright line, and a credit line that also writes the domain in its text.
    ['quaystock.com', 'Body text.\n\nCopyright © 2024 QuayStock.com/Quay Media. All rights reserved.', false],
    ['quaystock.com', 'Photo credit: ©QuayStock.com/Jo Roe\nQuayStock.com is the harbor\'s picture desk.', false],
    // The source of a listed link to another site's article: glued after its title, after a title and a separator
    // ending a bulleted entry, or alone on a line indented under the entry.
    ['harborpost.com', 'Body text.\n  • Why Tides Turn Latewww.harborpost.com\n  • Another Story', true],
    ['harborpost.com', 'Body text.\n  • Choosing Tools · HarborPost.com\n      □ 2022-04-12 Link to Choosing Tools · HarborPost.com', true],
    ['harborpost.com', 'Body text.\n  • A Story About the Harbor\n    www.harborpost.com\n  • [http]\n\n    HarborPost.com', true],
    // Negatives: a title and a separator on a line that is no list entry, text after the domain, a line as deep as
    // the entry above, a domain under an entry that writes it, "www." after a space.
    ['harborpost.com', 'Choosing Tools · HarborPost.com', false],
    ['harborpost.com', '  • Choosing Tools · HarborPost.com is ours', false],
    ['harborpost.com', '  • A Story About the Harbor\n  harborpost.com', false],
    ['harborpost.com', '  • Read HarborPost.com\n    harborpost.com', false],
    ['harborpost.com', 'Body text.\nVisit www.harborpost.com', false],
  ];
  for (const [name, text, want] of cases) assert.equal(linkedOnly(name, text), want, text);
  // The dump's own URL line names the site, path and all.
  const dump = 'URL: https://harborpost.com/a\nBody text.';
  assert.equal(linkedOnly('harborpost.com', dump), true);
  assert.equal(linkedOnly('harborpost.com', dump, { start: 0, end: dump.indexOf('\n') }), false);
  // The chain sees plain dumps unindented (run/read-dump.ts): the widths kept beside the text decide.
  const { text, indents } = unindent('Body text.\n  • A Story About the Harbor\n    www.harborpost.com\n');
  assert.equal(linkedOnly('harborpost.com', text, undefined, indents), true);
  const flat = unindent('Body text.\n  • A Story About the Harbor\n  www.harborpost.com\n');
  assert.equal(linkedOnly('harborpost.com', flat.text, undefined, flat.indents), false);
});

test('a company known only from the copyright line is the rights holder, not the site', () => {
  const trades = ['television', 'publications', 'interactive', 'digital'];
  const cases: [string, string, boolean][] = [
    ['Harrow Vane Television', 'Body text.\n\n(Copyright (c) 2023 Harrow Vane Television. All Rights Reserved.)', true],
    ['Quillmark Publications', 'Quillmark Publications\n\nBody text.\n\nCopyright © 2025 Quillmark Publications, Inc.', true],
    ['Harbor Interactive', 'Visit other Harbor Interactive sites\n© 2019 Harbor Interactive. All rights reserved.', true],
    // Negatives: the brand stands alone elsewhere (a menu, the text), the name is on no copyright line, its
    // last word is no trade word, or it is the trade word alone.
    ['Harbor Interactive', 'HARBOR+ TRY FREE\n  • Harbor Awards\n© 2023 Harbor Interactive, LLC', false],
    ['Quillmark Publications', 'Every item was chosen by a Quillmark editor.\n©2025 Quillmark Publications, Inc.', false],
    ['The Harbor Publications', '  • About The Harbor Publications', false],
    ['Harbor Ledger', '© 2023 Harbor Ledger', false],
    ['Television', '© 2023 Television', false],
    // The brand written off the copyright only as the first word of two names or more: a family of names, the holder
    // the company behind them; with one such name only (the site's own show) or the brand also alone, kept.
    ['Harbor Interactive', '  • Harbor News App\nBy Jo Roe / Harbor News\nHarbor Sports\n© 2019 Harbor Interactive Inc.', true],
    ['Harbor Digital', 'Harbor Weather\nHarbor Traffic\n© Harbor Digital Pty Ltd 2017', true],
    ['Harbor Interactive', 'Harbor News\nHarbor Sports\nWatch Harbor tonight.\n© 2019 Harbor Interactive Inc.', false],
    ['Harbor Interactive', 'Harbor News\nHarbor News\n© 2019 Harbor Interactive Inc.', false],
  ];
  for (const [name, text, want] of cases) assert.equal(companyOnly(name, text, trades), want, text);
});

test('no outlet, with the reason, for a firm\'s first name, a job title or a platform', async () => {
  const cases: [string, string, RegExp][] = [
    ['a copyright held by "X, Y & Co."', page('Story headline for the test', '', 'Body text.', '', 'Copyright © 2021 Quillmark, Harrow & Co. Ltd. All rights reserved'), /first name of a firm/u],
    ['a share bar\'s platform', page('Story headline for the test', '', 'Body text.', '', 'Share on', 'Facebook', 'Twitter', '', 'Follow us on Facebook'), /job title, a place or a platform/u],
    ['a job title in a copyright', page('Body text.', '', '© 2023 The Author. All rights reserved.'), /job title, a place or a platform/u],
    ['a blog\'s pagination', page('Story headline for the test', '', 'Body text.', '', 'Newer Post Older Post', '', 'Follow this blog by email'), /a piece of a sentence, a price, a time or a page link/u],
  ];
  // Names that are no names: a possessive, a sentence's end, a price, a time of day, a blog's pagination.
  const notNames: [string, boolean][] = [
    ['Harbor Agency’s', true],
    ["Crown.' Streamer", true],
    ['Join for 45p/week', true],
    ['Tonight 9.30pm', true],
    ['Newer Post Older Post', true],
    ['Older Posts', true],
    // Negatives: a possessive inside a name, digits that are part of a name, a word that only starts like "Older".
    ["Ana's Harbor Blog", false],
    ['Channel 9 Harbor', false],
    ['Harbor 24/7', false],
    ['Olderbrook Post', false],
  ];
  for (const [name, want] of notNames) assert.equal(notAName(name), want, name);
  for (const [name, text, reason] of cases) {
    const file = await run(text);
    assert.equal(file.data.outlet, undefined, name);
    assert.ok(file.messages.some((m) => m.ruleId === 'outlet-unsure' && reason.test(m.reason)), name);
  }
  // The site's own copyright still names it.
  assert.equal((await run(page('Body text.', '', 'Copyright © 2023, Daily Planet | Terms of Service | Privacy Policy'))).data.outlet?.value, 'Daily Planet');
});

test('the outlet of a page, from its own text', async () => {
  const cases: [string, string, string | undefined][] = [
    ['a copyright line', page('Body text.', '', 'Copyright © 2023, Daily Planet | Terms of Service | Privacy Policy'), 'Daily Planet'],
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
      page('By Jonah Tremlett', 'Body text.', '(Image credit: Future / Jonah Tremlett)', '(Image credit: Future / Jonah Tremlett)', '(Image credit: Future / Jonah Tremlett)', 'TechNova is part of Future US Inc'),
      'TechNova',
    ],
    ['a blog author credited "Written by" is not the outlet', ['Harbor Wanderer', '', 'Follow', '', 'Harbor Wanderer', '', 'Body text.', '', 'Written by Harbor Wanderer', ''].join('\n'), undefined],
    ['a photo credit\'s copyright is not the outlet', page('(Image: © Hooded Horse)', 'Body text.'), undefined],
    ['chrome words are not an outlet', page('Body text.', '', '© 2023 Privacy Policy Terms of Use'), undefined],
    // Names in an article's prose are not its publisher.
    ['a source the article cites is not its publisher', 'Star Weds in Secret\n\nThe actress married on Saturday, her rep told People.\n\nThe couple met in 2019.', undefined],
    ['a person in prose is never the outlet', 'Gunman Kills Three\n\nPolice found Anthony Marlowe on the highway.\n\nMarlowe said nothing. Marlowe is part of the staff of a firm, police said.', undefined],
    ['a team whose name runs on to "contributors" is not the outlet', 'Guard Suspended\n\n"The Harbor Hawks have long been good neighbours and generous contributors to this town," Roe said.', undefined],
    ['"at X, she" in mid-sentence is a place, not a bio', 'Crash\n\nNow that Marlow is home at Quayside Rest Clinic, she has hired a new lawyer.', undefined],
    ['an apposition after a title is a person', 'Shooting\n\nHe hit the court reporter, Mary Ann Pellow, in the arm.', undefined],
    ['a headline opening an article-only text is not a masthead', 'Software Maker Patches Major Bug\n\nThe company released a fix on Tuesday.', undefined],
    ["the site's own name beats its parent company's copyright", page('Body text.', '', 'More from Harbor Weekly', '©2023 Hearst Magazine Media, Inc. All Rights Reserved.'), 'Harbor Weekly'],
    ['an outlet whose name opens like a given name is not a person', page('Body text.', '', '© 2023 Al Harbor. All rights reserved.'), 'Al Harbor'],
    ['a byline "By The X" credits the outlet', page('By', 'The Valley Citizen', 'Body text.', '', '© The Valley Citizen 2023. Website by Studio'), 'The Valley Citizen'],
    ['a domain alone on a footer line names the site', page('Body text.', '', 'harborledger.com'), 'harborledger.com'],
    ['a domain mentioned once in prose does not', 'Fans Mourn\n\nFans left notes on bettyfans.com after the news.', undefined],
    ['an acronym the page spells out is named in full', page('Welcome to Search Gadget Weekly', ...Array.from({ length: 12 }, (_, i) => `Body text, paragraph ${i}.`), '', 'About SGW'), 'Search Gadget Weekly'],
    ['a preposition opening a sentence is not part of a possessive name', 'Podcast Row\n\nOn Joe Brandtley’s podcast, guests argued. Brandtley said so.', undefined],
    ['"more from" in prose is not a site heading', 'Poll Shift\n\nExpect more from Pellow and Quarles next week.', undefined],
    ['a book excerpt\'s copyright "by" its author is not the outlet', page('Body text.', '', 'Copyright © 2024 by Jane Marlow. Reprinted with permission.'), undefined],
    ['a logo line echoing the name gives the name once', page('Harbor Herald Logo Harbor Herald', 'Body text.', '', '© 2023 Harbor Herald'), 'Harbor Herald'],
    ['a known outlet\'s domain cited once in prose is not the publisher', 'Doctor Picked\n\nAccording to harborpost.com, the doctor is the first choice.', undefined],
    ['a person\'s staff is not a site\'s staff credit', 'Panel Row\n\nPellow\'s staff made this announcement on Friday.', undefined],
    ['a camel-cased site name is a name ("eWeek")', page('Body text.', '', 'Jane Roe is gWidget\'s Editor-in-Chief and covers chips.'), 'gWidget'],
    ['a site heading over its list names the site', page('Body text.', '', 'Top reads on Harbor Ledger this week', '  • One story'), 'Harbor Ledger'],
    ['a one-word name is shown as the copyright writes it in full', page('Body text.', '', 'More from the Ledger', 'Jo Roe is a columnist for the Ledger.', '© 2023 Harbor Ledger Newspapers Ltd.'), 'Harbor Ledger'],
    // A copyright's year is not part of the name; a count or a measure opens a phrase, not a name.
    ['a year before the copyright holder is cut', page('Body text.', '', 'Copyright © 2020. Quayside Global Corp. All Rights Reserved'), 'Quayside Global'],
    ['a span of years alone names nobody', page('Body text.', '', '© 2002-2017 All rights reserved.'), undefined],
    ['a span of years before a word that names no outlet names nobody', page('Body text.', '', '© 2001-2020 This site is run by volunteers.'), undefined],
    ['a count opening a line is no name', ['1,204 Stories & Essays', '', 'Body text.', '', '1,204 Stories & Essays'].join('\n'), undefined],
    ['"About Me" names no outlet', page(...Array.from({ length: 12 }, (_, i) => `Body text, paragraph ${i}.`), '', 'About Me'), undefined],
    // A name running on into a sentence is written as it is: only a logo's echo is said once.
    ['a doubled name the page writes again stays doubled', page('SIGN UP FOR CLINK CLINK LETTERS', '', 'Body text.', '', 'Clink Clink uses cookies to count its readers.', 'Clink Clink may earn a commission on sales.'), 'Clink Clink'],
    ['a one-word logo echo running into prose is said once', ['Quaybeat Quaybeat is the harbor\'s music site', '', 'Body text.', '', '© 2023 Quaybeat', 'Quaybeat'].join('\n'), 'Quaybeat'],
    // A one-word name the page mostly writes as the start of a longer one was cut short by the pattern that caught it.
    [
      'a name cut short is shown as the page mostly writes it',
      page(...Array.from({ length: 12 }, (_, i) => `Body text, paragraph ${i}.`), '', 'Have Quillon Quarterly sent to you each week', 'Quillon Quarterly welcomes letters from readers.', '', 'About Quillon'),
      'Quillon Quarterly',
    ],
    [
      'a name mostly written alone stays as it is',
      page(...Array.from({ length: 12 }, (_, i) => `Body text, paragraph ${i}.`), '', 'Quillon Quarterly is our print edition.', 'Quillon', '', 'About Quillon'),
      'Quillon',
    ],
    // Better none than wrong: a wire's copyright alone may be a site's reprint (a newsroom's registry can vouch for the wire).
    ['a wire copyright alone on article-only text names nobody', 'Storm Hits Coast\n\nMIAMI (AP) — A storm hit the coast.\n\nCopyright 2008 The Associated Press. All rights reserved.', undefined],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.outlet?.value, want, name);
});

// The registry is a newsroom's own (the project ships it empty): invented entries stand in for one.
const registry = [
  outletEntry({ name: 'Harbor Wire', aliases: ['Harbor Wire Service'], domains: ['harborwire.com'] }),
  outletEntry({ name: 'The Associated Press', aliases: ['Associated Press', 'AP'] }),
  outletEntry({ name: 'Quay News', aliases: ['Quay News Digital'], domains: ['quaynews.com'], markers: ['You can now hear Quay News stories'] }),
];

test('a newsroom registry normalizes, vouches and marks; unknown names pass through', async () => {
  const cases: [string, string, string | undefined][] = [
    ['a known alias is written as the registry names it', page('Body text.', '', '© 2023 Harbor Wire Service. All rights reserved.'), 'Harbor Wire'],
    ['a company copyright alone names the outlet, in the registry\'s spelling', page('Body text.', '', '©2023 QUAY News Network, LLC. All rights reserved.'), 'Quay News'],
    ['a marker names the outlet wherever it stands', page('Listen', 'You can now hear Quay News stories!', '', 'Body text.'), 'Quay News'],
    ['a wire the registry knows, crediting article-only text', 'Storm Hits Coast\n\nMIAMI (AP) — A storm hit the coast.\n\nCopyright 2008 The Associated Press. All rights reserved.', 'The Associated Press'],
    ['an unknown name is written as the page writes it', page('Body text.', '', '© 2023 Daily Planet'), 'Daily Planet'],
    // Negatives: a known outlet only cited or mentioned is not the publisher.
    ['a known outlet\'s domain cited once in prose', 'Doctor Picked\n\nAccording to quaynews.com, the doctor is the first choice.', undefined],
    ['a known outlet the article talks to', 'Star Weds\n\nThe actress married on Saturday, her rep told Quay News.\n\nThe couple met in 2019.', undefined],
  ];
  for (const [name, text, want] of cases) assert.equal((await runWithOutlets(text, registry)).data.outlet?.value, want, name);
  assert.equal((await run(page('Body text.', '', '©2023 QUAY News Network, LLC. All rights reserved.'))).data.outlet?.value, 'QUAY News', 'without a registry the page\'s spelling');
});

test('the shipped registry is empty: no corpus answers in the project', async () => {
  assert.deepEqual((await projectConfig()).outlets.outlets, []);
});
