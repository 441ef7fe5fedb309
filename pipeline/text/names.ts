// Person and credit names as bylines write them: "A, B and C", "RALPH D. RUSSO", "Cam E. Kettles,
// Crimson Staff Writer", "Kent GermanDec 22, 2023" (w3m glues table cells). Pure text functions; the
// vocabularies (words that end a name, job-title words, organisation words) come from config.

import { isLower, isSurrogate, isUpper } from './letters.js';
import lexicon from './lexicon.js';

export interface NameRules {
  /** Words that end a name when they follow it (bio verbs, prepositions, stamps). */
  not_names: string[];
  /** Words of a job title: a comma part holding one is a title, not a name ("Senior Writer"). */
  title_words: string[];
  /** Words that make a credit an organisation ("Associated Press", "Editorial Board"). */
  org_words: string[];
  max_words_per_name: number;
  /** Desks and beats a job title may open with ("Science Correspondent"), lower case. */
  desk_words?: string[];
  /** Short forms of a given name that may open a name though `not_names` holds them as degrees ("Md"), lower case. */
  given_abbreviations?: string[];
  /** Given names, lower case: a part opening with one after a job title is the next writer, not the title's. */
  given?: ReadonlySet<string>;
  /** Places and regions as written ("China", "Europe"): before a job title, the beat's, not the name's. */
  places?: ReadonlySet<string>;
}

const INNER_CAPS = /^(?:\p{Lu}\p{Ll}{1,2}){1,2}\p{Lu}\p{Ll}{2,}$/u;
const PARTICLE = /^(?:van|von|de|der|den|da|del|della|di|du|la|le|bin|ibn|al|el|st\.?|y)$/u;
// "Jane", "O'Connor", "McDonald", "Ryan-Mosley", "Jr.", "RUSSO", "D.", "C.J."; not "FOXBusiness" (a glued brand).
// "O'connor": a site's title-casing lowers the letter after the apostrophe.
const NAME_WORD = /^(?:(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*\.?|O['’]\p{Ll}{3,}|\p{Lu}{2,}(?:[-'’]\p{Lu}+)*|(?:\p{Lu}\.)+|\p{Lu})$/u;
// A month with a day after it, glued after a letter ("GermanDec 22"), and the same in capitals after a
// name in capitals ("By ANA RUIZMARCH 21, 2017"). The patterns open with the month; the letters before it
// are checked by gluedMonths. (Written as a look-behind first, `(?<=\p{L})(?=(?:April|...)...)`, they were
// tried at every place of every text unglue reads, a whole page for the outlet stage: ~0.8% of the chain's
// CPU in a --cpu-prof of polnear-dev. test/glued-month.test.ts compares the two.)
const GLUED_MONTH = /(?:April|August|December|February|January|July|June|March|May|November|October|September|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.?\s+\d{1,2}\b)/gu;
const GLUED_MONTH_CAPS = /(?:APRIL|AUGUST|DECEMBER|FEBRUARY|JANUARY|JULY|JUNE|MARCH|MAY|NOVEMBER|OCTOBER|SEPTEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\.?\s+\d{1,2}\b)/gu;
/** What must stand right before a glued month: a letter; two capitals before one in capitals. */
const LETTER_END = /\p{L}$/u;
const CAPS_END = /\p{Lu}{2}$/u;

/**
 * A space before each month of `re` that `before` (tested on the code points right before it, up to
 * `reach` code units) says is glued on. No two of these months overlap: a month word starts with a capital,
 * and inside none of them does another start that is followed by a day (the test compares the patterns).
 */
function spaceGlued(text: string, re: RegExp, before: RegExp, reach: number): string {
  return text.replace(re, (m: string, at: number) => (at > 0 && before.test(text.slice(Math.max(0, at - reach), at)) ? ` ${m}` : m));
}

/** Splits months glued after a letter, as unglue does first (exported for the test). */
export const gluedMonths = (text: string) => spaceGlued(spaceGlued(text, GLUED_MONTH, LETTER_END, 2), GLUED_MONTH_CAPS, CAPS_END, 4);
const DIGIT = /[0-9]/u; // \d under /u, as the two patterns above read it
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A month opening a date: "Dec 22", "December22" — not "Nova" or "Marching". */
const MONTH_START = new RegExp(`^${MONTH_WORD}(?=\\s*\\d)`, 'iu'); // "JULY 29" too

// unglue's sticky readers, built once (each use sets lastIndex first; unglue calls nothing that uses them).
const GLUE_NEXT = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/uy;
const GLUE_TAIL_START = new RegExp(`${MONTH_WORD}(?=\\s*\\d)|By(?=\\s|$)`, 'uy');

