// The people an article names, so short forms resolve to the full name given elsewhere ("Mr. Garin" ->
// "Geoff Garin") and pronouns can be checked against what the article says of a person's gender
// ("Mr.", "spokeswoman", "his"). Built in one pass over the article's blocks.
import type { Block } from './blocks.js';
import { afterOpener, afterRole, describedSubjects, opensSentence } from './clauses.js';
import { capRuns, coreOf, isOrgRun } from './names.js';
import { leadsName, surnameOf, titleCase, titleSurname } from './shape.js';
import type { Gender, Vocab } from './vocab.js';
import { isCap, isPunct, words, type Word } from './words.js';

interface Person {
  full: string;
  count: number;
  first: number;
}

/** "Holding", "Following": a capitalized participle (surnames like "King" or "Ewing" are known from their full name). */
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ing$/u;

/** Most words an appositive after a subject's name ("Bill McInturff, the Republican half of ...,") may have. */
const APPOSITIVE_WORDS = 20;

/**
 * The description set off by commas right after a name ("Bill Moe, a pollster for the campaign, said"), or
 * ''. An aside ("for her part") or an action ("wearing a T-shirt") describes nobody.
 */
function appositive(text: string, at: number, v: Vocab): string {
  // (an initial's period goes on: "a top adviser to then-President George W. Bush,")
  const m = /^,\s*([\p{Ll}\p{N}](?:[^,;:.!?"\u201c\u201d]|(?<=\p{Lu})\.)*?)\s*,/u.exec(text.slice(at, at + 400));
  if (!m) return '';
  const ws = m[1].split(/\s+/);
  const first = ws[0].toLowerCase();
  // ", however,", ", meanwhile,", ", too,": one lowercase word that names no role is the reporter's adverb
  if (ws.length === 1 && /^\p{Ll}+$/u.test(first) && !v.personNouns.has(first)) return '';
  return ws.length <= APPOSITIVE_WORDS && (first === 'who' || !v.nameStops.has(first)) && !/ing$/u.test(first) ? m[1] : '';
}

/** Most words before a name read as its role ("former state party chairman Jo Lin"). */
const ROLE_WORDS = 4;

/**
 * The words naming what a person is at one mention, lowercase: the titles in the name's run, the words
 * just before it within its clause, and the appositive set off after it ("the senator", "a pollster").
 */
function rolesAround(text: string, ws: Word[], runStart: number, s: number, e: number, v: Vocab): string[] {
  const out = ws.slice(runStart, s).map((w) => w.bare.toLowerCase());
  for (let i = runStart - 1; i >= Math.max(0, runStart - ROLE_WORDS); i--) {
    const w = ws[i];
    const l = w.bare.toLowerCase();
    if (isPunct(w) || /[.!?]$/u.test(w.raw) && !v.abbreviations.has(w.raw) || v.verbs.has(l) || v.determiners.has(l) || v.nameStops.has(l) || w.possessive) break;
    out.push(l);
  }
  const tail = appositive(text, ws[e - 1].end, v);
  for (const t of tail.toLowerCase().match(/[\p{L}-]+/gu) ?? []) out.push(t);
  return out;
}

export class People {
  /** surname (lowercase) -> full names seen with it */
  private bySurname = new Map<string, Person[]>();
  /** given name (lowercase) -> full names */
  private byGiven = new Map<string, Person[]>();
  /** surname (lowercase) -> votes for a gender */
  private votes = new Map<string, Map<Gender, number>>();
  /** offsets of person mentions in document order, with their surname key */
  /** `nominal`: a description that names a person ("the Vermont senator"), not a name. */
  /** `tail`: for a subject, the description written after the name (", the Republican half of a polling team"). */
  /** `gender`: what an honorific written before the name says ("Mrs. Clinton"), for that mention only. */
  /** `roles`: the words the article uses for the person at this mention: titles and modifiers before the name, the appositive after it. */
  readonly mentions: { at: number; key: string; name: string; subject: boolean; nominal?: boolean; tail?: string; gender?: Gender; roles?: string[] }[] = [];
  private keys = new Set<string>();
  /** one-word mentions opening a sentence ("Bukele said"): names only if the article uses them elsewhere */
  private initials: { at: number; key: string; name: string; subject: boolean }[] = [];
  /** such words with a speech verb after them ("Cruz openly admitted"): names unless written in lowercase too */
  private speaking = new Set<string>();

  /** start offsets of the article's blocks, in order */
  private blockStarts: number[] = [];
  /** the article's body text: a name read in a Title Case headline must be written there too */
  private body = '';
  /** words the article writes in lowercase somewhere ("people", "friends") */
  private lower = new Set<string>();
  /** capitalized words of the body and their counts, built when a Title Case line needs them */
  private bodyCaps?: Map<string, number>;
  /** lone capitalized words the article uses as a place or a company ("in Beijing", "Carrier's plant"), lowercase */
  private sites = new Set<string>();

  constructor(private v: Vocab) {}

  /** Whether offsets `a` and `b` fall in the same block (paragraph). */
  sameBlock(a: number, b: number): boolean {
    return this.blockIndex(a) === this.blockIndex(b);
  }

  /** Index of the block (paragraph) holding offset `at`. */
  blockIndex(at: number): number {
    let lo = 0;
    let hi = this.blockStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blockStarts[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether the mention at `at` is the first the article makes of that surname: a person being introduced. */
  introduces(key: string, at: number): boolean {
    for (const m of this.mentions) {
      if (m.at >= at) return true;
      if (m.key === key && !m.nominal) return false;
    }
    return true;
  }

  static of(blocks: Block[], v: Vocab): People {
    const p = new People(v);
    p.body = blocks.filter((b) => b.start >= 0).map((b) => b.text).join('\n');
    // a word the article also writes in lowercase ("Nobody asked", "Research suggests") is no name
    const lower = new Set(blocks.flatMap((b) => b.text.match(/(?<![\p{L}'\u2019-])\p{Ll}[\p{L}'\u2019-]*/gu) ?? []));
    p.lower = lower;
    for (const b of blocks) p.scan(b);
    p.dropModifiedNames();
    for (const k of p.speaking) if (!lower.has(k) && !v.notNames.has(k[0].toUpperCase() + k.slice(1))) p.keys.add(k);
    for (const m of p.initials) if (p.knows(m.key)) p.mentions.push(m);
    p.dropSites();
    p.mentions.sort((a, b) => a.at - b.at);
    return p;
  }

  /**
   * "What Beijing can offer", "Outside Carrier's plant": a lone word the article uses as a place or a
   * company is nobody, unless the article gives it as the surname or given name of a full name
   * ("a letter to Trump" beside "Donald Trump").
   */
  private dropSites(): void {
    // (nor a word the article writes after an honorific: "Mr. Obama")
    const titled = new Set(this.mentions.filter((m) => m.gender).map((m) => m.key));
    for (const w of this.sites) if (this.bySurname.has(w) || this.byGiven.has(w) || titled.has(w) || this.v.firstName.has(w[0].toUpperCase() + w.slice(1))) this.sites.delete(w);
    if (!this.sites.size) return;
    const kept = this.mentions.filter((m) => m.nominal || m.name.includes(' ') || !this.sites.has(m.key));
    this.mentions.length = 0;
    this.mentions.push(...kept);
    for (const w of this.sites) this.keys.delete(w);
  }

  /** Whether one word is a place or a company in this article ("Beijing", "Carrier"), never a person. */
  site(word: string): boolean {
    return this.sites.has(word.toLowerCase());
  }

  /** Records lone capitalized words used as places or companies: after "in"/"at"/..., or owning a "plant". */
  private findSites(ws: Word[], runs: [number, number][]): void {
    let last = -1;
    for (const run of runs) {
      const [i, e] = coreOf(ws, run, this.v);
      if (e - i !== 1 || this.v.titles.has(ws[i].bare)) continue;
      const prev = ws[run[0] - 1];
      const next = ws[i + 1];
      // ("in Moscow and Beijing": the list goes on after its preposition)
      const listed = prev && (prev.raw === 'and' || prev.raw === 'or') && last === run[0] - 2;
      // ("in Article 33", "at Gate 5": a numbered thing, not a place)
      const lone = run[1] - run[0] === 1 && !ws[i].possessive && !(next && ((isCap(next.raw) && !isPunct(next)) || /^\d/u.test(next.raw)));
      const after = lone && prev && ((/^\p{Ll}/u.test(prev.raw) && this.v.sitePreps.has(prev.raw)) || listed);
      const owns = ws[i].possessive && next && this.v.siteNouns.has(next.raw.toLowerCase());
      if (after) last = i;
      if (after || owns) this.sites.add(ws[i].bare.toLowerCase());
    }
  }

  /** How sure the article is of a person's gender (honorifics, given names and role nouns count; pronouns barely). */
  evidence(name: string): number {
    const lname = name.toLowerCase();
    const m = this.votes.get(lname) ?? this.votes.get(surnameOf(lname.split(' ')));
    return m ? Math.max(m.get('male') ?? 0, m.get('female') ?? 0) : 0;
  }

  private scan(b: Block): void {
    this.blockStarts.push(b.start);
    const ws = words(b.text);
    // "But the former president showed restraint": a description in a subject's place (no name to key it by)
    for (const d of describedSubjects(b.text, ws, this.v)) this.mentions.push({ at: b.start + d.at, key: d.name.toLowerCase(), name: d.name, subject: true, nominal: true });
    // "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells ...": in Title Case capitals name
    // nothing; only a name the body writes as well is one
    const titled = titleCase(ws, this.v, b.start >= 0 ? this.lower : undefined);
    const runs = capRuns(ws, this.v);
    if (!titled) this.findSites(ws, runs);
    for (const run of runs) {
      const [s, e] = coreOf(ws, run, this.v);
      if (e <= s) continue;
      // (an owner is recorded, but not counted: the organization is what the sentence is about, and a
      // family's other member owning "her campaign" says nothing of whom the bare surname means)
      const org = isOrgRun(ws, [s, e], this.v);
      if (org && !this.owner(ws, s, e)) continue;
      if (titled && !this.titledName(b, ws.slice(s, e))) continue;
      // "Q A", "Plan B": a letter without a period ends no name
      if (e - s > 1 && /^\p{Lu}$/u.test(ws[e - 1].raw)) continue;
      // "A Trump Rally in Greensboro", "The Clinton Foundation": an article before the run makes it a
      // description or a title, not a person (unless a title follows it: "the Rev. Al Sharpton")
      if (s > run[0] && ['a', 'an', 'the'].includes(ws[run[0]].bare.toLowerCase()) && !this.v.titles.has(ws[run[0] + 1].raw) && !this.v.titles.has(ws[run[0] + 1].bare)) continue;
      const tokens = ws.slice(s, e).map((w) => w.bare);
      if (tokens.some((t) => this.v.titles.has(t)) && !titleSurname(tokens, this.v)) continue;
      // "She", "That", "California": a lone pronoun, determiner or place is nobody
      if (tokens.length === 1 && (this.v.notNames.has(tokens[0]) || this.v.pronoun.has(tokens[0].toLowerCase()) || this.v.determiners.has(tokens[0].toLowerCase()))) continue;
      // "South Carolina", "New Mexico": a place, unless a given name opens it ("George Washington")
      if (tokens.length > 1 && this.v.notNames.has(tokens[tokens.length - 1]) && !this.v.firstName.has(tokens[0])) continue;
      // a clause's subject: the run opens its sentence (titles may come first), or an opening adverbial
      // or role comes first (clauses.ts)
      const opens = opensSentence(b.text, ws[run[0]].start);
      const subject = opens || afterOpener(b.text, ws[run[0]].start, this.v) || afterRole(b.text, ws, run[0], this.v);
      const key = surnameOf(tokens).toLowerCase();
      const full = tokens.join(' ').toLowerCase();
      const mention: People['mentions'][number] = { at: b.start + ws[s].start, key, name: tokens.join(' '), subject, tail: subject ? appositive(b.text, ws[e - 1].end, this.v) : undefined, roles: rolesAround(b.text, ws, run[0], s, e, this.v) };
      // a lone capitalized word opening a sentence ("Surely", "Curious") is not yet a name, nor is a word
      // that is never a name alone, wherever it stands ("See", "My", "From" unless "Al From" is named)
      const lone = tokens.length === 1 && leadsName(ws[s], this.v);
      if (tokens.length === 1 && ((s === run[0] && opens) || lone)) {
        this.initials.push(mention);
        // ... unless a verb of saying or thinking follows it ("Cruz openly admitted that ..."), adverbs aside
        let k = e;
        while (k < ws.length && this.v.adverbs.has(ws[k].raw.toLowerCase())) k++;
        if (!lone && ws[k] && /^\p{Ll}/u.test(ws[k].raw) && (this.v.verbs.has(ws[k].bare.toLowerCase()) || this.v.reportVerbs.has(ws[k].bare.toLowerCase())) && !this.vocabWord(tokens[0])) this.speaking.add(key);
        continue;
      }
      if (tokens.length >= 2 && tokens.length <= 4 && !this.vocabWord(tokens[0])) this.addFull(tokens, b.start + ws[s].start, org ? 0 : 1);
      this.mentions.push(mention);
      this.keys.add(key);
      for (let i = run[0]; i < s; i++) {
        const g = this.v.honorific.get(ws[i].raw.toLowerCase()) ?? this.v.honorific.get(ws[i].bare.toLowerCase());
        if (g) this.vote(tokens.length > 1 ? full : key, g, 3);
        if (g) mention.gender = g;
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
   * "Hillary Clinton's campaign": a full name whose possessive owns an organization word is the person
   * who owns it (while "the Clinton Foundation" holds its org word inside the run).
   */
  private owner(ws: Word[], s: number, e: number): boolean {
    if (!ws[e - 1].possessive || e - s < 2 || e - s > 4) return false;
    const names = ws.slice(s, e);
    return !names.some((w) => this.v.orgWords.has(w.bare) || this.v.orgWords.has(w.raw) || this.v.notNames.has(w.bare) || this.v.titles.has(w.bare)) && !this.vocabWord(names[0].bare);
  }

  /**
   * A capitalized word that opened a sentence or headline, not a given name ("Is Sanders", "Was
   * Szlachta", "See", "My"), or a participle opening a clause ("Holding signs calling him ..."): a name
   * only where the article also uses it as one (`knows`: "Manning" beside "Peyton Manning").
   */
  functionWord(word: string): boolean {
    return this.vocabWord(word) || PARTICIPLE.test(word) || this.commonWord(word);
  }

  /**
   * "People", "Friends", "Things" opening a sentence: a word the article also writes in lowercase, and
   * never as a given name or surname of a full name it gives ("Bill Clinton" beside "the bill").
   */
  private commonWord(word: string): boolean {
    const w = word.toLowerCase();
    return /^\p{Lu}/u.test(word) && this.lower.has(w) && !this.byGiven.has(w) && !this.bySurname.has(w);
  }

  /** A word the vocabularies say is no name. */
  private vocabWord(word: string): boolean {
    const w = word.toLowerCase();
    return this.v.adverbs.has(w) || this.v.clauseOpeners.has(w) || this.v.determiners.has(w) || this.v.verbs.has(w) || this.v.notNameWords.has(w) || this.v.imperatives.has(w);
  }

  /**
   * Whether a run of a Title Case line is a name: the body writes each of its words capitalized too
   * (elsewhere, for a line of the body), or it is short, its words are no function words or
   * participles, and it opens with a given name or ends in a word the body capitalizes ("Cecile
   * Richards: I'm Sick Of ..." beside "Richards said"; not "Bush Hits Marco Rubio"). Counted once per
   * article, so a page of Title Case lines stays linear.
   */
  private titledName(b: Block, ws: Word[]): boolean {
    if (ws.length > 4) return false;
    if (!this.bodyCaps) {
      this.bodyCaps = new Map();
      for (const w of this.body.match(/\p{Lu}[\p{L}-]*/gu) ?? []) this.bodyCaps.set(w, (this.bodyCaps.get(w) ?? 0) + 1);
    }
    const caps = this.bodyCaps;
    const own = b.start >= 0 ? 1 : 0;
    if (ws.every((w) => (caps.get(w.bare) ?? 0) > own)) return true;
    if (ws.length > 3) return false;
    if (this.v.firstName.has(ws[0].bare)) return true;
    if (ws.some((w) => leadsName(w, this.v) || PARTICIPLE.test(w.bare))) return false;
    return ws.length === 2 && (caps.get(ws[1].bare) ?? 0) > own;
  }

  /**
   * "Crooked Hillary Clinton", "Neither Donald J. Trump": a full name whose words after the first are a
   * full name the article gives too, opening with a given name, is that name with a modifier (while
   * "Ildefonso Guajardo Villarreal" beside "Guajardo Villarreal" is one person with two surnames).
   */
  private dropModifiedNames(): void {
    for (const [key, list] of this.bySurname) {
      const kept = list.filter((p) => {
        const [first, ...rest] = p.full.split(' ');
        if (rest.length < 2 || this.v.firstName.has(first)) return true;
        const plain = this.v.firstName.has(rest[0]) ? list.find((q) => q.full === rest.join(' ')) : undefined;
        if (!plain) return true;
        plain.count += p.count;
        plain.first = Math.min(plain.first, p.first);
        const given = this.byGiven.get(first.toLowerCase())?.filter((q) => q !== p);
        if (given) this.byGiven.set(first.toLowerCase(), given);
        return false;
      });
      this.bySurname.set(key, kept);
    }
  }

  private addFull(tokens: string[], at: number, weight = 1): void {
    const full = tokens.join(' ');
    const key = surnameOf(tokens).toLowerCase();
    const list = this.bySurname.get(key) ?? [];
    let p = list.find((x) => x.full === full);
    if (!p) {
      p = { full, count: 0, first: at };
      list.push(p);
      this.bySurname.set(key, list);
      const given = tokens[0].toLowerCase();
      this.byGiven.set(given, [...(this.byGiven.get(given) ?? []), p]);
    }
    p.count += weight;
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
    const key = surnameOf(tokens).toLowerCase();
    const other = gender === 'male' ? 'female' : gender === 'female' ? 'male' : undefined;
    const pick = (list?: Person[]) => list?.filter((p) => p.full.split(' ').length > tokens.length && (!other || this.tally(p.full.toLowerCase()) !== other)).sort((a, b) => b.count - a.count || a.first - b.first)[0]?.full;
    return pick(this.bySurname.get(key)) ?? (tokens.length === 1 ? pick(this.byGiven.get(key)) : undefined);
  }

  /** What the article says of a person's gender: by the full name first (a family shares a surname), then the surname. */
  genderOf(name: string): Gender | undefined {
    const lname = name.toLowerCase();
    const words = lname.split(' ');
    const key = surnameOf(words);
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
