// The body stage writes a tree of plain constructs (paragraphs, headings, items, rules, fences and `>`
// quotes of text only) directly (stages/body.ts plainBody); anything else goes to remark-stringify with
// the stage's handlers. These pin the direct writing to the stringifier's, on invented dumps of both
// kinds and on trees the parser never builds, and check that what it cannot write is left to the stringifier.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'mdast';
import { dumpTree } from '../pipeline/article/parse.js';
import { plainBody, stringified } from '../pipeline/stages/body.js';
import { dumpFile } from './helpers.js';

const treeOf = (text: string, name = 'dump.txt') => {
  const file = dumpFile(text, name);
  if (name.endsWith('.md')) file.data.kind = 'md';
  return dumpTree(file);
};

const PLAIN: [string, string][] = [
  ['one paragraph', 'The ferry ran late on Sunday.'],
  ['paragraphs and wrapped lines', 'The ferry ran late on Sunday, and the harbour master said so\nin a short note to the town.\n\nA second paragraph.'],
  ['spaces before a line break go', 'Trailing spaces   \nand a tab\t\nstay one paragraph.'],
  ['marks written as they stand', 'Stars *like this* and _these_ and **bold** and `code` and 5 > 4 & 3 < 4 stay text.'],
  ['a bulleted list', 'Before the list.\n\n- first point\n- second point\n- third point\n\nAfter it.'],
  ['a numbered list, spread', '1. one\n\n2. two\n\n3. three'],
  ['an empty item', '-\n- filled'],
  ['a heading and a rule', '# Harbour news\n\nText under it.\n\n---\n\nMore text.'],
  ['a closed heading', '## Tides ##\n\nLow at noon.'],
  ['a line that ends with a trailing space only', 'End   '],
];
const PLAIN_MD: [string, string][] = [
  ['a fence', 'Before.\n\n```js\nconst a = 1;\n```\n\nAfter.'],
  ['an open fence', 'Before.\n\n~~~\nno close'],
  ['an underlined heading', 'Harbour news\n===\n\nText.'],
  ['a quote of two paragraphs', '> The first quoted line\n> runs on.\n>\n> A second one.\n\nAfter the quote.'],
];

for (const [name, text] of PLAIN) {
  test(`plainBody writes what the stringifier writes: ${name}`, () => {
    const tree = treeOf(text);
    const direct = plainBody(tree);
    assert.notEqual(direct, undefined);
    assert.equal(direct, stringified(tree));
  });
}
for (const [name, text] of PLAIN_MD) {
  test(`plainBody writes what the stringifier writes (.md): ${name}`, () => {
    const tree = treeOf(text, 'dump.md');
    const direct = plainBody(tree);
    assert.notEqual(direct, undefined);
    assert.equal(direct, stringified(tree));
  });
}

// Trees no dump gives the parser, but a stage's pruning could leave: the separators must still agree.
const text = (value: string) => ({ type: 'text' as const, value });
const TREES: [string, Root][] = [
  ['empty paragraphs between others', { type: 'root', children: [{ type: 'paragraph', children: [text('a')] }, { type: 'paragraph', children: [] }, { type: 'paragraph', children: [text('b')] }] }],
  ['only an empty paragraph', { type: 'root', children: [{ type: 'paragraph', children: [] }] }],
  ['a text that ends with a line break', { type: 'root', children: [{ type: 'paragraph', children: [text('ends here\n')] }] }],
  ['texts side by side', { type: 'root', children: [{ type: 'paragraph', children: [text('one '), text(''), text('two  \nthree')] }] }],
  ['an item of two paragraphs in a tight list', { type: 'root', children: [{ type: 'list', spread: false, children: [{ type: 'listItem', spread: false, data: { bullet: '* ' }, children: [{ type: 'paragraph', children: [text('a')] }, { type: 'paragraph', children: [text('b')] }] }, { type: 'listItem', children: [] }] }] }],
  ['a heading with no open mark kept', { type: 'root', children: [{ type: 'heading', depth: 3, children: [text('Three')] }] }],
  ['a rule and a fence with no marks kept', { type: 'root', children: [{ type: 'thematicBreak' }, { type: 'code', value: 'x = 1' }] }],
];
for (const [name, tree] of TREES) {
  test(`plainBody writes what the stringifier writes: ${name}`, () => {
    assert.equal(plainBody(structuredClone(tree)), stringified(structuredClone(tree)));
  });
}

// Negatives: a link, HTML, a list with no spread, or a node no handler writes goes to the stringifier.
const NOT_PLAIN: [string, Root][] = [
  ['a link', treeOf('See [the report](https://example.org/report) for more.')],
  ['HTML', treeOf('<div class="x">\nboxed\n</div>\n\nText.', 'dump.md')],
  ['a list with no spread field', { type: 'root', children: [{ type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text('a')] }] }] }] }],
  ['emphasis', { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [text('a')] }] }] }],
  ['a root with spread', { type: 'root', spread: true, children: [{ type: 'paragraph', children: [text('a')] }] } as Root],
];
for (const [name, tree] of NOT_PLAIN) {
  test(`plainBody leaves it to the stringifier: ${name}`, () => {
    assert.equal(plainBody(tree), undefined);
    assert.ok(stringified(tree).length > 0);
  });
}
