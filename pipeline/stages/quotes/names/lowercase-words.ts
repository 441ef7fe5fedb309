// The words a text writes in lowercase (People's LowerWords reads them for a text holding an astral
// character, and its search must agree with them: test/lower-words.test.ts).
import { isLetter } from '../../../text/letters.js';

/**
 * A word written in lowercase: a lowercase letter no letter, apostrophe or hyphen comes before, and the
 * letters, apostrophes and hyphens after it.
 */
const LOWER_WORD = /(?<![\p{L}'\u2019-])\p{Ll}[\p{L}'\u2019-]*/gu;
/** A character a lowercase word is made of: a letter, an apostrophe or a hyphen (LOWER_WORD's class). */
export const inLowerWord = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || isLetter(c);

/**
 * The matches of LOWER_WORD in `text`. Only LowerWords' fallback for a text holding an astral character
 * gathers them now (its search answers every other text), so the pattern reads them: no scanner to keep
 * in step with it.
 */
export function lowercaseWords(text: string): string[] {
  return text.match(LOWER_WORD) ?? [];
}
