// The phrasing content of a block: its source text as it stands, less the one inline construct a stage
// reads: a Markdown link (`[text](url)`), whose text names another page (quotes/links.ts). Everything else
// (emphasis marks, brackets, HTML tags) stays in the text, because in a text dump it is text. Bounded
// patterns keep this linear: micromark's link labels look back over every open bracket, which makes a line
// of brackets quadratic.
import type { Link, PhrasingContent, Text } from 'mdast';
import type { Point } from 'unist';

const LINK = /\[([^[\]\n]{1,400})\]\(\s*<?([^()\s<>]{0,2000})>?(?:\s+(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'))?\s*\)/g;

/** Phrasing nodes for `source.slice(start, end)`; `at` gives the point of an offset in the dump. */
export function phrasing(source: string, start: number, end: number, at: (offset: number) => Point): PhrasingContent[] {
  const text = source.slice(start, end);
  const out: PhrasingContent[] = [];
  const pushText = (s: number, e: number) => {
    if (e > s) out.push({ type: 'text', value: source.slice(s, e), position: { start: at(s), end: at(e) } } satisfies Text);
  };
  let from = 0;
  for (const m of text.matchAll(LINK)) {
    const s = start + m.index;
    pushText(start + from, s);
    const label = s + 1;
    out.push({
      type: 'link',
      url: m[2],
      children: [{ type: 'text', value: m[1], position: { start: at(label), end: at(label + m[1].length) } }],
      position: { start: at(s), end: at(s + m[0].length) },
    } satisfies Link);
    from = m.index + m[0].length;
  }
  pushText(start + from, end);
  return out;
}
