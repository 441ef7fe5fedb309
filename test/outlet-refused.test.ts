import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromeName, creditOnly, publisherName } from '../pipeline/stages/outlet/not-outlet.js';

test('a name the page writes only in a credit for a piece of it: a picture, a caption, a data provider, a bare mark above the page\'s rights', () => {
  const cases: [string, string, boolean][] = [
    ['QUAYSTATS', 'Body text.\n\nMatch data © QUAYSTATS 2024', true],
    ['Harbor Maps', 'Body text.\nMap data ©2024 Harbor Maps', true],
    ['Ann Lee', 'Jo Roe at the harbor in 2015. (© 2015 Ann Lee)\nMore text.', true],
    ['Quay Studio', 'Photo: © Quay Studio\nBody text.\nImage courtesy © Quay Studio', true],
    ['Quay Pictures', 'A still from the film\n\n©  Quay Pictures\n\nBody text.\n\n© 2024 Harbor Ledger', true],
    ['The Quay Herald', 'Body text of a story the site carries.\n© 2017, The Quay Herald\nMore stories\nCopyright © 2017 The Harbor Ledger Company', true],
    ['QUAYWIRE.COM', 'Body text.\nCopyright 2017 QUAYWIRE.COM.\n© 2017 Harbor Ledger', true],
    // Negatives: the name also stands on a line of its own or in the text, the site's own copyright line, a name
    // the page never writes.
    ['QUAYSTATS', 'QUAYSTATS\n\nBody text.\n\nMatch data © QUAYSTATS 2024', false],
    ['Harbor Ledger', 'Body text.\n\n© 2024 Harbor Ledger. All rights reserved.', false],
    ['Harbor Ledger', 'Body text.\n\n© 2024 Harbor Ledger (all rights reserved)', false],
    ['Ann Lee', 'Body text by Ann Lee.\n(© 2015 Ann Lee)', false],
    ['Harbor Ledger', 'Body text.', false],
    // A bare mark and a name: the site's own when no rights line below names another, or when it is the last.
    ['Harbor Ledger', 'Body text.\n© Harbor Ledger', false],
    ['Quay Pictures', 'A still\n© Quay Pictures\nBody text.\n© 2024 Quay Pictures Ltd', false],
    ['Quay Pictures', 'A still\n© 2019 Quay Pictures, with thanks\nBody text.\n© 2024 Harbor Ledger', false],
    ['The Quay Herald', 'The Quay Herald\nBody text.\n© 2017, The Quay Herald\n© 2017 Harbor Ledger', false],
    ['Harbor Ledger DAC', 'Body text.\n© 2023 Harbor Ledger DAC\n  • Privacy\n  • Copyright', false],
  ];
  for (const [name, text, want] of cases) assert.equal(creditOnly(name, text), want, text);
});

test('a publishing group with or without its "The", and chrome words, whatever their case', () => {
  const publishers = ['Quaygroup', 'Harbor Holdings Media'];
  const pubs: [string, boolean][] = [
    ['Quaygroup', true],
    ['The Quaygroup', true],
    ['the harbor holdings media', true],
    // Negatives: a longer name that opens with the group's, a name that holds it inside.
    ['Quaygroup Sports', false],
    ['The Quaygroup Ledger', false],
  ];
  for (const [name, want] of pubs) assert.equal(publisherName(name, publishers), want, name);
  const chrome = ['RSS', 'Show', 'Full Story'];
  const names: [string, boolean][] = [
    ['RSS', true],
    ['show', true],
    ['Full Story', true],
    // Negatives: a name holding a chrome word is still a name.
    ['Harbor Show Daily', false],
    ['Full Story Weekly', false],
  ];
  for (const [name, want] of names) assert.equal(chromeName(name, chrome), want, name);
});
