// The page's breadcrumb lines by their last two characters: a candidate is a crumb's tail when a longer crumb ends
// with it (candidates.ts), and only a crumb ending in the candidate's last two characters can. A page of links prints
// hundreds of lines with a separator in them, and each candidate read them all (crumbTail was ~1/20 of the headline
// stage's CPU in a --cpu-prof of silver-dev).

export interface CrumbsByEnd {
  /** The crumbs, in their order, that may end with `text`: all of them for a text shorter than two characters. */
  endingIn(text: string): readonly string[];
}

const NONE: readonly string[] = [];
const endOf = (t: string) => t.charCodeAt(t.length - 2) * 0x10000 + t.charCodeAt(t.length - 1);

export function crumbsByEnd(crumbs: readonly string[]): CrumbsByEnd {
  let byEnd: Map<number, string[]> | undefined;
  return {
    endingIn(text) {
      if (text.length < 2) return crumbs;
      if (!byEnd) {
        byEnd = new Map();
        for (const t of crumbs) {
          if (t.length < 2) continue;
          const k = endOf(t);
          const list = byEnd.get(k);
          if (list) list.push(t);
          else byEnd.set(k, [t]);
        }
      }
      return byEnd.get(endOf(text)) ?? NONE;
    },
  };
}
