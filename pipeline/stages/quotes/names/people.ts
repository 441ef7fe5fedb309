// The people an article names, so short forms resolve to the full name given elsewhere ("Mr. Lamm" ->
// "Dana Lamm") and pronouns can be checked against what the article says of a person's gender ("Mr.",
// "spokeswoman", "his"). Built in one pass over the article's blocks (person-runs.ts says which
// capitalized runs are people and what each mention says of their gender).
import type { Block } from '../marks/blocks.js';
import type { Gender, Vocab } from '../vocab.js';
import { isAbbreviation, sentenceEnds, words, type Word } from '../words.js';
import { afterOpener, afterRole, afterSubordinator, opensSentence } from './clauses.js';
import { notAPerson, speechVerbAfter, voteGender } from './person-runs.js';
import { mentionRoles } from './roles.js';
import { capRuns, coreOf, isOrgRun, type Run } from './runs.js';
import { headingSubject } from './heading-subject.js';
import { leadsName, surnameOf, titleCase } from './shape.js';
import { sitesIn } from './sites.js';
import { describedSubjects } from './subjects.js';
import { capitalizedWords } from './capitalized-words.js';
import { lowerCase } from '../../../text/lower-case.js';
import { LowerWords } from './lower-words.js';

interface Person {
  full: string;
  count: number;
  first: number;
  /** written in the body, not only in the headline */
  body?: boolean;
  /** cached: a headline's run-on words, not a name (People.runOn) */
  runOn?: boolean;
}

/** A personal pronoun that can be a clause's subject. */
const PERSONAL = /(?<![\p{L}'\u2019])(?:he|she|they|we|I)(?![\p{L}'\u2019])/iu;

/** Most characters back the start of a subordinate subject's sentence is looked for. */
const SENTENCE_REACH = 300;
/** A sentence end: the word before it, the marks, a space, and a capital or an opening mark after. */
const SENTENCE_END = /([\p{L}.]*)[.!?\u2026]+["\u201d'\u2019)]*\s+(?=["\u201c\u2018']?\p{Lu})/gu;

/**
 * Where the sentence holding offset `at` of `text` starts, read cheaply within reach: past the last
 * sentence end that closes no abbreviation ("Mr.", "U.S.").
 */
function sentenceFrom(text: string, at: number, v: Vocab): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) if (!isAbbreviation(`${m[1]}.`, v)) start = from + m.index + m[0].length;
  return start;
}

/** "Holding", "Following": a capitalized participle (surnames like "King" or "Ewing" are known from their full name). */
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ing$/u;

/** A one-word mention set aside (People.initial): its key, and what mentionAt reads it from. */
interface SetAside {
  key: string;
  b: Block;
  ws: Word[];
  run: Run;
  core: Run;
  tokens: string[];
  opens: boolean;
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
  /** `tail`: for a subject, the description written after the name (", the other half of a polling team"). */
  /** `gender`: what an honorific written before the name says ("Mrs. Lamm"), for that mention only. */
  /** `possessive`: the name is written as an owner ("Lamm's words"). */
  /** `titles`: of `roles`, only what the name's own run and its appositive say ("Sen." of "Sen. Jo Lin", "a pollster"). */
  /** `before`: of `titles`, only those written before the name ("President" of "President Jo Lin"). */
  /** `roles`: the words the article uses for the person at this mention: titles and modifiers before the name, the appositive after it. */
  readonly mentions: { at: number; key: string; name: string; subject: boolean; nominal?: boolean; possessive?: boolean; tail?: string; gender?: Gender; roles?: string[]; titles?: string[]; before?: string[] }[] = [];
  private keys = new Set<string>();
  /** one-word mentions opening a sentence ("Lamm said"): names only if the article uses them elsewhere.
   * Kept as what their mention is read from, read only once the article shows they are names (about
   * three in four never are: their mentionAt, the appositive and the roles around them, was read for nothing). */
  private initials: SetAside[] = [];
  /** offsets of mentions that open a subordinate clause ("after Jo Lamm announced") -> where their sentence starts: subjects or not, by subordinateSubjects */
  private subordinate = new Map<number, number>();
  /** such words with a speech verb after them ("Lamm openly admitted"): names unless written in lowercase too */
  private speaking = new Set<string>();

