// The dump parser: the tree reads a dump as the text it is. Table-driven: each dump, the leaf blocks
// the parser should make of it (type and text), including what it must not make (code, nesting).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { dumpTree } from '../pipeline/article/parse.js';
import { w3m } from './helpers.js';

function parse(text: string, kind: 'txt' | 'md' = 'txt'): Root {
  const file = new VFile({ value: text });
  file.data.kind = kind;
  return dumpTree(file);
}

/** Leaf blocks as `type: text` (a list item as `bullet text`). */
function leaves(tree: Root): string[] {
  const out: string[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'listItem') out.push(`item: ${n.data?.bullet?.trim()} ${toString(n)}`);
    else if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'code' || n.type === 'html') out.push(`${n.type}: ${toString(n).replace(/\s+/g, ' ')}`);
    else if (n.type === 'thematicBreak') out.push('rule');
    else if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(tree);
  return out;
}

const LONG = 'The council voted on Tuesday to expand the bus network into the northern suburbs after years of debate and a long campaign by residents, who said the city had left them without a way to reach the jobs, schools and clinics in the centre.';
const LONG2 = 'Supporters said the new routes would cut commuting times for thousands of workers who now travel more than an hour each way to their jobs, and the transit agency said it was ready to hire the drivers the first routes need.';

const cases: { name: string; dump: string; kind?: 'txt' | 'md'; leaves: string[] }[] = [
  { name: 'blank lines part paragraphs', dump: 'One line.\n\nAnother line.\n', leaves: ['paragraph: One line.', 'paragraph: Another line.'] },
  { name: 'lines wrapped at the page width are one paragraph', dump: w3m(`${LONG} ${LONG2}`, 72) + '\n\nShort line\n', leaves: [`paragraph: ${LONG} ${LONG2}`, 'paragraph: Short line'] },
  { name: 'a line that stops short ends its paragraph, blank line or not', dump: w3m(LONG, 72) + '\nHome\nWorld\n' + w3m(LONG2, 72), leaves: [`paragraph: ${LONG}`, 'paragraph: Home', 'paragraph: World', `paragraph: ${LONG2}`] },
  { name: 'bulleted lines are list items with their bullet', dump: 'Menu\n• Home\n• World\n', leaves: ['paragraph: Menu', 'item: • Home', 'item: • World'] },
  { name: 'a numbered point is a list item; a year opening a sentence is not', dump: '2. Second point.\n\n1988. The year it began.\n', leaves: ['item: 2. Second point.', 'paragraph: 1988. The year it began.'] },
  { name: 'a # line is a heading', dump: '# Title\nText under it.\n', leaves: ['heading: Title', 'paragraph: Text under it.'] },
  { name: 'indentation is never code, and nothing nests', dump: '    indented text\n  * a\n    * b\n', leaves: ['paragraph: indented text', 'item: * a', 'item: * b'] },
  { name: 'a line of dashes is a rule', dump: 'Above\n\n-----\n\nBelow\n', leaves: ['paragraph: Above', 'rule', 'paragraph: Below'] },
  { name: 'in a text dump, > and fences are text', dump: '> not a quote\n\n```\nnot code\n```\n', leaves: ['paragraph: > not a quote', 'paragraph: ```', 'paragraph: not code', 'paragraph: ```'] },
  { name: 'in a Markdown dump, > is a quote, fences are code, a tag line is HTML', kind: 'md', dump: '> quoted\n> on.\n\n```\ncode\n```\n\n<div>x</div>\n', leaves: ['paragraph: > quoted > on.', 'code: code', 'html: <div>x</div>'] },
  { name: 'an underlined line is a heading only in Markdown', kind: 'md', dump: 'Title\n=====\n', leaves: ['heading: Title'] },
  { name: 'a tag whose attributes run over lines keeps its paragraph whole', dump: '<embed data-text="first\nsecond">Said here.</embed>\n', leaves: ['paragraph: <embed data-text="first second">Said here.</embed>'] },
  {
    name: 'with no width to learn, a long line that stops on a preposition runs on',
    dump: 'GRAND FORKS — The county board postponed a vote on the new school calendar and its four-day week on\nWednesday after parents signed up to speak.\n',
    leaves: ['paragraph: GRAND FORKS — The county board postponed a vote on the new school calendar and its four-day week on Wednesday after parents signed up to speak.'],
  },
];

for (const c of cases) {
  test(`parse: ${c.name}`, () => {
    assert.deepEqual(leaves(parse(c.dump, c.kind)), c.leaves);
  });
}

test('parse: every node has its place in the dump', () => {
  const text = 'Title\n\n• item one\n\nA paragraph [with a link](https://example.org/a) in it.\n';
  const tree = parse(text);
  const visit = (n: Nodes) => {
    assert.ok(n.position, n.type);
    if (n.type === 'text' || n.type === 'link') assert.ok(text.slice(n.position.start.offset, n.position.end.offset).length > 0);
    if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(tree);
  const link = (tree.children[2] as { children: Nodes[] }).children.find((c) => c.type === 'link');
  assert.equal(link && toString(link), 'with a link');
});

test('parse: time grows in step with the input on hostile dumps (nested markers, brackets, open tags)', () => {
  const hostile = [(n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i % 40) + '* x').join('\n'), (n: number) => '>'.repeat(n), (n: number) => '['.repeat(n) + ']'.repeat(n), (n: number) => '[a]('.repeat(n), (n: number) => '<a b="\n'.repeat(n)];
  for (const make of hostile) {
    for (const kind of ['txt', 'md'] as const) {
      // The best of three runs (a busy machine only ever adds time); a quadratic parse takes 64 times as long
      // for 8 times the input, a linear one 8: 32 with a floor leaves room for a loaded machine's noise
      // (24 was crossed once at load 20 with a linear parse: 24.2x).
      const time = (n: number) => {
        const text = make(n);
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          parse(text, kind);
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      time(2000); // warm up
      // Measured twice when the first pair looks slow: a pause of the machine (GC, another process) can hit
      // one pair, while a quadratic parse is slow every time (36x was seen once at load 14 with a linear one).
      const ratio = () => {
        const small = time(10_000);
        const big = time(80_000);
        return { ok: big < Math.max(small * 32, 250), small, big };
      };
      let r = ratio();
      if (!r.ok) r = ratio();
      assert.ok(r.ok, `8x the input took ${(r.big / Math.max(r.small, 0.01)).toFixed(1)}x the time (${r.small.toFixed(1)} -> ${r.big.toFixed(1)} ms)`);
    }
  }
});
