// The page's folded paragraphs as one text, searched once for a candidate's line rather than paragraph by
// paragraph: a candidate is echoed when another paragraph holds it (candidates.ts), and a page has hundreds of
// paragraphs and dozens of candidates (the per-paragraph search was ~1/10 of the headline stage's CPU in a
// --cpu-prof of silver-dev). A folded text (text/lines.ts foldLine) holds no line break: its spacing is folded
// to single spaces, so a line break between paragraphs bounds every hit to one paragraph.

export interface EchoPage {
  /** Whether some paragraph holding `f` (a folded text) passes `ok`, asked of each such paragraph at most once,
   * in order. */
  holders(f: string, ok: (j: number) => boolean): boolean;
}

export function echoPage(folded: readonly string[]): EchoPage {
  let text: string | undefined;
  let broken: boolean | undefined;
  const starts: number[] = [];
  // (a text holding a line break, or an empty one, is asked of each paragraph in turn, as before)
  const byParagraph = (f: string, ok: (j: number) => boolean) => folded.some((o, j) => o.includes(f) && ok(j));
  return {
    holders(f, ok) {
      broken ??= folded.some((o) => o.includes('\n'));
      if (!f || broken || f.includes('\n')) return byParagraph(f, ok);
      if (text === undefined) {
        let at = 0;
        for (const o of folded) {
          starts.push(at);
          at += o.length + 1;
        }
        text = folded.join('\n');
      }
      let at = text.indexOf(f);
      while (at >= 0) {
        const j = paragraphAt(starts, at);
        if (ok(j)) return true;
        if (j + 1 >= starts.length) return false;
        at = text.indexOf(f, starts[j + 1]);
      }
      return false;
    },
  };
}

/** The paragraph whose text holds offset `at`: the last that starts at or before it. */
function paragraphAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
