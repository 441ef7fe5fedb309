// The head of a source phrase: which of its capitalized runs is the name it gives, and whether that makes
// the phrase a person, an organization or only a description. A name ends at the first stop word after
// the first real name run; capitals after a preposition are where the source is from ("Democrats in
// Iowa"); a name before a role only modifies it ("Florida senator", "club supporters").
import type { Gender, Vocab } from '../vocab.js';
import { isCap, isPunct, lowerRaw, type Word } from '../words.js';
import type { Mention } from './mention.js';
import { capRuns, coreOf, isOrgRun, isTitle, type Run } from './runs.js';
import { leadsName, placeOnly, roleWord } from './shape.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Every Head is written with its keys in this order: kind, text, tokens, gender, endAt (mention.ts copies them so). */
export type Head = Omit<Mention, 'tail'> & { endAt: number };

interface Core {
  run: Run;
  core: Run;
}

/** The head of a source phrase, or undefined when the phrase is a description cut short ("A Lamm"). */
export function headOf(phrase: string, ws: Word[], v: Vocab, gender: Gender | undefined): Head | undefined {
  const nominal = (): Head => ({ kind: 'nominal', text: phraseText(phrase, ws, 0, ws.length), tokens: [], gender, endAt: ws[ws.length - 1].end });
  const cores = namedCores(ws, v);
  if (!cores.length) return nominal();
  const free = withoutPlaces(ws, cores, v);
  if (!free.length) return nominal();
  const head = [...free].reverse().find((x) => !ws[x.core[1] - 1].possessive) ?? free[free.length - 1];
  return headMention(phrase, ws, head, v, gender, nominal);
}

/**
 * The runs whose core is a name, up to the first stop word after the first of them. A core is a name
 * unless it ends in a title of two words or more ("Radio Vice President for news Ed Gore": the name
 * comes after the description), or is one word that only leads a name ("Multiple outlets", "the order
 * released Friday"), unless it is all the phrase says ("From" may be Al From's surname: resolve/
 * decides) or a title stands before it ("Mr. Singer").
 */
function namedCores(ws: Word[], v: Vocab): Core[] {
  const runs = capRuns(ws, v);
  const named = (r: Run, c: Run) => c[1] > c[0] && !titlesAtEnd(ws, c, v) && !loneLeader(ws, r, c, v);
  const limit = nameLimit(ws, runs, named, v);
  return runs
    .filter((r) => r[1] <= limit)
    .map((r) => ({ run: r, core: coreOf(ws, r, v) }))
    .filter((x) => named(x.run, x.core));
}

function titlesAtEnd(ws: Word[], c: Run, v: Vocab): boolean {
  return c[1] - c[0] > 1 && isTitle(ws[c[1] - 1], v) && isTitle(ws[c[1] - 2], v);
}

function loneLeader(ws: Word[], r: Run, c: Run, v: Vocab): boolean {
  if (c[1] - c[0] !== 1 || ws.length <= 1 || !leadsName(ws[c[0]], v)) return false;
  return !ws.slice(r[0], c[0]).some((w) => isTitle(w, v));
}

/**
 * Where the name part of the phrase ends: at the first stop word after the first name run. A run ending
 * the phrase with a title inside ("The Council on Harbor Relations National Director Ann Dahl") names
 * the person after the title, whatever came before the stop word.
 */
function nameLimit(ws: Word[], runs: Run[], named: (r: Run, c: Run) => boolean, v: Vocab): number {
  let limit = ws.length;
  const firstReal = runs.find((r) => named(r, coreOf(ws, r, v)));
  if (firstReal) {
    for (let i = firstReal[1]; i < ws.length; i++) {
      if (v.nameStops.has(lowerRaw(ws[i]))) {
        limit = i;
        break;
      }
    }
  }
  const last = runs[runs.length - 1];
  if (last && limit < last[0] && last[1] === ws.length) {
    for (let i = last[1] - 2; i > last[0]; i--) if (isTitle(ws[i], v) && !isTitle(ws[i + 1], v)) limit = ws.length;
  }
  return limit;
}

/**
 * "Democrats in Iowa who watched", "Ed Vance of Florida": when the last core is where the source is
 * from and a word opens the phrase before it, the cores that are no such place (one written first is
 * all a phrase may name).
 */
function withoutPlaces(ws: Word[], cores: Core[], v: Vocab): Core[] {
  const last = cores[cores.length - 1];
  if (!placed(ws, last, v) || !ws.slice(0, last.run[0]).some((w) => /^\p{L}/u.test(w.raw) && !v.determiners.has(lowerRaw(w)))) return cores;
  return cores.filter((x) => !placed(ws, x, v));
}

