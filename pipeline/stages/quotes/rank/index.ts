// The rank plugin: the speaker of every quote whose credit names nobody outright is ranked among the
// entities the article names (rank.ts, weights fitted by bench/fit-speakers.ts), in document order so
// "the quote before" is the final choice. Reads `quoteBlocks`, `quoteFinds`, `quoteNames` and
// `quoteSources`; writes `file.data.speakerChoices`; a ranked choice that overrides the rules is a message.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { QuoteFind } from '../data.js';
import type { Prepared } from '../marks/prepare.js';
import type { People } from '../names/people.js';
import type { Speakers } from '../resolve/speakers.js';
import type { StageOptions } from '../../options.js';
import { note } from '../note.js';
import { vocabOf, type Vocab } from '../vocab.js';
import { human, severalPeople } from '../resolve/source-words.js';
import type { Sighting } from './features.js';
import { APPLIED, candidates, entitiesOf, roleHeadWord, type Context, type Entity, type Query } from './rank.js';
import { lowerCase } from '../../../text/lower-case.js';

export default function rank(options: StageOptions) {
  const v = vocabOf(options.config);
  return (_tree: Root, file: VFile) => {
    const prepared = file.data.quoteBlocks ?? [];
    const finds = file.data.quoteFinds ?? [];
    const people = file.data.quoteNames?.people;
    const speakers = file.data.quoteSources;
    if (!people || !speakers) return;
    const pronouns = APPLIED.has('pronoun') || !!file.data.speakerFitting;
    for (const f of rankSpeakers(finds, prepared, people, speakers, v, pronouns)) {
      const who = f.speaker ? f.speaker.name : 'nobody';
      note(file, prepared[f.block].block.start + f.span.start, 'speaker-ranked', `Quote's speaker ranked among the people the article names (${f.ranked!.context} credit): ${who}`);
    }
    file.data.speakerChoices = finds.filter((f) => f.ranked).map((f) => ({ offset: prepared[f.block].block.start + f.span.start, ...f.ranked! }));
  };
}

/** Ranks the speaker of every quote whose credit names nobody outright, in document order; returns the quotes whose speaker changed. */
function rankSpeakers(finds: QuoteFind[], prepared: Prepared[], people: People, speakers: Speakers, v: Vocab, pronouns: boolean): QuoteFind[] {
  // (read on the first quote ranked: a quarter of polnear-dev's dumps rank none, yet every one read its
  // entities, ~half of the rank stage's CPU; people and sources are settled, so when they are read changes nothing)
  let read: Entity[] | undefined;
  const entitiesNow = () => (read ??= entitiesOf(people, speakers, (m) => speakers.fullName(m)));
  const changed: QuoteFind[] = [];
  let previous: string | undefined;
  const quoted = new Set<string>();
  for (const f of finds) {
    const context = contextOf(f, prepared[f.block], v);
    // (pronoun credits cost a ranking only where it is used: shipped weights, or a fitting run)
    if (context && (context !== 'pronoun' || pronouns)) {
      const block = prepared[f.block].block;
      const at = f.at ?? block.start + (f.span.open >= 0 ? f.span.open : f.span.start);
      const personal = context === 'pronoun' ? pronounGender(f, v) : undefined;
      const gender = personal ?? f.mention?.gender;
      const entities = entitiesNow();
      const fits = personal ? pronounFits(personal, at, v, f.speaker ? (entities.find((e) => e.name === f.speaker!.name) ?? null) : undefined, f.speaker?.name) : undefined;
      const q: Query = { context, at, gender, description: f.mention?.text, rule: f.speaker, previous, quote: f.text, quoted, fits };
      const ranked = candidates(q, entities, people.blockIndex(at));
      f.ranked = { context, candidates: ranked };
      const best = ranked[0].name;
      if (APPLIED.has(context) && (best === '' ? f.speaker !== null : best !== f.speaker?.name)) {
        f.speaker = best === '' ? null : { name: best, role: '' };
        f.speakerBy = 'speaker-ranked';
        changed.push(f);
      }
    }
    previous = f.speaker?.name;
    if (previous) quoted.add(previous);
  }
  return changed;
}

