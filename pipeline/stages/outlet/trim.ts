// How a captured name is cut to the name itself: at its first lower-case word ("Kotaku is a site" ->
// "Kotaku"), from the end of a capture ("says in ELLE" -> "ELLE"), before the chrome w3m ran into it
// ("Washington Technology Privacy Policy"), and a logo's echo said once ("Observer Observer").

export const MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|^(?:April|August|December|February|January|July|June|March|May|November|October|September)$/u;
/** A word that can be part of a name: capitalised, a number, a handle, or camel-cased ("eWeek", "iHeartRadio"). */
/** A day of the week, as a date or a time of day writes it. */
const WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday)$/u;
export const CAPITALISED = /^(?:[\p{Lu}\p{N}@]|\p{Ll}\p{Lu}\p{Ll})/u;
export const OPENERS = /^(?:On|In|At|For|From|With|By|But|And|As|After|Before|During|Inside|Like|Unlike|Via|When|While|If|Of|To)$/u;
export const CONNECTORS = /^(?:of|and|&|the|de|la|du|on|for|y)$/u;

// A year or a span of years before a name is a copyright's date ("2020 Harbor Star", "2001-2020 This site"), not the name.
const YEAR_LEAD = /^(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:(?:19|20)\d\d|\p{L}+))?[.,]?(?:[ \t]+|$)/u;

/**
 * A name as it can be an outlet's: a leading year cut ("2020 Harbor Star" -> "Harbor Star", "1996-Thu"
 * -> ""), and nothing when its first word holds no letter: a count or a measure opens a phrase
 * ("1,204 Stories", "12°C"), not a name; a name may open with a number glued to letters ("7Live").
 */
export function nameShape(name: string): string {
  const cut = name.replace(YEAR_LEAD, '');
  const first = cut.split(/\s+/u)[0] ?? '';
  return /\p{L}/u.test(first) && !/^\p{N}+[^\p{L}\p{N}]/u.test(first) ? cut : '';
}

/** A logo's text and the name beside it, glued by w3m, said once: "Morningstar Morningstar" -> "Morningstar". */
export function echoOnce(name: string): string {
  const words = name.split(/\s+/u);
  const half = words.length / 2;
  return half >= 1 && Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half).join(' ') : name;
}

/**
 * echoOnce, unless the page writes the doubled name in a sentence ("Harbor Harbor uses cookies"): a name made
 * of a repeated word, not a logo's text beside the name.
 */
export function echoOnceOn(name: string, text: string): string {
  const once = echoOnce(name);
  if (once === name) return name;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/^[ \t]+\p{Ll}/u.test(text.slice(at + name.length, at + name.length + 3)) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return name;
  }
  return once;
}

/**
 * Glued with no space ("Harbor LedgerHarbor Ledger"): the second copy opens with a capital right after the
 * first's last letter. Halves of five letters or more: a brand may double a short syllable ("TamTam").
 */
function gluedOnce(name: string): string {
  const h = name.length / 2;
  return Number.isInteger(h) && h >= 5 && /^\p{Lu}/u.test(name) && name.slice(0, h) === name.slice(h) ? name.slice(0, h) : name;
}

// Legal forms of a company (ISO 20275's common abbreviations) that a copyright line leaves at a name's end
// when the words cut before them were not in the outlet settings' corporate_suffixes ("Harbor Pty").
const LEGAL_FORMS = new Set(['pty', 'pvt', 'pte', 'dac', 'bhd', 'sdn', 'srl', 'sarl', 'bv', 'ltd', 'llc', 'inc', 'plc', 'gmbh']);

/**
 * The outlet a page's text gave, as a CMS shows it: a glued echo said once, and the legal forms at its
 * end cut ("Quay Digital Pty Ltd" -> "Quay Digital"). Applied to the chosen name only, after the ranker,
 * so the ranker's candidates (and its fitted weights) are what they were.
 */
export function tidyOutlet(name: string): string {
  const words = gluedOnce(name).split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1].toLowerCase().replace(/[.,]+$/u, ''))) words.pop();
  return words.join(' ').replace(/,$/u, '');
}

/**
 * A name cut before the site chrome w3m ran into it: "Washington Technology Privacy Policy" -> "Washington
 * Technology", "WDW on Facebook" -> "WDW". A name opening with a chrome word stays whole (and is dropped).
 */
export function beforeChrome(name: string, chromeWords: ReadonlySet<string>, networks: ReadonlySet<string>): string {
  const words = name.split(/\s+/u);
  let cut = words.findIndex((w, i) => i > 0 && chromeWords.has(w.toLowerCase()));
  if (cut < 0) cut = words.length;
  // "Follow X on Facebook": a social network after "on" is where the site is followed, not part of its name.
  if (cut >= 3 && /^(?:on|at)$/iu.test(words[cut - 2]) && networks.has(words[cut - 1].toLowerCase().replace(/[^a-z0-9]/gu, ''))) cut -= 2;
  while (cut > 1 && CONNECTORS.test(words[cut - 1].toLowerCase())) cut--;
  return words.slice(0, cut).join(' ');
}

/** The capitalised run at the end of a capture: "Jennifer Lopez says in ELLE" -> "ELLE". */
export function trimNameFromEnd(raw: string): string {
  const words = raw.split(/[ \t]+/u);
  let i = words.length;
  while (i > 0 && (CAPITALISED.test(words[i - 1]) || (i < words.length && CONNECTORS.test(words[i - 1].toLowerCase())))) i--;
  // A preposition opening a sentence is not part of the name: "On Joe Rogan's podcast".
  while (i < words.length - 1 && OPENERS.test(words[i])) i++;
  return trimName(words.slice(i).join(' '));
}

/** Keeps the capitalised run of a captured name: "Kotaku is a site" -> "Kotaku"; no trailing "of"/"and". */
export function trimName(raw: string): string {
  const out: string[] = [];
  for (const w of raw.split(/[ \t]+/u)) {
    // A month opens a date, not a name: "Senior Editor, PCWorld Nov 14, 2023".
    if (out.length && MONTH.test(w)) break;
    // "on" before a day is when, not a name's connector: "told Harbor News on Friday" -> "Harbor News" (a
    // day opening or inside a name stays: "Sunday Quay", "The Monday Ledger").
    if (WEEKDAY.test(w) && /^on$/iu.test(out[out.length - 1] ?? '')) break;
    // A year or a count ends a name ("© The Citizen 2023. Website"); so does a lower-case word.
    if (out.length && /^\d+\W*$/u.test(w)) break;
    // "The" inside a name follows a connector ("Herald and The Age"); otherwise it opens a tagline ("Allure The BEAUTY EXPERT").
    if (out.length && /^(?:The|A|An)$/u.test(w) && !CONNECTORS.test(out[out.length - 1].toLowerCase())) break;
    if (CAPITALISED.test(w) || (out.length && CONNECTORS.test(w.toLowerCase()))) out.push(w);
    else break;
    // A sentence ends the name: "a features editor at The Harbor Ledger. Before that she ..."
    if (/\p{Ll}{2,}[.!]$/u.test(w)) break;
  }
  while (out.length && CONNECTORS.test(out[out.length - 1].toLowerCase())) out.pop();
  return out.join(' ').replace(/[.,:;!'’-]+$/u, '');
}