/** A whole run after a lowercase place preposition, one word or a place ("Secretary of State Al Kerr" names Kerr). */
function placed(ws: Word[], { run: r, core: c }: Core, v: Vocab): boolean {
  if (r[0] === 0 || c[0] !== r[0] || c[1] !== r[1] || ws[c[1] - 1].possessive) return false;
  if (r[1] - r[0] !== 1 && !placeOnly(ws.slice(r[0], r[1]).map((w) => w.bare), v)) return false;
  const prep = ws[r[0] - 1].raw;
  return /^\p{Ll}/u.test(prep) && v.placePreps.has(prep);
}

/** What the phrase is, given its head core: a description, an organization, or a person. */
function headMention(phrase: string, ws: Word[], head: Core, v: Vocab, gender: Gender | undefined, nominal: () => Head): Head | undefined {
  const [s, e] = head.core;
  if (nameInComplement(ws, head, v) || ownsDescription(ws, e)) return nominal();
  if (isOrgRun(ws, head.core, v)) return orgHead(phrase, ws, head.core, v);
  if (modifiesNoun(ws, e, v)) return nominal();
  // "A Rally in Greensboro", "The Hill": an article right before the capitals makes them the name of a
  // thing, not of a person (and "A Lamm", "The Florida" ending the phrase are a description cut short)
  const article = ws[head.run[0]].lower;
  if (s === head.run[0] + 1 && ['a', 'an', 'the'].includes(article)) {
    const cut = e === ws.length && (article !== 'the' || placeOnly(ws.slice(s, e).map((w) => w.bare), v));
    return cut ? undefined : nominal();
  }
  return personHead(ws, head, v, gender);
}

/**
 * "a spokeswoman for the Harbor Board", "the head of the RNC": a description whose complement holds the
 * name is the source, not the name.
 */
function nameInComplement(ws: Word[], head: Core, v: Vocab): boolean {
  if (!v.determiners.has(lowerRaw(ws[0])) || head.run[0] < 3 || isCap(ws[1].raw)) return false;
  return ws.slice(2, head.run[0]).some((w) => v.placePreps.has(lowerRaw(w)));
}

/** "the company's chief executive", "Lamm's campaign": the name only owns the description that is the source. */
function ownsDescription(ws: Word[], e: number): boolean {
  const after = ws[e];
  return ws[e - 1].possessive && !!after && !isCap(after.raw) && !isPunct(after);
}

/**
 * "Florida senator", "club supporters": a name before a role only modifies it; so does one after a
 * determiner before any lowercase word ("one club supporter", "a Lamm adviser").
 */
function modifiesNoun(ws: Word[], e: number, v: Vocab): boolean {
  const after = ws[e];
  if (!after || isCap(after.raw) || ws[e - 1].possessive) return false;
  if (roleWord(after, v)) return true;
  return v.determiners.has(lowerRaw(ws[0])) && !isPunct(after) && !v.nameStops.has(lowerRaw(after));
}

/** An organization, with a leading "the" and a trailing lowercase organization word: "the Lamm campaign". */
function orgHead(phrase: string, ws: Word[], [s, e]: Run, v: Vocab): Head {
  let from = s;
  while (from > 0 && (isTitle(ws[from - 1], v) || isCap(ws[from - 1].raw))) from--;
  if (from > 0 && ws[from - 1].lower === 'the') from--;
  const after = ws[e];
  let to = e;
  if (after && !isCap(after.raw) && v.orgWords.has(after.bare)) to++;
  return { kind: 'org', text: phraseText(phrase, ws, from, to), tokens: ws.slice(s, e).map((w) => w.bare), gender: 'neuter', endAt: ws[to - 1].end };
}

/**
 * A person: the core's words, and their gender from an honorific before them, else from a given name;
 * a gender word that is the surname says nothing ("Billie Jean King"), what is written around it may.
 */
function personHead(ws: Word[], head: Core, v: Vocab, gender: Gender | undefined): Head {
  const [s, e] = head.core;
  const tokens = ws.slice(s, e).map((w) => w.bare);
  let g = tokens.some((t) => v.genderNoun.has(lowerCase(t))) ? genderInPhrase([...ws.slice(0, s), ...ws.slice(e)], v) : gender;
  for (let i = head.run[0]; i < s; i++) g = v.honorific.get(lowerRaw(ws[i])) ?? v.honorific.get(ws[i].lower) ?? g;
  if (!g && tokens.length > 1) g = v.firstName.get(tokens[0]);
  return { kind: 'person', text: tokens.join(' '), tokens, gender: g, endAt: ws[e - 1].end };
}

/** The gender a role noun in the phrase gives ("spokeswoman"). */
export function genderInPhrase(ws: Word[], v: Vocab): Gender | undefined {
  for (const w of ws) {
    const g = v.genderNoun.get(w.lower);
    if (g) return g;
  }
  return undefined;
}

/** Source text of words [from, to), possessive marks kept, trailing punctuation dropped. */
export function phraseText(phrase: string, ws: Word[], from: number, to: number): string {
  if (to <= from) return '';
  return phrase.slice(ws[from].start, ws[to - 1].end).replace(/[.,;:]+$/u, '').trim();
}
