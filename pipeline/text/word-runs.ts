// Runs of letters and digits, with one apostrophe and the letters after it ("don't", "Roe’s"): the
// words of /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu (or, with `curly` false, of the pattern with the
// straight apostrophe only), read by char code from the letter table. Chrome asks it of every
// paragraph, the headline stage of every candidate and the corpus features of every body line, and
// the pattern's match cost more than the scan. A text holding a surrogate (an astral character) is
// read by the pattern. test/word-scan.test.ts compares the two.
import { isLetter, isLetterOrNumber, isSurrogate } from './letters.js';

const CURLY = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const STRAIGHT = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The words of `s`, as the pattern (CURLY, or STRAIGHT when `curly` is false) matches them. */
export function wordRuns(s: string, curly = true): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) return wordRunsByPattern(s, curly);
    if (!isLetterOrNumber(c)) {
      i++;
      continue;
    }
    // [\p{L}\p{N}]+
    let j = i + 1;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      if (isSurrogate(d)) return wordRunsByPattern(s, curly);
      if (!isLetterOrNumber(d)) break;
    }
    // (?:['’][\p{L}]+)?
    if (j < n) {
      const d = s.charCodeAt(j);
      if (d === 0x27 || (curly && d === 0x2019)) {
        let k = j + 1;
        for (; k < n; k++) {
          const e = s.charCodeAt(k);
          if (isSurrogate(e)) return wordRunsByPattern(s, curly);
          if (!isLetter(e)) break;
        }
        if (k > j + 1) j = k;
      }
    }
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** The same words, by the pattern. */
export function wordRunsByPattern(s: string, curly = true): string[] {
  return s.match(curly ? CURLY : STRAIGHT) ?? [];
}
