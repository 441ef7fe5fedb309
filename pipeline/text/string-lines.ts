// Which lines of a text hold which of several sets of strings, found in one pass over the text (an Aho-Corasick
// automaton over every string of every set) rather than a pass per set. The outlet stage asks this for its
// signals' cues: each cue needs one of a few strings (text/literals.ts neededStrings), and a page's lines that
// hold none of them cannot hold the cue; a scan per cue read the whole page ~30 times (~1/3 of the stage's CPU).
// Written here, not taken from npm: the Aho-Corasick packages there (ahocorasick, modern-ahocorasick) match
// case as written and return every match as a list of strings, so a page would first be lowercased whole (as
// costly as the scans it replaces, measured) and each match mapped back to its line; this folds as it reads
// and marks lines, with no list.
//
// The strings are those neededStrings gives: lower case, ASCII or characters with no case, none of them a line
// break. A case-insensitive Unicode pattern meets such a string's letter in either ASCII case, and also in the two
// characters whose simple case folding is an ASCII letter (U+017F long s, U+212A Kelvin sign): the text is folded
// so as they are, so a line where such a pattern finds a string is always found here. (Other characters match
// only themselves; toLowerCase is not used: it lengthens U+0130 and leaves U+017F.)

/** A text character as the strings are written: ASCII capitals and the two folding to ASCII letters lowered. */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x17f) return 115; // ſ -> s
  if (code === 0x212a) return 107; // K (Kelvin) -> k
  return code;
}

/** ASCII other than a capital, or a character with no case at all (no surrogate: a string's characters stand alone). */
function foldsToItself(c: number): boolean {
  if (c < 128) return fold(c) === c;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch && !/[\p{L}\p{M}]/u.test(ch);
}

export class StringLines {
  /** The symbol of each UTF-16 code unit (0: a character no string holds). */
  private readonly symbol = new Uint8Array(65536);
  private readonly width: number;
  /** The automaton's next state, by state * width + symbol (failure links folded in). */
  private readonly next: Int32Array;
  /** The sets a state ends a string of (through its failure links), or undefined. */
  private readonly ends: (number[] | undefined)[];
  /** 1 at the offset of each state that ends a string. */
  private readonly ending: Uint8Array;
  readonly sets: number;

  /** `sets`: each an any-of list of non-empty strings, none holding a line break, lower case as described above. */
  constructor(sets: readonly (readonly string[])[]) {
    this.sets = sets.length;
    let symbols = 0;
    const symOf = new Map<number, number>();
    for (const set of sets) {
      for (const s of set) {
        if (!s || s.includes('\n')) throw new Error(`string-lines: not a string to find: ${JSON.stringify(s)}`);
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (!foldsToItself(c)) throw new Error(`string-lines: a character with another case: ${JSON.stringify(s)}`);
          if (!symOf.has(c)) symOf.set(c, ++symbols);
        }
      }
    }
    if (symbols > 254) throw new Error('string-lines: too many distinct characters');
    for (let code = 0; code < 65536; code++) {
      const sym = symOf.get(fold(code));
      if (sym !== undefined) this.symbol[code] = sym;
    }
    this.width = symbols + 1;
    // The trie.
    const goto: Map<number, number>[] = [new Map()];
    const endsAt: Set<number>[] = [new Set()];
    sets.forEach((set, k) => {
      for (const s of set) {
        let state = 0;
        for (let i = 0; i < s.length; i++) {
          const sym = symOf.get(s.charCodeAt(i))!;
          let to = goto[state].get(sym);
          if (to === undefined) {
            to = goto.length;
            goto.push(new Map());
            endsAt.push(new Set());
            goto[state].set(sym, to);
          }
          state = to;
        }
        endsAt[state].add(k);
      }
    });
    // Failure links, breadth first, folded into a full table of next states.
    const w = this.width;
    const next = new Int32Array(goto.length * w);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let sym = 0; sym < w; sym++) {
      const to = goto[0].get(sym);
      if (to !== undefined) {
        next[sym] = to;
        queue.push(to);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (const k of endsAt[fail[state]]) endsAt[state].add(k);
      for (let sym = 0; sym < w; sym++) {
        const to = goto[state].get(sym);
        if (to === undefined) next[state * w + sym] = next[fail[state] * w + sym];
        else {
          fail[to] = next[fail[state] * w + sym];
          next[state * w + sym] = to;
          queue.push(to);
        }
      }
    }
    // States are kept as their offsets in the table (state * width): one multiplication less a character.
    for (let i = 0; i < next.length; i++) next[i] *= w;
    this.next = next;
    this.ending = new Uint8Array(next.length);
    this.ends = endsAt.map((e, state) => {
      if (!e.size) return undefined;
      this.ending[state * w] = 1;
      return [...e].sort((a, b) => a - b);
    });
  }

  /** For each set, the indexes (ascending, each once) of the lines of `text` (split at "\n") holding one of its strings. */
  linesOf(text: string): number[][] {
    const out: number[][] = Array.from({ length: this.sets }, () => []);
    const last = new Int32Array(this.sets).fill(-1);
    const { symbol, next, ends, ending, width } = this;
    let at = 0;
    let line = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        at = 0;
        continue;
      }
      at = next[at + symbol[c]];
      if (ending[at] === 0) continue;
      const e = ends[at / width]!;
      for (let j = 0; j < e.length; j++) {
        const k = e[j];
        if (last[k] !== line) {
          last[k] = line;
          out[k].push(line);
        }
      }
    }
    return out;
  }
}
