// Quoted text that is not speech: titles of films, books, shows and articles (`documentary titled:
// "Surviving CECOT."`, `on "Meet the Press"`, `a play called "Sons of Trump"`, `"This Kind of War," by
// T.R. Fehrenbach`), and terms, nicknames and quoted modifiers (`the so-called "death tax"`, `a new
// "too big to fail" tax`). Scare quotes (a short fragment nobody is said to have said) are dropped by
// length where quotes are emitted. Every cue word is config (title_cues, term_cues, title_preps,
// title_verbs, naming_verbs, term_nouns, byline_words), so the rules read the same in any house style.
import { closeOf, norm } from './around.js';
import { framing, type Framing } from './framing.js';
import type { Vocab } from './vocab.js';
import { isAbbreviation, isCap, words, type Word } from './words.js';

export type Verdict = Framing | undefined;

/** Most words a title may have where a cue says a title comes (`co-author of "Those Guys Have All the Fun: ..."`). */
const CUED_TITLE_WORDS = 14;
/** Most words a quoted modifier may have (`a "defeat the establishment" theme`). */
const MODIFIER_WORDS = 6;

/** Words just before the opening mark, nearest last. */
function lead(text: string, open: number, n: number): Word[] {
  return words(text, Math.max(0, open - 100), open).slice(-n);
}

interface Trail {
  /** What stands between the closing mark and the first word. */
  gap: string;
  ws: Word[];
  /** The text right after the closing mark. */
  rest: string;
}

/** Words just after the quote's closing mark (none when the quote runs on), with the gap before the first. */
function trail(text: string, open: number, quote: string, n: number): Trail {
  const e = closeOf(text, open, quote);
  if (e < 0) return { gap: '', ws: [], rest: '' };
  const ws = words(text, e, Math.min(text.length, e + 100)).slice(0, n);
  return { gap: ws.length ? text.slice(e, ws[0].start) : '', ws, rest: text.slice(e, e + 80) };
}

/**
 * `"No to Schengen" (2005)`, `"Jaws" (1975)`, `(election poster 2003)`: a year in parentheses cites a
 * poster, a slogan or a work. A parenthetical sentence (`(the access was restored in 2016)`) cites nothing.
 */
const CITED_YEAR = /^\s*\(((?:[^()]{0,60}\s)?)(?:1[6-9]|20)\d\d\)/u;
function citedWithYear(rest: string, v: Vocab): boolean {
  const m = CITED_YEAR.exec(rest);
  return !!m && !words(m[1]).some((w) => v.nameStops.has(w.raw.toLowerCase()) || v.verbs.has(w.raw.toLowerCase()) || AUX.has(w.raw.toLowerCase()));
}
const AUX = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have']);


function endsWithCue(ws: Word[], cues: string[][]): boolean {
  const tail = ws.map(norm);
  return cues.some((c) => c.length <= tail.length && c.every((t, i) => tail[tail.length - c.length + i] === t));
}

/**
 * Title Case: every word capitalized but the minor ones (articles, conjunctions, prepositions: "the",
 * "of", "with"), and no sentence inside. A sentence keeps its verbs and nouns in lowercase, however short
 * (`"Karma is the guy on the Chiefs"`, `"I'm with her"`), and has no capital past its first word.
 */
export function titleCase(quote: string, minor: Set<string>, maxWords = 10): boolean {
  const ws = words(quote).filter((w) => /\p{L}/u.test(w.raw));
  if (!ws.length || ws.length > maxWords) return false;
  if (/[.!?]\s+\p{Lu}/u.test(quote)) return false;
  if (!isCap(ws[0].raw) || !ws.every((w) => isCap(w.raw) || /^\p{N}/u.test(w.raw) || minor.has(w.bare))) return false;
  return ws.length === 1 || ws.slice(1).some((w) => isCap(w.raw));
}

/**
 * Why the quote at [open ...] (text `quote`) is not speech, or undefined when it may be. `cued` says
 * whether a speech verb attributes it.
 */
