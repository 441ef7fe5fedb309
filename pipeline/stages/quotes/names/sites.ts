// Lone capitalized words an article uses as a place or a company ("in Lisbon", "at Acme", "Acme's
// plant"): such a word is nobody, unless the article also gives it as part of a full name.
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, lowerRaw, type Word } from '../words.js';
import { coreOf, type Run } from './runs.js';

/**
 * The lone capitalized words of a block used as places or companies (lowercase): after "in"/"at"/..., or
 * owning a "plant". `cores`: coreOf each run, when the caller has read them already.
 */
export function sitesIn(ws: Word[], runs: Run[], v: Vocab, cores: readonly Run[] = runs.map((r) => coreOf(ws, r, v))): string[] {
  const out: string[] = [];
  let last = -1;
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    const [i, e] = cores[k];
    if (e - i !== 1 || v.titles.has(ws[i].bare)) continue;
    const prev = ws[run[0] - 1];
    // ("in Lisbon and Porto": the list goes on after its preposition)
    const listed = !!prev && (prev.raw === 'and' || prev.raw === 'or') && last === run[0] - 2;
    const after = lone(ws, run, i) && !!prev && ((/^\p{Ll}/u.test(prev.raw) && v.sitePreps.has(prev.raw)) || listed);
    if (after) last = i;
    if (after || owns(ws, i, v)) out.push(ws[i].lower);
  }
  return out;
}

/** A one-word run, no possessive, no capital or number after it ("in Article 33", "at Gate 5" are numbered things). */
function lone(ws: Word[], run: Run, i: number): boolean {
  const next = ws[i + 1];
  const numbered = !!next && ((isCap(next.raw) && !isPunct(next)) || /^\d/u.test(next.raw));
  return run[1] - run[0] === 1 && !ws[i].possessive && !numbered;
}

/** The word's possessive owns a site noun ("Acme's plant"). */
function owns(ws: Word[], i: number, v: Vocab): boolean {
  const next = ws[i + 1];
  return ws[i].possessive && !!next && v.siteNouns.has(lowerRaw(next));
}
