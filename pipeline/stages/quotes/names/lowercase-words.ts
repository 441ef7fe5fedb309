// The words a text writes in lowercase (People's LowerWords reads them for a text holding an astral
// character, and its search must agree with them: test/lower-words.test.ts).
import { isLetter, isLower, isSurrogate } from '../../../text/letters.js';

/**
 * A word written in lowercase: a lowercase letter no letter, apostrophe or hyphen comes before, and the
 * letters, apostrophes and hyphens after it.
 */
const LOWER_WORD = /(?<![\p{L}'\u2019-])\p{Ll}[\p{L}'\u2019-]*/gu;
/** A character a lowercase word is made of: a letter, an apostrophe or a hyphen (LOWER_WORD's class). */
export const inLowerWord = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || isLetter(c);

/**
 * The matches of LOWER_WORD in `text`, read by char code (the look-behind-first pattern is tried at
 * every place of every block; test/word-scan.test.ts compares the two). A text holding a surrogate
 * (an astral character) is read by the pattern.
 */
export function lowercaseWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return text.match(LOWER_WORD) ?? [];
    if (!isLower(c) || (i > 0 && inLowerWord(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (isSurrogate(d)) return text.match(LOWER_WORD) ?? [];
      if (!inLowerWord(d)) break;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}
