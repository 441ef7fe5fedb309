// Whether a candidate outlet name is a person's: a person the page writes about ("Nixon", "Anthony
// LaCalamita", "Julie Ann Brandau") is never its publisher. A name is a person's when it opens with a
// given name, or when the page writes it after a given name or a title ("Richard Nixon", "Mr. Nixon").
import { codePointAt, codePointBefore } from '../../text/letters.js';
import { nameWords } from './names.js';
import { escapeRe } from '../../text/regexp.js';
import { hasSurrogate, standsWhole } from '../../text/whole-words.js';

export interface PersonVocab {
  /** Given names (any gender), as written. */
  given_names: readonly string[];
  /** Titles written before a person's name ("Mr.", "President", "Sen."). */
  person_titles: readonly string[];
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}$/u;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

export class PersonTest {
  private given: Set<string>;
  /** The words a person's name follows (given names and titles, a title's closing full stop dropped), as
   * written, and their distinct lengths: looked up where a name stands, never compiled into a pattern. */
  private lead: Set<string>;
  private leadLengths: number[];
  /** The same words as one pattern, for a vocabulary the lookup cannot read exactly (a word that is
   * empty or ends in a space or tab); `(?<!\p{L})(?:word|…)\.?[ \t]+(?:\p{Lu}\.[ \t]+)?` before the name. */
  private before?: string;
  constructor(vocab: PersonVocab) {
    this.given = new Set(vocab.given_names.map((n) => n.toLowerCase()));
    const words = [...vocab.given_names, ...vocab.person_titles].map((w) => w.replace(/\.$/u, ''));
    this.lead = new Set(words);
    this.leadLengths = [...new Set(words.map((w) => w.length))].sort((a, b) => a - b);
    // Case as written: "President Nixon", not "the president's".
    if (words.some((w) => !w || isBlank(w.charCodeAt(w.length - 1)))) this.before = `(?<![\\p{L}])(?:${words.map(escapeRe).join('|')})\\.?[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?`;
  }

  /** True when `word` is a given name the vocabulary knows (any case). */
  isGiven(word: string): boolean {
    return this.given.has(word.toLowerCase());
  }

  /** True when `name` reads as a person's name in `text`. */
  isPerson(name: string, text: string): boolean {
    const bare = name.replace(/[’']s$/u, '');
    const words = bare.split(/\s+/u).filter(Boolean);
    if (!words.length || words.some((w) => !/^\p{Lu}/u.test(w))) return false;
    // A given name opening the name, and the surname standing alone elsewhere: people are named again by surname
    // ("Anthony LaCalamita ... LaCalamita said"); "Al Jazeera" is not written "Jazeera".
    if (words.length >= 2 && words.length <= 4 && this.given.has(words[0].toLowerCase())) {
      if (hasSurrogate(bare)) {
        const last = escapeRe(words[words.length - 1]);
        const prev = escapeRe(words[words.length - 2]);
        const alone = new RegExp(`(?<!${prev}\\s+)(?<![\\p{L}\\p{N}])${last}(?![\\p{L}\\p{N}])`, 'gu');
        const full = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRe).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
        if (count(alone, text) > 0 || count(full, text) === 0) return true;
      } else if (surnameAlone(words, text) || !writtenWhole(words, text)) return true;
    }
    if (words.length > 2 || nameWords(bare).length !== words.length) return false;
    if (this.before) return new RegExp(`${this.before}${escapeRe(bare)}(?![\\p{L}\\p{N}])`, 'u').test(text);
    for (let i = text.indexOf(bare); i >= 0; i = text.indexOf(bare, i + 1)) {
      if (!LETTER_OR_DIGIT.test(codePointAt(text, i + bare.length)) && this.led(text, i)) return true;
    }
    return false;
  }

  /** Whether a given name or title, then blanks and perhaps an initial ("J. "), ends at `end`: what
   * `before` above matches, read backwards. The blanks before the name run to the previous non-blank
   * character (no lead word ends in a blank), so each run is found whole. */
  private led(text: string, end: number): boolean {
    const k = blanksFrom(text, end);
    if (k === end) return false;
    if (this.leadEndsAt(text, k)) return true;
    // An initial: a capital letter and a full stop, then blanks.
    if (text.charCodeAt(k - 1) !== 0x2e) return false;
    const cp = codePointBefore(text, k - 1);
    if (!UPPER.test(cp)) return false;
    const j = k - 1 - cp.length;
    const k2 = blanksFrom(text, j);
    return k2 < j && this.leadEndsAt(text, k2);
  }

  /** A lead word, perhaps with a full stop after it, ends at `e`, with no letter before it. */
  private leadEndsAt(text: string, e: number): boolean {
    return this.wordEndsAt(text, e) || (text.charCodeAt(e - 1) === 0x2e && this.wordEndsAt(text, e - 1));
  }

  private wordEndsAt(text: string, e: number): boolean {
    for (const n of this.leadLengths) {
      if (n > e) break;
      if (this.lead.has(text.slice(e - n, e)) && !LETTER.test(codePointBefore(text, e - n))) return true;
    }
    return false;
  }
}

/** The start of the run of spaces and tabs that ends at `end`. */
function blanksFrom(text: string, end: number): number {
  let k = end;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  return k;
}

// The surname alone and the name whole are found as plain strings and the code points around them looked at: two
// patterns per name (their \p classes) cost ~0.2 ms each to compile and ran in V8's interpreter over the page, the
// largest part of the outlet ranker's person test (~1.4 s of silver-dev's outlet-rank stage). A name holding a
// surrogate keeps its patterns.
const SPACE = /^\s$/u;

/** Whether `words`' last stands whole in `text` somewhere not right after the word before it and spaces
 * (`(?<!PREV\s+)(?<![\p{L}\p{N}])LAST(?![\p{L}\p{N}])`). Neither word holds a space, so the spaces before
 * the surname run back to where the word before must end. */
export function surnameAlone(words: readonly string[], text: string): boolean {
  const last = words[words.length - 1];
  const prev = words[words.length - 2];
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
    if (!standsWhole(text, at, at + last.length)) continue;
    let k = at;
    while (k > 0 && SPACE.test(text[k - 1])) k--;
    if (k === at || !text.startsWith(prev, k - prev.length) || k < prev.length) return true;
  }
  return false;
}

/** Whether `words` stand whole in `text` with spaces between (`(?<![\p{L}\p{N}])W1\s+W2…(?![\p{L}\p{N}])`): no
 * word holds a space, so each place the words start has one end. */
export function writtenWhole(words: readonly string[], text: string): boolean {
  const re = new RegExp(words.map(escapeRe).join('\\s+'), 'gu');
  for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
    if (standsWhole(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

function count(re: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= 16) break;
  return n;
}