/**
 * Undoes w3m's cell gluing at a lower-to-upper case step when what follows is a month, "By" or a cue
 * word (job titles, stamps): "GermanDec 22" -> "German Dec 22", "BatyBy Emma" -> "Baty By Emma",
 * "NetburnStaff Writer" -> "Netburn Staff Writer". Brand and name capitals survive ("InfoWorld", "McDonald").
 */
export function unglue(text: string, cues: ReadonlySet<string> = new Set()): string {
  // A month glued after any letter ("Columnist IVDecember 22, 2023") starts a new word. Both patterns
  // need a day's digit after the month; most texts have none, and the patterns (a look-behind first)
  // are tried at every place of a text.
  if (DIGIT.test(text)) text = gluedMonths(text);
  // Linear: visit each lower-to-upper step once, reading the words on either side with sticky regexes.
  const next = GLUE_NEXT;
  const tailStart = GLUE_TAIL_START;
  const glue = (at: number) => {
    tailStart.lastIndex = at;
    if (tailStart.test(text)) return ' ';
    next.lastIndex = at;
    const tail = next.exec(text)?.[0].toLowerCase() ?? '';
    let k = at;
    while (k > 0 && /\p{L}/u.test(text[k - 1]) && at - k < 40) k--;
    const head = text.slice(k, at);
    const last = (/\p{Lu}?\p{Ll}+$/u.exec(head)?.[0] ?? head).toLowerCase();
    return cues.has(tail) || cues.has(last) ? ' ' : '';
  };
  // The steps are found by char code (the look-behind-first STEP is tried at every place of a whole
  // page); a text holding a surrogate (an astral character) is read by STEP itself.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return text.replace(STEP, (_m: string, at: number) => glue(at));
    if (i > 0 && isUpper(c) && isLower(text.charCodeAt(i - 1))) {
      out += text.slice(from, i) + glue(i);
      from = i;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A lower-to-upper case step: where w3m may have glued two cells. */
const STEP = /(?<=\p{Ll})(?=\p{Lu})/gu;

/** Title case for a name written in capitals ("HEATHER HOLLINGSWORTH"), leaving mixed case alone. */
export function tidyName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (w) => (w.length <= 1 ? w : w[0] + w.slice(1).toLowerCase()));
}

export interface SplitOptions {
  /** Keep one-word credits ("AJLabs") and organisation credits standing alone ("Associated Press"). */
  explicit?: boolean;
}

const sets = new WeakMap<string[], { cues: Set<string>; stop: Set<string>; titles: Set<string> }>();
/** The rules' vocabularies as sets, built once per config (splitNames runs on every byline candidate). */
function setsOf(rules: NameRules) {
  let s = sets.get(rules.not_names);
  if (!s) {
    const lower = (ws: string[]) => ws.map((w) => w.toLowerCase());
    s = { cues: new Set(lower([...rules.not_names, ...rules.title_words])), stop: new Set(lower(rules.not_names)), titles: new Set(lower(rules.title_words)) };
    sets.set(rules.not_names, s);
  }
  return s;
}

/** A name credited in brackets with a craft other than writing: a photographer, an illustrator, a video maker. */
const NOT_WRITING = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\((?:[Pp]hoto\p{L}*|[Ii]llustrat\p{L}*|[Vv]ideo\p{L}*|[Gg]raphics?|[Pp]ictures?|[Ii]mages?|[Aa]rt(?:work)?|[Dd]esign)\)/gu;

/**
 * "Ana Ruizanar@harbor.org": an e-mail address glued to the surname `w` (the text before it is `before`).
 * Its local part opens with the given name, the surname again, or the given name's initial and the surname
 * ("ana...", "ruiz...", "aruiz..."): the surname and a space (the address's local part dropped, its "@" and
 * domain left for the readers that drop addresses). Else `w` as it is.
 */
export const unglueMails = (text: string) => (text.includes('@') ? text.replace(GLUED_MAIL, gluedMail) : text);
const GLUED_MAIL = /(\p{Lu}\p{Ll}{3,})(?=@)/gu;
const gluedMail = (w: string, _m: string, at: number, all: string) => unglueMail(w, all.slice(0, at));
export function unglueMail(w: string, before: string): string {
  const given = (/\p{L}+/u.exec(before)?.[0] ?? '').toLowerCase();
  const low = w.toLowerCase();
  for (let j = 2; j <= low.length - 2; j++) {
    const head = low.slice(0, j);
    const tail = low.slice(j);
    if ((given.length >= 3 && tail.startsWith(given.slice(0, 4))) || tail.startsWith(head) || (given && tail.startsWith(given[0] + head))) return `${w.slice(0, j)} `;
  }
  return w;
}

