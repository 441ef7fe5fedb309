// How often a name occurs in a text as whole words (no letter or digit touching either end), case as
// written: what `(?<![\p{L}\p{N}])NAME(?![\p{L}\p{N}])` with flags `gu` counts, without compiling a
// pattern per name (the outlet ranker asks it of every candidate of every page, and a fresh pattern is
// run by the regexp interpreter over the whole page).

import { codePointAt, codePointBefore } from './letters.js';
import { escapeRe } from './regexp.js';

const SURROGATE = /[\uD800-\uDFFF]/;
const ALNUM = /^[\p{L}\p{N}]$/u;

/** Whether `s` holds a surrogate (an astral character): the plain-string searches here leave such a name to its pattern. */
export const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/** Whether `text` from `at` to `end` stands as whole words: no letter or digit touching either end (the code
 * points around it, a surrogate pair read whole), as `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])` asks. */
export const standsWhole = (text: string, at: number, end: number): boolean => !ALNUM.test(codePointBefore(text, at)) && !ALNUM.test(codePointAt(text, end));

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
    if (standsWhole(text, i, i + name.length)) {
      if (++n >= cap) break;
      i = text.indexOf(name, i + name.length);
    } else i = text.indexOf(name, i + 1);
  }
  return n;
}

/**
 * Where the whole-word pattern of `name` matches in `text`, as `text.matchAll(wholeName(name, caseless ? 'giu' :
 * 'gu'))` finds it (each match's index and text), without the pattern: building one per name (its \p classes) cost
 * ~0.2 ms, and the outlet refusals build several per candidate name of every page. The name is found as a plain
 * string (indexOf; in any case, a pattern of the name alone), and the code points around it are looked at.
 */
export function* wholeMatches(name: string, text: string, caseless = false): Generator<{ index: number; text: string }> {
  if (!name || SURROGATE.test(name)) {
    for (const m of text.matchAll(wholeName(name, caseless ? 'giu' : 'gu'))) yield { index: m.index, text: m[0] };
    return;
  }
  const whole = (at: number, length: number) => standsWhole(text, at, at + length);
  if (!caseless) {
    for (let i = text.indexOf(name); i >= 0; ) {
      if (whole(i, name.length)) {
        yield { index: i, text: name };
        i = text.indexOf(name, i + name.length);
      } else i = text.indexOf(name, i + 1);
    }
    return;
  }
  // (each place the pattern can match at is one where the name alone matches, the same characters)
  const plain = new RegExp(escapeRe(name), 'giu');
  for (let m = plain.exec(text); m; m = plain.exec(text)) {
    const at = m.index;
    if (whole(at, m[0].length)) {
      yield { index: at, text: m[0] };
      plain.lastIndex = at + m[0].length;
    } else plain.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  }
}

/** Whether the whole-word pattern of `name` matches in `text` (wholeName(name, caseless ? 'iu' : 'u').test(text)). */
export const hasWhole = (name: string, text: string, caseless = false): boolean => !wholeMatches(name, text, caseless).next().done;
