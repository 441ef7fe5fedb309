// Whether an article writes a word in lowercase somewhere ("people" beside "People said"): People asks
// this of a few words per block (titleCase's common word, a role word, a word opening a sentence). The set
// of every lowercase word of the article, sliced and hashed word by word, was ~6% of the names stage in a
// --cpu-prof of polnear-dev while the asks are a few dozen per article: each ask is answered by a search
// of the article's text instead, and kept for the article (one LowerWords per People, per article).
import { isLower } from '../../../text/letters.js';
import { inLowerWord, lowercaseWords } from './lowercase-words.js';

/** Half of a code point: a text holding one is read by lowercaseWords' pattern. (No u flag: with it the
 * class would not match a pair, read as one astral code point.) */
const SURROGATE = /[\ud800-\udfff]/;

export class LowerWords {
  /** the texts joined by a newline, which no lowercase word holds or runs across */
  private readonly text: string;
  /** every lowercase word, gathered the old way when a text holds an astral character */
  private readonly all?: Set<string>;
  private readonly answers = new Map<string, boolean>();

  constructor(texts: readonly string[]) {
    this.text = texts.join('\n');
    if (SURROGATE.test(this.text)) {
      const all = new Set<string>();
      for (const t of texts) for (const w of lowercaseWords(t)) all.add(w);
      this.all = all;
    }
  }

  /** Whether `word` is one of lowercaseWords of the texts: a run of LOWER_WORD's class opening with a lowercase letter, whole. */
  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    let known = this.answers.get(word);
    if (known === undefined) this.answers.set(word, (known = this.find(word)));
    return known;
  }

  private find(word: string): boolean {
    const n = word.length;
    // (a word holding a surrogate is not in a text that holds none)
    if (!n || !isLower(word.charCodeAt(0))) return false;
    for (let k = 1; k < n; k++) if (!inLowerWord(word.charCodeAt(k))) return false;
    const text = this.text;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const open = i === 0 || !inLowerWord(text.charCodeAt(i - 1));
      const close = i + n >= text.length || !inLowerWord(text.charCodeAt(i + n));
      if (open && close) return true;
    }
    return false;
  }
}
