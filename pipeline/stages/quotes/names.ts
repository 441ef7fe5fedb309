// What a source phrase names: a person ("the economist Jared Bernstein, a former adviser" -> Jared
// Bernstein), an organization ("the White House"), a pronoun ("she"), or only a description ("a senior
// aide"). Works on capitalized runs: titles are peeled off the front, the name ends where a preposition,
// relative pronoun or comma starts a description, and the last run before that is the head.
import { RELATIVE_OR_THAT, SUBJECT_PRONOUNS, tailOf } from './descriptions.js';
import type { Gender, Vocab } from './vocab.js';
import { isAbbreviation, isCap, isPunct, words, type Word } from './words.js';
import { AUXILIARIES } from './phrases.js';
import { breaksRun, descriptor, leadsName, notNameWord, placeOnly, roleWord, statistic } from './shape.js';

export type MentionKind = 'person' | 'org' | 'pronoun' | 'nominal';

export interface Mention {
  kind: MentionKind;
  /** The name (person, org), the pronoun, or the description as written. */
  text: string;
  /** Name words, titles removed (person), for matching short forms. */
  tokens: string[];
  /** What the phrase says of the source after its name, as written (", a spokesman for the campaign"). */
  tail: string;
  gender?: Gender;
}

const isTitle = (w: Word, v: Vocab) => v.titles.has(w.raw) || v.titles.has(w.bare);

/**
 * Capitalized runs of `ws` (indices), a particle allowed inside a run ("Bill de Blasio"). A function word
 * that only Title Case capitalizes ends a run ("Guns Are", "Response To Trump"): a headline's words.
 */
