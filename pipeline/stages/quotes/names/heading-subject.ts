// A section heading in Title Case that opens with a person and a verb ("Ana Quill Explains Why She Left
// The Board", "Jo Ruiz Responds To Her Critics"): its first two words are a name even though Title Case
// capitalizes every word, so "Quill said" in the section below is Ana Quill. Only when the second word is
// written with a capital in the body too (the surname the section goes on to use), the first is never a
// lowercase word there ("Why", "How"), and the third is a verb's past or -s form by the lexicon.
import lexicon from '../../../text/lexicon.js';
import type { Vocab } from '../vocab.js';
import { isCap, isPunct, type Word } from '../words.js';
import { leadsName } from './shape.js';

/** Tags of a verb heading a headline's predicate: past, participle, third person -s. */
const PREDICATE_TAGS = new Set(['VBD', 'VBN', 'VBZ']);

/**
 * The end of the two-word name opening the heading's run [s, e), if it opens with one.
 * `capitalized(word)`: the body writes the word with a capital outside this heading.
 * `lower(word)`: the article writes the word in lowercase.
 */
export function headingSubject(ws: Word[], s: number, e: number, capitalized: (w: string) => boolean, lower: (w: string) => boolean, v: Vocab): number | undefined {
  if (e - s < 3) return undefined;
  const [first, last, verb] = [ws[s], ws[s + 1], ws[s + 2]];
  if ([first, last, verb].some((w) => isPunct(w) || !isCap(w.raw) || w.possessive)) return undefined;
  if (leadsName(first, v) || leadsName(last, v) || v.minorWords.has(first.lower) || lower(first.lower)) return undefined;
  if (!capitalized(last.bare) || lower(last.lower)) return undefined;
  const tags: string[] | undefined = lexicon[verb.lower];
  return tags?.some((t) => PREDICATE_TAGS.has(t)) ? s + 2 : undefined;
}
