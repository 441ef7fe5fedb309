// Rule: a short quote used as a modifier of the noun right after it (`a "too big to fail" tax`, `her
// "Keeping It Real" radio show`) is a name or a term, not speech. A quote that ends in punctuation ends
// its clause (`"...," campaign aides said`), so it modifies nothing.
import type { Vocab } from '../vocab.js';
import { words, type Word } from '../words.js';
import type { NotSpeechRule } from './not-speech.js';
import { oneWordCues } from './around.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Most words a quoted modifier may have (`a "beat the establishment" theme`). */
const MODIFIER_WORDS = 6;

export const quotedModifier: NotSpeechRule = (a) => {
  const { text, open, quote, v } = a;
  if (open < 0 || /[,.;:!?\u2026\-\u2014]\s*$/u.test(quote)) return undefined;
  const { trail, lead } = a;
  // a modifier sits inside a noun phrase (`a new "..." tax`); a quote opening its clause (`Outside,
  // "..." campaign aides chanted`) is followed by its attribution instead. (The word count last: these
  // tests only read, so any order answers the same, and few quotes pass them.)
  if (!/^[ \t]+$/u.test(trail.gap) || !/[\p{L}\p{N}]\s*$/u.test(text.slice(Math.max(0, open - 40), open)) || a.wordsMoreThan(MODIFIER_WORDS)) return undefined;
  if (compoundModifier(quote, lead, trail.ws, v) && !reported(text, open, quote, v)) return 'term';
  for (const [i, w] of trail.ws.slice(0, 2).entries()) {
    if (!/^\p{Ll}[\p{L}\-]*$/u.test(w.raw)) return undefined;
    // a function word starts the rest of the sentence (`"there could be" a line`, `"..." who reports`)
    if (i === 0 && (v.nameStops.has(w.raw) || v.determiners.has(w.raw))) return undefined;
    if (v.termNouns.has(w.raw) || oneWordCues(v.titleCues).has(w.raw)) return 'term';
  }
  return undefined;
};

/**
 * One compound word quoted inside a noun phrase (`the last "must-win" game`, `a "ferry-first"
 * budget`): a determiner or quantifier among the two words before it, a content word right after it
 * (no function word, speech verb or adverb: `a "do-over," he said` ends its clause instead). A
 * modifier, not speech, unless its sentence reports speech (reported()).
 */
function compoundModifier(quote: string, lead: Word[], after: Word[], v: Vocab): boolean {
  const ws = words(quote);
  if (ws.length !== 1 || !/\p{L}-\p{L}/u.test(ws[0].raw) || !after.length) return false;
  const next = after[0].raw;
  const n = lowerCase(next);
  if (!/^\p{Ll}[\p{L}-]*$/u.test(next) || v.nameStops.has(n) || v.determiners.has(n) || v.minorWords.has(n) || v.verbs.has(n) || v.adverbs.has(n)) return false;
  return lead.slice(-2).some((w) => v.determiners.has(lowerCase(w.raw)) || v.quantifiers.has(lowerCase(w.raw)));
}

/** Most characters of the sentence around a quote read for a speech verb, each side. */
const SENTENCE_REACH = 300;

/**
 * Whether the sentence around the quote holds a speech verb (`Lamm said the city faces a "sure-fire"
 * loss`, `she described herself as a "people-first" mayor`): the quoted word is then the source's
 * own. "put" is speech only as "put it" (`as she put it`), not `put a fence up`.
 */
function reported(text: string, open: number, quote: string, v: Vocab): boolean {
  const from = Math.max(0, open - SENTENCE_REACH);
  const before = text.slice(from, open);
  const start = from + Math.max(...['.', '!', '?'].map((m) => before.lastIndexOf(m))) + 1;
  const tail = text.slice(open + quote.length + 1, open + quote.length + 1 + SENTENCE_REACH);
  const stop = tail.search(/[.!?](?:\s|$)/u);
  const ws = words(text.slice(start, open) + ' ' + (stop < 0 ? tail : tail.slice(0, stop)));
  return ws.some((w, i) => {
    const n = lowerCase(w.raw);
    if (!v.verbs.has(n)) return false;
    // (a participle reports speech after a comma, `..., calling it a "sure-fire" loss`; else it is
    // as often a noun: `the storm warning`)
    if (n.endsWith('ing') && ws[i - 1]?.raw !== ',') return false;
    return !/^puts?$/u.test(n) || (ws[i + 1] ? lowerCase(ws[i + 1].raw) : undefined) === 'it';
  });
}
