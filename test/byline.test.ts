import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitNames, unglue } from '../pipeline/text/names.js';
import { byNames } from '../pipeline/stages/byline.js';
import { page, projectConfig, runDump as run } from './helpers.js';

test('byline lines: names without titles, stamps, handles; wire credits', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  const cases: [string, string[] | undefined][] = [
    ['By Christopher Wolf and Julia Haines', ['Christopher Wolf', 'Julia Haines']],
    ['By Chas Danner, Benjamin Hart, and Matt Stieb', ['Chas Danner', 'Benjamin Hart', 'Matt Stieb']],
    ['by Brett Samuels - 12/22/23 11:35 AM ET', ['Brett Samuels']],
    ['By Kent GermanDec 22, 2023', ['Kent German']],
    ['By Charles Fried, Contributing Opinion Writer', ['Charles Fried']],
    ['By: Carla Gomez, Jordeene B. Lagare - @inquirerdotnet', ['Carla Gomez', 'Jordeene B. Lagare']],
    ['By RALPH D. RUSSO and BOB FERRANTE', ['Ralph D. Russo', 'Bob Ferrante']],
    ['By Deborah NetburnStaff Writer', ['Deborah Netburn']],
    ['By Edward KeenanCity Columnist', ['Edward Keenan']],
    ['Headshot of Emma BatyBy Emma BatyPublished: Dec 22, 2023 10:55 AM EST', ['Emma Baty']],
    ['By Erica Nardozzi For Dailymail.Com', ['Erica Nardozzi']],
    ['Matt Asay By Matt Asay', ['Matt Asay']],
    ['By Associated Press3 minute Read', ['Associated Press']],
    // A wire credit alone is the byline as written; beside a person it is dropped.
    ['By Associated Press', ['Associated Press']],
    ['By Minyvonne Burke and The Associated Press', ['Minyvonne Burke']],
    ['By Sun Sentinel Editorial Board | Sun Sentinel', ['Sun Sentinel Editorial Board']],
    // Negatives: consent boilerplate, a brand that starts with "By", a headline-cased phrase.
    ['By entering your email and clicking Sign Up, you agree', []],
    ['BYD Seal', undefined],
    ['Stand by me', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg), want, line);
});

test('name splitting keeps brands and name capitals', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  assert.equal(unglue('InfoWorld and McDonald'), 'InfoWorld and McDonald');
  assert.deepEqual(splitNames("Caitlin O'Kane", cfg), ["Caitlin O'Kane"]);
  assert.deepEqual(splitNames('Disclosure Disclosure', cfg), []);
});

test('the byline of a page, and none where the page names none', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a By line by the date', page('Story headline for the test', 'By Jane Doe', 'December 22, 2023', '', 'Body text.'), ['Jane Doe']],
    ['a label line, then a bio line: only the name', page('Body text.', '', 'Written By', 'Sofia Martinez covers film and television. At TRN, she explores culture.'), ['Sofia Martinez']],
    ['a bare name beside the date', page('Story headline for the test', '', 'Will Shanklin', 'Thu, Dec 21, 2023, 9:42 PM·2 min read', '', 'Body text.'), ['Will Shanklin']],
    ['the nearest By line to the date, not a teaser\'s', page('By Other Writer', '', 'Teaser', '', '', '', '', '', '', '', '', '', '', '', '', '', 'Headline', 'By Jane Doe', 'Published December 22, 2023', '', 'Body.'), ['Jane Doe']],
    ['a job-title line between the name and the date', page('Story headline for the test', '', 'Alex Nguyen', '', 'Breaking News Intern', '', 'Published Dec. 22, 2023 3:44PM EST', '', 'Body.'), ['Alex Nguyen']],
    ['a name with the story\'s age', page('Story headline for the test', '', 'Haje Jan Kamps 2 months', '', 'Body text.'), ['Haje Jan Kamps']],
    ['a name inside a quote is not a byline', page('Story headline for the test', '“By Jane Doe’s account, it worked,” he said.', 'December 22, 2023', '', 'Body.'), undefined],
    ['a headline beside the date is not a name', page('Prevent Dementia By Addressing These Risk Factors', 'December 22, 2023', '', 'Body.'), undefined],
    ['no byline at all', page('Story headline for the test', 'December 22, 2023', '', 'The council met on Tuesday and agreed the budget.'), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
