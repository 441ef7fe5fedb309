// Link text inside prose: a Markdown link (`[At the harbor rally: "We want the ferry back"](https://...)`)
// or an HTML anchor (`<a href="...">At the rally ... "We want the ferry back" (with photos)</a>`) names
// another page, usually by its headline. A quote inside it is that headline's, not speech in this
// article, so its marks are blanked. A link whose text is only the quote (`[“We will win”](https://...)`,
// a statement linked to its source) keeps its marks: the words are someone's.
import type { Nodes } from 'mdast';

const MARKS = /["\u201c\u201d\u201e\u201f\u00ab\u00bb]|''/gu;
const ANCHOR = /<a\b[^<>]{0,2000}>([^<]{1,400})<\/a\s*>/giu;

/** [start, end) of each link's text in `raw`, the source slice of `node` that starts at `offset`. */
export function linkRanges(node: Nodes, raw: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'link' || n.type === 'linkReference') {
      const first = n.children[0]?.position?.start.offset;
      const last = n.children[n.children.length - 1]?.position?.end.offset;
      if (first !== undefined && last !== undefined) out.push([first - offset, last - offset]);
      return;
    }
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(node);
  // (an anchor opens with '<', which ~1% of polnear-dev's blocks hold; matchAll copies the pattern per call)
  if (!raw.includes('<')) return out;
  for (const m of raw.matchAll(ANCHOR)) {
    const start = m.index + m[0].indexOf('>') + 1;
    out.push([start, start + m[1].length]);
  }
  return out;
}

/** `text` with the quotation marks inside each link's text turned to spaces, when the link has words outside the quote. */
export function unquoteLinks(text: string, ranges: [number, number][]): string {
  let out = text;
  for (const [s, e] of ranges) {
    const inner = out.slice(s, e);
    const marks = [...inner.matchAll(MARKS)];
    if (!marks.length) continue;
    const first = marks[0].index;
    const last = marks[marks.length - 1].index + marks[marks.length - 1][0].length;
    if (!/[\p{L}\p{N}]/u.test(inner.slice(0, first) + inner.slice(last))) continue;
    out = out.slice(0, s) + inner.replace(MARKS, (m) => ' '.repeat(m.length)) + out.slice(e);
  }
  return out;
}
