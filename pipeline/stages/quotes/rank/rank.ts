// The speaker of a quote whose credit does not name anyone: a pronoun ("she said"), a definite
// description ("the senator said"), or no attribution at all (a quote standing alone). The hand rules
// of resolve/ (speakers.ts, continuity.ts, paragraphs.ts) each pick one speaker; measured by publisher, they win
// about as often as they lose against the nearest-subject and recency cues they ignore. So the choice
// is a ranking: every entity the article names before the quote (and in its paragraph) is a candidate,
// described by features that say why it could be the speaker (the rule picked it, it was the last
// source, it opens the last sentence, the pronoun's gender fits, the description's head noun is one
// of its roles), and weights fitted on hand-judged articles (bench/fit-speakers.ts, leave-one-
// publisher-out) score them. The weights are data (speaker-weights.json), not tuned by hand.
import type { People } from '../names/people.js';
import type { SpeakerRef, Speakers } from '../resolve/speakers.js';
import type { Gender } from '../vocab.js';
import { features, type Salience, type Sighting } from './features.js';
import weights from './speaker-weights.json' with { type: 'json' };
import pronounFile from './pronoun-weights.json' with { type: 'json' };
import { lowerCase } from '../../../text/lower-case.js';

export type Context = 'pronoun' | 'description' | 'none';

export interface Entity {
  name: string;
  kind: 'person' | 'org' | 'nominal';
  gender?: Gender;
  sightings: Sighting[];
  roles: Set<string>;
}

/** What the ranker knows of one quote: its context, where its credit is, and what the rules chose. */
export interface Query {
  context: Context;
  at: number;
  /** The pronoun's gender, for a pronoun credit. */
  gender?: Gender;
  /** The description as written, for a description credit ("the former governor"). */
  description?: string;
  rule: SpeakerRef | null;
  /** The speaker of the quote before, as finally chosen. */
  previous?: string;
  /** The quoted words (a speaker seldom names themselves in them). */
  quote: string;
  /** For a pronoun credit: whether an entity may be what it means at all (grammar, not weights: index.ts `pronounFits`). */
  fits?: (e: Entity, last: Sighting | undefined) => boolean;
  /** The speakers of every quote before, as finally chosen. */
  quoted?: ReadonlySet<string>;
}

export interface Candidate {
  /** The entity's name; '' stands for nobody. */
  name: string;
  features: Record<string, number>;
  score: number;
}

/** Most candidates ranked per quote: the most recently named entities. */
const MAX_CANDIDATES = 12;

/**
 * Pronoun credits have weights of their own (pronoun-weights.json, bench/fit-speakers.ts --context
 * pronoun), shipped only when cross-validated by publisher they lost on no fold; `null` there leaves
 * pronouns to resolve/ and the ranking is only recorded (for the fitting).
 */
const PRONOUN_WEIGHTS = (pronounFile as { weights: Record<string, number> | null }).weights;
const W: Record<string, number> = { ...weights.weights, ...(PRONOUN_WEIGHTS ?? {}) };

/** The contexts whose ranked choice replaces the rules' (the others are ranked only to be fitted on). */
export const APPLIED: ReadonlySet<Context> = new Set<Context>(PRONOUN_WEIGHTS ? ['none', 'description', 'pronoun'] : ['none', 'description']);

/** The entities an article names: people by their full name, and every resolved source. */
export function entitiesOf(people: People, speakers: Speakers, fullName: (m: People['mentions'][number]) => string): Entity[] {
  const byName = new Map<string, Entity>();
  const entity = (name: string, kind: Entity['kind'], gender?: Gender) => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { name, kind, gender, sightings: [], roles: new Set() }));
    return e;
  };
  // (an article names its people again and again: each one's full name, gender and family are read
  // once, not at every mention; the names are settled, People and the sources no longer change)
  const names = new Map<string, string>();
  const families = new Map<string, boolean>();
  for (const m of people.mentions) {
    if (m.nominal) continue;
    const said = `${m.key}\n${m.name}`;
    let name = names.get(said);
    if (name === undefined) names.set(said, (name = fullName(m)));
    const e = byName.get(name) ?? entity(name, 'person', speakers.genderOf(name));
    e.sightings.push({ at: m.at, block: people.blockIndex(m.at), subject: m.subject, source: false });
    // (a surname alone of a family the article names, "President Lamm" beside "Jo Lamm" and "Dana
    // Lamm": its role says nothing of which member holds it, so no description is credited through it)
    if (!m.name.includes(' ')) {
      let family = families.get(name);
      if (family === undefined) families.set(name, (family = people.family(name)));
      if (family) continue;
    }
    for (const r of m.roles ?? []) e.roles.add(r);
  }
  for (const s of speakers.all()) {
    const e = entity(s.name, s.kind === 'pronoun' ? 'nominal' : s.kind, s.gender);
    e.sightings.push({ at: s.at, block: people.blockIndex(s.at), subject: true, source: true });
  }
  for (const e of byName.values()) e.sightings.sort((a, b) => a.at - b.at);
  return [...byName.values()];
}

