// "CREW said", "HuffPo reported": an organization credited by a short form (an acronym, or a blend of its
// words' first letters, "HuffPo") is the organization the article names in full somewhere ("Citizens for
// Reform in Eastland (CREW)", "the Huffington Post"); `speaker_name` is then the full name. A short form
// is read only when it cannot be a person's name: all capitals, or a capital inside the word.
import { isCap } from '../words.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Lowercase words a full organization name may hold between its capitalized words ("for", "of the"). */
const INNER = new Set(['for', 'of', 'and', 'in', 'on', 'the', 'to', 'at', '&']);
/** Most words of a full name. */
const MAX_WORDS = 9;

/** Whether `name` is written as a short form: "CREW", "NAACP", "HuffPo", "FactCheck". */
export const shortForm = (name: string) => /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u.test(name);

/**
 * The full name in `text` that `short` abbreviates, the longest first; undefined when none does. An
 * acronym gives one word per letter and must be defined in the text, in brackets right after the
 * full name ("the Citizens for Reform in Eastland Wards (CREW)"): letters alone match too many
 * titles. A blend gives one word per capitalized piece, each piece a prefix of its word ("HuffPo":
 * Huffington Post).
 */
export function fullFormOf(short: string, text: string): string | undefined {
  const acronym = /^\p{Lu}+$/u.test(short);
  const pieces = (acronym ? [...short] : short.match(/\p{Lu}\p{Ll}*/gu) ?? []).map((p) => lowerCase(p));
  if (pieces.length < 2) return undefined;
  let best: string | undefined;
  for (const { words: run, defines } of capitalRunsOf(text)) {
    if (acronym && defines !== short) continue;
    const content = run.map((w, i) => i).filter((i) => !INNER.has(lowerCase(run[i])) && run[i].length > 1);
    for (let s = 0; s + pieces.length <= content.length; s++) {
      const at = content.slice(s, s + pieces.length);
      if (!at.every((i, k) => lowerCase(run[i]).startsWith(pieces[k]))) continue;
      // an acronym defined in brackets spells the words just before them
      if (acronym && at[at.length - 1] !== run.length - 1) continue;
      const full = run.slice(at[0], at[at.length - 1] + 1).join(' ');
      if (!best || full.length > best.length) best = full;
    }
  }
  return best;
}

// (an article asks for the full form of each short form its quotes credit, and each ask read the whole
// article's capitalized runs afresh: the runs of the last text asked are kept, and only read, never
// changed)
let lastText: string | undefined;
let lastRuns: { words: string[]; defines?: string }[] = [];

/** capitalRuns(text), read once for the text asked last. */
function capitalRunsOf(text: string): { words: string[]; defines?: string }[] {
  if (text !== lastText) {
    lastRuns = capitalRuns(text);
    lastText = text;
  }
  return lastRuns;
}

/**
 * Runs of capitalized words, with the small words a name may hold inside ("Citizens for Reform in
 * Eastland"), each with the short form it is defined as in brackets right after it, if any.
 */
function capitalRuns(text: string): { words: string[]; defines?: string }[] {
  const out: { words: string[]; defines?: string }[] = [];
  let run: string[] = [];
  const flush = (end: number) => {
    while (run.length && !isCap(run[run.length - 1])) run.pop();
    if (run.length >= 2 && run.length <= MAX_WORDS * 2) out.push({ words: run, defines: /^\s*\((\p{Lu}{2,})\)/u.exec(text.slice(end, end + 16))?.[1] });
    run = [];
  };
  let end = 0;
  for (const m of text.matchAll(/[\p{L}&][\p{L}'\u2019.-]*|[^\p{L}\s]+|\n/gu)) {
    const w = m[0];
    if (isCap(w) && /^\p{L}/u.test(w)) {
      run.push(w.replace(/['\u2019]s?$|\.$/u, ''));
      end = m.index + w.length;
      // a sentence ends after a word with a period, unless it is an initial ("Jo B. Lin")
      if (/\p{L}{2}\.$/u.test(w)) flush(end);
    } else if (run.length && INNER.has(lowerCase(w))) run.push(w);
    else flush(end);
  }
  flush(end);
  return out;
}