  /** start offsets of the article's blocks, in order, and their texts */
  private blockStarts: number[] = [];
  private blockTexts: string[] = [];
  /** each block's sentence ends, found when a question needs them */
  private blockEnds = new Map<number, number[]>();
  /** the article's body text: a name read in a Title Case headline must be written there too */
  private body = '';
  /** the body with its whitespace runs as single spaces (a name wrapped across lines), built when needed */
  private flatBody?: string;
  /** words the article writes in lowercase somewhere ("people", "friends") */
  private lower = new LowerWords([]);
  /** capitalized words of the body and their counts, built when a Title Case line needs them */
  private bodyCaps?: Map<string, number>;
  /** lone capitalized words the article uses as a place or a company ("in Lisbon", "Acme's plant"), lowercase */
  private sites = new Set<string>();
  /** expand's answers, kept once the names are settled (People.of has returned) */
  private expanded = new Map<string, string | undefined>();
  private settled = false;

  constructor(private v: Vocab) {}

  /** Whether offsets `a` and `b` fall in the same block (paragraph). */
  sameBlock(a: number, b: number): boolean {
    return this.blockIndex(a) === this.blockIndex(b);
  }

  /** Whether offsets `a` < `b` fall in one sentence: the same block, and no sentence ends between them. */
  sameSentence(a: number, b: number): boolean {
    const i = this.blockIndex(a);
    if (i < 0 || i !== this.blockIndex(b)) return false;
    const start = this.blockStarts[i];
    return !this.endsOf(i).some((e) => e > a - start && e <= b - start);
  }

  /** The text of the sentence holding offset `at`, from its start up to `at`. */
  sentenceBefore(at: number): string {
    const i = this.blockIndex(at);
    if (i < 0) return '';
    const rel = at - this.blockStarts[i];
    const from = this.endsOf(i).filter((e) => e <= rel).pop() ?? 0;
    return this.blockTexts[i].slice(from, rel);
  }

  /** Sentence ends of block `i` (offsets in its text), found the first time a question needs them. */
  private endsOf(i: number): number[] {
    let ends = this.blockEnds.get(i);
    if (!ends) this.blockEnds.set(i, (ends = sentenceEnds(this.blockTexts[i], this.v)));
    return ends;
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
    // (asked of the text word by word, not gathered whole: lower-words.ts)
    const lower = new LowerWords(blocks.map((b) => b.text));
    p.lower = lower;
    for (const b of blocks) p.scan(b);
    p.dropModifiedNames();
    for (const k of p.speaking) if (!lower.has(k) && !v.notNames.has(k[0].toUpperCase() + k.slice(1))) p.keys.add(k);
    for (const m of p.initials) if (p.knows(m.key)) p.mentions.push(p.mentionAt(m.b, m.ws, m.run, m.core, m.tokens, m.opens));
    p.dropSites();
    p.mentions.sort((a, b) => a.at - b.at);
    p.subordinateSubjects();
    p.settled = true;
    return p;
  }

  /**
   * "What Lisbon can offer", "Outside Acme's plant": a lone word the article uses as a place or a
   * company is nobody, unless the article gives it as the surname or given name of a full name
   * ("a letter to Lamm" beside "Dana Lamm").
   */
  private dropSites(): void {
    // (nor a word the article writes after an honorific: "Mr. Lamm")
    const titled = new Set(this.mentions.filter((m) => m.gender).map((m) => m.key));
    for (const w of this.sites) if (this.bySurname.has(w) || this.byGiven.has(w) || titled.has(w) || this.v.firstName.has(w[0].toUpperCase() + w.slice(1))) this.sites.delete(w);
    if (!this.sites.size) return;
    const kept = this.mentions.filter((m) => m.nominal || m.name.includes(' ') || !this.sites.has(m.key));
    this.mentions.length = 0;
    this.mentions.push(...kept);
    for (const w of this.sites) this.keys.delete(w);
  }

  /** Whether one word is a place or a company in this article ("Lisbon", "Acme"), never a person. */
  site(word: string): boolean {
    return this.sites.has(lowerCase(word));
  }

  /** How sure the article is of a person's gender (honorifics, given names and role nouns count; pronouns barely). */
  evidence(name: string): number {
    const lname = lowerCase(name);
    const m = this.votes.get(lname) ?? this.votes.get(surnameOf(lname.split(' ')));
    return m ? Math.max(m.get('male') ?? 0, m.get('female') ?? 0) : 0;
  }

