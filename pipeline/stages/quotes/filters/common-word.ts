// A speaker that is one common word capitalized only because it opens a sentence ("Leave the ...",
// "Feel free ...", "Having said that, ..."): no one said the quote. The speaker rules take a capitalized
// word before a speech cue as a name; this filter asks the article and a general English lexicon.
// It is a name when the article uses it as one anywhere but at a sentence start (People.knows: "Brown"
// beside "Jo Brown"), or it is a common given name; otherwise it is no name when the lexicon's likeliest
// part of speech for it is no noun (a verb, adjective, adverb, participle, function word). Nouns are
// left alone: surnames that are nouns ("King", "Price") are too common to judge by the word alone.
// The lexicon: wink-lexicon (MIT; ~13k frequent English words with their parts of speech, likeliest
// first, from tagged corpora), a general-English resource rather than a list of our own.
import lexicon from '../../../text/lexicon.js';
import type { People } from '../names/people.js';
import type { Vocab } from '../vocab.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Penn tags of nouns: a word whose likeliest tag is one of these may be a surname. */
const NOUN = /^NN/u;
/** Verbs and adjectives: the only tags that make a word in capitals no acronym ("EDIT", "RELATED"; not "WHO", "US"). */
const CONTENT = /^(?:VB|JJ)/u;
/** Capitals this short stay acronyms whatever the lexicon says ("AI": its "ai" is a piece of "ain't"). */
const SHORT_CAPS = 3;

/**
 * Why a one-word speaker is a common word and no name, or undefined. `text`: the article; when given,
 * a word People knows only from sentence openings with a verb after them ("Bold claims have ...",
 * "Filming began ...": read like "Lamm claims") must also be written as a name somewhere: inside a
 * sentence, or after a title ("Dr. Feel").
 */
export function commonWordSpeaker(name: string, people: People | undefined, v: Vocab, text?: string): string | undefined {
  if (!/^\p{Lu}[\p{L}'-]*$/u.test(name) || v.firstName.has(name)) return undefined;
  const tags = lexicon[lowerCase(name)];
  if (!tags?.length || NOUN.test(tags[0])) return undefined;
  if (!/\p{Ll}/u.test(name) && (name.length <= SHORT_CAPS || !CONTENT.test(tags[0]))) return undefined;
  // (asked last: the article's text is read again only for a word the lexicon calls common, not for
  // every one-word credit of a surname)
  if (people?.knows(name) && (text === undefined || writtenAsName(text, name, v))) return undefined;
  return `is a common word (${tags[0]}) the article never uses as a name`;
}

/** Forms of "say" and "tell", which are never a noun: a word opening a sentence before them is its subject ("White said he ..."). */
const SAID = /^\s+(?:said|says|told|tells)\b/u;

/**
 * Whether `word` stands in `text` where a name stands: after a word, a number or a comma (not a
 * sentence's end), after a title, or as the subject of "said" ("Bold claims have", "Filming began" are not).
 */
export function writtenAsName(text: string, word: string, v: Vocab): boolean {
  for (const m of text.matchAll(new RegExp(`(\\S*)(\\s*)${word}(?![\\p{L}'\u2019-])`, 'gu'))) {
    // (a closing quote mark after a comma still leaves the sentence open: `job,” Will urged`)
    const before = m[1].replace(/["'\u201d\u2019]+$/u, '');
    // (inside a word: "Overfeel")
    if (m[1] && !m[2]) continue;
    if (/[\p{L}\p{N},;]$/u.test(before) || v.titles.has(before) || SAID.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}
