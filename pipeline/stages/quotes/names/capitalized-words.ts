// The capitalized words of a text as /\p{Lu}[\p{L}-]*/gu matches them, read by char code: People counts
// them over a whole article body for every Title Case line (the pattern's match over the body was most
// of that count's cost). A text holding a surrogate (an astral character) is read by the pattern.
import { isLetter, isSurrogate, isUpper } from '../../../text/letters.js';

const CAP_WORD = /\p{Lu}[\p{L}-]*/gu;

/** The matches of CAP_WORD in `text`, in order (test/word-scan.test.ts compares the two). */
export function capitalizedWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return text.match(CAP_WORD) ?? [];
    if (!isUpper(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (isSurrogate(d)) return text.match(CAP_WORD) ?? [];
      if (d !== 0x2d && !isLetter(d)) break;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}
