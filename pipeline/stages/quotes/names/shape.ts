// What can be part of a personal name, and what only looks like one because it is capitalized: a word
// opening a sentence ("See", "My", "What Lisbon"), a headline's Title Case ("Guns Are", "Response To
// Mayor"), a role or descriptor before the name ("Actor Ed Lane", "Oscar-winner Dunn"), a place ("San
// Jose, California"), a statistic ("Some 55 percent of voters"). mention.ts and people.ts ask here
// before they take a capitalized run for a person.
import type { Vocab } from '../vocab.js';
import { isCap, lowerRaw, type Word } from '../words.js';
import { lowerCase } from '../../../text/lower-case.js';

const lower = (w: Word) => w.lower;

/** "Ironically", "Notably": a sentence adverb (given names like "Beverly" or "Kelly" do not end this way). */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ally|ingly|edly|ously|ively|fully|lessly|ently|antly)$/u;

/**
 * A word that never belongs to a name: a function word, an auxiliary, a number word ("What", "Are",
 * "Twenty-nine"). Initials ("A.", "O.") and name particles ("de") are always name words.
 */
export function notNameWord(w: Word, v: Vocab): boolean {
  const l = lower(w);
  if (l.length < 2 || v.particles.has(l)) return false;
  if (v.notNameWords.has(l)) return true;
  // (the raw form only when it differs, the part before a hyphen only when there is one: no split array
  // per word, asked of every capital of every block)
  if (w.raw !== w.bare && v.notNameWords.has(lowerRaw(w))) return true;
  const hyphen = l.indexOf('-');
  return hyphen >= 0 && v.notNameWords.has(l.slice(0, hyphen));
}

/** "Oscar-winner", "Texas-based", "President-elect": a hyphenated word that says what the person is. */
export function descriptor(w: Word, v: Vocab): boolean {
  // (the part after the last hyphen, by index: leadsName asks this of most capitalized words, and a
  // split array per word was a third of its self time in a --cpu-prof of polnear-dev)
  const hyphen = w.bare.lastIndexOf('-');
  return hyphen >= 0 && v.descriptorSuffixes.has(w.bare.slice(hyphen + 1).toLowerCase());
}

/** A word for a person or people ("senator", "Democrats", "Attorneys"): a role, never a name. */
export function roleWord(w: Word, v: Vocab): boolean {
  const l = lower(w);
  // (the singular sliced only when there is an "s" to drop: the replace ran for every word asked)
  return v.personNouns.has(l) || (l.endsWith('s') && v.personNouns.has(l.slice(0, -1)));
}

/**
 * A capitalized word before a name that is not part of it: a function word, a verb ("Says Lamm"), a
 * sentence adverb ("Ironically Lamm"), a role written as a title ("Actor Ed Lane", "Donor Roe"), a
 * descriptor ("Oscar-winner Dunn"). Given names never count ("Will", "Grant").
 */
export function leadsName(w: Word, v: Vocab): boolean {
  // (an initial is part of the name: "A. J. Smith")
  if (v.firstName.has(w.bare) || isInitial(w.raw)) return false;
  return closedClassWord(w, v) || verbWord(w, v) || roleWord(w, v) || sentenceAdverb(w.bare) || descriptor(w, v);
}

/** SENTENCE_ADVERB, its pattern run only on a word in "ly" (each of its endings is): most names asked are not. */
export const sentenceAdverb = (bare: string) => bare.endsWith('ly') && SENTENCE_ADVERB.test(bare);

const INITIAL = /^\p{Lu}\.$/u;
/** "A.": a capital and a period (two code units, or three for an astral capital; the length is asked
 * first since leadsName runs for most capitalized words, ~0.2% of the chain's time in the pattern). */
const isInitial = (raw: string) => raw.length <= 3 && INITIAL.test(raw);

/** A function word, an imperative, a determiner or a clause opener. */
function closedClassWord(w: Word, v: Vocab): boolean {
  const l = lower(w);
  return notNameWord(w, v) || v.imperatives.has(l) || v.determiners.has(l) || v.clauseOpeners.has(l);
}

