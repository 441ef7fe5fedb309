// Body: the article's Markdown, the tree stringified (remark-stringify) once chrome left it and the
// metadata stages claimed their lines (the headline, date and byline lines, removed here with a message
// each). Text nodes hold the dump's text as written, so it is written back as it stands, not escaped.
import type { Blockquote, Code, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text, ThematicBreak } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { pruneLines } from '../article/prune.js';
import { reportRemoved } from '../article/report-removed.js';
import { lines, pointAt } from '../text/lines.js';
import type { StageOptions } from './options.js';

const WHAT: Record<string, string> = {
  'metadata-headline': 'the headline, which the record carries',
  'metadata-date': 'the date line, which the record carries',
  'metadata-byline': 'the byline, which the record carries',
};

// Handlers for the constructs a dump writes its own way: each writes the form the parser kept.
const writeText = (node: Text) => node.value.replace(/[^\S\n]+\n/g, '\n');
const stringifier = unified()
  .use(remarkStringify, {
    handlers: {
      text: writeText,
      listItem: (node: ListItem, _parent, state, info) => {
        const bullet = node.data?.bullet ?? '- ';
        const inner = state.containerFlow(node, state.createTracker(info).current());
        return inner ? bullet + inner : bullet.trimEnd();
      },
      heading: (node: Heading, _parent, state, info) => {
        const text = state.containerPhrasing(node, { ...state.createTracker(info).current(), before: '\n', after: '\n' });
        if (node.data?.underline) return `${text}\n${node.data.underline}`;
        return (node.data?.open ?? '#'.repeat(node.depth) + ' ') + text;
      },
      thematicBreak: (node: ThematicBreak) => node.data?.raw ?? '***',
      code: (node: Code) => [node.data?.open ?? '```', node.value, ...(node.data?.close ? [node.data.close] : [])].join('\n'),
      // A quote's paragraphs hold their markers as written.
      blockquote: (node: Blockquote, _parent, state, info) => node.children.map((c) => state.handle(c, node, state, { ...state.createTracker(info).current(), before: '\n', after: '\n' })).join('\n>\n'),
    },
  })
  .freeze();

export default function body(_options: StageOptions) {
  return (tree: Root, file: VFile) => {
    const claims = claimedLines(file);
    const removals = pruneLines(tree, file, (n) => claims.get(n));
    reportRemoved(file, removals, 'copydesk-body', (rule) => WHAT[rule] ?? 'a line another stage claimed');
    file.data.body = tree.children.length ? (plainBody(tree) ?? stringified(tree)) : '';
  };
}

/** The body as the stringifier writes it (every tree; plainBody writes the plain ones the same). */
export const stringified = (tree: Root): string => String(stringifier.stringify(tree));

// The body of a tree the parser built from plain text (paragraphs, headings, items, rules, fences and `>`
// quotes of text only), written directly as the stringifier above writes it: its handlers give each
// node's form, and mdast-util-to-markdown adds only the separators (blocks of the root, of a quote's
// paragraphs and of an item's, a blank line; items of a list, a line break, a blank line when the list is
// spread) and a final line break. Anything else (a link, HTML, a node no handler above writes) goes to
// the stringifier: undefined. (The stringifier's phrasing machinery, which pairs emphasis marks and
// asks each node's handler again for the next one's first character, was ~2% of the chain's CPU on
// polnear-dev, for text it writes back as it stands; test/body-plain.test.ts compares the two.)
export function plainBody(tree: Root): string | undefined {
  if ('spread' in tree) return undefined;
  const blocks: string[] = [];
  for (const c of tree.children) {
    const b = plainBlock(c);
    if (b === undefined) return undefined;
    blocks.push(b);
  }
  const out = blocks.join('\n\n');
  const last = out.charCodeAt(out.length - 1);
  return out && last !== 10 && last !== 13 ? out + '\n' : out;
}

function plainBlock(node: RootContent): string | undefined {
  switch (node.type) {
    case 'paragraph':
      return plainPhrasing(node.children);
    case 'heading': {
      const text = plainPhrasing(node.children);
      if (text === undefined) return undefined;
      if (node.data?.underline) return `${text}\n${node.data.underline}`;
      return (node.data?.open ?? '#'.repeat(node.depth) + ' ') + text;
    }
    case 'thematicBreak':
      return node.data?.raw ?? '***';
    case 'code':
      return [node.data?.open ?? '```', node.value, ...(node.data?.close ? [node.data.close] : [])].join('\n');
    case 'list':
      return plainList(node);
    case 'blockquote':
      return plainParagraphs(node.children, '\n>\n');
    default:
      return undefined;
  }
}

function plainList(list: List): string | undefined {
  if (typeof list.spread !== 'boolean') return undefined;
  const items: string[] = [];
  for (const item of list.children) {
    const inner = plainParagraphs(item.children, '\n\n');
    if (inner === undefined) return undefined;
    const bullet = item.data?.bullet ?? '- ';
    items.push(inner ? bullet + inner : bullet.trimEnd());
  }
  return items.join(list.spread ? '\n\n' : '\n');
}

/** Paragraphs of text only, joined by `sep`; undefined for any other child. */
function plainParagraphs(children: readonly RootContent[], sep: string): string | undefined {
  const out: string[] = [];
  for (const c of children) {
    const text = c.type === 'paragraph' ? plainPhrasing((c as Paragraph).children) : undefined;
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out.join(sep);
}

function plainPhrasing(children: readonly PhrasingContent[]): string | undefined {
  let out = '';
  for (const c of children) {
    if (c.type !== 'text') return undefined;
    out += writeText(c);
  }
  return out;
}

/** Line number -> rule of the span that covers the whole line (linear in lines plus spans). */
function claimedLines(file: VFile): Map<number, string> {
  const ls = lines(file);
  const out = new Map<number, string>();
  for (const s of file.data.chrome ?? []) {
    for (let i = pointAt(file, s.start).line - 1; i < ls.length && ls[i].start < s.end; i++) {
      if (ls[i].start >= s.start && ls[i].end <= s.end && !out.has(i)) out.set(i, s.rule);
    }
  }
  return out;
}
