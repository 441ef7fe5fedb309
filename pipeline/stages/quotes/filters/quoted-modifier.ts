// Rule: a short quote used as a modifier of the noun right after it (`a "too big to fail" tax`, `her
// "Keeping It Real" radio show`) is a name or a term, not speech. A quote that ends in punctuation ends
// its clause (`"...," campaign aides said`), so it modifies nothing.
import { words } from '../words.js';
import type { NotSpeechRule } from './not-speech.js';

/** Most words a quoted modifier may have (`a "beat the establishment" theme`). */
const MODIFIER_WORDS = 6;

export const quotedModifier: NotSpeechRule = ({ text, open, quote, trail, v }) => {
  if (open < 0 || /[,.;:!?\u2026\-\u2014]\s*$/u.test(quote) || words(quote).length > MODIFIER_WORDS) return undefined;
  // a modifier sits inside a noun phrase (`a new "..." tax`); a quote opening its clause (`Outside,
  // "..." campaign aides chanted`) is followed by its attribution instead
  if (!/^[ \t]+$/u.test(trail.gap) || !/[\p{L}\p{N}]\s*$/u.test(text.slice(Math.max(0, open - 40), open))) return undefined;
  for (const [i, w] of trail.ws.slice(0, 2).entries()) {
    if (!/^\p{Ll}[\p{L}\-]*$/u.test(w.raw)) return undefined;
    // a function word starts the rest of the sentence (`"there could be" a line`, `"..." who reports`)
    if (i === 0 && (v.nameStops.has(w.raw) || v.determiners.has(w.raw))) return undefined;
    if (v.termNouns.has(w.raw) || v.titleCues.some((c) => c.length === 1 && c[0] === w.raw)) return 'term';
  }
  return undefined;
};
