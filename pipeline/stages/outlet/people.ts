// Whether a candidate outlet name is a person's: a person the page writes about ("Nixon", "Anthony
// LaCalamita", "Julie Ann Brandau") is never its publisher. A name is a person's when it opens with a
// given name, or when the page writes it after a given name or a title ("Richard Nixon", "Mr. Nixon").
import { nameWords } from './names.js';

export interface PersonVocab {
  /** Given names (any gender), as written. */
  given_names: readonly string[];
  /** Titles written before a person's name ("Mr.", "President", "Sen."). */
  person_titles: readonly string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class PersonTest {
  private given: Set<string>;
  private before: string;
  constructor(vocab: PersonVocab) {
    this.given = new Set(vocab.given_names.map((n) => n.toLowerCase()));
    const words = [...vocab.given_names, ...vocab.person_titles].map((w) => escapeRe(w.replace(/\.$/u, ''))).join('|');
    // Case as written: "President Nixon", not "the president's".
    this.before = `(?<![\\p{L}])(?:${words})\\.?[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?`;
  }

  /** True when `name` reads as a person's name in `text`. */
  isPerson(name: string, text: string): boolean {
    const bare = name.replace(/[’']s$/u, '');
    const words = bare.split(/\s+/u).filter(Boolean);
    if (!words.length || words.some((w) => !/^\p{Lu}/u.test(w))) return false;
    // A given name opening the name, and the surname standing alone elsewhere: people are named again by surname
    // ("Anthony LaCalamita ... LaCalamita said"); "Al Jazeera" is not written "Jazeera".
    if (words.length >= 2 && words.length <= 4 && this.given.has(words[0].toLowerCase())) {
      const last = escapeRe(words[words.length - 1]);
      const prev = escapeRe(words[words.length - 2]);
      const alone = new RegExp(`(?<!${prev}\\s+)(?<![\\p{L}\\p{N}])${last}(?![\\p{L}\\p{N}])`, 'gu');
      const full = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRe).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
      if (count(alone, text) > 0 || count(full, text) === 0) return true;
    }
    if (words.length > 2 || nameWords(bare).length !== words.length) return false;
    const re = new RegExp(`${this.before}${escapeRe(bare)}(?![\\p{L}\\p{N}])`, 'u');
    return re.test(text);
  }
}

function count(re: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= 16) break;
  return n;
}