  private scan(b: Block): void {
    this.blockStarts.push(b.start);
    this.blockTexts.push(b.text);
    const ws = words(b.text);
    // "But the former mayor showed restraint": a description in a subject's place (no name to key it by)
    for (const d of describedSubjects(b.text, ws, this.v)) this.mentions.push({ at: b.start + d.at, key: lowerCase(d.name), name: d.name, subject: true, nominal: true });
    // "Guns Are ‘The Ultimate Health Crisis,’ Ann Dahl Tells ...": in Title Case capitals name nothing;
    // only a name the body writes as well is one
    const titled = titleCase(ws, this.v, b.start >= 0 ? this.lower : undefined);
    const runs = capRuns(ws, this.v);
    // (each run's core read once: sitesIn and scanRun both want it, ~2% of this stage's profile twice)
    const cores = runs.map((run) => coreOf(ws, run, this.v));
    if (!titled) for (const w of sitesIn(ws, runs, this.v, cores)) this.sites.add(w);
    for (let k = 0; k < runs.length; k++) this.scanRun(b, ws, runs[k], cores[k], titled);
  }

  /** Records the person a capitalized run names, if it names one (`core`: coreOf the run). */
  private scanRun(b: Block, ws: Word[], run: Run, [s, runEnd]: Run, titled: boolean): void {
    if (runEnd <= s) return;
    // (an owner is recorded, but not counted: the organization is what the sentence is about, and a
    // family's other member owning "her campaign" says nothing of whom the bare surname means)
    const org = isOrgRun(ws, [s, runEnd], this.v);
    if (org && !this.owner(ws, s, runEnd)) return;
    // (a heading's run "Ana Quill Explains Why ..." is a name only in its first two words: heading-subject.ts)
    const e = !titled || this.titledName(b, ws.slice(s, runEnd)) ? runEnd : this.headingName(b, ws, s, runEnd);
    if (e === undefined) return;
    const tokens = ws.slice(s, e).map((w) => w.bare);
    if (notAPerson(ws, run, [s, e], tokens, this.v)) return;
    const opens = opensSentence(b.text, ws[run[0]].start);
    if (this.initial(b, ws, run, [s, e], tokens, opens)) return;
    const mention = this.mentionAt(b, ws, run, [s, e], tokens, opens);
    if (tokens.length >= 2 && tokens.length <= 4 && !this.vocabLower(ws[s].lower)) this.addFull(tokens, mention.at, org ? 0 : 1);
    this.mentions.push(mention);
    this.keys.add(mention.key);
    voteGender(ws, run, [s, e], tokens, mention, (k, g, n) => this.vote(k, g, n), this.v);
  }

  /**
   * The mention of a person run: whether it is a clause's subject (the run opens its sentence, titles
   * may come first, or an opening adverbial or role comes first: clauses.ts), the description after a
   * subject's name, and the words for their role.
   */
  private mentionAt(b: Block, ws: Word[], run: Run, [s, e]: Run, tokens: string[], opens: boolean): People['mentions'][number] {
    const at = b.start + ws[s].start;
    const subject = opens || afterOpener(b.text, ws[run[0]].start, this.v) || afterRole(b.text, ws, run[0], this.v);
    // (a subordinate clause's subject is settled once the article's names are: subordinateSubjects)
    if (!subject && afterSubordinator(ws, run[0], e, this.v)) {
      const from = sentenceFrom(b.text, ws[run[0]].start, this.v);
      if (!PERSONAL.test(b.text.slice(from, ws[run[0]].start))) this.subordinate.set(at, b.start + from);
    }
    const { appositive, roles, titles, before } = mentionRoles(b.text, ws, run[0], s, e, this.v);
    const mention: People['mentions'][number] = { at, key: lowerCase(surnameOf(tokens)), name: tokens.join(' '), subject, tail: subject ? appositive : undefined, roles, titles, before };
    // (set, not spread into the literal: the spread took a slow copy, ~2% of this stage's profile)
    if (ws[e - 1].possessive) mention.possessive = true;
    return mention;
  }

