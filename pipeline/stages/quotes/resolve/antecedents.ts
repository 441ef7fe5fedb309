// What a pronoun credit ("she said", "they wrote", "it says") points back to: the nearest earlier source
// it does not contradict ("she" skips a source known to be a man), unless the reporter's prose made
// someone nearer the subject of a clause since (a person for "he" and "she", a thing for "it", several
// people for "they"); with no source before it, the nearest person whose gender the article makes plain.
import type { Mention } from '../names/mention.js';
import type { People } from '../names/people.js';
import type { Gender, Vocab } from '../vocab.js';
import { surnameOf } from '../names/shape.js';
import { SUBORDINATORS } from '../grammar/lexicon.js';
import { fitsPronoun, type Fits } from './fits.js';
import { onlyPersonOfParagraph } from './paragraph-person.js';
import { describesPerson, human, mayBePerson, roleOf, severalPeople } from './source-words.js';
import type { Source, SpeakerRef } from './speakers.js';
import { lowerCase } from '../../../text/lower-case.js';

/** A pronoun opening a coordinated clause: "..., but she", "... and he". */
const COORDINATED = /,\s*(?:but|and|yet|so)\s+$/iu;

/** Gender evidence (see People.evidence) enough to resolve a pronoun to a person who is not a source. */
const SURE = 2;

/** A clause subject of the reporter's prose (see resolve/index.ts). */
export type Subject = { at: number; key: string; name: string; nominal?: boolean; possessive?: boolean; tail?: string; gender?: Gender };

/** Full names by People, key and name as written: settled once the names plugin has made People. */
const fullNames = new WeakMap<People, Map<string, Map<string, string>>>();

/**
 * fullNameAnew, read once per article for each key and name: the description rules, the family rules and
 * the ranking each ask it of every mention again (People answers every question the same once made; the
 * rank stage's entities alone asked ~36k mentions per pass of polnear-dev). test/quote-full-names.test.ts compares.
 */
export function fullName(people: People, m: { key: string; name: string }): string {
  let byKey = fullNames.get(people);
  if (!byKey) fullNames.set(people, (byKey = new Map()));
  let byName = byKey.get(m.key);
  if (!byName) byKey.set(m.key, (byName = new Map()));
  let full = byName.get(m.name);
  if (full === undefined) byName.set(m.name, (full = fullNameAnew(people, m)));
  return full;
}

/** A mention's full name: as written when it opens with a given name ("Jane Lamm" beside "Dana Lamm"), else the fullest form the article gives of its surname. */
export function fullNameAnew(people: People, m: { key: string; name: string }): string {
  // (unless the "given name" is a word like "Was" that opened a question: "Was Lamm satisfied?")
  if (!m.name.includes(' ') || people.functionWord(m.name.split(' ')[0])) return people.expand([m.key]) ?? m.name;
  // ("Suu Kyi" beside "Aung San Suu Kyi": the last words of a longer name the article gives are that name)
  // (not a role read into the name: "Novelist Jo Watson" opening a sentence is Jo Watson)
  const longer = people.expand(m.name.split(' '));
  if (!longer?.endsWith(` ${m.name}`)) return m.name;
  return longer.slice(0, -m.name.length).split(' ').some((w) => w && people.roleWord(w)) ? m.name : longer;
}

export class Antecedents {
  /** `sources`: the sources recorded so far, in document order. */
  /** `describe`: the person a definite description at an offset stands for, if the prose says (described.ts). */
  constructor(
    private people: People,
    private v: Vocab,
    private subjects: Subject[],
    private sources: () => readonly Source[],
    private describe: (description: string, at: number) => SpeakerRef | null = () => null,
    private family: (key: string, g: Gender, at: number) => string | undefined = () => undefined,
    /** `kin`: the relative a lone given name at an offset names ("his wife, Nora," -> Nora Lamm: kin.ts). */
    private kin: (given: string, at: number) => { name: string; gender?: Gender } | undefined = () => undefined,
  ) {}

