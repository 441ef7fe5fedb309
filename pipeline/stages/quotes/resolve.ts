// From a source mention to the speaker a CMS shows: short forms expanded to the full name the article
// gives ("Mr. Garin" -> "Geoff Garin"), pronouns to the nearest earlier source that fits ("she" skips a
// man), organizations and descriptions as written. Sources are every attribution in the article, not
// only those of direct quotes: "Smith said the plan failed. 'It was a mess,' he said" is Smith's. The
// reporter's clause subjects after that source are nearer: a person for "he" and "she", a thing for
// "it", several people for "they" (clauses.ts finds them).
import type { Mention } from './names.js';
import type { People } from './people.js';
import type { Gender, Vocab } from './vocab.js';

/** A resolved speaker: the name, and the description the article gave with it ("a Democratic pollster"). */
export interface SpeakerRef {
  name: string;
  role: string;
}

export interface Source {
  at: number;
  /** The name (person key for gender) and the description written with it. */
  name: string;
  role: string;
  kind: Mention['kind'];
  gender?: Gender;
  /** A description whose head noun is a person ("the Ohio governor"): "he" or "she" may point back to it. */
  human: boolean;
  /** The one word a person was named by ("Clinton"), when the article gives several full names for it. */
  short?: string;
}

/** Gender evidence (see People.evidence) enough to resolve a pronoun to a person who is not a source. */
const SURE = 2;

export class Speakers {
  private sources: Source[] = [];
  private sorted = true;

  /**
   * `subjects`: offsets of person names (or descriptions of a person, `nominal`) opening a clause of the
   * reporter's prose (not inside a quote). "Sanders is outlining his plans. He says ..." is Sanders's
   * even though no speech verb names him.
   */
  constructor(private people: People, private v: Vocab, private subjects: { at: number; key: string; name: string; nominal?: boolean; tail?: string; gender?: Gender }[] = []) {}

  /** Every source recorded so far, in document order. */
  all(): readonly Source[] {
    if (!this.sorted) {
      this.sources.sort((a, b) => a.at - b.at);
      this.sorted = true;
    }
    return this.sources;
  }

  /** Gender the article gives a resolved person's name, if any. */
  genderOf(name: string): Gender | undefined {
    return this.people.genderOf(name);
  }

  /** Records an attribution's source at document offset `at`; returns its resolved name. */
  /** `named`: the phrase is an explicit attribution's subject ("Tiegen stated"), so even an unknown word is a name. */
  add(m: Mention, at: number, named = false): SpeakerRef | null {
    if (m.kind === 'pronoun') return this.antecedent(m.gender, at);
    // "He has coined a new phrase, “undocumented Democrats,” to ...": a pronoun read as a one-word name
    const pronoun = m.kind === 'person' && m.tokens.length === 1 ? this.v.pronoun.get(m.tokens[0].toLowerCase()) : undefined;
    if (pronoun) return this.antecedent(pronoun, at);
    // a lone capitalized word the article never uses as a name ("Following", "Much") is no source
    if (!named && m.kind === 'person' && m.tokens.length === 1 && !this.people.knows(m.tokens[0])) return null;
    if (!named && m.kind === 'person' && m.tokens.length === 1 && this.v.notNames.has(m.tokens[0])) return null;
    // "Beijing responded", "Carrier said": a word the article uses as a place or a company speaks for
    // a body, which "he" or "she" never means
    if (m.kind === 'person' && m.tokens.length === 1 && this.people.site(m.tokens[0])) m = { ...m, kind: 'org', gender: 'neuter' };
    // "The United States would not tolerate that, she said", "South Carolina director ...": a place ends
    // in a word that is never a name (unless a given name opens it: "George Washington"), not a source
    // in the reporter's prose ("a New Hampshire Democrat" ends in a word for a person; "Yin Myint May, 60,
    // a doctor" is described as one)
    const last = m.tokens[m.tokens.length - 1];
    if (!named && m.kind === 'person' && m.tokens.length > 1 && this.v.notNames.has(last) && !this.v.personNouns.has(last.toLowerCase()) && !this.v.firstName.has(m.tokens[0]) && !this.describesPerson(m.tail)) return null;
    // "Instead, Will called for ...", "After saying ..., she was": a word that opened the clause is no
    // source, even before a speech verb
    const word = m.kind === 'person' ? (m.tokens.length === 1 ? m.tokens[0] : '') : m.kind === 'nominal' && !/\s/u.test(m.text.trim()) ? m.text.trim() : '';
    if (word && this.people.functionWord(word) && !this.people.knows(word)) return null;
    // a description that is only "The" or "That" says nothing; "the two write", "both said" point back
    // at the group just named in the paragraph, "another said" at nobody it names
    if (m.kind === 'nominal' && m.text.split(/\s+/).every((w) => this.v.determiners.has(w.toLowerCase()) || this.v.pronoun.has(w.toLowerCase()) || this.v.groupNumbers.has(w.toLowerCase()))) {
      return m.text.split(/\s+/).some((w) => this.v.groupNumbers.has(w.toLowerCase())) ? this.groupBefore(at) : null;
    }
    const name = this.name(m);
    const role = this.roleOf(m.tail);
    const gender = m.kind === 'person' ? (this.people.genderOf(name) ?? m.gender) : m.gender;
    const short = m.kind === 'person' && m.tokens.length === 1 && !m.gender ? m.tokens[0] : undefined;
    // (several people are "they", never "he" or "she": human only as one person is)
    this.sources.push({ at, name, role, kind: m.kind, gender, human: m.kind === 'nominal' && this.human(m.text) && !this.severalPeople(m.text), short });
    this.sorted = false;
    return { name, role };
  }