export function notSpeech(text: string, open: number, quote: string, cued: boolean, v: Vocab): Verdict {
  // what a sign or a shirt says is written speech, however it is capitalized (`a hat reading, "Make
  // Mexico Great Again Also"`, `a T-shirt emblazoned with the words "I can't breathe"`), unless a year
  // cites the poster as a work (`Its posters read "No special rights for foreigners!" (2015)`)
  if (open >= 0 && inscribed(text, open, v) && !citedWithYear(trail(text, open, quote, 0).rest, v)) return undefined;
  // and what a crowd chants or shouts is speech (`chants of "Trump, Trump, Trump"`, `a chant of "Feel the Bern!"`)
  if (open >= 0 && shouted(text, open, v)) return undefined;
  if (open >= 0) {
    const before = lead(text, open, 5).filter((w) => w.raw !== ',' && w.raw !== ':');
    const prev = before[before.length - 1];
    const longTitle = titleCase(quote, v.minorWords, CUED_TITLE_WORDS);
    if (longTitle && endsWithCue(before, v.titleCues)) return 'title';
    // `"Yuge!: 30 Years of Doonesbury on Trump"`: a Title Case title and subtitle is a work's name, whatever
    // verb stands before it (nobody speaks in Title Case on both sides of a colon)
    if (longTitle && /\p{L}[!?]?:\s+[\p{Lu}\p{N}]/u.test(quote)) return 'title';
    // "titled", "entitled", "headlined": a title whatever its case
    if (prev && v.titleVerbs.has(norm(prev))) return 'title';
    // `a popular play called "Los Hijos de Trump"`: a title cue, then a naming verb
    if (longTitle && prev && v.namingVerbs.has(norm(prev)) && endsWithCue(before.slice(0, -1), v.titleCues)) return 'title';
    // `on "Meet the Press"`, `ABC's "This Week"`, `told "Fox and Friends"`, `its "Showcase of Democracy"`
    if (longTitle && prev && (prev.possessive || v.titlePreps.has(norm(prev)))) return 'title';
    if (words(quote).length <= 5 && endsWithCue(before, v.termCues)) return 'term';
    // (six words: `by the New York Post's Amy Spencer` reaches its possessive at the fifth)
    const after = trail(text, open, quote, 6);
    // `"The Living Room to close," by Times' Ben Sisario`: a work credited to its author
    // (a headline opening its clause, or a title: `"...," by Trump` inside a sentence is a passive)
    if (creditedWork(after.ws, longTitle, v) && (longTitle || opensClause(text, open))) return 'title';
    if (modifies(quote, text.slice(Math.max(0, open - 40), open), after, v)) return 'term';
    if (citedWithYear(after.rest, v)) return 'title';
    if (alternativeTitle(text, open, v)) return 'title';
  }
  if (!cued && titleCase(quote, v.minorWords) && !sentenceAfterAttribution(text, open, quote, v)) return 'title';
  const framed = framing(text, open, quote, cued, v);
  if (framed) return framed;
  // A fragment woven into the reporter's sentence with nobody named ("the ad targets a "corrupt
  // political system that ..."") is still someone's words: kept, with a null speaker, when it is long
  // enough to be speech (emit drops sourceless fragments under min_words, where scare quotes live).
  return undefined;
}

/**
 * `by T.R. Fehrenbach`, `by the Jackson 5`, `by the New York Post's Amy Spencer`: a credit word, then a
 * name. After a determiner, a headline (not in Title Case) needs an outlet's possessive: `"If there had
 * not been that intervention" by the United States` is the agent of a passive.
 */
function creditedWork(after: Word[], title: boolean, v: Vocab): boolean {
  if (after.length < 2 || !v.bylineWords.has(norm(after[0]))) return false;
  if (!v.determiners.has(after[1].raw)) return isCap(after[1].raw);
  const rest = after.slice(2);
  return !!rest.length && isCap(rest[0].raw) && (title || rest.some((w) => w.possessive && isCap(w.raw)));
}

/**
 * `a play called "Los Hijos de Trump," or "Sons of Trump,"`: a quote offered as another name for the
 * quote right before it is a title when that one is.
 */
