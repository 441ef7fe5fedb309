// Two shapes of a chosen outlet that name no publisher (outlet.ts asWritten refuses them, with the reason
// in the report). Grammar rules, not fitted:
// - one everyday word that English reads first as a plural noun, a gerund or an adverb ("Deals", "Trending
//   Now"'s "Trending", "Currently"): a section, a menu entry or a button. A publication is named in the
//   singular or as a proper name ("Parade", "The Times" are not refused: a singular noun, a "The" title).
// - a person's name (a given name, alone or then one or two capitalised words) that no copyright line of the page
//   holds: the writer of a contributor's page or an author box. A site named for its owner carries the
//   owner's name in its copyright ("© 2024 Ana Ruiz"); a brand that opens with a given name does too.
// Either is kept where one of the page's domains spells it (the page then names itself so).
// The lexicon: wink-lexicon (MIT; frequent English words with their parts of speech, likeliest first).
import lexicon from '../../text/lexicon.js';
import { escapeRe } from '../../text/regexp.js';

/** Penn tags of plural nouns, gerunds and adverbs. */
const PLAIN_WORD = /^(?:NNS|VBG|RB)$/u;
/** Capitals this short stay acronyms whatever the lexicon says. */
const SHORT_CAPS = 3;

/** The part of speech that makes a one-word name a section or a button, or undefined. */
export function plainWordTag(name: string): string | undefined {
  if (!/^\p{L}+$/u.test(name) || (!/\p{Ll}/u.test(name) && name.length <= SHORT_CAPS)) return undefined;
  const tag = lexicon[name.toLowerCase()]?.[0];
  return tag && PLAIN_WORD.test(tag) ? tag : undefined;
}

/** True when `name` is a given name (`isGiven`), alone or then one or two capitalised words: "Ana", "Ana Ruiz"; "Ana de Ruiz" is not. */
export function personShaped(name: string, isGiven: (word: string) => boolean): boolean {
  const words = name.split(/\s+/u);
  return words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && isGiven(words[0]);
}

/** True when a copyright line of `text` ("©", "(c)", "Copyright") holds `name` as whole words. */
export function onCopyrightLine(name: string, text: string): boolean {
  const esc = escapeRe(name);
  return new RegExp(`^.*(?:©|\\(c\\)|copyright).*(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])|^.*(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}]).*(?:©|\\(c\\)|copyright)`, 'imu').test(text);
}

/**
 * The part of speech of a one-word name that English reads as a common word of any kind ("Main", "Society",
 * "Give"), or undefined. Alone it says little (a site may be named "Parade"); with how the page shows it
 * (outlet.ts: a header line and nothing else) it tells a menu entry or a section from a masthead.
 */
export function everydayTag(name: string): string | undefined {
  if (!/^\p{L}+$/u.test(name) || (!/\p{Ll}/u.test(name) && name.length <= SHORT_CAPS)) return undefined;
  return lexicon[name.toLowerCase()]?.[0];
}