/** An image as w3m prints it, glued to a name or beside it ("Ana Ruiz[headshot]"): no part of a credit. */
const IMAGE_MARK = /\s?\[[^\]\n]{0,60}\]\s?/gu;
/** A word the lexicon knows, first as something other than a proper noun ("master", "gardener"). */
const everyday = (w: string) => {
  const tag = lexicon[w.toLowerCase()]?.[0];
  return tag !== undefined && tag !== 'NNP' && tag !== 'NNPS';
};

/**
 * The words of a place or a region that end `words` right before a job title, taken off: "Ana Ruiz China
 * Correspondent", "Ana Ruiz North America Reporter" (a region's word the lexicon knows, before a place).
 * The name keeps two words at least.
 */
function beatBefore(words: string[], places?: ReadonlySet<string>): void {
  if (!places) return;
  for (let popped = false; words.length > 2; popped = true) {
    const w = words[words.length - 1];
    if (!places.has(w) && !(popped && everyday(w))) return;
    words.pop();
  }
}

/** Splits "A, B and C" into names, cutting each at the first word that cannot be part of a name. */
export function splitNames(text: string, rules: NameRules, opts: SplitOptions = {}): string[] {
  const { cues, stop, titles } = setsOf(rules);
  const cleaned = unglue(text.replace(IMAGE_MARK, ' '), cues)
    .replace(/\s{3,}.*$/u, '') // a page's next cell, laid out after a gap: "Ana Ruiz    View the print edition" (before the cuts below leave gaps of their own)
    .replace(NOT_WRITING, ' ') // "Ana Ruiz (reporting) and Tom Pell (photography)": Tom Pell took the pictures
    .replace(/(?<=\p{Ll})(?=\d)/gu, ' ') // "Associated Press3 minute Read"
    .replace(/(?<=\p{Ll})long\s+read\s*$/iu, '') // "Ana Ruizlong Read": a long read's label glued to the surname
    .replace(/\s+(?:[-–—|•·]|\/\s).*$/u, '') // "Brett Samuels - 12/22/23", "Name | Sponsored", "Name / Outlet"
    .replace(/\/.*$/u, '') // "Tori Otten/"
    .replace(/\s*\(.*?\)\s*/gu, ' ')
    .replace(GLUED_MAIL, gluedMail)
    .replace(/@\S*/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const people: string[] = [];
  const orgs: string[] = [];
  // Split with the separators kept: after a title part, only an "and" brings another person.
  const pieces = cleaned.split(/\s*(,|;|&|\band\b)\s*/iu);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  let titled = false;
  for (const [k, part] of parts.entries()) {
    const raw = part.split(/\s+/u).filter(Boolean);
    const lower = raw.map((w) => w.toLowerCase().replace(/[.,]$/u, ''));
    const sep = k > 0 ? pieces[2 * k - 1].toLowerCase() : '';
    // After a job title, a comma part is the title's employer or desk ("Ana Ruiz, Vice President, Acme Cloud").
    if (titled && sep !== 'and' && sep !== '&') continue;
    // And an "and" part of everyday words goes on with the title ("Ana Ruiz Executive Editor and Master
    // Gardener"): every word one the lexicon knows as no proper noun, where a person's name has a word it
    // does not know or knows as a name.
    // Only where the given names are known: "Ana Ruiz Senior Writer and Mark Hunter" credits Mark Hunter.
    if (titled && rules.given && raw.length && raw.every((w) => everyday(w)) && !rules.given.has(lower[0])) continue;
    // A comma part that is a job title ("Contributing Writer") or starts lowercase is no name.
    if (!raw.length || !/^\p{Lu}/u.test(raw[0])) {
      if (k === 0) break;
      continue;
    }
    if (k > 0 && lower.some((w) => titles.has(w))) {
      titled = true;
      continue;
    }
    titled = false;
    // A one-word credit standing alone after "By" ("AJLabs", "AFPRelaxnews") is an organisation.
    if (opts.explicit && parts.length === 1 && raw.length === 1 && /^\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*$/u.test(raw[0])) {
      orgs.push(raw[0]);
      continue;
    }
    const words: string[] = [];
    const mixed = raw.some((w) => /\p{Ll}/u.test(w));
    for (const [i, w] of raw.entries()) {
      // "Md Ana Ruiz": a given name's short form opening a longer name, not the degree it reads as after one.
      if (i === 0 && raw.length >= 3 && rules.given_abbreviations?.includes(lower[0]) && /^\p{Lu}\p{Ll}+$/u.test(w)) {
        words.push(w);
        continue;
      }
      // A title word ends a full name ("Deborah Netburn Staff Writer") but completes an outlet's credit ("Slate Staff").
      // An initial ("A. J. Neal") is no article "a", whatever the stop words hold.
      if ((stop.has(lower[i]) && !/^\p{Lu}\.$/u.test(w)) || (titles.has(lower[i]) && (words.length >= 2 || !rules.org_words.includes(lower[i]))) || MONTH_START.test(`${w} ${raw[i + 1] ?? ''}`)) {
        // A desk before the title ("Ana Ruiz Science Correspondent") belongs to the title.
        // Not when the name would still be long ("Ana Ruiz North America Technology Reporter" is no credit to trust).
        if (titles.has(lower[i]) && words.length >= 3 && words.length <= 4 && rules.desk_words?.includes(lower[i - 1])) words.pop();
        if (titles.has(lower[i])) beatBefore(words, rules.places);
        if (titles.has(lower[i]) && words.length >= 2) titled = true;
        break;
      }
      // In a name written in mixed case, a word in capitals is a call sign or a brand ("Ana Ruiz KXYZ"); initials are not.
      if (mixed && words.length >= 2 && /^\p{Lu}{2,}$/u.test(w) && !/^(?:II|III|IV|VI|VII|VIII|JR|SR)$/u.test(w)) break;
      // A possessive ("Ana Ruiz's image") names what is hers, not a credit.
      if (/\p{L}['’]s$/u.test(w)) {
        words.length = 0;
        break;
      }
      // A surname with inner capitals after a short particle-like part ("SanSone", "VanDerWerff") ending the
      // credit (nothing after it but a stop word such as "Published"): the name, not two glued cells.
      // Or the story's date after it ("Ana VanDerWerff Mar 10, 2017").
      if (words.length && INNER_CAPS.test(w) && (i === raw.length - 1 || stop.has(lower[i + 1].replace(/[:;]$/u, '')) || MONTH_START.test(raw.slice(i + 1, i + 3).join(' ')))) {
        words.push(w);
        break;
      }
      if (!NAME_WORD.test(w) && !(PARTICLE.test(w) && words.length)) {
        // A job title in lower case after the beat ("Ana Ruiz North America technology reporter").
        if (titles.has(lower[i]) || (rules.desk_words?.includes(lower[i]) && titles.has(lower[i + 1] ?? ''))) beatBefore(words, rules.places);
        // A cell glued to the name ("Edward KeenanCity Columnist"): keep the name's part, end there.
        // Or a brand in capitals glued on ("Ana RuizHARBORNews"): the name's part too.
        const glued = words.length ? /^(\p{Lu}\p{Ll}{2,})\p{Lu}(?:\p{Ll}|\p{Lu}{2})/u.exec(w) : null;
        if (glued) words.push(glued[1]);
        break;
      }
      words.push(w);
    }
    while (words.length && PARTICLE.test(words[words.length - 1])) words.pop();
    // A wire service's own name right after the writer's, with no separator ("Ana Ruiz Reuters"): the
    // writer. Only an organisation word that is a name and no English word (the lexicon does not know it):
    // "Harbor News Staff" or "Ana Ruiz Press" are not cut.
    const last = words[words.length - 1]?.toLowerCase();
    if (words.length >= 3 && rules.org_words.includes(last) && !Object.hasOwn(lexicon, last)) words.pop();
    // A sentence's full stop after a surname ("Ana Ruiz. Updated ..."); "Jr." and initials keep theirs.
    if (words.length >= 2) words[words.length - 1] = words[words.length - 1].replace(/^(?!(?:Jr|Sr|St)\.$)(\p{Lu}\p{Ll}{2,})\.$/u, '$1');
    if (words[0]?.toLowerCase() === 'the') words.shift();
    const name = tidyName(words.join(' ').replace(/[,]$/u, ''));
    // The same word twice ("Disclosure Disclosure") is a glued repeat, not a name.
    if (!name || new Set(words.map((w) => w.toLowerCase())).size < words.length) continue;
    const isOrg = words.some((w) => rules.org_words.includes(w.toLowerCase())) || /^the\s/iu.test(part);
    if (isOrg) orgs.push(name);
    // A surname's particles in lower case ("Ana van der Ruiz") are no words of length: the name is a given name and a surname.
    else if (words.length >= 2 && words.filter((w) => !PARTICLE.test(w)).length <= rules.max_words_per_name) people.push(name);
  }
  // A wire credit beside a person ("By Jane Doe and The Associated Press") is not a byline name.
  if (people.length) return people;
  return opts.explicit ? orgs.slice(0, 1) : [];
}
