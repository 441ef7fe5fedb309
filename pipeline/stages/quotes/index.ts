// Direct quotes and their speakers. First version: paired quotation marks inside body paragraphs,
// speaker from a speech verb next to the quote. (Issue 4 deepens this module.)
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { list, obj, str } from '../../config/spec.js';
import type { Quote } from '../../types.js';
import type { StageOptions } from '../options.js';

export const quotesSpec = obj({
  verbs: list(str('a speech verb'), 'Attribution verbs ("said", "wrote", "added")', ['said', 'says', 'wrote', 'writes', 'added', 'told', 'asked', 'continued', 'tweeted', 'stated']),
});

export default function quotes(options: StageOptions) {
  const verbs = options.config.quotes.verbs.join('|');
  const after = new RegExp(`^[,]?\\s*(?:(${verbs})\\s+((?:[\\p{Lu}][\\p{L}'’.-]+\\s?){1,3})|((?:[\\p{Lu}][\\p{L}'’.-]+\\s?){1,3}|he|she|they)\\s+(${verbs}))`, 'u');
  return (tree: Root, file: VFile) => {
    const out: Quote[] = [];
    const text = String(file.value);
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const s = node.position!.start.offset!;
      const para = text.slice(s, node.position!.end.offset);
      for (const m of para.matchAll(/[“"]([^”"]{2,}?)[”"]/gu)) {
        const rest = para.slice(m.index! + m[0].length);
        const a = after.exec(rest);
        const speaker = a ? (a[2] ?? a[3]).trim() : null;
        out.push({ text: m[1].trim(), speaker, cue: a ? a[1] ?? a[4] : undefined, offset: s + m.index! + 1 });
      }
    }
    file.data.quotes = out;
  };
}
