import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captionTwins, isCredit } from '../pipeline/stages/chrome/caption.js';
import { wordsOf } from '../pipeline/stages/chrome/classify.js';
import { flat, PROSE, runArticle, w3m } from './helpers.js';

// Invented credits and captions; each negative is a line an article or a title may well hold.
const CREDITS: [string, boolean][] = [
  ['Jane Doe / The Example Times', true],
  ['Mara Quill / Pool / Example Press Agency', true],
  ['J. R. Lindqvist / EPA', true],
  ['Crowds line the river for the regatta on Sunday. (Example Photo/Jane Doe)', true],
  ['Crowds line the river for the regatta on Sunday. (Example Photo/\nJane Doe)', true],
  ['The mayor speaks at the opening of the new depot. Tom Reyes / The Example Herald', true],
  ['The mayor speaks at the opening of the new depot. (Tom Reyes)', true],
  ['The mayor speaks at the opening of the new depot. Photo / Example Images', true],
  // negatives
  ['The council will vote again on Tuesday, the chair said. Jane Roe/JR', false], // an editor's sign-off
  ['Rock / Pop', false], // one word before the slash
  ['Mayor and council / a year of rows over buses', false], // lower case after the slash
  ['The mayor spoke for an hour (and took questions).', false], // not a name in the brackets
  ['Results for the spring regatta: Jane Doe / Example Club', false], // no name at the line's start
  ['AC/DC announce a new tour of the northern cities', false],
];

for (const [text, credit] of CREDITS) {
  test(`caption: ${credit ? 'a credit' : 'no credit'}: ${JSON.stringify(text)}`, () => {
    assert.equal(isCredit(text), credit);
  });
}

const CAPTION = 'Commuters wait for a bus at the downtown terminal during the morning rush on Monday.';
const twins = (texts: string[]) => [...captionTwins(texts, texts.map((t) => wordsOf(t).length), 8)].sort();

test('caption: a caption printed bare, then again with its credit in brackets, is both of them', () => {
  assert.deepEqual(twins([CAPTION, `${CAPTION} (Jane Doe / Example Images)`, PROSE[0]]), [0, 1]);
  // a credit line may stand between the two printings
  assert.deepEqual(twins([CAPTION, 'Jane Doe / Example Images', `${CAPTION} (Jane Doe / Example Images)`]), [0, 2]);
});

test('caption: a paragraph printed again with other words after it is no caption pair', () => {
  assert.deepEqual(twins([PROSE[0], `${PROSE[0]} Read more`]), []); // a teaser's "Read more"
  assert.deepEqual(twins([PROSE[0], PROSE[1], PROSE[2], `${PROSE[0]} (Jane Doe)`]), []); // too far apart
  assert.deepEqual(twins(['Buses run late', 'Buses run late (again)']), []); // too short to be a caption
});

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
const TITLE = 'Council votes to expand the bus network north';
const page = (...above: string[]) => w3m(['Skip to main content', '', MENU, '', TITLE, '', ...above.flatMap((a) => [a, '']), ...PROSE.slice(0, 5).flatMap((p) => [p, ''])].join('\n'));

test('caption: the lead photo’s caption pair is neither the article’s start nor its title', async () => {
  const dump = page('Jane Doe / Example Images', CAPTION, `${CAPTION} (Jane Doe / Example Images)`);
  const file = await runArticle(dump);
  assert.equal(file.data.headline?.value, TITLE);
  const body = flat(file.data.body);
  assert.ok(body.includes(PROSE[0]), body);
  assert.ok(!body.includes('Commuters wait'), body);
  // the caption is judged a credit, and its removal is a placed message (before the article: outside it)
  const judged = file.data.article?.paras.filter((p) => p.text.includes('Commuters wait')) ?? [];
  assert.deepEqual(judged.map((p) => p.rule), ['chrome-credit', 'chrome-credit']);
  assert.ok(file.messages.some((m) => m.source === 'copydesk-chrome' && m.line), 'the removal is reported');
});

test('caption: an article’s last paragraph closed by an editor’s sign-off stays', async () => {
  const last = `${PROSE[5] ?? PROSE[4]} Jane Roe/JR`;
  const dump = w3m(['Skip to main content', '', MENU, '', TITLE, '', ...PROSE.slice(0, 4).flatMap((p) => [p, '']), last, ''].join('\n'));
  const body = flat((await runArticle(dump)).data.body);
  assert.ok(body.includes('Jane Roe/JR'), body);
});
