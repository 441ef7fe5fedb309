// The config's word lists, folded into sets once per config object (stages are built once per run).
import { compile } from '../../config/spec.js';
import type { Config } from '../../registry.js';
import { quotePatterns } from './spec.js';
import { lowerCase } from '../../text/lower-case.js';

export type Gender = 'male' | 'female' | 'plural' | 'neuter' | 'first_person';

export interface Vocab {
  verbs: Set<string>;
  addresseeVerbs: Set<string>;
  reportVerbs: Set<string>;
  phrases: string[][];
  beforeSource: Set<string>;
  adverbs: Set<string>;
  titles: Set<string>;
  /** Titles folded to lowercase ("governor" in "former governor Ed Rendell"). */
  titlesLower: Set<string>;
  honorific: Map<string, Gender>;
  genderNoun: Map<string, Gender>;
  firstName: Map<string, Gender>;
  pronoun: Map<string, Gender>;
  orgWords: Set<string>;
  notNames: Set<string>;
  particles: Set<string>;
  nameStops: Set<string>;
  tailStops: Set<string>;
  tailEventPreps: Set<string>;
  clauseOpeners: Set<string>;
  determiners: Set<string>;
  titleCues: string[][];
  termCues: string[][];
  titlePreps: Set<string>;
  titleVerbs: Set<string>;
  namingVerbs: Set<string>;
  termNouns: Set<string>;
  bylineWords: Set<string>;
  minorWords: Set<string>;
  abbreviations: Set<string>;
  personNouns: Set<string>;
  relativeWords: Set<string>;
  notNameWords: Set<string>;
  imperatives: Set<string>;
  quantifiers: Set<string>;
  descriptorSuffixes: Set<string>;
  placePreps: Set<string>;
  pluralDeterminers: Set<string>;
  cueWindow: number;
  describeSpeakers: boolean;
  subjectMaxWords: number;
  minWords: number;
  workRoles: Set<string>;
  citedWorks: Set<string>;
  definitionCues: string[][];
  glossCues: string[][];
  optionVerbs: Set<string>;
  pollWords: Set<string>;
  quoteChrome: RegExp[];
  inscriptionVerbs: Set<string>;
  inscriptionCarriers: Set<string>;
  voiceVerbs: Set<string>;
  voiceNouns: Set<string>;
  /** Openings of what follows a name that make it an aside, not a description ("for example"). */
  roleAsides: string[][];
  affiliationWords: Set<string>;
  sitePreps: Set<string>;
  siteNouns: Set<string>;
  groupNumbers: Set<string>;
}

const lower = (xs: string[]) => new Set(xs.map((x) => lowerCase(x)));
const keyed = (groups: Record<string, string[]>, fold = true) => {
  const m = new Map<string, Gender>();
  for (const [g, xs] of Object.entries(groups)) for (const x of xs) m.set(fold ? lowerCase(x) : x, g as Gender);
  return m;
};
const phrases = (xs: string[]) => xs.map((x) => lowerCase(x).split(/\s+/)).sort((a, b) => b.length - a.length);

const cache = new WeakMap<object, Vocab>();

export function vocabOf(config: Config): Vocab {
  const q = config.quotes;
  let v = cache.get(q);
  if (!v) {
    v = {
      verbs: lower(q.verbs),
      addresseeVerbs: lower(q.addressee_verbs),
      reportVerbs: lower(q.report_verbs),
      phrases: phrases(q.phrases),
      beforeSource: lower(q.before_source),
      adverbs: lower(q.adverbs),
      // Titles keep their case: "President Obama" is a title, "the president" is a description.
      titles: new Set(q.titles.flatMap((t) => [t, t.replace(/\.$/, '')])),
      titlesLower: new Set(q.titles.map((t) => lowerCase(t).replace(/\.$/, ''))),
      honorific: keyed({ male: q.honorifics.male, female: q.honorifics.female }),
      genderNoun: keyed({ male: q.gender_nouns.male, female: q.gender_nouns.female }),
      firstName: keyed({ male: q.first_names.male, female: q.first_names.female }, false),
      pronoun: keyed(q.pronouns),
      orgWords: new Set(q.org_words),
      notNames: new Set(q.not_names),
      particles: lower(q.name_particles),
      nameStops: lower(q.name_stops),
      tailStops: lower(q.tail_stops),
      tailEventPreps: lower(q.tail_event_preps),
      clauseOpeners: lower(q.clause_openers),
      determiners: lower(q.determiners),
      titleCues: phrases(q.title_cues),
      termCues: phrases(q.term_cues),
      titlePreps: lower(q.title_preps),
      titleVerbs: lower(q.title_verbs),
      namingVerbs: lower(q.naming_verbs),
      termNouns: lower(q.term_nouns),
      bylineWords: lower(q.byline_words),
      minorWords: lower(q.minor_words),
      abbreviations: new Set(q.abbreviations),
      personNouns: lower(q.person_nouns),
      relativeWords: lower(q.relative_words),
      notNameWords: lower(q.not_name_words),
      imperatives: lower(q.imperatives),
      quantifiers: lower(q.quantifiers),
      descriptorSuffixes: lower(q.descriptor_suffixes),
      placePreps: lower(q.place_preps),
      pluralDeterminers: lower(q.plural_determiners),
      cueWindow: q.cue_window,
      describeSpeakers: q.describe_speakers,
      subjectMaxWords: q.subject_max_words,
      minWords: q.min_words,
      workRoles: lower(q.work_roles),
      citedWorks: lower(q.cited_works),
      definitionCues: phrases(q.definition_cues),
      glossCues: phrases(q.gloss_cues),
      optionVerbs: lower(q.option_verbs),
      pollWords: lower(q.poll_words),
      quoteChrome: q.quote_chrome.map((p) => compile(p, quotePatterns.chrome)),
      inscriptionVerbs: lower(q.inscription_verbs),
      inscriptionCarriers: lower(q.inscription_carriers),
      voiceVerbs: lower(q.voice_verbs),
      voiceNouns: lower(q.voice_nouns),
      roleAsides: phrases(q.role_asides),
      affiliationWords: lower(q.affiliation_words),
      sitePreps: lower(q.site_preps),
      siteNouns: lower(q.site_nouns),
      groupNumbers: lower(q.group_numbers),
    };
    cache.set(q, v);
  }
  return v;
}
