// Paragraphs of a line-oriented dump. w3m (and pasted copy) wraps prose at a fixed width, so a
// paragraph is a run of lines where each line was full: the next line's first word would not have
// fitted. A line that stops short is a deliberate break (a menu item, a title, the end of a paragraph),
// even without a blank line after it. The wrap width is learned per dump from its long lines.
import type { VFile } from 'vfile';
import { lines, type Line } from '../../text/lines.js';

export interface Para {
  /** Index in the dump's paragraph list. */
  i: number;
  lines: Line[];
  /** The lines joined by single spaces, trimmed. */
  text: string;
  /** Blank lines directly before this paragraph (0 when it follows a short line). */
  gapBefore: number;
}

const BULLET = /^(?:[•□◦▪●■◆▸►‣∙·☆★*+-]|\d{1,3}[.)])\s/u;

/** Terminal layouts wrap well under this; a dump whose long lines run longer holds one paragraph a line. */
const MAX_WRAP = 140;

/** The dump's wrap width: the length most long lines reach (a high percentile of line lengths). */
export function wrapWidth(ls: readonly Line[]): number {
  const lens = ls.map((l) => l.text.trimEnd().length).filter((n) => n >= 40).sort((a, b) => a - b);
  if (lens.length < 5) return Infinity;
  const w = lens[Math.floor(lens.length * 0.9)];
  return w > MAX_WRAP ? Infinity : w;
}

const firstWord = (s: string) => /^\S*/.exec(s.trim())![0];

export function paragraphs(file: VFile): Para[] {
  const ls = lines(file);
  const width = wrapWidth(ls);
  const out: Para[] = [];
  let cur: Line[] = [];
  let gap = 0;
  let pendingGap = 0;
  const flush = () => {
    if (!cur.length) return;
    out.push({ i: out.length, lines: cur, text: cur.map((l) => l.text.trim()).join(' '), gapBefore: gap });
    cur = [];
  };
  for (const l of ls) {
    const t = l.text.trim();
    if (!t) {
      flush();
      pendingGap++;
      continue;
    }
    if (cur.length) {
      const prev = cur[cur.length - 1].text.trimEnd();
      // The previous line ran to the margin: this line continues it. A bullet always starts an item.
      // A block laid out narrower (indented, then stripped) wraps short of the page width: a long line
      // that stops mid-sentence, followed by one that starts in lower case, is the same paragraph too.
      const wrapped =
        !BULLET.test(t) &&
        (prev.length + 1 + firstWord(t).length > width - 1 || (prev.length >= width * 0.6 && /^\p{Ll}/u.test(t) && !/[.!?:;]["'”’]?$/u.test(prev)));
      if (!wrapped) flush();
    }
    if (!cur.length) {
      gap = pendingGap;
      pendingGap = 0;
    }
    cur.push(l);
  }
  flush();
  return out;
}

export const isBullet = (t: string) => BULLET.test(t);
/** A numbered point ("2.  Kasich did not ..."): listicles number their paragraphs; menus and teasers use marks. */
export const isNumbered = (t: string) => /^\d{1,3}[.)]\s/u.test(t);