  /** The speaker a pronoun of gender `g` at `at` stands for, credited as their latest attribution credits them. */
  resolve(g: Gender | undefined, at: number): SpeakerRef | null {
    return this.credited(this.find(g, at), at);
  }

  /**
   * A person found as the reporter's subject or a mention has no description of their own there: they
   * are credited as their latest attribution before `at` credited them ("Jo Beck, a benefits manager,
   * said ... Beck graduated ... 'I feel ...,' she said").
   */
  private credited(ref: SpeakerRef | null, at: number): SpeakerRef | null {
    if (!ref || ref.role) return ref;
    const sources = this.sources();
    for (let i = sources.length - 1; i >= 0; i--) {
      const s = sources[i];
      if (s.at < at && s.kind === 'person' && s.name === ref.name) return { name: s.name, role: s.role };
    }
    return ref;
  }

  private find(g: Gender | undefined, at: number): SpeakerRef | null {
    const fits = fitsPronoun(g);
    const source = this.nearestSource(g, at, fits);
    const after = source ? source.at : -Infinity;
    // "The post showed ... 'Let him in,' it says": a thing the reporter makes a clause's subject after that source
    const thing = g === 'neuter' ? this.nearestThing(after, at) : null;
    if (thing) return thing;
    // "Al Roe and Bea Tam, sociologists at ..., published ... They compare ...": people the reporter
    // makes a clause's subject after that source
    const group = g === 'plural' ? this.nearestGroup(after, at) : null;
    if (group) return group;
    // A person who opens a sentence after that source (and before the pronoun) is nearer: the pronoun
    // continues the reporter's subject. Only one whose gender the article makes plain, or that fits an
    // ungendered pronoun. (The same person named again is still that source, credited as the
    // attribution credits them, unless the reporter describes them anew there: "Lamm, who was
    // estranged from her father, ...")
    const subject = this.nearestSubject(after, at, g, fits, false, !!source && source.gender === g);
    if (subject && (!(source && source.name === subject.name) || subject.role)) return subject;
    const here = this.sentenceSubject(after, at, g, fits);
    if (here) return here;
    if (source) return { name: source.name, role: source.role };
    // Nobody the article makes plain: the reporter's nearest subject with a full name the pronoun does
    // not contradict ("Ana Roe can be heard yelling ... 'Stop,' she says").
    return this.nearestPlainPerson(g, at, fits) ?? this.nearestSubject(-Infinity, at, g, fits, true) ?? onlyPersonOfParagraph(this.people, g, at);
  }

  /** The nearest source before `at` the pronoun does not contradict. */
  private nearestSource(g: Gender | undefined, at: number, fits: Fits): Source | undefined {
    const gendered = g === 'male' || g === 'female';
    const sources = this.sources();
    for (let i = sources.length - 1; i >= 0; i--) {
      const s = sources[i];
      if (s.at >= at) continue;
      if (fits(s.kind, s.gender, s.human)) return s;
      if (!gendered || !s.short) continue;
      // "Lamm said ..." in an article with Dana and Jo Lamm: "she" means the one who is a woman
      const other = this.namesake(s.short, g);
      if (other) return { ...s, name: other, gender: g };
    }
    return undefined;
  }

  /** With no attribution before it: the nearest person the article named whose gender it makes plain. */
  private nearestPlainPerson(g: Gender | undefined, at: number, fits: Fits): SpeakerRef | null {
    const gendered = g === 'male' || g === 'female';
    const ms = this.people.mentions;
    for (let i = ms.length - 1; i >= 0; i--) {
      if (ms[i].at >= at || ms[i].nominal) continue;
      const name = fullName(this.people, ms[i]);
      const mg = this.people.genderOf(name);
      if (fits('person', mg) && (!gendered || (mg === g && this.people.evidence(name) >= SURE))) return { name, role: '' };
    }
    return null;
  }

