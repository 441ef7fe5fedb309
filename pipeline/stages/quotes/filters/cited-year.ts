// Rule: `"No to Fees" (2005)`, `"Jaws" (1975)`, `(election poster 2003)`: a year in parentheses after
// the quote cites a poster, a slogan or a work. A parenthetical sentence (`(access was restored in
// 2016)`) cites nothing.
import type { Vocab } from '../vocab.js';
import { words } from '../words.js';
import type { NotSpeechRule } from './not-speech.js';
import { lowerCase } from '../../../text/lower-case.js';

const CITED_YEAR = /^\s*\(((?:[^()]{0,60}\s)?)(?:1[6-9]|20)\d\d\)/u;
const AUX = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have']);

/** The text after the closing mark opens with a year in parentheses, no clause before it. */
export function citedWithYear(rest: string, v: Vocab): boolean {
  const m = CITED_YEAR.exec(rest);
  return !!m && !words(m[1]).some((w) => v.nameStops.has(lowerCase(w.raw)) || v.verbs.has(lowerCase(w.raw)) || AUX.has(lowerCase(w.raw)));
}

export const citedYear: NotSpeechRule = (a) => (a.open >= 0 && citedWithYear(a.trail.rest, a.v) ? 'title' : undefined);