  /**
   * "Pilots cheered after Jo Lamm announced the budget": the subject of a subordinate clause is one the
   * prose is about when its sentence names no person before it ("Roe said ... when Lamm won" is Roe's
   * sentence; a he or she before it was checked at the scan). Run once the names are known: a word
   * opening the sentence ("Pilots") is no name unless the article uses it as one. Only a person the
   * article names with a given name: a holiday or a brand read as a name is no one to continue.
   */
  private subordinateSubjects(): void {
    if (!this.subordinate.size) return;
    let last: People['mentions'][number] | undefined;
    for (const m of this.mentions) {
      const from = this.subordinate.get(m.at);
      if (from !== undefined && !m.nominal && this.personNamed(m.name) && !(last && last.at >= from)) m.subject = true;
      // (a person described is one too, "The pilots walked out when ..."; a thing is not, "The strike began when ...")
      const noun = m.nominal ? (lowerCase(m.name).split(' ').pop() ?? '') : '';
      if (!m.nominal || this.v.personNouns.has(noun) || this.v.personNouns.has(noun.replace(/s$/u, ''))) last = m;
    }
  }

  /**
   * Whether the article gives `name` as a person's full name opening with a given name, or `name` is
   * the surname of one ("Lamm" beside "Jo Lamm"; not "Christmas" beside "Jewish Christmas").
   */
  private personNamed(name: string): boolean {
    const words = name.split(' ');
    const key = lowerCase(surnameOf(words));
    return (this.bySurname.get(key) ?? []).some((p) => this.v.firstName.has(p.full.split(' ')[0]) && (words.length === 1 || p.full === name));
  }

  /**
   * A lone capitalized word opening a sentence ("Surely", "Curious") is not yet a name, nor is a word
   * that is never a name alone, wherever it stands ("See", "My", "From" unless "Al From" is named):
   * kept aside until the article shows it is one, or a verb of saying or thinking follows it ("Lamm
   * openly admitted that ..."). True when the mention was set aside.
   */
  private initial(b: Block, ws: Word[], run: Run, [s, e]: Run, tokens: string[], opens: boolean): boolean {
    if (tokens.length !== 1) return false;
    const lone = leadsName(ws[s], this.v);
    if (!(s === run[0] && opens) && !lone) return false;
    // (the key mentionAt gives a one-word name: surnameOf of one token is that token)
    const key = lowerCase(tokens[0]);
    this.initials.push({ key, b, ws, run, core: [s, e], tokens, opens });
    if (!lone && speechVerbAfter(ws, e, this.v) && !this.vocabLower(ws[s].lower)) this.speaking.add(key);
    return true;
  }

  /**
   * "Dana Lamm's campaign": a full name whose possessive owns an organization word is the person
   * who owns it (while "the Lamm Foundation" holds its org word inside the run).
   */
  private owner(ws: Word[], s: number, e: number): boolean {
    if (!ws[e - 1].possessive || e - s < 2 || e - s > 4) return false;
    const names = ws.slice(s, e);
    const noName = (w: Word) => this.v.orgWords.has(w.bare) || this.v.orgWords.has(w.raw) || this.v.notNames.has(w.bare) || this.v.titles.has(w.bare);
    return !names.some(noName) && !this.vocabLower(names[0].lower);
  }

  /**
   * A capitalized word that opened a sentence or headline, not a given name ("Is Lamm", "Was
   * Ruiz", "See", "My"), or a participle opening a clause ("Holding signs calling him ..."): a name
   * only where the article also uses it as one (`knows`: "Manning" beside "Ed Manning").
   */
  /** A word for what a person is ("Novelist", "Senator"): a person noun, or a word the article also writes in lowercase (alone or plural). */
  roleWord(word: string): boolean {
    const w = lowerCase(word);
    return this.v.personNouns.has(w) || this.lower.has(w) || this.lower.has(`${w}s`);
  }

  functionWord(word: string): boolean {
    return this.vocabWord(word) || PARTICIPLE.test(word) || this.commonWord(word);
  }

  /**
   * "People", "Friends", "Things" opening a sentence: a word the article also writes in lowercase, and
   * never as a given name or surname of a full name it gives ("Bill Lamm" beside "the bill").
   */
  private commonWord(word: string): boolean {
    const w = lowerCase(word);
    // (the names first: the article's text is searched only for a word they leave open, lower-words.ts)
    return /^\p{Lu}/u.test(word) && !this.byGiven.has(w) && !this.bySurname.has(w) && this.lower.has(w);
  }

