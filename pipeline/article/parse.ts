// The parser: a dump read as the text it is, into the mdast tree every stage reads. A dump is lines laid
// out for the eye, not Markdown: a paragraph is a run of wrapped lines (article/wrap.ts), ended by a blank
// line or by a line that stopped short; a bulleted or numbered line is a list item; a `#` line is a
// heading and a line of dashes a rule. A `.md` dump is Markdown written by hand, so there fenced code,
// HTML blocks, `>` quotes and underlined headings are read too. Nothing is indented code, nothing nests
// (a quote inside a quote is one quote), and every step moves forward over the lines: parse time is
// linear on any input. Every node carries its place in the dump.
import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, Root, RootContent, ThematicBreak } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Line } from '../types.js';
import { lines, pointAt } from '../text/lines.js';
import { phrasing } from './inline.js';
import { BULLET, continues, isBullet, wrapWidth } from './wrap.js';

type BlockKind = 'paragraph' | 'item' | 'heading' | 'setext' | 'rule' | 'code' | 'html' | 'quote';
interface Block {
  kind: BlockKind;
  /** First and last line index, inclusive. */
  first: number;
  last: number;
}

const THEMATIC = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const ATX = /^#{1,6}(?=[ \t]|$)/u;
const FENCE = /^(`{3,}|~{3,})/u;
const HTML_START = /^<(?:[A-Za-z][A-Za-z0-9-]*[\s/>]|[A-Za-z][A-Za-z0-9-]*$|\/[A-Za-z]|!--|\?|!\[CDATA\[)/u;
const SETEXT = /^(?:=+|-+)$/u;
/** A tag opened and not closed on its line. */
const OPEN_TAG = /<[A-Za-z][^<>]*$/u;
const MAX_TAG = 2000;

/** Offset where a tag left open at the end of line `l` starts, looking from column `from` (-1: none). */
function openTagAt(l: Line, from: number): number {
  const m = OPEN_TAG.exec(l.text.slice(from));
  return m ? l.start + from + m.index : -1;
}

/** unified parser plugin: `unified().use(parseDump)` reads `file.value` as a dump (`file.data.kind` says which). */
const parseDump: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (_doc: string, file: VFile) => dumpTree(file);
};
export default parseDump;

export function dumpTree(file: VFile): Root {
  const ls = lines(file);
  const source = String(file.value);
  const at = (i: number, offset: number): Point => ({ line: i + 1, column: offset - ls[i].start + 1, offset });
  const anywhere = (offset: number): Point => pointAt(file, offset);
  const blocks = groupLines(ls, file.data.kind === 'md');
  const children: RootContent[] = [];
  let list: List | undefined;
  let listKey = '';
  let prevLast = -1;
  for (const b of blocks) {
    const first = ls[b.first];
    const last = ls[b.last];
    const s = first.start + (first.text.length - first.text.trimStart().length);
    const e = last.start + last.text.trimEnd().length;
    const position = { start: at(b.first, s), end: at(b.last, e) };
    if (b.kind !== 'item') list = undefined;
    switch (b.kind) {
      case 'paragraph':
        children.push({ type: 'paragraph', children: phrasing(source, s, e, anywhere), position } satisfies Paragraph);
        break;
      case 'item': {
        const bullet = BULLET.exec(source.slice(s, e))![0];
        const key = /\d/u.test(bullet) ? `ordered${bullet.trim().slice(-1)}` : bullet.trim();
        const body = s + bullet.length + (/^[ \t]*/u.exec(source.slice(s + bullet.length, e))![0].length);
        const item: ListItem = {
          type: 'listItem',
          spread: false,
          data: { bullet: source.slice(s, body) },
          children: body < e ? [{ type: 'paragraph', children: phrasing(source, body, e, anywhere), position: { start: anywhere(body), end: position.end } }] : [],
          position,
        };
        if (list && key === listKey) {
          if (b.first > prevLast + 1) list.spread = true;
          list.children.push(item);
          list.position!.end = position.end;
        } else {
          const ordered = key.startsWith('ordered');
          list = { type: 'list', ordered, start: ordered ? parseInt(bullet, 10) : null, spread: false, children: [item], position: { ...position } };
          listKey = key;
          children.push(list);
        }
        break;
      }
      case 'heading': {
        const text = source.slice(s, e);
        const hashes = ATX.exec(text)![0];
        const open = s + hashes.length + (/^[ \t]*/u.exec(text.slice(hashes.length))![0].length);
        const close = s + text.replace(/(?:[ \t]+#+)?[ \t]*$/u, '').length;
        children.push({ type: 'heading', depth: hashes.length as Heading['depth'], data: { open: source.slice(s, open) }, children: phrasing(source, open, Math.max(open, close), anywhere), position } satisfies Heading);
        break;
      }
      case 'setext': {
        const above = ls[b.last - 1];
        const depth = last.text.trim().startsWith('=') ? 1 : 2;
        children.push({ type: 'heading', depth, data: { underline: last.text.trim() }, children: phrasing(source, s, above.start + above.text.trimEnd().length, anywhere), position } satisfies Heading);
        break;
      }
      case 'rule':
        children.push({ type: 'thematicBreak', data: { raw: first.text.trim() }, position } satisfies ThematicBreak);
        break;
      case 'code': {
        const fence = FENCE.exec(first.text.trim())![1];
        const closed = b.last > b.first && last.text.trim().startsWith(fence);
        const body = ls.slice(b.first + 1, closed ? b.last : b.last + 1).map((l) => l.text);
        const lang = first.text.trim().slice(fence.length).trim().split(/\s/u)[0];
        children.push({ type: 'code', lang: lang || null, value: body.join('\n'), data: { open: first.text.trim(), close: closed ? last.text.trim() : undefined }, position } satisfies Code);
        break;
      }
      case 'html':
        children.push({ type: 'html', value: source.slice(s, e), position } satisfies Html);
        break;
      case 'quote':
        children.push({ type: 'blockquote', children: quoteParagraphs(ls, b, source, at), position } satisfies Blockquote);
        break;
    }
    prevLast = b.last;
  }
  const end = ls[ls.length - 1];
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: at(ls.length - 1, end.end) } };
}

/** The dump's lines grouped into blocks, in one pass. */
function groupLines(ls: Line[], markdown: boolean): Block[] {
  const width = wrapWidth(ls);
  const blocks: Block[] = [];
  let open: Block | undefined;
  // An HTML tag left open at a line's end (an embed's attributes run over lines) holds its paragraph open
  // until it closes, for as long as a tag can be (quotes/blocks.ts blanks tags of up to this length).
  let tagFrom = -1;
  const push = (b: Block) => {
    blocks.push(b);
    return b;
  };
  for (let i = 0; i < ls.length; i++) {
    const t = ls[i].text.trim();
    const inTag = tagFrom >= 0 && ls[i].start - tagFrom <= MAX_TAG;
    if (open && inTag && t) {
      open.last = i;
      const close = ls[i].text.indexOf('>');
      if (close >= 0) tagFrom = openTagAt(ls[i], close + 1);
      continue;
    }
    tagFrom = -1;
    if (!t) {
      open = undefined;
      continue;
    }
    if (markdown) {
      const fence = FENCE.exec(t)?.[1];
      if (fence) {
        let j = i + 1;
        while (j < ls.length && !ls[j].text.trim().startsWith(fence)) j++;
        push({ kind: 'code', first: i, last: Math.min(j, ls.length - 1) });
        i = Math.min(j, ls.length - 1);
        open = undefined;
        continue;
      }
      if (!open && HTML_START.test(t)) {
        let j = i;
        while (j + 1 < ls.length && ls[j + 1].text.trim()) j++;
        push({ kind: 'html', first: i, last: j });
        i = j;
        continue;
      }
      if (t.startsWith('>')) {
        let j = i;
        while (j + 1 < ls.length && ls[j + 1].text.trim().startsWith('>')) j++;
        push({ kind: 'quote', first: i, last: j });
        i = j;
        open = undefined;
        continue;
      }
      if (open?.kind === 'paragraph' && SETEXT.test(t)) {
        open.kind = 'setext';
        open.last = i;
        open = undefined;
        continue;
      }
    }
    if (THEMATIC.test(t)) {
      push({ kind: 'rule', first: i, last: i });
      open = undefined;
      continue;
    }
    if (ATX.test(t)) {
      push({ kind: 'heading', first: i, last: i });
      open = undefined;
      continue;
    }
    tagFrom = openTagAt(ls[i], 0);
    if (open && continues(ls[open.last].text, t, width)) {
      open.last = i;
      continue;
    }
    open = push({ kind: isBullet(t) ? 'item' : 'paragraph', first: i, last: i });
  }
  return blocks;
}

/** A `>` quote's paragraphs: runs of its lines between lines that hold only markers. Each starts after its markers. */
function quoteParagraphs(ls: Line[], b: Block, source: string, at: (i: number, o: number) => Point): Paragraph[] {
  const out: Paragraph[] = [];
  const MARKS = /^[ \t]*(?:>[ \t]?)+/u;
  let from = -1;
  const flush = (to: number) => {
    if (from < 0) return;
    const l = ls[from];
    // The text keeps its markers as the dump wrote them: the body writes each line back as it stands.
    const s = l.start + (l.text.length - l.text.trimStart().length);
    const e = ls[to].start + ls[to].text.trimEnd().length;
    const position = { start: at(from, s), end: at(to, e) };
    out.push({ type: 'paragraph', children: [{ type: 'text', value: source.slice(s, e), position }], position });
    from = -1;
  };
  for (let i = b.first; i <= b.last; i++) {
    const empty = !ls[i].text.replace(MARKS, '').trim();
    if (empty) flush(i - 1);
    else if (from < 0) from = i;
  }
  flush(b.last);
  return out;
}
