// The people an article names, so short forms resolve to the full name given elsewhere ("Mr. Garin" ->
// "Geoff Garin") and pronouns can be checked against what the article says of a person's gender
// ("Mr.", "spokeswoman", "his"). Built in one pass over the article's blocks.
import type { Block } from './blocks.js';
import { capRuns, coreOf, isOrgRun } from './names.js';
import type { Gender, Vocab } from './vocab.js';
import { isPunct, words, type Word } from './words.js';

interface Person {
  full: string;
  count: number;
  first: number;
}

/** Text ending this way puts the next word at a sentence start (after `,"` a name is an attribution's source). */
const SENTENCE_START = /(?:^|[.!?:]|[.!?]["\u201d'\u2019]+|["\u201c\u2018]|'')$/u;
/** Most words a description subject ("the Independent Vermont senator") runs to its head noun. */
const DESCRIPTION_WORDS = 6;
/** How far back (characters) an opening adverbial before a subject is looked for. */
const OPENER_SPAN = 160;

export class People {
  /** surname (lowercase) -> full names seen with it */
  private bySurname = new Map<string, Person[]>();
  /** given name (lowercase) -> full names */
  private byGiven = new Map<string, Person[]>();
  /** surname (lowercase) -> votes for a gender */
  private votes = new Map<string, Map<Gender, number>>();
  /** offsets of person mentions in document order, with their surname key */
  /** `nominal`: a description that names a person ("the Vermont senator"), not a name. */
  readonly mentions: { at: number; key: string; name: string; subject: boolean; nominal?: boolean }[] = [];
  private keys = new Set<string>();
  /** one-word mentions opening a sentence ("Bukele said"): names only if the article uses them elsewhere */
  private initials: { at: number; key: string; name: string; subject: boolean }[] = [];

  constructor(private v: Vocab) {}

  static of(blocks: Block[], v: Vocab): People {
    const p = new People(v);
    for (const b of blocks) p.scan(b);
    for (const m of p.initials) if (p.knows(m.key)) p.mentions.push(m);
    p.mentions.sort((a, b) => a.at - b.at);
    return p;
  }

  /** How sure the article is of a person's gender (honorifics, given names and role nouns count; pronouns barely). */
  evidence(name: string): number {
    const lname = name.toLowerCase();
    const m = this.votes.get(lname) ?? this.votes.get(lname.split(' ').pop()!);
    return m ? Math.max(m.get('male') ?? 0, m.get('female') ?? 0) : 0;
  }

  private scan(b: Block): void {
    const ws = words(b.text);
    this.scanDescriptions(b, ws);
    for (const run of capRuns(ws, this.v)) {
      const [s, e] = coreOf(ws, run, this.v);
      if (e <= s || isOrgRun(ws, [s, e], this.v)) continue;
      const tokens = ws.slice(s, e).map((w) => w.bare);
      if (tokens.some((t) => this.v.titles.has(t))) continue;
      // "She", "That", "California": a lone pronoun, determiner or place is nobody
      if (tokens.length === 1 && (this.v.notNames.has(tokens[0]) || this.v.pronoun.has(tokens[0].toLowerCase()) || this.v.determiners.has(tokens[0].toLowerCase()))) continue;
      // "South Carolina", "New Mexico": a place, unless a given name opens it ("George Washington")
      if (tokens.length > 1 && this.v.notNames.has(tokens[tokens.length - 1]) && !this.v.firstName.has(tokens[0])) continue;
      // a sentence subject: the run opens its sentence (titles may come first)
      // (after `,"` a name is an attribution's source, not a sentence start)
      const opens = SENTENCE_START.test(b.text.slice(Math.max(0, ws[run[0]].start - 4), ws[run[0]].start).trimEnd());
      const subject = opens || this.afterOpener(b.text, ws[run[0]].start) || this.afterRole(b.text, ws, run[0]);
      const key = tokens[tokens.length - 1].toLowerCase();
      const full = tokens.join(' ').toLowerCase();
      const mention = { at: b.start + ws[s].start, key, name: tokens.join(' '), subject };
      // a lone capitalized word opening a sentence ("Surely", "Curious") is not yet a name
      if (tokens.length === 1 && s === run[0] && opens) {
        this.initials.push(mention);
        continue;
      }
      if (tokens.length >= 2 && tokens.length <= 4 && !this.functionWord(tokens[0])) this.addFull(tokens, b.start + ws[s].start);
      this.mentions.push(mention);
      this.keys.add(key);
      for (let i = run[0]; i < s; i++) {
        const g = this.v.honorific.get(ws[i].raw.toLowerCase()) ?? this.v.honorific.get(ws[i].bare.toLowerCase());
        if (g) this.vote(tokens.length > 1 ? full : key, g, 3);
      }
      if (tokens.length >= 2) {
        const g = this.v.firstName.get(tokens[0]);
        if (g) this.vote(full, g, 3);
      }
      // "Jane Doe, a spokeswoman for ..." / "Doe, her campaign's ..."
      const after = ws.slice(e, e + 4);
      if (after[0]?.raw === ',') {
        for (const w of after.slice(1)) {
          const g = this.v.genderNoun.get(w.bare.toLowerCase());
          if (g) this.vote(full, g, 2);
        }
      }
      // "Doe said his ..." : a possessive or object pronoun within a few words of a sentence-subject name
      const near = ws.slice(e, e + 6);
      for (const w of near) {
        if (w.raw === '.' || /[.!?]$/.test(w.raw)) break;
        const g = this.v.pronoun.get(w.raw.toLowerCase());
        if (g === 'male' || g === 'female') {
          this.vote(full, g, 1);
          break;
        }
        if (/^\p{Lu}/u.test(w.raw) && w !== near[0]) break;
      }
    }
  }