  /** A word the vocabularies say is no name. */
  private vocabWord(word: string): boolean {
    return this.vocabLower(lowerCase(word));
  }

  /** vocabWord of a word already in lowercase: a Word's `lower` (lowerCase of its bare form, made once
   * by words.ts), where the scan asked ICU to lowercase the same capitalized word again run after run. */
  private vocabLower(w: string): boolean {
    const v = this.v;
    return v.adverbs.has(w) || v.clauseOpeners.has(w) || v.determiners.has(w) || v.verbs.has(w) || v.notNameWords.has(w) || v.imperatives.has(w);
  }

  /**
   * Whether a run of a Title Case line is a name: the body writes each of its words capitalized too
   * (elsewhere, for a line of the body), or it is short, its words are no function words or
   * participles, and it opens with a given name or ends in a word the body capitalizes ("Dana
   * Lamm: I'm Sick Of ..." beside "Lamm said"; not "Roe Hits Ana Ruiz"). Counted once per
   * article, so a page of Title Case lines stays linear.
   */
  private titledName(b: Block, ws: Word[]): boolean {
    if (ws.length > 4) return false;
    const caps = this.capsOfBody();
    const own = b.start >= 0 ? 1 : 0;
    if (ws.every((w) => (caps.get(w.bare) ?? 0) > own)) return true;
    if (ws.length > 3) return false;
    if (this.v.firstName.has(ws[0].bare)) return true;
    if (ws.some((w) => leadsName(w, this.v) || PARTICIPLE.test(w.bare))) return false;
    return ws.length === 2 && (caps.get(ws[1].bare) ?? 0) > own;
  }

  /** How often the body writes each capitalized word. */
  private capsOfBody(): Map<string, number> {
    if (!this.bodyCaps) {
      this.bodyCaps = new Map();
      for (const w of capitalizedWords(this.body)) this.bodyCaps.set(w, (this.bodyCaps.get(w) ?? 0) + 1);
    }
    return this.bodyCaps;
  }

  /** The end of a two-word name opening a heading's run (heading-subject.ts). */
  private headingName(b: Block, ws: Word[], s: number, e: number): number | undefined {
    const caps = this.capsOfBody();
    const own = b.start >= 0 ? 1 : 0;
    return headingSubject(ws, s, e, (w) => (caps.get(w) ?? 0) > own, (w) => this.lower.has(w), this.v);
  }

  /**
   * "Crooked Dana Lamm", "Neither Ana B. Ruiz": a full name whose words after the first are a
   * full name the article gives too, opening with a given name, is that name with a modifier (while
   * "Ana Ruiz Soto" beside "Ruiz Soto" is one person with two surnames).
   */
  private dropModifiedNames(): void {
    for (const [key, list] of this.bySurname) {
      // (a name of one or two words is kept unsplit: its split was most of this loop, and the list is set
      // again only when one was dropped)
      const kept = list.filter((p) => {
        const space = p.full.indexOf(' ');
        if (space < 0 || p.full.indexOf(' ', space + 1) < 0) return true;
        const [first, ...rest] = p.full.split(' ');
        if (this.v.firstName.has(first)) return true;
        const plain = this.v.firstName.has(rest[0]) ? list.find((q) => q.full === rest.join(' ')) : undefined;
        if (!plain) return true;
        plain.count += p.count;
        plain.first = Math.min(plain.first, p.first);
        plain.body ||= p.body;
        const given = this.byGiven.get(lowerCase(first))?.filter((q) => q !== p);
        if (given) this.byGiven.set(lowerCase(first), given);
        return false;
      });
      if (kept.length !== list.length) this.bySurname.set(key, kept);
    }
  }

  private addFull(tokens: string[], at: number, weight = 1): void {
    const full = tokens.join(' ');
    const key = lowerCase(surnameOf(tokens));
    const list = this.bySurname.get(key) ?? [];
    let p = list.find((x) => x.full === full);
    if (!p) {
      p = { full, count: 0, first: at };
      list.push(p);
      this.bySurname.set(key, list);
      const given = lowerCase(tokens[0]);
      this.byGiven.set(given, [...(this.byGiven.get(given) ?? []), p]);
    }
    p.count += weight;
    if (at >= 0) p.body = true;
  }

  private vote(key: string, g: Gender, n: number): void {
    const m = this.votes.get(key) ?? new Map<Gender, number>();
    m.set(g, (m.get(g) ?? 0) + n);
    this.votes.set(key, m);
  }

