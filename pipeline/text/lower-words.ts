// Whether a page writes a word in lower case: the word, all lowercase letters (3 or more), stands on
// the page as a whole run of letters (nothing but non-letters either side). The outlet and byline
// rankers ask this of a few candidate words per page; building the set of every lowercase run first
// (a split of the whole page on \p{L}) was the outlet ranker's costliest line, so each word is looked
// up with indexOf and a look at its neighbours (outlet-rank stage CPU 0.6x on a 300-dump news sample).
// Same answers as the set (test/lower-words.test.ts checks it against one over generated pages).

import { codePointAt, codePointBefore } from './letters.js';

const ALL_LOWER = /^\p{Ll}{3,}$/u;
const LETTER = /^\p{L}$/u;

/** `has(word)`: whether `text` writes `word` as a whole lowercase run of letters; answers are kept per word. */
export function lowerWordsOf(text: string): { has(word: string): boolean } {
  const seen = new Map<string, boolean>();
  const find = (w: string): boolean => {
    if (!ALL_LOWER.test(w)) return false;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!LETTER.test(codePointBefore(text, at)) && !LETTER.test(codePointAt(text, at + w.length))) return true;
    }
    return false;
  };
  return {
    has(w: string): boolean {
      let r = seen.get(w);
      if (r === undefined) seen.set(w, (r = find(w)));
      return r;
    },
  };
}