  /**
   * Descriptions opening a clause with a person's head noun and a verb after it ("But the former
   * president showed restraint"): the reporter's subject, as a name would be.
   */
  private scanDescriptions(b: Block, ws: Word[]): void {
    for (let i = 0; i < ws.length - 2; i++) {
      if (ws[i].bare.toLowerCase() !== 'the') continue;
      const at = ws[i].start;
      // (", the presumptive nominee," after a name is an appositive, not a subject)
      const appositive = i > 1 && ws[i - 1].raw === ',' && /^\p{Lu}/u.test(ws[i - 2].raw) && !SENTENCE_START.test(b.text.slice(Math.max(0, ws[i - 2].start - 4), ws[i - 2].start).trimEnd());
      const opens = (k: number) => SENTENCE_START.test(b.text.slice(Math.max(0, ws[k].start - 4), ws[k].start).trimEnd());
      // "But the former president ...": a conjunction or adverb may open the sentence first
      const led = i > 0 && this.v.clauseOpeners.has(ws[i - 1].raw.toLowerCase()) && opens(i - 1);
      if (!opens(i) && !led && (appositive || !this.afterOpener(b.text, at))) continue;
      for (let j = i + 1; j < Math.min(ws.length - 1, i + DESCRIPTION_WORDS); j++) {
        const w = ws[j].raw.toLowerCase();
        // modifiers only: a verb or a second determiner ("The movie mentions neither the president") ends it
        if (isPunct(ws[j]) || this.v.determiners.has(w) || this.v.nameStops.has(w)) break;
        const next = ws[j + 1];
        const head = this.v.personNouns.has(ws[j].bare.toLowerCase()) && !ws[j].possessive;
        if (!head && /^\p{Ll}.*s$/u.test(ws[j].raw)) break;
        if (!head || this.v.personNouns.has(next.bare.toLowerCase())) continue;
        if (/^\p{Ll}/u.test(next.raw) && !this.v.nameStops.has(next.raw.toLowerCase())) {
          const name = b.text.slice(at, ws[j].end);
          this.mentions.push({ at: b.start + at, key: name.toLowerCase(), name, subject: true, nominal: true });
        }
        break;
      }
    }
  }

