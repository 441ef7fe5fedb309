// Sentences and words of the article, found once and shared through `file.data.sentences`: the tree's
// text read as nlcst by parse-english (through mdast-util-to-nlcst, the unified way), flattened to
// document offsets so a stage can ask "which sentence holds this offset" or "which words lie in this
// range" without tokenizing again. Code and HTML are not prose and are left out by the conversion.
import type { Root } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Nodes as NlcstNodes, Sentence as NlcstSentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { VFile } from 'vfile';

export interface SentenceWord {
  start: number;
  end: number;
  /** The word as written (punctuation inside it kept: "U.S.", "don't"). */
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  words: SentenceWord[];
}

declare module 'vfile' {
  interface DataMap {
    /** The article's sentences in document order, each with its words (sentences.ts). */
    sentences: Sentence[];
  }
}

export default function sentences() {
  return (tree: Root, file: VFile) => {
    const out: Sentence[] = [];
    collect(toNlcst(tree, file, ParseEnglish), out);
    file.data.sentences = out;
  };
}

/** Every sentence under `node`, its words with their offsets. */
function collect(node: NlcstNodes, out: Sentence[]): void {
  if (node.type === 'SentenceNode') {
    const s = sentenceOf(node);
    if (s) out.push(s);
    return;
  }
  if ('children' in node) for (const c of node.children) collect(c, out);
}

function sentenceOf(node: NlcstSentence): Sentence | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const words: SentenceWord[] = [];
  for (const c of node.children) {
    if (c.type !== 'WordNode') continue;
    const s = c.position?.start.offset;
    const e = c.position?.end.offset;
    if (s === undefined || e === undefined) continue;
    words.push({ start: s, end: e, text: c.children.map((k) => ('value' in k ? k.value : '')).join('') });
  }
  return { start, end, words };
}
