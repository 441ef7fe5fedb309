// Story ids for the groups a run re-clustered. Each earlier story hands its id to the group that
// holds most of its articles (its heir); a group that is heir to several keeps the earliest founded
// id and the others retire into it (merged); a group heir to none but holding earlier articles is
// split off the story most of them came from; a group of new articles only is a new story.

export interface Member {
  /** The story the article was in before this run ('' for a new article). */
  was: string;
  /** Age rank: lower is older. */
  rank: number;
}

export interface OldStory {
  id: string;
  created: string;
  seq: number;
}

export interface Outcome {
  /** Per group: the id it keeps, or null when it needs a new one. */
  keeps: (string | null)[];
  /** Per group with a null id and earlier articles: the story it split off. */
  splitFrom: (string | null)[];
  /** Retired story -> the id of the group its articles went to (resolved after new ids exist). */
  retired: Map<string, number>;
}

export function assignGroups(groups: readonly (readonly Member[])[], old: ReadonlyMap<string, OldStory>): Outcome {
  // For each earlier story: how many of its articles each group holds, and each group's oldest.
  const counts = new Map<string, Map<number, number>>();
  const oldest = groups.map((ms) => Math.min(...ms.map((m) => m.rank)));
  groups.forEach((ms, g) => {
    for (const m of ms) {
      if (!m.was || !old.has(m.was)) continue;
      const c = counts.get(m.was) ?? counts.set(m.was, new Map()).get(m.was)!;
      c.set(g, (c.get(g) ?? 0) + 1);
    }
  });
  const heirOf = new Map<string, number>();
  for (const [s, c] of counts) {
    let best = -1;
    for (const [g, n] of c) if (best < 0 || n > c.get(best)! || (n === c.get(best)! && oldest[g] < oldest[best])) best = g;
    heirOf.set(s, best);
  }
  const byAge = (a: string, b: string) => old.get(a)!.created.localeCompare(old.get(b)!.created) || old.get(a)!.seq - old.get(b)!.seq;
  const heirs = groups.map(() => [] as string[]);
  for (const [s, g] of heirOf) heirs[g].push(s);
  const keeps = heirs.map((hs) => (hs.length ? hs.sort(byAge)[0] : null));
  const retired = new Map<string, number>();
  heirs.forEach((hs, g) => hs.slice(1).forEach((s) => retired.set(s, g)));
  const splitFrom = groups.map((_, g) => {
    if (keeps[g]) return null;
    let best: string | null = null;
    for (const [s, c] of counts) {
      const n = c.get(g) ?? 0;
      if (n && (!best || n > counts.get(best)!.get(g)! || (n === counts.get(best)!.get(g)! && byAge(s, best) < 0))) best = s;
    }
    return best;
  });
  return { keeps, splitFrom, retired };
}
