// A credited "name" made of everyday English words that describe ("Industry Insights", "Full Forecast",
// "Best Practices"): a section, a box title or a button that the byline grammar read as a name after a
// "By" or beside the date. Grammar, not fitted: every word is one the lexicon reads first as something
// other than a proper noun; none is a given name, an organisation or job-title word ("By Associated
// Press" stays a wire credit) or an initial; and the phrase has a plural head or a describing word
// (adjective, verb form, determiner, adverb). Nouns alone ("Harbor Gardener") may be a pen name or a
// brand and stay; so does a name opening with "The" (a publication's). A person's surname may be an
// everyday word ("Will Price"), but then the given name is known or the rest is not all everyday: of
// the ~1,600 person authors labelled on the corpora at hand none reads so (2026-12-05).
// The lexicon: wink-lexicon (MIT; frequent English words with their parts of speech, likeliest first).
import lexicon from '../../text/lexicon.js';

export interface NameVocab {
  /** Given names, lower case. */
  given: ReadonlySet<string>;
  /** Words that make a credit an organisation's, lower case. */
  orgWords: ReadonlySet<string>;
}

/** True when every word of `name` is an everyday word that names no person or organisation. */
export function everydayWords(name: string, v: NameVocab): boolean {
  const raw = name.split(/[\s\-–]+/u).filter(Boolean);
  if (!raw.length || /^the$/iu.test(raw[0])) return false;
  // An initial ("J.", "K") or a number: a name's shape, not a phrase's.
  if (raw.some((w) => /^\p{L}\.?$/u.test(w) || /\p{N}/u.test(w))) return false;
  const words = raw.map((w) => w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  if (words.some((w) => !w || v.given.has(w) || v.orgWords.has(w))) return false;
  const tags = words.map((w) => lexicon[w]?.[0]);
  if (!tags.every((t) => t !== undefined && t !== 'NNP' && t !== 'NNPS')) return false;
  // A phrase headed by a plural noun ("Industry Insights") or holding an adjective, a verb form, a
  // determiner or an adverb ("Full Forecast", "Find Care", "Related Posts") describes; nouns alone may
  // still be a pen name or a brand ("Harbor Gardener"), kept.
  return tags[tags.length - 1] === 'NNS' || tags.some((t) => DESCRIBING.test(t!));
}

/** Penn tags of adjectives, verb forms, determiners and adverbs. */
const DESCRIBING = /^(?:JJ[RS]?|VB[DGNPZ]?|DT|RB[RS]?)$/u;