  /** The latest source in [from, at), whoever it is: a quote standing alone after "Smith said ..." is Smith's. */
  latest(from: number, at: number): SpeakerRef | null {
    for (let i = this.sources.length - 1; i >= 0; i--) {
      const s = this.sources[i];
      if (s.at < at) return s.at >= from ? { name: s.name, role: s.role } : null;
    }
    return null;
  }

  /**
   * A description as the credit line shows it: without the comma or bracket that set it off. An aside
   * ("for example", "however", "like most economists") or a lone pronoun or function word describes
   * nobody: no description then.
   */
  private roleOf(tail: string): string {
    const role = tail.replace(/^[\s,(]+|[\s,)]+$/gu, '');
    const ws = role.toLowerCase().split(/\s+/).filter(Boolean);
    if (this.v.roleAsides.some((p) => p.every((t, i) => ws[i] === t))) return '';
    const functionWord = (w: string) => this.v.pronoun.has(w) || this.v.relativeWords.has(w) || this.v.determiners.has(w) || this.v.adverbs.has(w) || this.v.clauseOpeners.has(w) || this.v.nameStops.has(w);
    return ws.every(functionWord) ? '' : role;
  }

  /** Whether an appositive names what a person is ("a black Republican campaign consultant and the host of ..."). */
  private describesPerson(role: string): boolean {
    return role.toLowerCase().split(/[\s,]+/).some((w) => this.v.personNouns.has(w));
  }

  /** Whether what is written beside a name may describe a person: nothing, an age, a "who" clause or a person noun. */
  private mayBePerson(role: string): boolean {
    // (an age is a number set off alone: "Woodrow Benford, 58, who lives ...", not "13 miles from ...")
    const first = role.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
    return !role || /^\d+(?:,|$)/u.test(role) || this.v.relativeWords.has(first) || this.describesPerson(role);
  }

  /** Whether a description's head noun (its last word before "of", "who", "and") is a person's. */
  private human(text: string): boolean {
    return this.v.personNouns.has(this.head(text));
  }

  /** Whether a description's head noun names people ("three economists"): what "they" may mean, never "he" or "it". */
  private severalPeople(text: string): boolean {
    // (names joined by "and": "Richard Alba and Nancy Foner")
    if (/^\p{Lu}.* and \p{Lu}/u.test(text)) return true;
    // ("two Republican candidates", "the three senators": a number of them)
    const ws = text.toLowerCase().split(/\s+/);
    if (this.v.groupNumbers.has(ws[0]) || (this.v.determiners.has(ws[0]) && this.v.groupNumbers.has(ws[1] ?? ''))) return true;
    const head = this.head(text);
    return /[^s]s$/u.test(head) && this.v.personNouns.has(head.slice(0, -1));
  }

