// A feed item's body is rendered from the tree remark-parse builds; for a body of plain paragraphs that
// tree is built directly (write/feed-item.ts plainTree). These pin it to remark-parse's own, for plain
// bodies, and that every body Markdown could read as more than paragraphs is left to remark-parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import type { Root } from 'mdast';
import { plainHtml, plainTree } from '../pipeline/write/feed-item.js';

const parse = unified().use(remarkParse).freeze();
// (the feed item's chain, as write/feed-item.ts builds it)
const chain = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();
const chainHtml = (tree: Root) => chain.stringify(chain.runSync(structuredClone(tree)));
const noPositions = (n: unknown) => JSON.stringify(n, (k, v) => (k === 'position' ? undefined : v));

const PLAIN = [
  '',
  'One line.',
  'The mill reopened on Monday, said the foreman: “We waited.”\n\nA second paragraph — with a dash.',
  'Wrapped lines\nstay one paragraph\nof three lines.',
  'Blank runs\n\n\n\nbetween paragraphs.\n',
  'Q&A with the council; 5 > 4 and [sic] stand as written, AT&T too.',
  'Tabs aside, “quotes” and ‘apostrophes’ and 100% and $5 and #hashtags mid-line and 3.5 pints.',
  '2024 was the year\nthe river rose.',
  'An exclamation! And a colon: http://example.org/x stays text.',
];

const NOT_PLAIN = [
  '# Heading',
  '- item',
  '+ item',
  '1. item',
  '3) item',
  '> quoted',
  'Text\n===',
  'Text\n---',
  '~~~\ncode\n~~~',
  '```\ncode\n```',
  '    indented',
  ' leading space',
  'trailing two  \nspaces',
  'a *stressed* word',
  'snake_case',
  'a `code` span',
  'an escaped \\* star',
  'a <b>tag</b>',
  'an entity &amp; here',
  'a numeric &#35; one',
  'a [link](https://example.org)',
  '[def]: https://example.org',
  'tab\there',
  'carriage\r\nreturn',
];

test('plain bodies: the tree remark-parse builds, positions aside', () => {
  for (const body of PLAIN) {
    const tree = plainTree(body);
    assert.ok(tree, `plain: ${JSON.stringify(body)}`);
    assert.equal(noPositions(tree), noPositions(parse.parse(body)), JSON.stringify(body));
  }
});

test('bodies Markdown reads as more than plain paragraphs are left to remark-parse', () => {
  for (const body of NOT_PLAIN) assert.equal(plainTree(body), undefined, JSON.stringify(body));
});

test('plain bodies: plainHtml writes the HTML the remark-rehype chain makes of the tree', () => {
  const more = ['Fish & chips && more &', '&&', 'A & B\nC & D\n\n&\n\nend &#x26 written out', 'Emoji 🦉 & astral 𝔸 stay, é too, and a no-break\u00a0space.'];
  for (const body of [...PLAIN, ...more]) {
    const tree = plainTree(body);
    assert.ok(tree, `plain: ${JSON.stringify(body)}`);
    assert.equal(plainHtml(tree), chainHtml(tree), JSON.stringify(body));
  }
  // random plain bodies of words, punctuation, ampersands and line breaks
  const pieces = ['word', 'Word', '&', '&amp', '!', '?', '.', ',', ';', ':', '"', "'", '“', '”', '—', '-', '%', '$', '#', '>', '[', ']', '(', ')', 'é', '🦉', ' ', ' ', ' ', '\n', '\n\n'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  let tried = 0;
  for (let i = 0; i < 3000; i++) {
    let body = '';
    for (let k = rand(40); k >= 0; k--) body += pieces[rand(pieces.length)];
    const tree = plainTree(body);
    if (!tree) continue;
    tried++;
    assert.equal(plainHtml(tree), chainHtml(tree), JSON.stringify(body));
  }
  assert.ok(tried > 300, `${tried} plain random bodies`);
});

test('plainHtml: a tree plainTree would not build goes to the chain', () => {
  const trees: Root[] = [parse.parse('a *stressed* word\n\nand a [link](https://example.org)'), parse.parse('# Heading\n\ntext & more'), parse.parse('a <b>tag</b>')];
  for (const tree of trees) assert.equal(plainHtml(tree), chainHtml(tree));
});
