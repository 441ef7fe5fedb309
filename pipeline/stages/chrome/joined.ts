// A list of patterns tested as one: does any of them match the text? Both forms answer as testing each pattern
// in turn (test/chrome-joined.test.ts).
// - anyOfSplit: the patterns that open at the text's start ("^...") joined apart from the rest. Joined all
//   together, an alternation is tried from every place in the text, its anchored branches too; split so, the
//   anchored part fails at the first place and the rest is tried alone (caption patterns, most of them
//   anchored at one end or the other, over every paragraph of polnear-dev: 0.4x the time of the one alternation).
// - anyOfList: a list each of whose patterns is compiled alone (end and box patterns) as one alternation: one
//   pass over a line, its text trimmed once, instead of one per pattern. A pattern holding a backreference
//   would be renumbered by the join, and two naming the same group would not compile joined (Node 20 has no
//   duplicate named groups): such a list is tested a pattern at a time, as before.
// - anyOfCued: the patterns that open at the text's start with a class of any character ("^.{0,80}\\b...",
//   "^[^.?!]{3,80}\\?...") taken out of the alternation, each tried only when the text holds a string it needs
//   (text/literals.ts): V8 walks such a class along the text and back again from the start of every text, where the
//   others fail at the first character. (One whole-line pattern so cost 4/5 of testing all of them over the lines of
//   silver-dev's pages; two promotion patterns, half of the promotion patterns' time over its paragraphs.)
import { anyOf, compile, type PatternUse } from '../../config/spec.js';
import { anyOfCue, DIGIT, neededStrings } from '../../text/literals.js';

export interface Tester {
  test(text: string): boolean;
}

export function anyOfSplit(patterns: readonly string[], u: PatternUse): Tester {
  const opens = patterns.filter((p) => p.startsWith('^'));
  const rest = patterns.filter((p) => !p.startsWith('^'));
  if (!opens.length || !rest.length) return anyOf(patterns, u);
  const first = anyOf(opens, u);
  const then = anyOf(rest, u);
  return { test: (text) => first.test(text) || then.test(text) };
}

/** A backreference or a named group: what a join would renumber or could not compile. */
const NOT_JOINABLE = /\\(?:[1-9]|k<)|\(\?<(?![=!])/u;

export function anyOfList(patterns: readonly string[], u: PatternUse): Tester {
  if (!patterns.some((p) => NOT_JOINABLE.test(p))) return anyOf(patterns, u);
  const each = patterns.map((p) => compile(p, u));
  return { test: (text) => each.some((re) => re.test(text)) };
}

/** Opens at the text's start with a class a text's first characters mostly belong to: any character, a negated
 * class, a Unicode property, or a group opening so. */
const OPENS_WIDE = /^\^(?:\(\?:)*(?:\.|\[\^|\[?\\[pPSWD])/u;
/** Most strings a cue searches for (one search a string, roughly) and fewest characters each. */
const MAX_CUE_STRINGS = 4;
const MIN_CUE_CHARS = 2;

/** A cue of few strings, each long enough to be rare, that every match of `re` holds; undefined when none. */
function cueOf(re: RegExp): RegExp | undefined {
  const need = neededStrings(re);
  if (!need || !need.length || need.length > MAX_CUE_STRINGS) return undefined;
  if (need.some((s) => s === DIGIT || s.length < MIN_CUE_CHARS)) return undefined;
  return anyOfCue(need);
}

export function anyOfCued(patterns: readonly string[], u: PatternUse): Tester {
  if (patterns.some((p) => NOT_JOINABLE.test(p))) return anyOfList(patterns, u);
  const joined: string[] = [];
  const cued: { cue: RegExp; re: RegExp }[] = [];
  for (const p of patterns) {
    const re = compile(p, u);
    const cue = OPENS_WIDE.test(p) ? cueOf(re) : undefined;
    if (cue) cued.push({ cue, re });
    else joined.push(p);
  }
  if (!cued.length) return anyOf(patterns, u);
  const rest = anyOf(joined, u);
  return {
    test: (text) => {
      if (rest.test(text)) return true;
      for (let i = 0; i < cued.length; i++) if (cued[i].cue.test(text) && cued[i].re.test(text)) return true;
      return false;
    },
  };
}
