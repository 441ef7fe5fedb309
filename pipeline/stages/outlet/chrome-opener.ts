// Whether a name opening with a word that never names an outlet alone (evidence.yaml not_outlets) is chrome.
// Grammar, not fitted: a closed-class word opening a name (a pronoun, a determiner, a preposition, a wh-word:
// "Our Brands", "Us on Social", "From the Archive") makes it a menu's phrase, and so does a noun, the subject a
// section or a menu entry opens with ("Sports Scores", "Video Highlights", "Mail Sign-up"); a modifier (an
// adjective, a participle or a verb: "Live", "Top", "Breaking") opens a site's own name too ("Live Harbor", "Top
// Quay Marketing"), so such a name is kept when it is written as a name is: in title case, every word after the first
// capitalised and not itself chrome ("Watch Video", "Breaking News" are chrome), and not shouted in capitals
// as a button is ("FREE CATALOG") nor a phrase with lower-case words ("Next on TV", "Read more"). A word the
// lexicon does not know ("Logo", "Toggle") is taken as chrome, as before.
import lexicon from '../../text/lexicon.js';

/** Penn tags (the lexicon's likeliest) of modifiers: adjectives, participles, verbs. */
const MODIFIER = /^(?:JJ|JJS|VB|VBP|VBG)$/u;

/**
 * True when `name`'s first word is in `notOutlets` (lower-cased) and the name is chrome: its first word is not
 * a modifier, or the name is not a title-case name whose later words are neither not_outlets words nor
 * chrome words (`chromeWords`).
 */
export function chromeOpened(name: string, notOutlets: Set<string>, chromeWords: Set<string>): boolean {
  const [first, ...rest] = name.split(/\s+/u);
  if (!notOutlets.has(first.toLowerCase())) return false;
  const tag = lexicon[first.toLowerCase()]?.[0];
  if (!tag || !MODIFIER.test(tag)) return true;
  if (!rest.length || !/\p{Ll}/u.test(name)) return true;
  return !rest.every((w) => /^[\p{Lu}\p{N}]/u.test(w) && !notOutlets.has(w.toLowerCase()) && !chromeWords.has(w.toLowerCase()));
}
