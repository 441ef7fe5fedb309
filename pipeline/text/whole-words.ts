// How often a name occurs in a text as whole words (no letter or digit touching either end), case as
// written: what `(?<![\p{L}\p{N}])NAME(?![\p{L}\p{N}])` with flags `gu` counts, without compiling a
// pattern per name (the outlet ranker asks it of every candidate of every page, and a fresh pattern is
// run by the regexp interpreter over the whole page).

import { escapeRe } from './regexp.js';

const SURROGATE = /[\uD800-\uDFFF]/;
const ALNUM = /^[\p{L}\p{N}]$/u;

/** The whole-word pattern of `name`: the name as written, no letter or digit touching either end. */
export const wholeName = (name: string, flags = 'u'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, flags);

/** Matches of the whole-word pattern of `name` in `text`, counting up to `cap`. */
export function countWhole(name: string, text: string, cap = Infinity): number {
  let n = 0;
  if (!name || SURROGATE.test(name)) {
    // (An empty name matches between characters; surrogates in the name: leave both to the pattern itself.)
    const re = wholeName(name, 'gu');
    for (const _ of text.matchAll(re)) if (++n >= cap) break;
    return n;
  }
  // A name without surrogates starts and ends where code points do, so the places indexOf finds it are the
  // places the pattern tries; after a match the pattern goes on from its end, as here.
  for (let i = text.indexOf(name); i >= 0; ) {
    if (!ALNUM.test(pointBefore(text, i)) && !ALNUM.test(pointAt(text, i + name.length))) {
      if (++n >= cap) break;
      i = text.indexOf(name, i + name.length);
    } else i = text.indexOf(name, i + 1);
  }
  return n;
}

/** The code point ending just before `i` ('' at the start). */
function pointBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const lo = s.charCodeAt(i - 1);
  const hi = i >= 2 ? s.charCodeAt(i - 2) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? s.slice(i - 2, i) : s[i - 1];
}

/** The code point starting at `i` ('' at the end). */
function pointAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}
