// Where the reporter's clauses put their subject: a word opening a sentence, or after an opening
// adverbial ("In her statement Saturday, Lamm went further"), a role ("Harbor developer Al Roy expressed
// dismay") or ", but". A later "he said" most often continues that subject (resolve/).
import type { Vocab } from '../vocab.js';
import { isPunct, type Word } from '../words.js';

/**
 * Text ending this way puts the next word at a sentence start (after `,"` a name is an attribution's
 * source); so does a bracket opening a sentence ("... she said. (Jo Lamm defended her mother.").
 */
const SENTENCE_START = /(?:^|[.!?:]|[.!?]["\u201d'\u2019]+|["\u201c\u2018]|''|(?:^|[.!?]["\u201d'\u2019)]*\s*)\()$/u;
/** Most words a description ("the independent Vermont senator") or a role runs to its head noun. */
export const DESCRIPTION_WORDS = 6;
/** How far back (characters) an opening adverbial before a subject is looked for. */
const OPENER_SPAN = 160;

/** True when the word at `at` opens a sentence of `text`. */
export function opensSentence(text: string, at: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, at - 4), at).trimEnd());
}

/**
 * True when the word at `at` follows an opening adverbial ("In her statement Saturday, Lamm"), a
 * description of the person ("One local woman, Kay Rob, pulled ...") or a coordinating ", but" (", but
 * the coach wasn't having it"): its clause's subject.
 */
export function afterOpener(text: string, at: number, v: Vocab): boolean {
  const from = Math.max(0, at - OPENER_SPAN);
  const before = text.slice(from, at);
  if (/,\s*(?:but|yet)\s+$/u.test(before)) return true;
  const chunk = openingChunk(before, from);
  return chunk !== undefined && adverbialOrDescription(chunk, v);
}

/**
 * The sentence up to the comma that ends `before` (it starts after the last . ! or ?, within reach),
 * when it holds no other comma; undefined otherwise.
 */
function openingChunk(before: string, from: number): string | undefined {
  const comma = before.trimEnd().length - 1;
  if (before[comma] !== ',') return undefined;
  let start = comma - 1;
  while (start >= 0 && !'.!?'.includes(before[start])) start--;
  if (start < 0 && from > 0) return undefined;
  const chunk = before.slice(start + 1, comma);
  return chunk.includes(',') ? undefined : chunk;
}

/** An opening chunk that is an adverbial (an opener word, a participle) or a short description of a person. */
function adverbialOrDescription(chunk: string, v: Vocab): boolean {
  const ws = chunk.match(/[\p{L}'\u2019-]+/gu) ?? [];
  const first = (ws[0] ?? '').toLowerCase();
  const described = v.determiners.has(first) && ws.length <= DESCRIPTION_WORDS && v.personNouns.has(ws[ws.length - 1].toLowerCase());
  return described || v.clauseOpeners.has(first) || /^\p{Lu}\p{Ll}+ing$/u.test(ws[0] ?? '');
}

/**
 * True when the name starting at word r follows a role that opens the clause ("Harbor developer Al Roy
 * expressed dismay", "Last month, club supporter Jo Beck told ..."): modifiers (never a determiner)
 * ending in a person noun.
 */
export function afterRole(text: string, ws: Word[], r: number, v: Vocab): boolean {
  if (r === 0 || !v.personNouns.has(ws[r - 1].raw.toLowerCase())) return false;
  for (let k = r - 1; k >= Math.max(0, r - DESCRIPTION_WORDS); k--) {
    const w = ws[k];
    if (isPunct(w) || v.determiners.has(w.raw.toLowerCase()) || v.nameStops.has(w.raw.toLowerCase())) return false;
    if (opensSentence(text, w.start) || afterOpener(text, w.start, v)) return true;
  }
  return false;
}