  /** Whether the article uses this one word as a name anywhere but at a sentence start ("Much", "Following" are not). */
  knows(word: string): boolean {
    const k = lowerCase(word);
    return this.bySurname.has(k) || this.byGiven.has(k) || this.keys.has(k);
  }

  /** The full name a one-word name or surname stands for, or undefined when the article never gives one. */
  /** `gender` (from "Ms." or "Mr." at the mention) picks the right one of a family sharing a surname. */
  /** Of names given as often, one only the headline gives and opening with no given name loses: a
   * headline's capitals run words together ("Crowd outside Lisbon Lamm rally" beside "Dana Lamm" in the body). */
  expand(tokens: string[], gender?: Gender): string | undefined {
    if (!tokens.length) return undefined;
    const key = lowerCase(surnameOf(tokens));
    // (asked for the same short form at mention after mention, by resolve/, rank/ and filters/: the
    // answer depends only on the surname, how many words are given and the gender, and the article's
    // names are settled once People.of has returned)
    const asked = `${key}\n${tokens.length}\n${gender ?? ''}`;
    if (this.expanded.has(asked)) return this.expanded.get(asked);
    const full = this.expandAnew(key, tokens, gender);
    if (this.settled) this.expanded.set(asked, full);
    return full;
  }

  private expandAnew(key: string, tokens: string[], gender?: Gender): string | undefined {
    const other = gender === 'male' ? 'female' : gender === 'female' ? 'male' : undefined;
    const pick = (list?: Person[]) => list?.filter((p) => p.full.split(' ').length > tokens.length && (!other || this.tally(lowerCase(p.full)) !== other)).sort((a, b) => b.count - a.count || +this.runOn(a) - +this.runOn(b) || a.first - b.first)[0]?.full;
    return pick(this.bySurname.get(key)) ?? (tokens.length === 1 ? pick(this.byGiven.get(key)) : undefined);
  }

  /**
   * A full name only a headline gives, whose first word is no given name and which the body never
   * writes as those words either ("outside Lisbon Lamm rally"): words a headline's capitals ran together.
   */
  private runOn(p: Person): boolean {
    if (p.body) return false;
    if (p.runOn === undefined) {
      const first = p.full.split(' ')[0];
      this.flatBody ??= this.body.replace(/\s+/gu, ' ');
      p.runOn = !this.v.firstName.has(first) && !this.flatBody.includes(p.full);
    }
    return p.runOn;
  }

  /** Whether the article gives another full name with this full name's surname (a family: "Jo Lamm" and "Dana Lamm"). */
  family(name: string): boolean {
    const lname = lowerCase(name);
    const list = this.bySurname.get(surnameOf(lname.split(' '))) ?? [];
    return list.some((p) => lowerCase(p.full) !== lname && !lname.endsWith(` ${lowerCase(p.full)}`) && !lowerCase(p.full).endsWith(` ${lname}`));
  }

  /** What the article says of a person's gender: by the full name first (a family shares a surname), then the surname. */
  genderOf(name: string): Gender | undefined {
    const lname = lowerCase(name);
    const words = lname.split(' ');
    const key = surnameOf(words);
    if (words.length > 1) {
      // ("Aung San Suu Kyi" and "Suu Kyi", its last words, are one person)
      const same = (this.bySurname.get(key) ?? []).map((p) => lowerCase(p.full)).filter((f) => f !== lname && lname.endsWith(` ${f}`));
      for (const f of [lname, ...same]) {
        const own = this.tally(f);
        if (own) return own;
      }
      // "Ana Roe" beside "Paul James Roe": what the article says of the surname alone ("Mr.
      // Roe") may be the other one's
      if ((this.bySurname.get(key)?.length ?? 0) > 1 + same.length) return undefined;
    }
    const sure = this.tally(key);
    if (sure) return sure;
    // a surname with a single full name in the article: that person's
    const people = this.bySurname.get(key);
    return people?.length === 1 ? this.tally(lowerCase(people[0].full)) : undefined;
  }

  private tally(key: string): Gender | undefined {
    const m = this.votes.get(key);
    if (!m) return undefined;
    const male = m.get('male') ?? 0;
    const female = m.get('female') ?? 0;
    return male > female ? 'male' : female > male ? 'female' : undefined;
  }
}
