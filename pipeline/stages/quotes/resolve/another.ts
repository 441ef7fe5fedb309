// `"...," wrote one harbor pilot. ... "...," posted another.`: a source that is only "another" is one
// more of the people the quote before described ("another harbor pilot"): the description of the last
// credited quote, in this paragraph or the one before, with "another" for its determiner. Only a
// description that opens with a determiner of one ("one", "another", "a", "an"): after a name, "another"
// says nothing of who spoke.
import type { QuoteFind } from '../data.js';

/** A description of one of several ("one harbor pilot", "another pilot"): its words after the determiner. */
const ONE_OF = /^(?:one|another|a|an)\s+(\p{Ll}[\p{L}\s'\u2019-]*)$/u;
/** The bare source "another" (its closing stop kept by the attribution: "posted another."). */
const ANOTHER = /^another[.,]?$/iu;

/** The speaker's name for find `f` whose source is only "another", from `before` (the last credited quote), or undefined. */
export function anotherOf(f: QuoteFind, before: QuoteFind | undefined): string | undefined {
  if (!ANOTHER.test(f.source.trim()) || !before?.speaker || before.block < f.block - 1) return undefined;
  const m = ONE_OF.exec(before.speaker.name.trim());
  return m ? `another ${m[1].trim()}` : undefined;
}
