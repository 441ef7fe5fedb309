// Why an entity could be the speaker of a quote: each feature says one reason (the rules picked it, it
// was the last source, it opens the last sentence, the pronoun's gender fits, ...), named by the quote's
// context so each context has weights of its own (speaker-weights.json).
import type { Entity, Query } from './rank.js';

/** One place an entity is named: where, in which block, and how the sentence uses it. */
export interface Sighting {
  at: number;
  block: number;
  subject: boolean;
  source: boolean;
}

type Features = Record<string, number>;

/** For a pronoun credit: how the entity stands against the other candidates (rank.ts `salienceRanks`). */
export interface Salience {
  /** Candidates made a clause's subject more recently than this one (undefined: never a subject before). */
  subjectRank?: number;
  /** Candidates that were a source more recently (undefined: never a source before). */
  sourceRank?: number;
  lastSubject?: Sighting;
  /** Its latest subject comes after the latest source of every candidate. */
  subjectSinceSource: boolean;
}

/** The features of entity `e` as the speaker of quote `q`; `rank`: how recently it was named, among the candidates. */
export function features(e: Entity, q: Query, rank: number, last: Sighting | undefined, later: Sighting | undefined, block: number, salience?: Salience): Features {
  const f: Features = {};
  const set = (k: string, x: number | boolean) => {
    if (x) f[k] = Number(x);
  };
  placeFeatures(set, e, q, rank, last, later, block);
  kindFeatures(set, e, q);
  if (q.context === 'pronoun') pronounFeatures(set, e, q);
  if (salience) salienceFeatures(set, e, q, last, block, salience);
  return f;
}

type Set = (k: string, x: number | boolean) => void;

const NAMES = ['rule', 'recency', 'distance', 'only_after', 'count', 'same_block', 'previous_block', 'subject', 'sources', 'last_source', 'previous_speaker', 'headline', 'full_name', 'org', 'named_in_quote', 'nominal'] as const;
type Keys = Record<(typeof NAMES)[number], string>;
/**
 * Each feature's name in each context ("rule_pronoun"), made once: built per candidate of every quote, the
 * template strings were fresh keys to hash in the features object and again in the weights (rank.ts `scored`).
 */
const KEYS = new Map<string, Keys>();
function keysOf(c: string): Keys {
  let k = KEYS.get(c);
  if (!k) KEYS.set(c, (k = Object.fromEntries(NAMES.map((n) => [n, `${n}_${c}`])) as Keys));
  return k;
}

/** Where and how often the entity was named before the quote. */
function placeFeatures(set: Set, e: Entity, q: Query, rank: number, last: Sighting | undefined, later: Sighting | undefined, block: number): void {
  const k = keysOf(q.context);
  const before = e.sightings.filter((s) => s.at < q.at);
  set(k.rule, !!q.rule && q.rule.name === e.name);
  set(k.recency, last ? Math.log1p(rank) : 0);
  set(k.distance, last ? Math.log1p((q.at - last.at) / 100) : 0);
  set(k.only_after, !last && !!later);
  set(k.count, Math.log1p(before.length));
  set(k.same_block, !!last && last.block === block);
  set(k.previous_block, !!last && last.block === block - 1);
  set(k.subject, !!last && last.subject);
  set(k.sources, Math.log1p(before.filter((s) => s.source).length));
  set(k.last_source, !!last && last.source);
  set(k.previous_speaker, q.previous === e.name);
}

/** What the entity is, and whether the quote names it. */
function kindFeatures(set: Set, e: Entity, q: Query): void {
  const k = keysOf(q.context);
  set(k.headline, e.sightings.some((s) => s.at < 0));
  set(k.full_name, e.kind === 'person' && e.name.includes(' '));
  set(k.org, e.kind === 'org');
  set(k.named_in_quote, namedIn(e.name, q.quote));
  set(k.nominal, e.kind === 'nominal');
}

/**
 * Why a pronoun may continue this entity rather than the nearest name: the reporter's subject (its
 * place among the candidates' latest subjects, the paragraphs since), the last speaker (its place
 * among the latest sources), how often the article makes it a subject, whether it has been quoted at all.
 */
function salienceFeatures(set: Set, e: Entity, q: Query, last: Sighting | undefined, block: number, s: Salience): void {
  const before = e.sightings.filter((x) => x.at < q.at);
  set('top_subject', s.subjectRank === 0);
  set('subject_rank', s.subjectRank !== undefined ? Math.log1p(s.subjectRank) : 0);
  set('never_subject', s.subjectRank === undefined);
  set('subject_since_source', s.subjectSinceSource);
  set('subject_blocks_back', s.lastSubject ? Math.log1p(block - s.lastSubject.block) : 0);
  set('top_source', s.sourceRank === 0);
  set('never_source', s.sourceRank === undefined);
  set('blocks_back', last ? Math.log1p(block - last.block) : 0);
  set('subjects', Math.log1p(before.filter((x) => x.subject && !x.source).length));
  set('quoted_before', !!q.quoted?.has(e.name));
  set('gender_unknown', e.kind === 'person' && !e.gender && (q.gender === 'male' || q.gender === 'female'));
}

/** Whether the pronoun's gender and number fit the entity. */
function pronounFeatures(set: Set, e: Entity, q: Query): void {
  const personal = q.gender === 'male' || q.gender === 'female';
  const gendered = e.gender === 'male' || e.gender === 'female';
  set('gender_fits', personal && e.gender === q.gender);
  set('gender_clash', personal && !!e.gender && e.gender !== q.gender && gendered);
  set('personal_for_body', personal && e.kind !== 'person');
  set('plural_for_person', (q.gender === 'plural' || q.gender === 'neuter') && (e.kind === 'person' || e.kind === 'nominal'));
}

/**
 * Whether the quote names the entity by its last word ("Doe" of "Jane Doe"), as a whole word: no
 * letter on either side. Found by indexOf and a look at the code points around each hit, not a
 * pattern compiled per (entity, quote) pair: this runs for every candidate of every quote.
 */
export function namedIn(name: string, quote: string): boolean {
  const last = lastWord(name);
  if (last.length <= 2 || !UPPER_START.test(last)) return false;
  for (let i = quote.indexOf(last); i >= 0; i = quote.indexOf(last, i + 1)) {
    if (!letterAt(quote, i + last.length) && !letterBefore(quote, i)) return true;
  }
  return false;
}

const UPPER_START = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;

function lastWord(name: string): string {
  return name.split(/\s+/u).pop() ?? '';
}

/** Whether a letter starts at code unit `i` (a whole code point, as the `u` flag reads it). */
function letterAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c);
  return LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Whether a letter ends just before code unit `i` (a surrogate pair read as one code point). */
function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return isAsciiLetter(c);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return LETTER.test(String.fromCodePoint(pair ? s.codePointAt(i - 2)! : c));
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
