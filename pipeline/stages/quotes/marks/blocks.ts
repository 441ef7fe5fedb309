// The prose blocks quotes are looked for in: every paragraph (or heading) left in the tree after chrome
// removal, at any depth (Markdown dumps put paragraphs inside list items and blockquotes). Each block is
// a slice of `file.value`, with inline HTML tags and blockquote markers blanked to spaces so offsets stay
// true to the source while tag attributes (`datetime="..."`) never look like quotation marks. Link
// text is a headline, not prose: quotation marks inside it are blanked too (links.ts).
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { linkRanges, unquoteLinks } from './links.js';

export interface Block {
  /** Offset of the block's first character in `file.value`. */
  start: number;
  /** The block's text, same length as the source slice. */
  text: string;
  /** The source slice itself, where `text` blanks some of it (tags, markers): what quote text is cut from. */
  source?: string;
}

const PROSE = new Set(['paragraph', 'heading']);

/** Blocks in document order; those wholly inside spans other stages claimed (headline, chrome) are left out. */
export function proseBlocks(tree: Root, file: VFile): Block[] {
  const source = String(file.value);
  const claimed = file.data.chrome ?? [];
  const out: Block[] = [];
  const visit = (node: Nodes) => {
    if (PROSE.has(node.type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      if (claimed.some((c) => c.start <= s && c.end >= e)) return;
      const raw = source.slice(s, e);
      splitLines(s, unquoteLinks(blank(raw), linkRanges(node, raw, s)), raw, out);
      return;
    }
    if ('children' in node) for (const c of node.children) visit(c as Nodes);
  };
  visit(tree);
  return out;
}

/**
 * Line-oriented dumps put one paragraph per line with no blank line between, which Markdown reads as one
 * paragraph: a line that ends a sentence ends a block. Hard-wrapped prose (lines ending mid-sentence)
 * stays whole.
 */
function splitLines(start: number, text: string, raw: string, out: Block[]): void {
  let from = 0;
  const push = (to?: number) => {
    const b: Block = { start: start + from, text: text.slice(from, to) };
    const source = raw.slice(from, to);
    if (source !== b.text) b.source = source;
    out.push(b);
  };
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    if (/[.!?:"\u201d\u2019')\]]\s*$/u.test(text.slice(Math.max(from, nl - 4), nl))) {
      push(nl);
      from = nl + 1;
    }
  }
  push();
}

/**
 * A quote's words as the source writes them: the bounds trimmed on the blanked copy (a tag at either
 * end is no part of the quote), the characters cut from the source, so quote text is always a slice
 * of the input (a tag inside the quote stays as written).
 */
export function sourceText(b: Block, from: number, to: number): string {
  const blanked = b.text.slice(from, to);
  const start = from + (blanked.length - blanked.trimStart().length);
  const end = from + blanked.trimEnd().length;
  return start >= end ? '' : (b.source ?? b.text).slice(start, end);
}

/** Same-length copy with HTML tags (attributes of embeds can hold whole tweets), heading hashes and continuation-line `>` markers turned to spaces. */
export function blank(s: string): string {
  // (each pattern only where its mark is: most blocks hold no tag, `>` or `#`, and the /m pattern is
  // tried at every place of the block, ~7% of the marks stage's warm CPU in a --cpu-prof of polnear-dev;
  // test/quote-blocks-blank.test.ts compares with blankAlways)
  const untagged = s.includes('<') ? s.replace(TAG, spaces) : s;
  return untagged.includes('>') || untagged.includes('#') ? untagged.replace(MARKER, spaces) : untagged;
}

const TAG = /<\/?[A-Za-z][^<>]{0,2000}>/g;
const MARKER = /^[ \t]*(?:>[ \t]?)+|^#{1,6}[ \t]/gm;
const spaces = (m: string) => ' '.repeat(m.length);