  /**
   * A name right after an opening adverbial ("In his statement Saturday, Sanders went further"), a
   * description of the person ("One local woman, Karen Robison, pulled ...") or a coordinating "but"
   * (", but Christie wasn't having it") is its clause's subject too.
   */
  private afterOpener(text: string, at: number): boolean {
    const from = Math.max(0, at - OPENER_SPAN);
    const before = text.slice(from, at);
    if (/,\s*(?:but|yet)\s+$/u.test(before)) return true;
    const comma = before.trimEnd().length - 1;
    if (before[comma] !== ',') return false;
    // the sentence up to that comma (it starts after the last . ! or ?, within reach) opens with an
    // adverbial word and holds no other comma
    let start = comma - 1;
    while (start >= 0 && !'.!?'.includes(before[start])) start--;
    if (start < 0 && from > 0) return false;
    const chunk = before.slice(start + 1, comma);
    if (chunk.includes(',')) return false;
    const ws = chunk.match(/[\p{L}'\u2019-]+/gu) ?? [];
    const first = ws[0] ?? '';
    // "One local woman, Karen Robison, pulled ...": a description of a person, then the name
    const described = this.v.determiners.has(first.toLowerCase()) && ws.length <= DESCRIPTION_WORDS && this.v.personNouns.has(ws[ws.length - 1].toLowerCase());
    return described || this.v.clauseOpeners.has(first.toLowerCase()) || /^\p{Lu}\p{Ll}+ing$/u.test(first);
  }

  /**
   * A name after a role that opens the clause ("Florida developer Mel Sembler expressed dismay", "Just
   * a few months ago, Rubio supporter Scott Szlachta told ..."): the role's words, ending in a person
   * noun, come first.
   */
  private afterRole(text: string, ws: Word[], r: number): boolean {
    if (r === 0 || !this.v.personNouns.has(ws[r - 1].raw.toLowerCase())) return false;
    // the role runs back over capitalized or lowercase modifiers (never a determiner) to the clause start
    for (let k = r - 1; k >= Math.max(0, r - DESCRIPTION_WORDS); k--) {
      const w = ws[k];
      if (isPunct(w) || this.v.determiners.has(w.raw.toLowerCase()) || this.v.nameStops.has(w.raw.toLowerCase())) return false;
      if (SENTENCE_START.test(text.slice(Math.max(0, w.start - 4), w.start).trimEnd()) || this.afterOpener(text, w.start)) return true;
    }
    return false;
  }

  /** A capitalized word that opened a sentence or headline, not a given name ("Is Sanders", "Was Szlachta"). */
  functionWord(word: string): boolean {
    const w = word.toLowerCase();
    return this.v.adverbs.has(w) || this.v.clauseOpeners.has(w) || this.v.determiners.has(w) || this.v.verbs.has(w);
  }

  private addFull(tokens: string[], at: number): void {
    const full = tokens.join(' ');
    const key = tokens[tokens.length - 1].toLowerCase();
    const list = this.bySurname.get(key) ?? [];
    let p = list.find((x) => x.full === full);
    if (!p) {
      p = { full, count: 0, first: at };
      list.push(p);
      this.bySurname.set(key, list);
      const given = tokens[0].toLowerCase();
      this.byGiven.set(given, [...(this.byGiven.get(given) ?? []), p]);
    }
    p.count++;
  }

  private vote(key: string, g: Gender, n: number): void {
    const m = this.votes.get(key) ?? new Map<Gender, number>();
    m.set(g, (m.get(g) ?? 0) + n);
    this.votes.set(key, m);
  }

  /** Whether the article uses this one word as a name anywhere but at a sentence start ("Much", "Following" are not). */
  knows(word: string): boolean {
    const k = word.toLowerCase();
    return this.bySurname.has(k) || this.byGiven.has(k) || this.keys.has(k);
  }

  /** The full name a one-word name or surname stands for, or undefined when the article never gives one. */
  /** `gender` (from "Ms." or "Mr." at the mention) picks the right one of a family sharing a surname. */
  expand(tokens: string[], gender?: Gender): string | undefined {
    if (!tokens.length) return undefined;
    const key = tokens[tokens.length - 1].toLowerCase();
    const other = gender === 'male' ? 'female' : gender === 'female' ? 'male' : undefined;
    const pick = (list?: Person[]) => list?.filter((p) => p.full.split(' ').length > tokens.length && (!other || this.tally(p.full.toLowerCase()) !== other)).sort((a, b) => b.count - a.count || a.first - b.first)[0]?.full;
    return pick(this.bySurname.get(key)) ?? (tokens.length === 1 ? pick(this.byGiven.get(key)) : undefined);
  }

  /** What the article says of a person's gender: by the full name first (a family shares a surname), then the surname. */
  genderOf(name: string): Gender | undefined {
    const lname = name.toLowerCase();
    const words = lname.split(' ');
    const key = words[words.length - 1];
    if (words.length > 1) {
      const own = this.tally(lname);
      if (own) return own;
      // "Rakeyia Scott" beside "Keith Lamont Scott": what the article says of the surname alone ("Mr.
      // Scott") may be the other one's
      if ((this.bySurname.get(key)?.length ?? 0) > 1) return undefined;
    }
    const sure = this.tally(key);
    if (sure) return sure;
    // a surname with a single full name in the article: that person's
    const people = this.bySurname.get(key);
    return people?.length === 1 ? this.tally(people[0].full.toLowerCase()) : undefined;
  }

  private tally(key: string): Gender | undefined {
    const m = this.votes.get(key);
    if (!m) return undefined;
    const male = m.get('male') ?? 0;
    const female = m.get('female') ?? 0;
    return male > female ? 'male' : female > male ? 'female' : undefined;
  }
}