  /** The group of people the reporter made a clause's subject last before `at`, in the same paragraph. */
  groupBefore(at: number): SpeakerRef | null {
    const i = this.lastGroupBefore(at);
    return i >= 0 && this.people.sameBlock(this.subjects[i].at, at) ? { name: this.subjects[i].name, role: '' } : null;
  }

  private lastGroupBefore(at: number): number {
    for (let i = this.lastSubjectBefore(at); i >= 0; i--) if (this.subjects[i].nominal && severalPeople(this.subjects[i].name, this.v)) return i;
    return -1;
  }

  /** The nearest subject in (after, at) that is several people: a plural description, or names joined by "and". */
  private nearestGroup(after: number, at: number): SpeakerRef | null {
    for (let i = this.lastSubjectBefore(at); i >= 0 && this.subjects[i].at > after; i--) {
      const m = this.subjects[i];
      if (m.nominal && severalPeople(m.name, this.v)) return { name: m.name, role: '' };
    }
    return null;
  }

  /** The nearest description of a thing opening a clause in (after, at). */
  private nearestThing(after: number, at: number): SpeakerRef | null {
    for (let i = this.lastSubjectBefore(at); i >= 0 && this.subjects[i].at > after; i--) {
      const m = this.subjects[i];
      if (m.nominal && !human(m.name, this.v) && !severalPeople(m.name, this.v)) return { name: m.name, role: '' };
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
   * The nearest subject in (after, at) a personal pronoun continues. `loose`: a full name whose gender
   * the article never states will do. `sourceSure`: the source the subject competes with is known to
   * be of the pronoun's gender.
   */
  private nearestSubject(after: number, at: number, g: Gender | undefined, fits: Fits, loose = false, sourceSure = true): SpeakerRef | null {
    if (g !== 'male' && g !== 'female') return null;
    // a full name passed over only because the article gives its gender nowhere
    let unsure: string | undefined;
    for (let i = this.lastSubjectBefore(at); i >= 0 && this.subjects[i].at > after; i--) {
      const m = this.subjects[i];
      const ref = m.nominal ? this.describedSubject(m, g) : this.namedSubject(m, at, g, fits, loose, sourceSure);
      // ("When Al Lamm's name came up, he said" after "His father, Ed Lamm, ...": of a family, the
      // nearer member the pronoun does not contradict, never one further back because only their gender is known)
      if (ref && unsure && ref.name !== unsure && surnameKey(ref.name) === surnameKey(unsure)) return { name: unsure, role: '' };
      if (ref) return ref;
      if (!m.nominal && !unsure) {
        const { name, gender } = this.personOf(m, g);
        if (!gender && name.includes(' ')) unsure = name;
      }
    }
    return null;
  }

  /**
   * "Roe's plan is stalled, but she said ...", "While Ana Roe never said so, she did call it ...": the
   * person the pronoun's own sentence opened a clause with, after the source (and no one else named
   * between), when the article never says their gender otherwise: a pronoun continues the subject of
   * its sentence sooner than a source of an earlier one. Not a description, nor a name whose gender
   * the pronoun contradicts.
   */
  /** The person a "he" or "she" at `at` continues as its sentence's subject (sentenceSubject), if so. */
  inSentence(g: Gender | undefined, at: number): SpeakerRef | null {
    const fits = fitsPronoun(g);
    const source = this.nearestSource(g, at, fits);
    return this.sentenceSubject(source ? source.at : -Infinity, at, g, fits);
  }

  private sentenceSubject(after: number, at: number, g: Gender | undefined, fits: Fits): SpeakerRef | null {
    if (g !== 'male' && g !== 'female') return null;
    const i = this.lastSubjectBefore(at);
    const m = i >= 0 ? this.subjects[i] : undefined;
    // (a name as written, of two words or more: a lone capitalized word opening an adverbial is too often no one)
    if (!m || m.at <= after || m.nominal || !m.name.includes(' ') || !this.people.sameSentence(m.at, at)) return null;
    if (this.people.mentions.some((o) => o.at > m.at && o.at < at && !o.nominal && o.key !== m.key)) return null;
    // (only where the pronoun opens a clause of its own: after ", but" or a clause the sentence opened
    // with "while" or "although"; in "Roe is no moderate, she said" the name is what is reported)
    const before = this.people.sentenceBefore(at);
    const opener = /^\W*(\p{L}+)/u.exec(before)?.[1].toLowerCase() ?? '';
    if (!COORDINATED.test(before) && !(SUBORDINATORS.has(opener) && /,\W*$/u.test(before))) return null;
    const { name, gender } = this.personOf(m, g);
    return !gender && name.includes(' ') && fits('person', gender) ? { name, role: roleOf(m.tail ?? '', this.v) } : null;
  }

  /** "But the former mayor showed restraint": a description of a person the pronoun does not contradict. */
  private describedSubject(m: Subject, g: Gender): SpeakerRef | null {
    if (!human(m.name, this.v) || severalPeople(m.name, this.v)) return null;
    const ng = lowerCase(m.name).split(/\s+/).map((w) => this.v.genderNoun.get(w)).find(Boolean);
    if (ng && ng !== g) return null;
    // ("Ana Roe posted ... The actress wrote ... 'I ...,' she said": the person the description varies)
    const who = /^the\s/iu.test(m.name) ? this.describe(m.name, m.at) : null;
    return who && this.people.genderOf(who.name) !== (g === 'male' ? 'female' : 'male') ? who : { name: m.name, role: '' };
  }

  /**
   * A named subject the pronoun continues: one of its gender ("Mrs. Lamm" is the woman of the two Lamms
   * an article names; a surname alone shared by a man and a woman is the one the pronoun fits); or,
   * where the article says nothing of their gender yet, a person the paragraph introduces with a
   * description of a person ("Al Roe, a campaign consultant, is a county resident ... 'If ...,' he
   * said"); or any person the paragraph introduces as its subject when the source before says nothing
   * of its gender either, unless what is written beside the name says it is no person ("Sandy Brook, 13
   * miles from the capital,"); or, `loose`, any full name.
   */
  private namedSubject(m: Subject, at: number, g: Gender, fits: Fits, loose: boolean, sourceSure: boolean): SpeakerRef | null {
    const { name, gender: mg } = this.personOf(m, g);
    const role = roleOf(m.tail ?? '', this.v);
    if (mg === g && fits('person', mg)) return { name, role };
    if (mg || !name.includes(' ')) return null;
    const introduced = () => this.people.sameBlock(m.at, at) && this.people.introduces(m.key, m.at);
    if (describesPerson(role, this.v) && introduced()) return { name, role };
    if (!sourceSure && mayBePerson(role, this.v) && introduced()) return { name, role };
    return loose && m.at >= 0 ? { name, role } : null;
  }

  /** The full name and gender of a named subject, or of the namesake of the pronoun's gender. */
  private personOf(m: Subject, g: Gender): { name: string; gender: Gender | undefined } {
    const kin = !m.gender && !m.name.includes(' ') && !m.nominal ? this.kin(m.name, m.at) : undefined;
    if (kin) return { name: kin.name, gender: kin.gender };
    // ("Mr. Lamm" of a family: the member family.ts says the prose goes on from, as for a source)
    const name = m.gender && !m.name.includes(' ') ? (this.family(m.key, m.gender, m.at) ?? this.people.expand([m.key], m.gender) ?? m.name) : fullName(this.people, m);
    const mg = m.gender ?? this.people.genderOf(name);
    const other = !m.gender && mg && mg !== g && !m.name.includes(' ') ? this.namesake(m.name, g) : undefined;
    return other ? { name: other, gender: g } : { name, gender: mg };
  }
}

const surnameKey = (name: string) => surnameOf(name.split(' ')).toLowerCase();

export type { Mention };
