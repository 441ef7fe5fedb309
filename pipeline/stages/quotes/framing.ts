// Quoted wording that the words around it frame as something other than speech: a work named before
// the role of the person in it (`"Orange Is the New Black" star Dascha Polanco`), a piece of writing
// cited by its headline (`("Romney blasts Trump ...," USATODAY.com, Thursday)`, `Ouisa Davis'
// commentary, "Melania, tell your immigrant story," is ...`), a linked story's excerpt set before its
// link (`by Times' Ben Sisario: "The Living Room, a ..." http://nyti.ms/...`), a term being
// defined (`a "targeted employment area," which is defined as`), a job title in scare quotes before a
// name (`its "national enterprise reporter" Stephanie McCrummen`), a poll's answer option (`23 percent
// of those who selected "cares about people like me"`), a translation (`Latin for "if you wish peace
// ..."`, `#UneBougiePourParis - "a candle for Paris"`) and site chrome set inside marks (`"Follow Pam
// Key on Twitter @pamkeyNEN."`). Every cue word is config; the shapes are the same in any house style.
import { closeOf, norm } from './around.js';
import type { Vocab } from './vocab.js';
import { isAbbreviation, isCap, words, type Word } from './words.js';

export type Framing = 'title' | 'term' | 'link' | 'gloss' | 'option' | 'chrome';

/** Most words a scare-quoted job title may have (`"national enterprise reporter"`). */
const JOB_WORDS = 5;
/** Most words a term being defined may have. */
const DEFINED_WORDS = 6;
/** Most words of a headline cited in apposition to the piece it names. */
const APPOSITIVE_WORDS = 14;
/** How far back the sentence holding a poll's option is read for its poll word. */
const POLL_REACH = 300;

const SENTENCE_END = /[.!?]\s|\n/gu;



/**
 * Words of the clause just before the opening mark, nearest last: back to a sentence end (a period
 * after "Sen." or "Aug." ends nothing), a closing mark or a line break.
 */
