// "CREW said", "HuffPo reported": an organization credited by a short form (an acronym, or a blend of its
// words' first letters, "HuffPo") is the organization the article names in full somewhere ("Citizens for
// Reform in Eastland (CREW)", "the Huffington Post"); `speaker_name` is then the full name. A short form
// is read only when it cannot be a person's name: all capitals, or a capital inside the word.
import { isCap } from '../words.js';

/** Lowercase words a full organization name may hold between its capitalized words ("for", "of the"). */
const INNER = new Set(['for', 'of', 'and', 'in', 'on', 'the', 'to', 'at', '&']);
/** Most words of a full name. */
const MAX_WORDS = 9;

/** Whether `name` is written as a short form: "CREW", "NAACP", "HuffPo", "FactCheck". */
export const shortForm = (name: string) => /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u.test(name);

/**
 * The full name in `text` that `short` abbreviates, the longest first; undefined when none does. An
 * acronym gives one word per letter ("CREW": Citizens for Reform in Eastland Wards); a blend gives one
 * word per capitalized piece, each piece a prefix of its word ("HuffPo": Huffington Post).
 */
export function fullFormOf(short: string, text: string): string | undefined {
  const pieces = (/^\p{Lu}+$/u.test(short) ? [...short] : short.match(/\p{Lu}\p{Ll}*/gu) ?? []).map((p) => p.toLowerCase());
  if (pieces.length < 2) return undefined;
  let best: string | undefined;
  for (const run of capitalRuns(text)) {
    const content = run.filter((w) => !INNER.has(w.toLowerCase()));
    for (let s = 0; s + pieces.length <= content.length; s++) {
      const ws = content.slice(s, s + pieces.length);
      if (!ws.every((w, i) => w.toLowerCase().startsWith(pieces[i]))) continue;
      const full = run.slice(run.indexOf(ws[0]), run.lastIndexOf(ws[ws.length - 1]) + 1).join(' ');
      if (!best || full.length > best.length) best = full;
    }
  }
  return best;
}

/** Runs of capitalized words, with the small words a name may hold inside ("Citizens for Reform in Eastland"). */
function capitalRuns(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && !isCap(run[run.length - 1])) run.pop();
    if (run.length >= 2 && run.length <= MAX_WORDS * 2) out.push(run);
    run = [];
  };
  for (const m of text.matchAll(/[\p{L}&][\p{L}'\u2019.-]*|[^\p{L}\s]+|\n/gu)) {
    const w = m[0];
    if (isCap(w) && /^\p{L}/u.test(w)) {
      run.push(w.replace(/['\u2019]s?$|\.$/u, ''));
      // a sentence ends after a word with a period, unless it is an initial ("Jo B. Lin")
      if (/\p{L}{2}\.$/u.test(w)) flush();
    } else if (run.length && INNER.has(w.toLowerCase())) run.push(w);
    else flush();
  }
  flush();
  return out;
}
