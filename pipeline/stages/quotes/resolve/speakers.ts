// From a source mention to the speaker a CMS shows: short forms expanded to the full name the article
// gives ("Mr. Lamm" -> "Dana Lamm"), pronouns to what they point back to (antecedents.ts),
// organizations and descriptions as written. Sources are every attribution in the article, not only
// those of direct quotes: "Lamm said the plan failed. 'It was a mess,' she said" is Lamm's.
import type { Mention } from '../names/mention.js';
import type { People } from '../names/people.js';
import type { Gender, Vocab } from '../vocab.js';
import { Antecedents, fullName, type Subject } from './antecedents.js';
import { definiteDescription, Described } from './described.js';
import { familyMember, memberOf } from './family.js';
import { kinOf } from './kin.js';
import { describesPerson, human, roleOf, severalPeople } from './source-words.js';
import { lowerCase } from '../../../text/lower-case.js';

/** A resolved speaker: the name, and the description the article gave with it ("a harbor pollster"). */
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
  /** The one word a person was named by ("Lamm"), when the article gives several full names for it. */
  short?: string;
}

export class Speakers {
  private sources: Source[] = [];
  private sorted = true;
  private readonly antecedents: Antecedents;
  private readonly described: Described;

  /**
   * `subjects`: person names (or descriptions of a person, `nominal`) opening a clause of the
   * reporter's prose (not inside a quote). "Lamm is outlining her plans. She says ..." is Lamm's even
   * though no speech verb names her.
   */
  /**
   * `quoted`: the document ranges of the article's quotes, [from, to): a name written inside a quote
   * is the speaker's word, not the reporter's naming (family.ts).
   */
  constructor(private people: People, private v: Vocab, subjects: Subject[] = [], private quoted: readonly [number, number][] = []) {
    this.described = new Described(people, v, subjects, () => this.all());
    this.antecedents = new Antecedents(people, v, subjects, () => this.all(), (d, at) => this.described.resolve(d, at), (key, g, at) => memberOf(people, v, key, g, at, quoted), (given, at) => this.kin(given, at));
  }

  /**
   * A source that is a definite description of one person ("the Ohio senator") and the person the
   * prose was just about (described.ts): recorded as that person, the description as their role.
   */
  describedPerson(m: Mention, source: string, at: number): SpeakerRef | null {
    const description = definiteDescription(m, source, this.people, this.v);
    const who = description ? this.described.resolve(description, at) : null;
    if (!who) return null;
    this.sources.push({ at, name: who.name, role: who.role, kind: 'person', gender: who.gender, human: false });
    this.sorted = false;
    return { name: who.name, role: who.role };
  }

  /**
   * A reported source. A reported "he said ..." or "she said ..." that continues the subject of its own
   * sentence is recorded as that person, so a later pronoun goes on from them, not from an older source
   * ("Roe's bid is stalled, but she said on Monday that ... '...,' she said"); other reported pronouns
   * only repeat the source they point back to, and are not recorded.
   */
  addReported(m: Mention, at: number): void {
    if (m.kind !== 'pronoun') {
      this.add(m, at);
      return;
    }
    const who = this.antecedents.inSentence(m.gender, at);
    if (!who) return;
    this.sources.push({ at, name: who.name, role: who.role, kind: 'person', gender: this.people.genderOf(who.name) ?? m.gender, human: false });
    this.sorted = false;
  }

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

  /** A mention's full name (antecedents.ts `fullName`). */
  fullName(m: { key: string; name: string }): string {
    return fullName(this.people, m);
  }

  /**
   * Records an attribution's source at document offset `at`; returns its resolved name. `named`: the
   * phrase is an explicit attribution's subject ("Tiegen stated"), so even an unknown word is a name.
   */
  add(m: Mention, at: number, named = false): SpeakerRef | null {
    if (m.kind === 'pronoun') return this.antecedents.resolve(m.gender, at);
    // "He has coined a new phrase, “harbor Democrats,” to ...": a pronoun read as a one-word name
    const pronoun = oneWord(m) ? this.v.pronoun.get(lowerCase(m.tokens[0])) : undefined;
    if (pronoun) return this.antecedents.resolve(pronoun, at);
    if (!named && this.unknownWord(m)) return null;
    // "Lisbon responded", "Acme said": a word the article uses as a place or a company speaks for a
    // body, which "he" or "she" never means
    if (oneWord(m) && this.people.site(m.tokens[0])) m = { ...m, kind: 'org', gender: 'neuter' };
    // "King said" beside "Billie Jean King": a capitalized role word the article gives as a surname is that person
    if (m.kind === 'nominal' && /^\p{Lu}\p{Ll}+$/u.test(m.text) && this.people.expand([m.text])) m = { ...m, kind: 'person', tokens: [m.text] };
    if ((!named && this.place(m)) || this.openerWord(m)) return null;
    // a description that is only "The" or "That" says nothing; "the two write", "both said" point back
    // at the group just named in the paragraph, "another said" at nobody it names
    if (m.kind === 'nominal' && m.text.split(/\s+/).every((w) => this.pointer(w))) {
      return m.text.split(/\s+/).some((w) => this.v.groupNumbers.has(lowerCase(w))) ? this.antecedents.groupBefore(at) : null;
    }
    // ("Lamm said ... The Ohio senator argued that ...": a reported source is the person described too)
    if (m.kind === 'nominal') return this.describedPerson(m, m.text, at) ?? this.record(m, at);
    return this.record(m, at);
  }