function alternativeTitle(text: string, open: number, v: Vocab): boolean {
  const m = /(["\u201c]|'')([^"\u201c\u201d\n]{1,120}?)["\u201d']{1,2}\s*,?\s*\(?or\s*$/u.exec(text.slice(Math.max(0, open - 160), open));
  if (!m) return false;
  const prevOpen = Math.max(0, open - 160) + m.index;
  return notSpeech(text, prevOpen, m[2].trim(), false, v) === 'title';
}

/**
 * The quote is what a carrier of words reads (`a sign that read`, `signs reading`, `a shirt bearing the
 * words`): an inscription verb right before it (past `the words`, a comma or a colon), and a carrier noun
 * in the few words before the verb.
 */
function inscribed(text: string, open: number, v: Vocab): boolean {
  const ws = lead(text, open, 9).filter((w) => w.raw !== ',' && w.raw !== ':' && !/^[\u2014\u2013]$/u.test(w.raw));
  let i = ws.length - 1;
  // `bearing the words`, `emblazoned with the slogan`
  if (i >= 1 && v.termCues.some((c) => c.length === 1 && c[0] === norm(ws[i])) && v.determiners.has(norm(ws[i - 1]))) i -= 2;
  if (i >= 0 && norm(ws[i]) === 'with') i--;
  if (i < 1 || !v.inscriptionVerbs.has(norm(ws[i]))) return false;
  return ws.slice(Math.max(0, i - 4), i).some((w) => v.inscriptionCarriers.has(norm(w)));
}

/**
 * The quote is what someone chants, shouts or cries: a voicing verb right before it (`chanting`,
 * `shouted:`), or a voicing noun and "of" (`chants of`, `calls of`). A noun alone names nothing said
 * (`what he calls "the swamp"` is a naming verb, not a call).
 */
function shouted(text: string, open: number, v: Vocab): boolean {
  const ws = lead(text, open, 3).filter((w) => w.raw !== ',' && w.raw !== ':');
  const prev = ws[ws.length - 1];
  if (!prev) return false;
  if (norm(prev) === 'of') return ws.length > 1 && v.voiceNouns.has(norm(ws[ws.length - 2]));
  return v.voiceVerbs.has(norm(prev));
}

/**
 * `... in 2016. "That's Jeb Bush and Marco Rubio."`, `..., the president added. "We're America."`: a
 * whole sentence in quotes right after a sentence that attributes speech goes on with that speech,
 * however many capitals it has.
 */
function sentenceAfterAttribution(text: string, open: number, quote: string, v: Vocab): boolean {
  if (open < 0 || !/[.!?]["'\u201d\u2019]*\s*$/u.test(quote)) return false;
  const before = text.slice(Math.max(0, open - 300), open);
  if (!/[.!?]["'\u201d\u2019]*\s+$/u.test(before)) return false;
  const prevEnd = before.trimEnd().length;
  // the sentence before: back to the sentence end before it (or the stretch's start)
  let from = 0;
  for (const m of before.slice(0, prevEnd - 1).matchAll(/(\S*)[.!?]["'\u201d\u2019]*\s+(?=\S)/gu)) {
    if (!isAbbreviation(`${m[1]}.`, v)) from = m.index + m[0].length;
  }
  const sentence = before.slice(from, prevEnd);
  return words(sentence).some((w) => v.verbs.has(w.raw.toLowerCase().replace(/\.$/, '')));
}

/** Nothing but a dash, a colon or the block's start before the opening mark: the quote opens its clause. */
function opensClause(text: string, open: number): boolean {
  const before = text.slice(Math.max(0, open - 3), open).trimEnd();
  return before === '' || /[\u2014\u2013:\-]$/u.test(before);
}

/**
 * A short quote used as a modifier of the noun right after it (`a "too big to fail" tax`, `his "Keepin'
 * It Real" radio program`): a name or a term, not speech. A quote that ends in punctuation ends its
 * clause (`"...," campaign aides said`), so it modifies nothing.
 */
function modifies(quote: string, before: string, after: Trail, v: Vocab): boolean {
  if (/[,.;:!?\u2026\-\u2014]\s*$/u.test(quote) || words(quote).length > MODIFIER_WORDS) return false;
  if (!/^[ \t]+$/u.test(after.gap)) return false;
  // a modifier sits inside a noun phrase (`a new "..." tax`); a quote opening its clause (`Outside, "..."
  // campaign aides chanted`) is followed by its attribution instead
  if (!/[\p{L}\p{N}]\s*$/u.test(before)) return false;
  const nouns = after.ws.slice(0, 2);
  for (const [i, w] of nouns.entries()) {
    if (!/^\p{Ll}[\p{L}\-]*$/u.test(w.raw)) return false;
    // a function word starts the rest of the sentence (`"there could be" a line`, `"..." who reports`)
    if (i === 0 && (v.nameStops.has(w.raw) || v.determiners.has(w.raw))) return false;
    if (v.termNouns.has(w.raw) || v.titleCues.some((c) => c.length === 1 && c[0] === w.raw)) return true;
  }
  return false;
}
