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
import { anyOf, compile, type PatternUse } from '../../config/spec.js';

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
