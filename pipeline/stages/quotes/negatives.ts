// Quoted text that is not speech: titles of films, books and shows (`documentary titled: "Surviving
// CECOT."`, `on "Meet the Press"`) and terms and nicknames (`the so-called "death tax"`). Scare quotes
// (a short fragment nobody is said to have said) are dropped by length where quotes are emitted.
import type { Vocab } from './vocab.js';
import { isCap, words, type Word } from './words.js';

export type Verdict = 'title' | 'term' | undefined;

/** Words (lowercase) just before the opening mark, nearest last. */
function lead(text: string, open: number, n: number): Word[] {
  return words(text, Math.max(0, open - 80), open).slice(-n);
}

function endsWithCue(ws: Word[], cues: string[][]): boolean {
  const tail = ws.map((w) => w.raw.toLowerCase().replace(/[.:]$/, ''));
  return cues.some((c) => c.length <= tail.length && c.every((t, i) => tail[tail.length - c.length + i] === t));
}

/** Title Case: every longer word capitalized, and no sentence inside. */
export function titleCase(quote: string): boolean {
  const ws = words(quote).filter((w) => /\p{L}/u.test(w.raw));
  if (!ws.length || ws.length > 10) return false;
  if (/[.!?]\s+\p{Lu}/u.test(quote)) return false;
  return isCap(ws[0].raw) && ws.every((w) => w.bare.length < 4 || isCap(w.raw) || /^\p{N}/u.test(w.raw));
}

/**
 * Why the quote at [open ...] (text `quote`) is not speech, or undefined when it may be. `cued` says
 * whether a speech verb attributes it.
 */
export function notSpeech(text: string, open: number, quote: string, cued: boolean, v: Vocab): Verdict {
  if (open >= 0) {
    const before = lead(text, open, 3).filter((w) => w.raw !== ',' );
    const colonLess = before.filter((w) => w.raw !== ':');
    if (endsWithCue(colonLess, v.titleCues) && titleCase(quote)) return 'title';
    if (endsWithCue(colonLess, ['titled', 'entitled', 'headlined'].map((x) => [x]))) return 'title';
    const prev = before[before.length - 1];
    // `on "Meet the Press"`, `ABC's "This Week"`: a name after a possessive or a preposition is a title
    if (titleCase(quote) && prev && (prev.possessive || ['on', 'in', 'of', 'at', 'from', 'the', 'a', 'and', 'for', 'with', 'like'].includes(prev.raw.toLowerCase()))) return 'title';
    const n = words(quote).length;
    if (n <= 5 && endsWithCue(colonLess, v.termCues)) return 'term';
  }
  if (!cued && titleCase(quote)) return 'title';
  // A fragment woven into the reporter's sentence with nobody named ("the ad targets a "corrupt
  // political system that ..."") is still someone's words: kept, with a null speaker, when it is long
  // enough to be speech (emit drops sourceless fragments under min_words, where scare quotes live).
  return undefined;
}
