// Where the reporter's clauses put their subject: a word opening a sentence, or after an opening
// adverbial ("In her statement Saturday, Lamm went further"), a role ("Harbor developer Al Roy expressed
// dismay") or ", but". A later "he said" most often continues that subject (resolve/).
import type { Vocab } from '../vocab.js';
import { isPunct, lowerRaw, type Word } from '../words.js';
import { isSpace } from '../../../text/letters.js';
import { lowerCase } from '../../../text/lower-case.js';

/**
 * Text ending this way puts the next word at a sentence start (after `,"` a name is an attribution's
 * source); so does a bracket opening a sentence ("... she said. (Jo Lamm defended her mother.").
 */
const SENTENCE_START = /(?:^|[.!?:]|[.!?]["\u201d'\u2019]+|["\u201c\u2018]|''|(?:^|[.!?]["\u201d'\u2019)]*\s*)\()$/u;
/** Most words a description ("the independent Vermont senator") or a role runs to its head noun. */
export const DESCRIPTION_WORDS = 6;
/** How far back (characters) an opening adverbial before a subject is looked for. */
const OPENER_SPAN = 160;

/** The words before a subject that ", but" or ", yet" reads (afterOpener). */
const BUT_YET = new Set(['but', 'yet']);

/** What SENTENCE_START's every reading ends in: a text ending in any other character opens nothing. */
const START_ENDS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x22, 0x201d, 0x27, 0x2019, 0x201c, 0x2018, 0x28]);

/** True when the word at `at` opens a sentence of `text`. */
export function opensSentence(text: string, at: number): boolean {
  // (asked of most capitals of every block: the last character of the four before, spaces aside, is
  // read first, and the slice and the pattern only run when it is one SENTENCE_START may end in)
  const from = Math.max(0, at - 4);
  let e = Math.min(at, text.length);
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > from && !START_ENDS.has(text.charCodeAt(e - 1))) return false;
  return SENTENCE_START.test(text.slice(from, at).trimEnd());
}

/**
 * True when the word at `at` follows an opening adverbial ("In her statement Saturday, Lamm"), a
 * description of the person ("One local woman, Kay Rob, pulled ...") or a coordinating ", but" (", but
 * the coach wasn't having it"): its clause's subject.
 */
export function afterOpener(text: string, at: number, v: Vocab): boolean {
  const from = Math.max(0, at - OPENER_SPAN);
  // Both readings need the text before `at`, spaces aside, to end in a comma or in "but" or "yet": the
  // last character is looked at first (this is asked of every capital of every block; the pattern's
  // test on the whole reach was ~2.5% of the quote chain in a --cpu-prof of polnear-dev).
  let e = at;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === from || (text[e - 1] !== ',' && text[e - 1] !== 't')) return false;
  // (a "t" can only end "but" or "yet" here: openingChunk wants a comma, and "that the", "at a" and "not
  // the" were most of the asks that reached the slice and the pattern below)
  if (text[e - 1] === 't' && (e - 3 < from || !BUT_YET.has(text.slice(e - 3, e)))) return false;
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
  // (the first word alone settles it unless it is a determiner: the chunk is only split whole then)
  const w0 = CHUNK_WORD.exec(chunk)?.[0] ?? '';
  const first = w0.toLowerCase();
  if (v.determiners.has(first)) {
    const ws = chunk.match(CHUNK_WORDS) ?? [];
    if (ws.length <= DESCRIPTION_WORDS && v.personNouns.has(lowerCase(ws[ws.length - 1]))) return true;
  }
  return v.clauseOpeners.has(first) || ING_OPENER.test(w0);
}

/** The words adverbialOrDescription reads a chunk as: the first (no global state), and all of them. */
const CHUNK_WORD = /[\p{L}'\u2019-]+/u;
const CHUNK_WORDS = /[\p{L}'\u2019-]+/gu;
const ING_OPENER = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * True when the name starting at word r follows a role that opens the clause ("Harbor developer Al Roy
 * expressed dismay", "Last month, club supporter Jo Beck told ..."): modifiers (never a determiner)
 * ending in a person noun.
 */
export function afterRole(text: string, ws: Word[], r: number, v: Vocab): boolean {
  if (r === 0 || !v.personNouns.has(lowerRaw(ws[r - 1]))) return false;
  for (let k = r - 1; k >= Math.max(0, r - DESCRIPTION_WORDS); k--) {
    const w = ws[k];
    if (isPunct(w) || v.determiners.has(lowerRaw(w)) || v.nameStops.has(lowerRaw(w))) return false;
    if (opensSentence(text, w.start) || afterOpener(text, w.start, v)) return true;
  }
  return false;
}

/** Conjunctions opening a subordinate clause, whose subject follows them ("after Jo Lamm announced ..."). */
const SUBORDINATORS = new Set(['while', 'after', 'when', 'as', 'before', 'because', 'although', 'though', 'since', 'until', 'whereas']);
/** Words before "as" that make it a comparison, an example or a role ("such as", "as well as", "served as"), not a clause. */
const AS_NO_CLAUSE = new Set(['such', 'well', 'same', 'as', 'so', 'known', 'served', 'serves', 'serving', 'acted', 'act', 'described', 'identified', 'named', 'seen', 'regarded', 'just']);
/** Nouns of a time a subordinate clause may define ("the day after", "the moment when"). */
const TIME_NOUNS = new Set(['moment', 'moments', 'minute', 'minutes', 'second', 'seconds', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'time', 'times', 'period', 'era']);
/** Verbs a subject after "as" is read by without the -ed/-s ending ("as Lamm was leaving"). */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'may', 'might', 'must', 'should']);

/**
 * True when the name run [r, e) is the subject of a subordinate clause ("after Jo Lamm announced ...",
 * "while staff writer Al Roy was away"): a subordinating conjunction before it (across a role with no
 * determiner), and a verb after it (a lowercase word that is no preposition, conjunction or
 * determiner; after "as", one read as a verb by its form). An owner ("before Lamm's speech") is no subject.
 */
export function afterSubordinator(ws: Word[], r: number, e: number, v: Vocab): boolean {
  if (e >= ws.length || ws[e - 1].possessive) return false;
  let k = r - 1;
  if (k >= 0 && v.personNouns.has(lowerRaw(ws[k]))) {
    while (k >= Math.max(0, r - DESCRIPTION_WORDS) && !SUBORDINATORS.has(lowerRaw(ws[k]))) {
      const w = lowerRaw(ws[k]);
      if (isPunct(ws[k]) || v.determiners.has(w) || v.nameStops.has(w)) return false;
      k--;
    }
  }
  const sub = k >= 0 ? lowerRaw(ws[k]) : '';
  if (!SUBORDINATORS.has(sub) || !/^\p{Ll}/u.test(ws[k].raw)) return false;
  // ("in the week after Lamm took office, the board ...": a time's clause, inside the main clause's phrase)
  if (k > 0 && TIME_NOUNS.has(lowerRaw(ws[k - 1]))) return false;
  const next = ws[e].raw;
  const n = lowerCase(next);
  if (!/^\p{Ll}/u.test(next) || v.nameStops.has(n) || v.determiners.has(n) || v.minorWords.has(n)) return false;
  if (sub !== 'as') return true;
  if (k > 0 && AS_NO_CLAUSE.has(lowerRaw(ws[k - 1]))) return false;
  return AUXILIARIES.has(n) || v.verbs.has(n) || v.reportVerbs.has(n) || /\p{Ll}(?:ed|es|s)$/u.test(n);
}
