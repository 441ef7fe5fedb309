// Body: the article's Markdown, the tree stringified (remark-stringify) once chrome left it and the
// metadata stages claimed their lines (the headline, date and byline lines, removed here with a message
// each). Text nodes hold the dump's text as written, so it is written back as it stands, not escaped.
import type { Blockquote, Code, Heading, ListItem, Root, Text, ThematicBreak } from 'mdast';
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
const stringifier = unified()
  .use(remarkStringify, {
    handlers: {
      text: (node: Text) => node.value.replace(/[^\S\n]+\n/g, '\n'),
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
    file.data.body = tree.children.length ? stringifier.stringify(tree) : '';
  };
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
