// Names that are pieces of the page's phrases (outlet/not-outlet.ts), refused by the table (outlet/refusals.ts): an
// everyday word the page capitalises only inside one longer name (onePhrase: a piece of a menu entry, a heading or a
// holder's name), a phrase its sentences write in lower case (lowerPhrase: a topic), a run of capitals cut from a menu in capitals
// (capsRun). Invented names throughout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capsRun, lowerPhrase, onePhrase } from '../pipeline/stages/outlet/not-outlet.js';
import { refusalOf } from '../pipeline/stages/outlet/refusals.js';
import { projectConfig } from './helpers.js';

const KINDS = ['magazine', 'news', 'inc', 'media'];

test('a word written capitalised only inside one longer name', () => {
  const cases: [string, string, string, boolean][] = [
    ['always before the same word', 'Smart', '  • Smart Home\nA smart lock opens the door.\nSmart Home', true],
    ['always after the same word', 'Information', 'Some information for travellers.\n  • Contact Information', true],
    ['after the same word, a lower-case "the" between', 'Case', 'That was not the case.\nFollow the Case', true],
    ['all capitals count as capitalised', 'Garden', 'GARDEN CENTRE\nGarden Centre', true],
    // Negatives: standing alone, with other words each time, a trade or a legal form after it, lower case only,
    // "The" before it, more than one word.
    ['its logo line alone', 'Lantern', 'Lantern\n  • Lantern Deals\nBody text.', false],
    ['with other words each time', 'Lantern', 'Lantern Deals\nDaily Lantern\nLantern Weekly', false],
    ['before different words', 'Lantern', 'Lantern Deals\nLantern Weekly', false],
    ['a trade after it', 'Lantern', 'Body text.\nSubscribe to Lantern Magazine\nLantern Magazine', false],
    ['a legal form after it', 'Lantern', 'Body text.\n© 2024 Lantern Inc', false],
    ['lower case only', 'lantern', 'a lantern light', false],
    ['"The" before it', 'Lantern', 'Read The Lantern\nThe Lantern', false],
    ['never written', 'Lantern', 'Body text.', false],
    ['more than one word', 'Harbor Lantern', 'Home Harbor Lantern', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(onePhrase(name, text, KINDS), want, why);
});

test('the refusal takes everyday words only: a made-up brand inside one phrase stays', async () => {
  const config = await projectConfig();
  const page = (name: string, line: string) => ({ full: name, shaped: name, text: `${line}\nBody text of the story.\n${line}`, config });
  assert.match(refusalOf(page('Information', 'Contact Information')) ?? '', /inside one longer name/u);
  assert.equal(refusalOf(page('Quillory', 'Quillory Home')), undefined);
});

test('an everyday word written only before a legal form or a company\'s word is a piece of the holder\'s name', async () => {
  const config = await projectConfig();
  const page = (name: string, line: string) => ({ full: name, shaped: name, text: `Body text of the story.\n${line}`, config });
  const cases: [string, string, RegExp | undefined][] = [
    ['Harvest', '© 2021 Harvest Newspapers Limited. All rights reserved.', /inside one longer name/u],
    ['Harvest', 'Copyright © 2017 Harvest Inc. All rights reserved.', /inside one longer name/u],
    // Negatives: an organisation's word after it (the publication's own name), the word alone somewhere, a made-up brand.
    ['Harvest', 'Subscribe to Harvest Magazine\n© 2021 Harvest Magazine', undefined],
    ['Harvest', 'Harvest\n© 2021 Harvest Inc. All rights reserved.', undefined],
    ['Quillory', '© 2021 Quillory Newspapers Limited.', undefined],
  ];
  for (const [name, line, want] of cases) {
    const got = refusalOf(page(name, line));
    if (want) assert.match(got ?? '', want, line);
    else assert.doesNotMatch(got ?? '', /inside one longer name/u, line);
  }
});

test('a phrase the page\'s sentences write in lower case, twice or more', () => {
  const cases: [string, string, string, boolean][] = [
    ['a heading\'s topic', 'Tide Tables', 'Tide Tables — Read Them Well\nMost tide tables are printed a year ahead. Reading tide\ntables takes practice.', true],
    ['"The" aside', 'The Tide Tables', 'The Tide Tables\nMost tide tables are printed early; old tide tables too.', true],
    // Negatives: once only, capitals kept in the text, one word, a name all in lower case, a piece of a URL.
    ['once only', 'Tide Tables', 'Tide Tables\nMost tide tables are printed a year ahead.', false],
    ['capitals kept', 'Harbor Weekly', 'Harbor Weekly\nA Harbor Weekly survey found, as Harbor Weekly wrote, that tides rise.', false],
    ['one word', 'Tides', 'Tides\nThe tides rise; tides fall.', false],
    ['all lower case', 'tide tables', 'tide tables and tide tables', false],
    ['hyphens between', 'Tide Tables', 'Tide Tables\nhttps://quay.example/tide-tables and /tide-tables', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(lowerPhrase(name, text), want, why);
});

test('a run of capitals the page writes only inside a menu line in capitals', () => {
  const cases: [string, string, string, boolean][] = [
    ['a menu line run together', 'HARBOR FORUMS', 'ABOUT HARBOR FORUMS LOGIN REGISTER\nBody text.', true],
    ['one word', 'QUAYCAST', 'NEWS QUAYCAST EVENTS\nBody text.', true],
    // Negatives: at a line's start or end, alone, lower case beside it, a name with lower case, never written.
    ['at the line\'s start', 'HARBOR FORUMS', 'HARBOR FORUMS LOGIN\nABOUT HARBOR FORUMS LOGIN', false],
    ['alone somewhere', 'HARBOR FORUMS', 'HARBOR FORUMS\nABOUT HARBOR FORUMS LOGIN', false],
    ['words in lower case beside it', 'HARBOR FORUMS', 'Read HARBOR FORUMS Today', false],
    ['a name with lower case', 'Harbor Forums', 'ABOUT Harbor Forums LOGIN', false],
    ['never written', 'HARBOR FORUMS', 'Body text.', false],
  ];
  for (const [why, name, text, want] of cases) assert.equal(capsRun(name, text), want, why);
});
