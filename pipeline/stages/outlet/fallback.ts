// The careful reader's fallback: when the page says the likeliest outlet is not a publisher (a button, a credit,
// a person: outlet.ts asWritten and outlet/refusals.ts), the next likeliest is weighed in its place. It must pass
// every refusal itself, and the ranker's own decision (stages/confidence/rank.ts decide, its fitted thresholds)
// over the candidates left: a softmax over them and "none" gives each its chance given that the refused ones are
// not the site (p / (1 - p refused)), so no new threshold is set by hand. Without a likely enough next one, none.
import { decide, type KeyOf, type Ranker } from '../confidence/rank.js';

/** A chosen name as the record writes it, or the name as shown and why the page says it is not the site. */
export type Judged = { name: string } | { shown: string; why: string };

interface Cand {
  names: string[];
  via: string;
  rule?: boolean;
  features?: Record<string, number>;
}

export interface Fallback<C extends Cand> {
  /** The name as the record writes it, with the candidate it came from and its chance; none when nothing passed. */
  taken?: { name: string; c: C; p: number; rule: boolean };
  /** The candidates refused on the way, likeliest first, each with why. */
  refused: { shown: string; why: string }[];
  /** The first decision, for the report when nothing was likely enough from the start. */
  first: ReturnType<typeof decide<C>>;
}

/** A ranker fitted for the fallback says so (`fallback`, written by bench/train-outlet.ts when its site folds
 * measured the fallback and lost none). */
export type FallbackRanker = Ranker & { fallback?: boolean };

/**
 * The ranker's decision, then the next one over the candidates left while the page refuses the one decided,
 * `tries` decisions at most (1: the first alone, refused or not).
 */
export function decideWithFallback<C extends Cand>(ranker: Ranker, cands: C[], rule: string[] | undefined, keyOf: KeyOf, judge: (name: string) => Judged, tries = Infinity): Fallback<C> {
  const first = decide(ranker, cands, rule, keyOf);
  const refused: Fallback<C>['refused'] = [];
  let rest = cands;
  let ruled = rule;
  for (let d = first; d.c && refused.length < tries; d = decide(ranker, rest, ruled, keyOf)) {
    const key = keyOf(d.c.names);
    const isRule = Boolean(ruled && keyOf(ruled) === key);
    const j = judge(isRule && ruled ? ruled[0] : d.c.names[0]);
    if ('name' in j) return { taken: { name: j.name, c: d.c, p: d.p, rule: isRule }, refused, first };
    refused.push(j);
    rest = rest.filter((c) => keyOf(c.names) !== key);
    if (isRule) ruled = undefined;
  }
  return { refused, first };
}

/** How the report says where a fallback's outlet stood: "second", "third", ... */
export function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][n - 1] ?? `${n}th`;
}