/**
 * Which ranking a quote's credit calls for: none when it names someone or something outright. A quote
 * no rule credits stays uncredited unless its paragraph is quotes only (the judged quotes the ranking
 * was fitted on are all someone's and say nothing of scare quotes or of prose the rules could not read,
 * `"...," the host pressed`). "He"/"she" credits are ranked too (salience features, features.ts), but
 * their choice replaces resolve/'s only when pronoun-weights.json ships weights: fitted by publisher
 * folds they have not yet beaten the rules beyond chance. A description of a thing, "the report",
 * stays as written.
 */
function contextOf(f: QuoteFind, p: Prepared, v: Vocab): Context | undefined {
  if (!f.attribution || !f.mention) return f.speaker || (!f.partial && !/\p{L}/u.test(p.masked)) ? 'none' : undefined;
  if (pronounGender(f, v)) return 'pronoun';
  if (!f.speaker || f.speakerBy === 'speaker-described') return undefined;
  // (several people, "the experts", are no one person to rank)
  if (f.mention.kind === 'nominal' && /^[\s,(]*the\s/iu.test(f.source) && personHead(f.mention.text, v) && !severalPeople(f.mention.text, v)) return 'description';
  return undefined;
}

/** The gender of a "he" or "she" credit (the one-word name a pronoun was read as too), else undefined. */
function pronounGender(f: QuoteFind, v: Vocab): 'male' | 'female' | undefined {
  const m = f.mention;
  if (!m) return undefined;
  const g = m.kind === 'pronoun' ? m.gender : m.kind === 'person' && m.tokens.length === 1 ? v.pronoun.get(lowerCase(m.tokens[0])) : undefined;
  return g === 'male' || g === 'female' ? g : undefined;
}

/**
 * Who "he" or "she" may mean at all, before any weight is read: never a body ("the campaign"), never a
 * thing or a group ("the report", "three senators"), never a person the article makes the other gender.
 * And the ranking may not trade a surer answer of the rules for a weaker one (better none than wrong):
 * where the rules found a person, only a person the article makes of the pronoun's gender competes
 * with them (a capitalized run misread as a name, "Team Lamm", has no gender); a person the reporter never made a clause's subject or a source before the quote (a name
 * read in passing, a book's title) competes only when the rules found nobody.
 * Where the rules found a description ("the senator"), only a person the article gives that role
 * competes (as for a description credit: rank.ts `roleHeadWord`), never another description.
 * `rule`: the rules' choice (null: not an entity the article names; undefined: the rules found nobody),
 * `ruleName` its name as written.
 */
export function pronounFits(g: 'male' | 'female', at: number, v: Vocab, rule: Entity | null | undefined, ruleName?: string): (e: Entity, last: Sighting | undefined) => boolean {
  const other = g === 'male' ? 'female' : 'male';
  const person = !!rule && rule.kind === 'person';
  const described = rule !== undefined && !person && !!ruleName;
  const ruleHead = described ? roleHeadWord(ruleName!) : undefined;
  return (e, last) => {
    if (e === rule) return true;
    if (e.gender === other || e.kind === 'org') return false;
    if (person && (e.kind !== 'person' || e.gender !== g)) return false;
    if (described && (e.kind !== 'person' || !(ruleHead !== undefined && e.roles.has(ruleHead)))) return false;
    if (rule !== undefined && !(last && e.sightings.some((s) => s.at < at && (s.subject || s.source)))) return false;
    if (e.kind === 'nominal') return human(e.name, v) && !severalPeople(e.name, v) && !lowerCase(e.name).split(/\s+/).some((w) => v.genderNoun.get(w) === other);
    return nameShaped(e.name);
  };
}

/** A person's name as a name is written: two to four words, each opening with a capital, none a possessive. */
function nameShaped(name: string): boolean {
  const ws = name.split(/\s+/u);
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w) && !/['\u2019]s?$/u.test(w));
}

/** Whether a description's last word names a person ("the former governor"). */
function personHead(text: string, v: Vocab): boolean {
  const last = (lowerCase(text).match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
  return v.personNouns.has(last) || v.personNouns.has(last.replace(/s$/u, ''));
}
