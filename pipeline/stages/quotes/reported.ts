// Attributions that frame no quote ("Smith said the plan failed"): the sources a later "he said"
// may point back to.
import { isVerb, leftSource, subjectLike } from './attribution.js';
import type { Prepared } from './prepare.js';
import type { Vocab } from './vocab.js';
import { isCap, words } from './words.js';

/** Attributions outside quotes (`Smith said the plan failed`), as document offsets and source phrases. */
export function reportedSources(p: Prepared, v: Vocab): { at: number; source: string }[] {
  const out: { at: number; source: string }[] = [];
  let s = 0;
  for (const e of [...p.ends, p.masked.length]) {
    const ws = words(p.masked, s, e);
    for (let k = 1; k < ws.length; k++) {
      if (!isVerb(ws[k], v) && !(v.reportVerbs.has(ws[k].bare.toLowerCase()) && !isCap(ws[k].raw))) continue;
      const src = leftSource(p.masked, ws, k, v);
      // a subject runs up to its verb, or closes an appositive with a comma; a long run-on is a misread clause
      const compact = src.length <= v.subjectMaxWords || ws[k - 1]?.raw === ',';
      if (src.length && compact && subjectLike(src, v)) out.push({ at: p.block.start + src[0].start, source: p.block.text.slice(src[0].start, src[src.length - 1].end) });
    }
    s = e;
  }
  return out;
}
