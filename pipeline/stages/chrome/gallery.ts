// A photo gallery: a slideshow prints each slide's place among the slides ("3 of 12", "• 3/12", "Image 3 of 12")
// beside its caption and credit. The counters of one gallery count one total up a step at a time; what stands
// between two such counters is one slide: its caption and credit, not the article's text. A caption reads
// like prose (a long sentence about who is pictured), so a gallery can outweigh a short article and open the
// article inside it; and the counter on its own is no gallery: one "1 of 6" beside a title is a lead picture.
import type { Judged } from './classify.js';

export const GALLERY_RULE = 'chrome-gallery';

/** A slide counter alone on its line: "3 of 12", "3/12", "3 / 12", "Image 3 of 12", "• 3/12". */
const COUNTER = /^(?:[•·*-]\s*)?(?:(?:image|photo|picture|slide)\s+)?(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})$/iu;

interface Counter {
  /** The paragraph that prints it. */
  p: number;
  k: number;
  total: number;
}

function countersOf(ps: readonly Judged[]): Counter[] {
  const out: Counter[] = [];
  for (let p = 0; p < ps.length; p++) {
    for (const l of ps[p].lines) {
      const m = COUNTER.exec(l.text.trim());
      if (!m) continue;
      const k = Number(m[1]);
      const total = Number(m[2]);
      // "24/7", "0 of 3": no slide's place
      if (k >= 1 && k <= total) out.push({ p, k, total });
    }
  }
  return out;
}

/** Marks the paragraphs from one slide counter to the next of the same gallery (k, then k + 1 of the same total),
 * both counters' paragraphs with them, as the gallery's. (The slide after the last counter is left: where it ends
 * is not told.) Returns how many paragraphs it marked. */
export function markGalleries(ps: Judged[]): number {
  const counters = countersOf(ps);
  let marked = 0;
  for (let c = 0; c + 1 < counters.length; c++) {
    const a = counters[c];
    const b = counters[c + 1];
    if (b.total !== a.total || b.k !== a.k + 1) continue;
    for (let i = a.p; i <= b.p; i++) {
      if (ps[i].rule === GALLERY_RULE) continue;
      Object.assign(ps[i], { kind: 'chrome', rule: GALLERY_RULE });
      marked++;
    }
  }
  return marked;
}