function clauseBefore(text: string, open: number, n: number, v: Vocab): Word[] {
  const from = Math.max(0, open - 160);
  const ws = words(text, from, open);
  const out: Word[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < n; i--) {
    const w = ws[i];
    const gap = text.slice(w.end, i + 1 < ws.length ? ws[i + 1].start : open);
    if (/\n|["\u201d\u2019]\s|[!?;]/u.test(gap)) break;
    if (/\.$/u.test(w.raw) && !isAbbreviation(w.raw, v)) break;
    out.unshift(w);
  }
  return out;
}

/** True when `seq` (lowercased words) ends with one of `cues`. */
function endsWith(seq: string[], cues: string[][]): boolean {
  return cues.some((c) => c.length <= seq.length && c.every((t, i) => seq[seq.length - c.length + i] === t));
}

/** True when `seq` starts with one of `cues`. */
function startsWith(seq: string[], cues: string[][]): boolean {
  return cues.some((c) => c.length <= seq.length && c.every((t, i) => seq[i] === t));
}

/**
 * How the words around the quote at [open ...] frame it, when not as speech. `cued` says whether a
 * speech verb attributes it: a quoted headline or job title someone is said to have said is theirs.
 */
export function framing(text: string, open: number, quote: string, cued: boolean, v: Vocab): Framing | undefined {
  if (v.quoteChrome.some((re) => re.test(quote.trim()))) return 'chrome';
  if (open < 0) return undefined;
  const close = closeOf(text, open, quote);
  const after = close < 0 ? [] : words(text, close, Math.min(text.length, close + 120)).slice(0, 7);
  const gap = close < 0 || !after.length ? '' : text.slice(close, after[0].start);
  const before = clauseBefore(text, open, 8, v);
  const ends = /[,.;:!?\u2026]\s*$/u.test(quote);
  if (close >= 0 && roleAfterWork(ends, gap, after, v)) return 'title';
  if (close >= 0 && citedInParens(text, open, close, v)) return 'title';
  if (close >= 0 && !cued && headlineInApposition(text, open, quote, close, before, after, v)) return 'title';
  if (close >= 0 && excerptBeforeLink(text, open, close)) return 'link';
  if (close >= 0 && words(quote).length <= DEFINED_WORDS && /^[\s,]*$/u.test(gap) && startsWith(after.map(norm), v.definitionCues)) return 'term';
  if (close >= 0 && !cued && jobBeforeName(quote, ends, gap, before, after, v)) return 'term';
  if (glossed(text, open, before, v)) return 'gloss';
  if (pollOption(text, open, before, v)) return 'option';
  return undefined;
}

/**
 * `"Orange Is the New Black" star Dascha Polanco`, `"Meet the Press" host Chuck Todd`: a work's name
 * before the role of someone in it and their name. A quote that ends in punctuation ends its clause.
 */
function roleAfterWork(ends: boolean, gap: string, after: Word[], v: Vocab): boolean {
  if (ends || !/^[ \t]+$/u.test(gap) || after.length < 2) return false;
  let i = 0;
  // `"Today" show host Matt Lauer`: the kind of work may come first
  if (v.titleCues.some((c) => c.length === 1 && c[0] === norm(after[0])) && after.length > 2 && v.workRoles.has(norm(after[1]))) i = 1;
  if (!v.workRoles.has(norm(after[i])) || !/^\p{Ll}/u.test(after[i].raw)) return false;
  const name = after[i + 1];
  if (!name || !isCap(name.raw)) return false;
  // `"We'll see" host Jimmy Fallon said`: a speech verb after the name attributes the quote
  return !after.slice(i + 1, i + 5).some((w) => v.verbs.has(w.raw.toLowerCase().replace(/[.,]$/, '')));
}

/**
 * `("Romney blasts Trump as a 'fraud' ...," USATODAY.com, Thursday)`: a headline opening a
 * parenthesis, then the outlet and a date and nothing else. `("We are done," Roe said)` has a speech
 * verb in it and is an aside quoting someone.
 */
function citedInParens(text: string, open: number, close: number, v: Vocab): boolean {
  if (!/\(\s*$/u.test(text.slice(Math.max(0, open - 3), open))) return false;
  const m = /^\s*,?\s*(\p{Lu}[^()\n]{0,60})\)/u.exec(text.slice(close, close + 80));
  if (!m) return false;
  return !words(m[1]).some((w) => v.verbs.has(w.raw.toLowerCase()));
}

/**
 * `Ouisa Davis' commentary, "Melania, tell your immigrant story," is very thoughtful`, `In Sen. Jeff
 * Sessions' column on Aug. 10, "The piling on must stop," the Republican ...`: a piece of writing named
 * by a possessive or a determiner, then its headline set off by commas. Unattributed only: `In the
 * op-ed, "We must act," Roe wrote` quotes the piece.
 */
function headlineInApposition(text: string, open: number, quote: string, close: number, before: Word[], after: Word[], v: Vocab): boolean {
  if (!/,\s*$/u.test(text.slice(Math.max(0, open - 3), open))) return false;
  if (!/,\s*$/u.test(quote) && !/^\s*,/u.test(text.slice(close, close + 2))) return false;
  if (words(quote).length > APPOSITIVE_WORDS || !after.length) return false;
  const body = before.filter((w) => w.raw !== ',');
  const at = body.findIndex((w, i) => v.citedWorks.has(norm(w)) && i > 0 && (body[i - 1].possessive || v.determiners.has(norm(body[i - 1]))));
  // the piece is named within a few words of the comma (`column on Aug. 10,`)
  return at >= 0 && body.length - at <= 5;
}

/**
 * A linked story's excerpt: the quote opens its clause after a credit or a headline (`by Times' Ben
 * Sisario: "..."`, `NEW YORK ENDS TAMPON TAX "..."`) and the story's link follows (`"
 * http://nyti.ms/1U0Xvbm`). A post's own link (`t.co`, `pic.twitter.com`) after its text does not
 * count: a post is someone's words. Nor does a bracketed source name (`" [WaPo.]`): a digest quoting
 * a story names whose words it quotes.
 */
function excerptBeforeLink(text: string, open: number, close: number): boolean {
  const rest = text.slice(close, close + 120);
  if (!/^\s*[.,]?\s*(?:https?:\/\/|www\.)(?!t\.co\/|(?:pic\.|www\.)?twitter\.com\/)/u.test(rest)) return false;
  const lead = text.slice(Math.max(0, open - 60), open).trimEnd();
  if (lead === '' || /[:\u2014\u2013]$/u.test(lead)) return true;
  // a headline in capitals just before (`... TAMPON TAX "`, `‘... HOUSE PARTY’"`)
  const ws = words(lead).filter((w) => /\p{L}/u.test(w.raw)).slice(-3);
  return ws.length === 3 && ws.every((w) => !/\p{Ll}/u.test(w.raw));
}

/**
 * `The Post sent its "national enterprise reporter" Stephanie McCrummen`: a short lowercase job
 * title after a determiner and before a name. Unattributed only: `Cruz says his "friend and
 * colleague" Marco Rubio` quotes Cruz's words.
 */
function jobBeforeName(quote: string, ends: boolean, gap: string, before: Word[], after: Word[], v: Vocab): boolean {
  const ws = words(quote).filter((w) => /\p{L}/u.test(w.raw));
  if (ends || !ws.length || ws.length > JOB_WORDS || ws.some((w) => !/^\p{Ll}/u.test(w.raw))) return false;
  const prev = before[before.length - 1];
  if (!prev || !v.determiners.has(norm(prev)) || !/^[ \t]+$/u.test(gap) || after.length < 2) return false;
  if (!isCap(after[0].raw) || !isCap(after[1].raw)) return false;
  return !(after[2] && v.verbs.has(after[2].raw.toLowerCase()));
}

/**
 * A translation: after `Latin for`, `meaning`, `translated as` (config), or a hashtag and a dash
 * (`#UneBougiePourParis - "a candle for Paris"`).
 */
function glossed(text: string, open: number, before: Word[], v: Vocab): boolean {
  if (/#[\p{L}\p{N}_]+\s*[-\u2013\u2014:(,]\s*$/u.test(text.slice(Math.max(0, open - 80), open))) return true;
  return endsWith(before.filter((w) => w.raw !== ',').map(norm), v.glossCues);
}

/**
 * A poll's answer option: a choosing verb a few words before the quote (`those who selected someone
 * who "cares about people like me"`, `who chose "honest and trustworthy"`), in a sentence about a
 * poll's numbers (`23 percent`).
 */
function pollOption(text: string, open: number, before: Word[], v: Vocab): boolean {
  const near = before.slice(-4);
  if (!near.some((w) => v.optionVerbs.has(norm(w))) || near.some((w) => w.raw === ',' || w.raw === ':')) return false;
  const from = Math.max(0, open - POLL_REACH);
  let start = from;
  for (const m of text.slice(from, open).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  const sentence = text.slice(start, open);
  return /%/u.test(sentence) || words(sentence).some((w) => v.pollWords.has(norm(w)));
}
