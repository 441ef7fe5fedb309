// Names a page writes only where the law needs them: the rights holders behind the site, not the site. Grammar
// rules, checked once the rules or the ranker chose (outlet.ts asWritten), each with its reason in the report:
// - A company's initials that the page writes only as a rights holder, running into the company's legal form or
//   trade ("© 2024 HQM Limited", "HQM Productions, Inc."): the company behind the site. A site named by its
//   initials writes them where its readers read them too (its header, its menus, its text).
// - A holder whose rights line carries a wire's notice ("Copyright 2024 Quay Wire. All rights reserved. This
//   material may not be published, broadcast, rewritten or redistributed") while the page's last rights line,
//   its own, names someone else: a wire's story the site carries, not the site.
// - A name made only of corporate words ("Interactive", "Media Group"): what is left of a holder's name cut at
//   its brand.
// - The owner of another name's trade mark ("HQ is a registered trademark of Quay Media"), or of the site ("Property
//   of Quay Media.", "Harbor is owned and operated by Quay Media"): the company behind the brand the site goes by.
import { escapeRe } from '../../text/regexp.js';
import { wholeMatches } from '../../text/whole-words.js';

/** A line stating rights: a copyright mark, the word with a year or a mark, or "all rights reserved" (not a menu's "Copyright" link). */
export const RIGHTS = /©|\(c\)|copyright[ \t]*(?:©|\(c\)|\d)|all rights reserved/iu;
/** What the law writes before a holder's name ("property of", "a registered trademark of", "a division of"). */
const LEGAL_BEFORE = /(?:property|trademarks?|trade[ \t]+marks?|division|subsidiary|unit|owned[ \t]+by|operated[ \t]+by)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?$/iu;
/** A wire's notice that its story may not be passed on: it stands under the story the site carries. */
const WIRE_NOTICE = /may[ \t]+not[ \t]+be[ \t]+(?:re)?(?:published|produced|distributed)|rewritten[ \t,]+or[ \t]+redistributed/iu;
/** Initials: two to five capitals, or two such runs joined by a hyphen ("HQM", "QB-SI"). */
const INITIALS = /^\p{Lu}{2,5}(?:-\p{Lu}{2,5})?$/u;
/** Words that follow a holder's name on its rights line without making it a company's ("© Harbor All rights reserved"). */
const NOT_FORM = new Set(['all', 'rights', 'reserved']);

/** Why `name` is a rights holder behind the site rather than the site (see above), or undefined. `companyWords`: legal forms and trades, any case. */
export function rightsHolder(name: string, text: string, companyWords: readonly string[]): string | undefined {
  const company = new Set(companyWords.map((w) => w.toLowerCase()));
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length && words.every((w) => company.has(w.toLowerCase().replace(/[.,]+$/u, '')))) return 'made only of corporate words: a piece of a rights holder\'s name';
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare) return undefined;
  const lines = text.split('\n');
  let lastRights = -1;
  lines.forEach((l, i) => {
    if (RIGHTS.test(l)) lastRights = i;
  });
  let plain = 0;
  let form = 0;
  let wire = 0;
  let own = false;
  lines.forEach((line, i) => {
    for (const m of wholeMatches(bare, line)) {
      const at = m.index;
      const next = /^[ \t,]*([\p{L}.]+)/u.exec(line.slice(at + bare.length))?.[1]?.replace(/\.$/u, '').toLowerCase();
      const formed = Boolean(next && company.has(next) && !NOT_FORM.has(next));
      const rights = RIGHTS.test(line);
      if (formed) form++;
      if (!rights && !formed && !LEGAL_BEFORE.test(line.slice(0, at))) plain++;
      if (rights && i === lastRights) own = true;
      if (rights && WIRE_NOTICE.test(`${line} ${lines[i + 1] ?? ''}`)) wire++;
    }
  });
  if (INITIALS.test(bare) && form > 0 && plain === 0) return 'a company\'s initials the page writes only as a rights holder with its legal form: the company behind the site';
  if (wire > 0 && !own && lastRights >= 0) return 'a wire\'s rights over the story the page carries, under its notice, while the page\'s own rights line names another: the wire, not the site';
  return undefined;
}

/**
 * True when the page writes `name` as the owner of another name's trade mark ("Harbor is a registered trademark of
 * Quay Media", "HQ is the registered trade mark of Quay Media UK Ltd"): the owner is the company behind the brand the
 * site goes by, not the site. A site that owns its own mark ("HARBOR TIMES is a registered trademark of Harbor Times,
 * LLC") names the same words twice: kept.
 */
export function trademarkOwner(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare || !TRADEMARK_CUE.test(text)) return false;
  const owner = escapeRe(bare).replace(/\s+/gu, '\\s+');
  // (case as written: the mark's words are capitalised, the phrase's are not)
  const owned = new RegExp(`(${MARK_NAME})\\s+(?:is|are)\\s+(?:an?\\s+|the\\s+)?(?:registered\\s+)?trade[ \\t]?marks?\\s+of\\s+(?:the\\s+)?${owner}(?![\\p{L}\\p{N}])`, 'gu');
  return ownsAnother(text, owned, bare);
}
/**
 * True when the page says it, or a name it goes by, is `name`'s property: a line "Property of Quay Media." of its own,
 * or "Harbor is a property of Quay Media", "Harbor is owned and operated by Quay Media": the owner, not the site. A
 * site owned by a company of its own name ("Harbor Times is owned by Harbor Times LLC") names the same words twice: kept.
 */
export function propertyOwner(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (!bare || !PROPERTY_CUE.test(text)) return false;
  const owner = `(?:the\\s+)?${escapeRe(bare).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`;
  if (new RegExp(`^[ \\t•·*-]*[Pp]roperty[ \\t]+of[ \\t]+${owner}[ \\t.]*$`, 'mu').test(text)) return true;
  const owned = new RegExp(`(${MARK_NAME})\\s+(?:is|are)\\s+(?:an?\\s+|the\\s+)?(?:property\\s+of|(?:owned|operated|owned\\s+and\\s+operated)\\s+by)\\s+${owner}`, 'gu');
  return ownsAnother(text, owned, bare);
}
/**
 * True when a match of `owned` (group 1: the mark or the thing owned) names something other than `owner`: neither
 * name's words all stand in the other's ("Harbor Times ... of Harbor Times LLC" is a site owning itself).
 */
function ownsAnother(text: string, owned: RegExp, owner: string): boolean {
  const own = nameWords(owner);
  for (const m of text.matchAll(owned)) {
    const thing = nameWords(m[1]);
    if (thing.length && !thing.every((w) => own.includes(w)) && !own.every((w) => thing.includes(w))) return true;
  }
  return false;
}
const PROPERTY_CUE = /property[ \t\n]+of[ \t\n]|(?:owned|operated)[ \t\n]+by[ \t\n]/iu;
/** A mark's name before "is a trademark of": capitalised words or initials (up to five), within its sentence (a dot only inside a word). */
const MARK_WORD = '[\\p{Lu}\\p{N}][\\p{L}\\p{N}&\'’-]*(?:\\.[\\p{L}\\p{N}&\'’-]+)*';
const MARK_NAME = `${MARK_WORD}(?:[ \\t]+${MARK_WORD}){0,4}`;
const TRADEMARK_CUE = /trade[ \t]?marks?[ \t\n]+of[ \t\n]/iu;
/** A name's words in lower case, "the" aside. */
const nameWords = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the');