export function capRuns(ws: Word[], v: Vocab): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isCap(ws[i].raw) || isPunct(ws[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    // a run never crosses punctuation, a quotation mark or a sentence end ("said Bukele. Surely")
    while (j < ws.length && !ws[j - 1].possessive && ws[j].start - ws[j - 1].end <= 1 && !(ws[j - 1].raw.endsWith('.') && !isAbbreviation(ws[j - 1].raw, v))) {
      // (only between capitals: "Al From" ends in a surname)
      if (isCap(ws[j].raw) && !isPunct(ws[j]) && !(breaksRun(ws[j], v) && j + 1 < ws.length && isCap(ws[j + 1].raw))) j++;
      else if (v.particles.has(ws[j].raw.toLowerCase()) && j + 1 < ws.length && isCap(ws[j + 1].raw)) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * A run with leading titles, determiners, clause openers and other words that only lead a name ("What",
 * "Actor", "Oscar-winner": shape.ts) removed; empty when nothing is left.
 */
export function coreOf(ws: Word[], [s, e]: [number, number], v: Vocab): [number, number] {
  // "Joe Coffey Monday": a day after the name is the reporter's time (a word both never a name and an opener)
  // (two words at least stay: "Super Tuesday" is one thing)
  while (e > s + 2 && v.notNames.has(ws[e - 1].bare) && v.clauseOpeners.has(ws[e - 1].bare.toLowerCase())) e--;
  // (the last word stays: "From" alone may be the surname of "Al From"; people.ts and resolve.ts decide)
  while (s < e && (isTitle(ws[s], v) || (s < e - 1 && leadsName(ws[s], v)))) s++;
  // "El Salvadoran President Nayib Bukele", "Clinton Senior Adviser Sidney Blumenthal", "Liberal
  // Oscar-winner Sarandon": the name follows the last title, role or descriptor inside the run
  const describes = (w: Word) => isTitle(w, v) || descriptor(w, v) || (!v.firstName.has(w.bare) && v.personNouns.has(w.bare.toLowerCase()));
  for (let i = e - 2; i > s; i--) {
    if (describes(ws[i]) && !describes(ws[i + 1])) {
      s = i + 1;
      break;
    }
  }
  return [s, e];
}

export function isOrgRun(ws: Word[], [s, e]: [number, number], v: Vocab): boolean {
  for (let i = s; i < e; i++) if (v.orgWords.has(ws[i].bare) || v.orgWords.has(ws[i].raw)) return true;
  const next = ws[e];
  if (next && !isCap(next.raw) && v.orgWords.has(next.bare)) return true;
  // acronyms ("FBI", "CNN") name organizations
  return e - s === 1 && /^\p{Lu}{2,}$/u.test(ws[s].bare);
}

/** Pronouns that can be a clause's subject (not "his", "her", "them"). */
const SEPARATORS = new Set([',', '(', ';', '\u2014', '\u2013', ':']);

/** The mention a source phrase holds, with the description written after the name (`tail`). */
export function mentionOf(phrase: string, v: Vocab): Mention | undefined {
  const all = words(phrase);
  const gender = genderInPhrase(all, v);
  let lead = 0;
  // leading punctuation, and a conjunction or adverb opening the phrase ("But she", "And he")
  while (lead < all.length - 1 && (isPunct(all[lead]) || v.clauseOpeners.has(all[lead].raw.toLowerCase()))) lead++;
  let sep = all.findIndex((w, i) => i > lead && SEPARATORS.has(w.raw));
  if (sep < 0) sep = all.length;
  // "In Concord, he referred to ...": capitalized words after an opening preposition are a place or a
  // time; the subject comes after the comma
  if (all[sep]?.raw === ',' && all.slice(0, lead).some((w) => v.placePreps.has(w.raw.toLowerCase()))) return after(phrase, all[sep].end, v);
  let ws = all.slice(lead, sep);
  if (!ws.length) return undefined;
  // "Holding signs calling ...": a participle opening the phrase, its object after it, has no subject
  if (ws.length > 1 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(ws[0].raw) && /^\p{Ll}/u.test(ws[1].raw) && !v.adverbs.has(ws[1].raw) && !v.verbs.has(ws[1].raw) && !v.nameStops.has(ws[1].raw)) return undefined;
  if (ws.length === 1 && v.pronoun.has(ws[0].bare.toLowerCase())) {
    return { kind: 'pronoun', text: ws[0].bare.toLowerCase(), tokens: [], tail: '', gender: v.pronoun.get(ws[0].bare.toLowerCase()) };
  }
  // "In 2010 she", "Then on Tuesday he": no name, and a pronoun ends the phrase
  const last = ws[ws.length - 1].raw.toLowerCase();
  const pg = v.pronoun.get(last);
  if (pg && !ws.some((w) => isCap(w.raw) && !v.pronoun.has(w.raw.toLowerCase()) && !v.clauseOpeners.has(w.raw.toLowerCase()))) {
    return { kind: 'pronoun', text: last, tokens: [], tail: '', gender: pg };
  }
  // "He then implied that ...": a pronoun opening the phrase, no name after it, is still the pronoun
  const fg = v.pronoun.get(ws[0].raw.toLowerCase());
  if (fg && SUBJECT_PRONOUNS.has(ws[0].raw.toLowerCase()) && !ws.slice(1).some((w) => isCap(w.raw))) {
    return { kind: 'pronoun', text: ws[0].raw.toLowerCase(), tokens: [], tail: '', gender: fg };
  }
  let m = headOf(phrase, ws, v, gender);
  if (!m) return undefined;
  // "San Jose, California the GOP candidate": a name followed by its state is a place; the source, if
  // any, comes after it
  const place = m.kind === 'person' ? placeAfter(phrase.slice(m.endAt), v) : 0;
  if (place) return after(phrase, m.endAt + place, v);
  if (m.kind === 'nominal' && ws.length > 8) {
    // "one former executive who requested anonymity to ...": the description up to its relative clause
    const rel = ws.findIndex((w, i) => i >= 2 && RELATIVE_OR_THAT.has(w.raw.toLowerCase()));
    if (rel > 0 && rel <= 8 && !/["\u201c\u201d]|''/u.test(phrase.slice(ws[0].start, ws[rel - 1].end))) {
      const text = phraseText(phrase, ws, 0, rel);
      return { kind: 'nominal', text, tokens: [], tail: '', gender };
    }
  }
  // a description that runs on ("he thought that ... and that the result") is not a source
  // (up to twelve words of nouns and modifiers: "the former secretary of state and current Democratic presidential nominee")
  const runsOn = ws.length > 12 || (ws.length > 8 && ws.some((w) => RELATIVE_OR_THAT.has(w.raw.toLowerCase()) || v.verbs.has(w.raw.toLowerCase()) || v.pronoun.has(w.raw.toLowerCase()) || /ed$/.test(w.raw)));
  if (m.kind === 'nominal' && (runsOn || quotedSpeech(m.text, v))) return undefined;
  if (m.kind !== 'person' && all[sep]?.raw === ',') {
    // "the Vatican spokesman, Federico Lombardi, told ...": a description, then the name
    let next = all.findIndex((w, i) => i > sep && SEPARATORS.has(w.raw));
    if (next < 0) next = all.length;
    const name = all.slice(sep + 1, next);
    // ("Asked what a firm commitment looks like, Devine": one word ending the phrase is a name too)
    const last = next === all.length && name.length === 1 && !leadsName(name[0], v);
    if ((last || (name.length >= 2 && name.length <= 4)) && name.every((w) => isCap(w.raw) || v.particles.has(w.raw.toLowerCase()))) {
      const n = headOf(phrase, name, v, gender);
      if (n?.kind === 'person') return { ...n, tail: tailOf(phrase.slice(name[name.length - 1].end), v) };
    }
  }
  // "The conservative publication has been outspoken", "The Treasury secretary also lauded Mr.", "A
  // Brooklyn woman who": a description ends where its verb, an adverb or a relative word begins
  // (an adverb only before a verb or at the end: "the former first lady", "his most famously false claim")
  const verb = (w?: Word) => !!w && (AUXILIARIES.has(w.raw) || v.verbs.has(w.raw) || v.reportVerbs.has(w.raw));
  const verbal = (w: Word, i: number) => verb(w) || (v.adverbs.has(w.raw) && (i === ws.length - 1 || verb(ws[i + 1]) || /^\p{Ll}+(?:s|ed)$/u.test(ws[i + 1].raw)));
  let aux = m.kind === 'nominal' ? ws.findIndex((w, i) => i > 0 && verbal(w, i)) : -1;
  if (m.kind === 'nominal' && aux < 0 && ws.length > 1 && RELATIVE_OR_THAT.has(ws[ws.length - 1].raw)) aux = ws.length - 1;
  if (aux > 0 && !ws.slice(0, aux).some((w) => RELATIVE_OR_THAT.has(w.raw.toLowerCase()))) {
    ws = ws.slice(0, aux);
    m = { ...m, text: phraseText(phrase, ws, 0, aux), endAt: ws[aux - 1].end };
  }
  // "The SVP’s success was", "The promise to “take our country back”": a description cut before the
  // noun its possessive owns, or inside its complement, is no source
  const end = ws[ws.length - 1];
  if (m.kind !== 'person' && (end.possessive || cutShort(end, v))) return undefined;
  // "Some 55 percent of voters nationwide": a statistic; "What Are": words that name nobody
  if (m.kind === 'nominal' && (statistic(m.text) || ws.every((w) => isCap(w.raw) && leadsName(w, v) && !isTitle(w, v) && !roleWord(w, v)))) return undefined;
  // "What’s this", "Within half an hour of", "Whatever the case": a clause or an adverbial, not a group
  if (m.kind === 'nominal' && isCap(ws[0].raw) && notNameWord(ws[0], v) && !v.quantifiers.has(ws[0].bare.toLowerCase()) && !v.determiners.has(ws[0].bare.toLowerCase())) return undefined;
  // a name given again in short ("said Mr. Jebens, who served three tours") is already known: what a
  // relative clause adds there is news about them, not who they are
  return { ...m, tail: tailOf(phrase.slice(m.endAt), v, m.kind === 'person' && m.tokens.length === 1) };
}

/** A word no description ends with: a preposition, an article, an adverb ("The promise to", "The results also"). */
function cutShort(w: Word, v: Vocab): boolean {
  const l = w.raw.toLowerCase();
  return /^\p{Ll}/u.test(w.raw) && (v.minorWords.has(l) || v.adverbs.has(l));
}

/** The mention in what is left of `phrase` after offset `at`, if anything is. */
function after(phrase: string, at: number, v: Vocab): Mention | undefined {
  const rest = phrase.slice(at);
  return /[\p{L}]/u.test(rest) ? mentionOf(rest, v) : undefined;
}

/** Length of ", California" (a place that is never a name, then an optional comma) opening `rest`, or 0. */
function placeAfter(rest: string, v: Vocab): number {
  // (the place ends at a comma, a space or the end: "Facebook's global director" is a description)
  const m = /^\s*,\s*(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)(?=[\s,]|$)\s*,?/u.exec(rest);
  if (!m) return 0;
  const tokens = m[1].split(/\s+/);
  return placeOnly(tokens, v) && !tokens.some((t) => v.personNouns.has(t.toLowerCase())) ? m[0].length : 0;
}

/**
 * A quote inside a description that is not a title after "of"/"the" ("the authors of the "Growth and
 * Opportunity Project""): the phrase is the reporter's clause, not a source.
 */
function quotedSpeech(text: string, v: Vocab): boolean {
  const at = text.search(/["\u201c\u201d]|''/u);
  if (at < 0) return false;
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '';
  return !(v.nameStops.has(before) || before === 'the' || v.titleVerbs.has(before));
}

/** The head of a source phrase, or undefined when the phrase is a description cut short ("A Clinton"). */
function headOf(phrase: string, ws: Word[], v: Vocab, gender: Gender | undefined): (Omit<Mention, 'tail'> & { endAt: number }) | undefined {
  const runs = capRuns(ws, v);
  // the name ends at the first stop word after the first real name run
  // a name is a core that does not end in a title of two words or more ("Sirius XM Vice President for
  // news and talk Dave Gorab": the name comes after the description), nor one word that only leads a
  // name ("Multiple outlets", "Priebus later Thursday", "the order released Friday"), unless it is all
  // the phrase says ("From" may be Al From's surname: resolve.ts decides)
  // (after a title it is a surname: "Mr. Singer")
  const named = (r: [number, number], c: [number, number]) => c[1] > c[0] && !(c[1] - c[0] > 1 && isTitle(ws[c[1] - 1], v) && isTitle(ws[c[1] - 2], v)) && !(c[1] - c[0] === 1 && ws.length > 1 && leadsName(ws[c[0]], v) && !ws.slice(r[0], c[0]).some((w) => isTitle(w, v)));
  const firstReal = runs.find((r) => named(r, coreOf(ws, r, v)));
  let limit = ws.length;
  if (firstReal) {
    for (let i = firstReal[1]; i < ws.length; i++) {
      if (v.nameStops.has(ws[i].raw.toLowerCase())) {
        limit = i;
        break;
      }
    }
  }
  // "The Council on American-Islamic Relations National Executive Director Nihad Awad": a run ending the
  // phrase with a title inside names the person after the title, whatever came before the stop word
  const last = runs[runs.length - 1];
  if (last && limit < last[0] && last[1] === ws.length) {
    for (let i = last[1] - 2; i > last[0]; i--) if (isTitle(ws[i], v) && !isTitle(ws[i + 1], v)) limit = ws.length;
  }
  const cores = runs
    .filter((r) => r[1] <= limit)
    .map((r) => ({ run: r, core: coreOf(ws, r, v) }))
    .filter((x) => named(x.run, x.core));
  const nominal = () => ({ kind: 'nominal' as const, text: phraseText(phrase, ws, 0, ws.length), tokens: [], gender, endAt: ws[ws.length - 1].end });
  if (!cores.length) return nominal();
  // "Democrats in Iowa who watched", "Marco Rubio of Florida": capitals after a preposition inside the
  // phrase are where the source is from, not the source (one written first is all a phrase may name)
  // (a lone word or a place: "Secretary of State John Kerry" names Kerry)
  const placed = ({ run: r, core: c }: { run: [number, number]; core: [number, number] }) =>
    r[0] > 0 && c[0] === r[0] && c[1] === r[1] && !ws[c[1] - 1].possessive && (r[1] - r[0] === 1 || placeOnly(ws.slice(r[0], r[1]).map((w) => w.bare), v)) && /^\p{Ll}/u.test(ws[r[0] - 1].raw) && v.placePreps.has(ws[r[0] - 1].raw);
  if (placed(cores[cores.length - 1]) && ws.slice(0, cores[cores.length - 1].run[0]).some((w) => /^\p{L}/u.test(w.raw) && !v.determiners.has(w.raw.toLowerCase()))) {
    const free = cores.filter((x) => !placed(x));
    if (!free.length) return nominal();
    cores.length = 0;
    cores.push(...free);
  }
  const head = [...cores].reverse().find((x) => !ws[x.core[1] - 1].possessive) ?? cores[cores.length - 1];
  const [s, e] = head.core;
  const after = ws[e];
  // "a spokeswoman for the House Armed Services Committee", "the head of the RNC": a description whose
  // complement holds the name is the source, not the name
  if (v.determiners.has(ws[0].raw.toLowerCase()) && head.run[0] >= 3 && !isCap(ws[1].raw) && ws.slice(2, head.run[0]).some((w) => v.placePreps.has(w.raw.toLowerCase()))) return nominal();
  // "Google's chief executive", "Ryan's campaign": the name only owns the description that is the source
  if (ws[e - 1].possessive && after && !isCap(after.raw) && !isPunct(after)) return nominal();
  if (isOrgRun(ws, head.core, v)) {
    // keep a leading "the" and a trailing lowercase org word: "the Clinton campaign"
    let from = s;
    while (from > 0 && (isTitle(ws[from - 1], v) || isCap(ws[from - 1].raw))) from--;
    if (from > 0 && ws[from - 1].bare.toLowerCase() === 'the') from--;
    let to = e;
    if (after && !isCap(after.raw) && v.orgWords.has(after.bare)) to++;
    return { kind: 'org', text: phraseText(phrase, ws, from, to), tokens: ws.slice(s, e).map((w) => w.bare), gender: 'neuter', endAt: ws[to - 1].end };
  }
  // "Florida senator", "Trump supporters": a name before a role only modifies it
  if (after && !isCap(after.raw) && roleWord(after, v) && !ws[e - 1].possessive) return nominal();
  // "one Sanders supporter", "a Trump adviser": the name only modifies a description
  if (after && v.determiners.has(ws[0].raw.toLowerCase()) && !isCap(after.raw) && !isPunct(after) && !v.nameStops.has(after.raw.toLowerCase()) && !ws[e - 1].possessive) return nominal();
  // "A Trump Rally in Greensboro", "The Hill": an article right before the capitals makes them the
  // name of a thing, not of a person
  // (and "A Clinton", "The Florida" ending the phrase are a description cut short: nobody)
  if (s === head.run[0] + 1 && ['a', 'an', 'the'].includes(ws[head.run[0]].bare.toLowerCase())) {
    const cut = e === ws.length && (ws[head.run[0]].bare.toLowerCase() !== 'the' || placeOnly(ws.slice(s, e).map((w) => w.bare), v));
    return cut ? undefined : nominal();
  }
  const tokens = ws.slice(s, e).map((w) => w.bare);
  // ("Billie Jean King": a gender word that is the surname says nothing; what is written around it may)
  let g = tokens.some((t) => v.genderNoun.has(t.toLowerCase())) ? genderInPhrase([...ws.slice(0, s), ...ws.slice(e)], v) : gender;
  for (let i = head.run[0]; i < s; i++) g = v.honorific.get(ws[i].raw.toLowerCase()) ?? v.honorific.get(ws[i].bare.toLowerCase()) ?? g;
  if (!g && tokens.length > 1) g = v.firstName.get(tokens[0]);
  return { kind: 'person', text: tokens.join(' '), tokens, gender: g, endAt: ws[e - 1].end };
}

function genderInPhrase(ws: Word[], v: Vocab): Gender | undefined {
  for (const w of ws) {
    const g = v.genderNoun.get(w.bare.toLowerCase());
    if (g) return g;
  }
  return undefined;
}

/** Source text of words [from, to), possessive marks kept, trailing punctuation dropped. */
function phraseText(phrase: string, ws: Word[], from: number, to: number): string {
  if (to <= from) return '';
  return phrase.slice(ws[from].start, ws[to - 1].end).replace(/[.,;:]+$/u, '').trim();
}
