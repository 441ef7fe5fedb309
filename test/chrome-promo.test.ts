// Promotions (chrome/rules.yaml promo_patterns): a teaser line labelling a link to another story, a
// newsletter sign-up box and the consent line under its form are chrome wherever they stand, inside the
// article or after it; prose that only mentions a newsletter, or opens with "More" or "Next", is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
const article = (middle: string[], after: string[] = []) =>
  w3m(['Skip to main content', '', MENU, '', 'Council votes to expand the bus network north', '', PROSE[0], '', PROSE[1], '', ...middle.flatMap((m) => [m, '']), PROSE[2], '', PROSE[3], '', PROSE[4], '', ...after.flatMap((m) => [m, ''])].join('\n'), 60);

const SIGNUP = [
  'Valley Transit Newsletter',
  'Sign up to get the week’s rides, route changes and fare news, picked by our editors, in your inbox every Friday.',
  'By submitting your email you agree to our Terms of Use and Privacy Policy and confirm you are 16 or over.',
];
const MENTION = 'The council also voted to mail every household a printed newsletter about the new routes, the first since the last timetable change.';
const NEXT_STEP = 'Next, the transit agency will publish a timetable for the northern routes and ask riders where the first stops should go.';
const MORE_PROSE = 'More than two hundred riders wrote to the council before the vote, most of them asking for a late bus on weekdays.';

const cases: { name: string; dump: string; kept: string[]; dropped: string[] }[] = [
  {
    name: 'a "Read more:" teaser inside the article goes, the prose around it stays',
    dump: article(['Read more: Transit agency hires forty drivers for the northern routes']),
    kept: [PROSE[1], PROSE[2]],
    dropped: ['forty drivers'],
  },
  {
    name: 'a teaser wrapped over two lines is still one teaser',
    dump: article(['SEE ALSO: The mayor explains why the bus network has to grow north before the next election']),
    kept: [PROSE[2]],
    dropped: ['The mayor explains', 'before the next election'],
  },
  {
    name: 'a teaser in brackets, "(MORE: ...)", goes',
    dump: article(['(MORE: Bridge repairs to close the river crossing for a month)']),
    kept: [PROSE[2]],
    dropped: ['Bridge repairs'],
  },
  {
    name: 'a newsletter sign-up box and its consent line after the article go',
    dump: article([], SIGNUP),
    kept: [PROSE[4]],
    dropped: ['Valley Transit Newsletter', 'in your inbox every Friday', 'By submitting your email'],
  },
  {
    name: 'a sign-up box inside the article goes, the article goes on under it',
    dump: article(SIGNUP),
    kept: [PROSE[1], PROSE[2], PROSE[4]],
    dropped: ['Valley Transit Newsletter', 'By submitting your email'],
  },
  {
    name: 'a share prompt that repeats the title after the article goes',
    dump: article([], ['Share or comment on this article: Council votes to expand the bus network north after years of complaints from the riders of the northern suburbs.']),
    kept: [PROSE[4]],
    dropped: ['Share or comment'],
  },
  {
    name: 'prose that mentions a newsletter, and a subhead of more words than a box header, are the article',
    dump: article(['Why the council printed its own newsletter', MENTION]),
    kept: ['Why the council printed its own newsletter', MENTION, PROSE[2]],
    dropped: [],
  },
  {
    name: 'prose that opens with "Next," or "More than" is the article',
    dump: article([NEXT_STEP, MORE_PROSE]),
    kept: [NEXT_STEP, MORE_PROSE, PROSE[2]],
    dropped: [],
  },
  {
    name: 'a pitch that asks a question, then asks for the sign-up, goes',
    dump: article(['Want more transit news? Sign up for the Valley Transit newsletter to get route changes in your inbox.', 'Commute on the north line? Get our weekly rider briefing straight to your inbox.']),
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Want more transit news', 'rider briefing'],
  },
  {
    name: 'prose that asks a question and then mentions a newsletter is the article',
    dump: article(['Why did the council wait so long? Riders had asked for the route in letters, petitions and the agency newsletter for three years.']),
    kept: ['Why did the council wait so long', PROSE[2]],
    dropped: [],
  },
];

for (const c of cases) {
  test(`chrome promo: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(k), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

test('chrome promo: each promotion removed is reported under its own rule', async () => {
  const file = await runArticle(article(['Read more: Transit agency hires forty drivers for the northern routes'], SIGNUP));
  const rules = file.messages.filter((m) => m.source === 'copydesk-chrome').map((m) => m.ruleId);
  assert.ok(rules.includes('chrome-promo'), rules.join(', '));
});