  /** A lone capitalized word the article never uses as a name ("Following", "Much"), or never a person alone. */
  private unknownWord(m: Mention): boolean {
    return oneWord(m) && (!this.people.knows(m.tokens[0]) || this.v.notNames.has(m.tokens[0]));
  }

  /**
   * "The United States would not tolerate that, she said", "South Carolina director ...": a place ends
   * in a word that is never a name (unless a given name opens it: "George Washington"), not a source in
   * the reporter's prose ("a New Hampshire Democrat" ends in a word for a person; "Ana Ruiz May, 60, a
   * doctor" is described as one).
   */
  private place(m: Mention): boolean {
    if (m.kind !== 'person' || m.tokens.length < 2) return false;
    const last = m.tokens[m.tokens.length - 1];
    if (!this.v.notNames.has(last) || this.v.personNouns.has(lowerCase(last))) return false;
    return !this.v.firstName.has(m.tokens[0]) && !describesPerson(m.tail, this.v);
  }

  /** "Instead, Will called for ...", "After saying ..., she was": a word that opened the clause is no source, even before a speech verb. */
  private openerWord(m: Mention): boolean {
    const word = m.kind === 'person' ? (m.tokens.length === 1 ? m.tokens[0] : '') : m.kind === 'nominal' && !/\s/u.test(m.text.trim()) ? m.text.trim() : '';
    return !!word && this.people.functionWord(word) && !this.people.knows(word);
  }

  /** A word that only points: a determiner, a pronoun, a group number. */
  private pointer(w: string): boolean {
    const l = lowerCase(w);
    return this.v.determiners.has(l) || this.v.pronoun.has(l) || this.v.groupNumbers.has(l);
  }

  private record(m: Mention, at: number): SpeakerRef {
    const kin = m.kind === 'person' && m.tokens.length === 1 && !m.gender ? this.kin(m.tokens[0], at) : undefined;
    const name = m.kind === 'person' ? (kin?.name ?? familyMember(this.people, this.v, m, at, this.quoted) ?? this.people.expand(m.tokens, m.gender) ?? m.text) : m.text;
    const role = roleOf(m.tail, this.v);
    const gender = m.kind === 'person' ? (kin?.gender ?? this.people.genderOf(name) ?? m.gender) : m.gender;
    const short = m.kind === 'person' && m.tokens.length === 1 && !m.gender ? m.tokens[0] : undefined;
    // (several people are "they", never "he" or "she": human only as one person is)
    const person = m.kind === 'nominal' && human(m.text, this.v) && !severalPeople(m.text, this.v);
    this.sources.push({ at, name, role, kind: m.kind, gender, human: person, short });
    this.sorted = false;
    return { name, role };
  }

  /** "his wife, Nora, said": a given name alone after a relation takes the family's surname (kin.ts). */
  private kin(given: string, at: number): { name: string; gender?: Gender } | undefined {
    return kinOf(this.people, this.v, given, at, (g, x) => this.antecedents.resolve(g, x)?.name);
  }

  /** Whom a pronoun of `gender` written at `at` points back to, recording nothing. */
  pronounAt(gender: Gender, at: number): SpeakerRef | null {
    return this.antecedents.resolve(gender, at);
  }

  /** The latest source in [from, at), whoever it is: a quote standing alone after "Lamm said ..." is Lamm's. */
  latest(from: number, at: number): SpeakerRef | null {
    for (let i = this.sources.length - 1; i >= 0; i--) {
      const s = this.sources[i];
      if (s.at < at) return s.at >= from ? { name: s.name, role: s.role } : null;
    }
    return null;
  }
}

const oneWord = (m: Mention) => m.kind === 'person' && m.tokens.length === 1;