  private head(text: string): string {
    let head = '';
    for (const w of text.toLowerCase().split(/\s+/)) {
      if (this.v.nameStops.has(w)) break;
      head = w.replace(/['\u2019]s?$|[^\p{L}-]/gu, '');
    }
    return head;
  }

  /**
   * A mention's full name: as written when it opens with a given name ("Jane Sanders" beside "Bernie
   * Sanders"), else the fullest form the article gives of its surname.
   */
  fullName(m: { key: string; name: string }): string {
    // (unless the "given name" is a word like "Was" that opened a question: "Was Szlachta satisfied?")
    return m.name.includes(' ') && !this.people.functionWord(m.name.split(' ')[0]) ? m.name : (this.people.expand([m.key]) ?? m.name);
  }

  private name(m: Mention): string {
    return m.kind === 'person' ? (this.people.expand(m.tokens, m.gender) ?? m.text) : m.text;
  }

  private antecedent(g: Gender | undefined, at: number): SpeakerRef | null {
    return this.credited(this.find(g, at), at);
  }

  /**
   * A person found as the reporter's subject or a mention has no description of their own there: they
   * are credited as their latest attribution before `at` credited them ("Heather Johnston, a benefits
   * manager, said ... Johnston graduated ... 'I feel ...,' she said").
   */
  private credited(ref: SpeakerRef | null, at: number): SpeakerRef | null {
    if (!ref || ref.role) return ref;
    for (let i = this.sources.length - 1; i >= 0; i--) {
      const s = this.sources[i];
      if (s.at < at && s.kind === 'person' && s.name === ref.name) return { name: s.name, role: s.role };
    }
    return ref;
  }

  private find(g: Gender | undefined, at: number): SpeakerRef | null {
    if (!this.sorted) {
      this.sources.sort((a, b) => a.at - b.at);
      this.sorted = true;
    }
    const gendered = g === 'male' || g === 'female';
    const fits = (kind: Mention['kind'], gender: Gender | undefined, human = false) => {
      // "she" is a person or a description that says so ("a spokeswoman") or names a person ("the
      // senator"), never "the report"
      if (gendered) return kind === 'person' || (kind === 'nominal' && human) ? gender !== (g === 'male' ? 'female' : 'male') : kind === 'nominal' && gender === g;
      // ("it" is a thing or a body, never a description of a person: "the staffer")
      if (g === 'neuter') return kind !== 'person' && !(kind === 'nominal' && human);
      if (g === 'first_person') return kind !== 'org';
      // "they" is a group, an organization or people: never one man or one woman the article names
      if (g === 'plural') return kind !== 'person' || (gender !== 'male' && gender !== 'female');
      return true;
    };
    // The nearest source the pronoun does not contradict ("she" skips a source known to be a man).
    let source: Source | undefined;
    for (let i = this.sources.length - 1; i >= 0 && !source; i--) {
      const s = this.sources[i];
      if (s.at >= at) continue;
      if (fits(s.kind, s.gender, s.human)) source = s;
      else if (gendered && s.short) {
        // "Clinton said ..." in an article with Bill and Hillary Clinton: "she" means the one who is a woman
        const other = this.namesake(s.short, g);
        if (other) source = { ...s, name: other, gender: g };
      }
    }
    // "The post showed ... 'Let him in,' it says": a thing the reporter makes a clause's subject after that source
    if (g === 'neuter') {
      const thing = this.nearestThing(source ? source.at : -Infinity, at);
      if (thing) return thing;
    }
    // "Richard Alba and Nancy Foner, sociologists at ..., published ... They compare ...": people the
    // reporter makes a clause's subject after that source
    if (g === 'plural') {
      const group = this.nearestGroup(source ? source.at : -Infinity, at);
      if (group) return group;
    }
    const ms = this.people.mentions;
    // A person who opens a sentence after that source (and before the pronoun) is nearer: the pronoun
    // continues the reporter's subject. Only one whose gender the article makes plain, or that fits an
    // ungendered pronoun.
    const subject = this.nearestSubject(source ? source.at : -Infinity, at, g, fits, false, !!source && source.gender === g);
    // (the same person named again is still that source, credited as the attribution credits them,
    // unless the reporter describes them anew there: "Davis, who was estranged from her father, ...")
    if (subject && (!(source && source.name === subject.name) || subject.role)) return subject;
    if (source) return { name: source.name, role: source.role };
    // No attribution before it: the nearest person the article named whose gender it makes plain.
    for (let i = ms.length - 1; i >= 0; i--) {
      if (ms[i].at >= at || ms[i].nominal) continue;
      const name = this.fullName(ms[i]);
      const mg = this.people.genderOf(name);
      if (fits('person', mg) && (!gendered || (mg === g && this.people.evidence(name) >= SURE))) return { name, role: '' };
    }
    // Nobody the article makes plain: the reporter's nearest subject with a full name the pronoun does
    // not contradict ("Rakeyia Scott can be heard yelling ... 'Don't shoot him,' she says").
    return this.nearestSubject(-Infinity, at, g, fits, true);
  }

  /** The group of people the reporter made a clause's subject last before `at`, in the same paragraph. */
  private groupBefore(at: number): SpeakerRef | null {
    const i = this.lastGroupBefore(at);
    return i >= 0 && this.people.sameBlock(this.subjects[i].at, at) ? { name: this.subjects[i].name, role: '' } : null;
  }

  private lastGroupBefore(at: number): number {
    for (let i = this.lastSubjectBefore(at); i >= 0; i--) if (this.subjects[i].nominal && this.severalPeople(this.subjects[i].name)) return i;
    return -1;
  }

  /** The nearest subject in (after, at) that is several people: a plural description, or names joined by "and". */
  private nearestGroup(after: number, at: number): SpeakerRef | null {
    for (let i = this.lastSubjectBefore(at); i >= 0 && this.subjects[i].at > after; i--) {
      const m = this.subjects[i];
      if (m.nominal && this.severalPeople(m.name)) return { name: m.name, role: '' };
    }
    return null;
  }

  /** The nearest description of a thing opening a clause in (after, at). */
  private nearestThing(after: number, at: number): SpeakerRef | null {
    for (let i = this.lastSubjectBefore(at); i >= 0 && this.subjects[i].at > after; i--) {
      const m = this.subjects[i];
      if (m.nominal && !this.human(m.name) && !this.severalPeople(m.name)) return { name: m.name, role: '' };
    }
    return null;
  }

  /** Index of the last subject before `at` (-1 when none), by binary search: subjects are in document order. */
  private lastSubjectBefore(at: number): number {
    let lo = 0;
    let hi = this.subjects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.subjects[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The full name of the article's person of gender `g` that the one word `short` also names, if any. */
  private namesake(short: string, g: Gender): string | undefined {
    const name = this.people.expand([short], g);
    return name && this.people.genderOf(name) === g ? name : undefined;
  }

  /**
   * `loose`: a full name whose gender the article never states will do. `sourceSure`: the source the
   * subject competes with is known to be of the pronoun's gender.
   */
  private nearestSubject(after: number, at: number, g: Gender | undefined, fits: (k: Mention['kind'], g: Gender | undefined) => boolean, loose = false, sourceSure = true): SpeakerRef | null {
    if (g !== 'male' && g !== 'female') return null;
    for (let i = this.lastSubjectBefore(at); i >= 0 && this.subjects[i].at > after; i--) {
      const m = this.subjects[i];
      // "But the former president showed restraint": a description of a person the pronoun does not contradict
      if (m.nominal) {
        if (!this.human(m.name) || this.severalPeople(m.name)) continue;
        const ng = m.name.toLowerCase().split(/\s+/).map((w) => this.v.genderNoun.get(w)).find(Boolean);
        if (!ng || ng === g) return { name: m.name, role: '' };
        continue;
      }
      // ("Mrs. Clinton" is the woman of the two Clintons an article names; a surname alone shared by a
      // man and a woman is the one the pronoun fits)
      let name = m.gender && !m.name.includes(' ') ? (this.people.expand([m.key], m.gender) ?? m.name) : this.fullName(m);
      let mg = m.gender ?? this.people.genderOf(name);
      const other: string | undefined = !m.gender && mg && mg !== g && !m.name.includes(' ') ? this.namesake(m.name, g) : undefined;
      if (other) [name, mg] = [other, g];
      const role = this.roleOf(m.tail ?? '');
      if (mg === g && fits('person', mg)) return { name, role };
      // a person the paragraph introduces ("Raynard Jackson, a campaign consultant, is a Virginia
      // resident ... 'If ...,' he said"): the article says nothing of their gender yet, and the pronoun
      // in the same paragraph continues them
      if (!mg && name.includes(' ') && this.describesPerson(role) && this.people.sameBlock(m.at, at) && this.people.introduces(m.key, m.at)) return { name, role };
      // ... and so is any person the paragraph introduces as its subject when the source before says
      // nothing of its gender either ("the Florida senator said ... Former CEO Carly Fiorina sat out
      // the debate. 'I haven't had time,' she said"): the nearer fits as well as the farther. Unless
      // what is written beside the name says it is no person ("Sandy Brook, 13 miles from the capital,")
      if (!sourceSure && !mg && name.includes(' ') && this.mayBePerson(role) && this.people.sameBlock(m.at, at) && this.people.introduces(m.key, m.at)) return { name, role };
      if (loose && !mg && m.at >= 0 && name.includes(' ')) return { name, role };
    }
    return null;
  }
}