/** The candidates for one quote, scored, best first. */
export function candidates(q: Query, entities: Entity[], block: number): Candidate[] {
  // (the description's head read once per quote, not lowercased and matched again for every entity)
  const head = q.context === 'description' ? roleHeadWord(q.description ?? '') : undefined;
  const seen = entities
    .map((e) => around(e, q.at, block))
    .filter((x) => (x.last || x.later) && (q.context !== 'description' || (head !== undefined && x.e.roles.has(head))) && (q.context !== 'pronoun' || !q.fits || q.fits(x.e, x.last)))
    .sort((a, b) => (b.last?.at ?? -Infinity) - (a.last?.at ?? -Infinity))
    .slice(0, MAX_CANDIDATES);
  const salience = q.context === 'pronoun' ? salienceRanks(seen.map((x) => x.e), q.at) : undefined;
  const out: Candidate[] = seen.map(({ e, last, later }, rank) => scored(e.name, features(e, q, rank, last, later, block, salience?.get(e))));
  if (q.rule && q.context !== 'description' && !out.some((c) => c.name === q.rule!.name)) out.push(scored(q.rule.name, { [`rule_${q.context}`]: 1 }));
  // nobody, or for a description credit the description itself (an unnamed source is one)
  if (q.context !== 'description') out.push(scored('', { [`null_${q.context}`]: 1 }));
  else if (!out.some((c) => c.name === q.description)) out.push(scored(q.description ?? '', { self_description: 1 }));
  return out.sort((a, b) => b.score - a.score);
}

function scored(name: string, features: Record<string, number>): Candidate {
  // (for-in reads the same keys in the same order as Object.entries, without a pair array per key: asked
  // of every candidate of every quote; the sum's order, and so its rounding, is unchanged)
  let score = 0;
  for (const k in features) score += (W[k] ?? 0) * features[k];
  return { name, features, score };
}

/**
 * How salient each candidate is before `at`, against the others: its place among them by the latest
 * time the reporter made it a clause's subject, and by the latest time it was a source; and whether
 * its latest subject comes after every candidate's latest source (the reporter has moved on from the
 * last speaker to this person).
 */
function salienceRanks(es: Entity[], at: number): Map<Entity, Salience> {
  const lastOf = (e: Entity, ok: (s: Sighting) => boolean) => {
    let found: Sighting | undefined;
    for (const s of e.sightings) {
      if (s.at >= at) break;
      if (ok(s)) found = s;
    }
    return found;
  };
  const subjects = es.map((e) => lastOf(e, (s) => s.subject && !s.source));
  const sources = es.map((e) => lastOf(e, (s) => s.source));
  const latestSource = Math.max(-Infinity, ...sources.map((s) => s?.at ?? -Infinity));
  const order = (xs: (Sighting | undefined)[], i: number) => (xs[i] ? xs.filter((x) => x && x.at > xs[i]!.at).length : undefined);
  return new Map(es.map((e, i) => [e, { subjectRank: order(subjects, i), sourceRank: order(sources, i), lastSubject: subjects[i], subjectSinceSource: !!subjects[i] && subjects[i]!.at > latestSource }]));
}

/**
 * The entity's last sighting before `at`, and its first at or after `at` in `block`, found by binary
 * search: sightings are sorted by offset, and their blocks with them (people.blockIndex of each), so
 * past `at` a later block ends the search (read one by one, this was the chain's per-quote scan of
 * every sighting of every entity).
 */
function around(e: Entity, at: number, block: number): { e: Entity; last: Sighting | undefined; later: Sighting | undefined } {
  const ss = e.sightings;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  let later: Sighting | undefined;
  for (let j = lo; j < ss.length && ss[j].block <= block; j++) {
    if (ss[j].block === block) {
      later = ss[j];
      break;
    }
  }
  return { e, last: lo > 0 ? ss[lo - 1] : undefined, later };
}

/**
 * A description's head noun ("the former governor" -> "governor"): its last word, lowercase; undefined for a
 * one-word description. A description is only ever resolved to someone the article gives that role (the
 * head among the entity's roles), and the head is read once per quote, not once per entity.
 */
export function roleHeadWord(description: string): string | undefined {
  const ws = lowerCase(description).match(/[\p{L}-]+/gu) ?? [];
  const head = ws[ws.length - 1];
  return head && ws.length > 1 ? head : undefined;
}