function verbWord(w: Word, v: Vocab): boolean {
  const l = lower(w);
  return v.verbs.has(l) || v.reportVerbs.has(l);
}

/** A capitalized word inside a run that only Title Case capitalizes ("Are", "To", "Didn't"): the run is a headline's words. */
export function breaksRun(w: Word, v: Vocab): boolean {
  return isCap(w.raw) && notNameWord(w, v);
}

/** Every word one that is never a name ("Pennsylvania", "New Mexico"), unless a given name opens it ("George Washington"). */
export function placeOnly(tokens: string[], v: Vocab): boolean {
  return tokens.length > 0 && !v.firstName.has(tokens[0]) && tokens.every((t) => v.notNames.has(t) || v.particles.has(lowerCase(t)));
}

/** "Some 55 percent of voters", "An average of 10 percent": a statistic, not a source. */
export function statistic(text: string): boolean {
  return /\d\s*(?:%|percent\b|per\s+cent\b)/iu.test(text);
}

/**
 * Whether a block is in Title Case (a headline or a subhead): every word of four letters or more that is
 * no minor word is capitalized, a common word among them (`common`: words the article writes in
 * lowercase elsewhere; a headline needs none). There the capitals say nothing about names; a caption
 * listing names is no such line.
 */
export function titleCase(ws: Word[], v: Vocab, common?: { has(word: string): boolean }): boolean {
  // (read up to the first content word in lowercase, which settles it: most blocks are prose, and
  // filtering every word of every block first was ~0.9% of the chain in a --cpu-prof of polnear-dev)
  let content = 0;
  for (const w of ws) {
    if (!LONG_WORD.test(w.raw)) continue;
    if (v.minorWords.has(lower(w))) continue;
    if (!isCap(w.raw)) return false;
    content++;
  }
  if (content < 4) return false;
  // (the common word asked only of a line the capitals have settled: a prose block's opening name was
  // asked of the article's text for nothing, most of People's asks)
  return !common || ws.some((w) => LONG_WORD.test(w.raw) && !v.minorWords.has(lower(w)) && common.has(lower(w)));
}
const LONG_WORD = /^\p{L}{4}/u;

/**
 * "Ana Maria King", "Tom King": a title closing a name after a given name, or after two name words,
 * is a surname (while "District Judge" or "Burger King" stay a title and a thing). The given name, not
 * the title, then says the person's gender.
 */
export function titleSurname(tokens: string[], v: Vocab): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !v.titles.has(tokens[tokens.length - 1])) return false;
  const before = tokens.slice(0, -1);
  if (before.some((t) => v.titles.has(t) || v.notNames.has(t))) return false;
  return v.firstName.has(tokens[0]) || before.length >= 2;
}

/** Generational suffixes that close a full name ("Jr.", "III"): never the surname a short form uses. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname of a name's words: the last that is no generational suffix ("Doe" of "John Q. Doe Jr."). */
export function surnameOf(tokens: string[]): string {
  for (let i = tokens.length - 1; i > 0; i--) if (!suffix(tokens[i])) return tokens[i];
  return tokens[0] ?? '';
}

/**
 * Whether a token is a generational suffix. Asked of the last word of every name the article gives
 * (mention after mention), where the lowercasing of a capitalized word (ICU) and the pattern's replace
 * cost more than the rest of the question: a suffix is two or three ASCII letters and a period at
 * most, and only ASCII letters lowercase to ASCII ones (the Kelvin sign aside, which no suffix holds),
 * so a word of another length is none (test/quote-suffix.test.ts compares with the full reading).
 */
function suffix(token: string): boolean {
  const n = token.length - (token.charCodeAt(token.length - 1) === 0x2e ? 1 : 0);
  return n >= 2 && n <= 3 && SUFFIXES.has(lowerCase(token).replace(/\.$/u, ''));
}
