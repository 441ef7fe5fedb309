// Transcript turns ("HOST: Let's start ...", "RUIZ: Well, look ...", "Ana Ruiz: Seriously ..."): a
// speaker's label opening a quote names its speaker, as a verb would.
import type { Vocab } from '../vocab.js';
import { lowerCase } from '../../../text/lower-case.js';

const CAPS_LABEL = /^(\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]+){0,2}):\s/u;
/** A name as written in mixed case: a given name and one or two more capitalized words. */
const NAME_LABEL = /^(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'\u2019-]+)){1,2}):\s/u;

/**
 * Transcript turns: quotes that open with a label and a colon. An all-capitals label ("RUIZ:")
 * opening two or more quotes of the article is a speaker's name (a single "VIDEO:" or "UPDATE:" is
 * not a turn), returned title-cased ("Ruiz"); a label in mixed case is one when it is a full name
 * that opens with a given name ("Ana Ruiz:", not "The Latest:" or "Daily Fact-Check:"),
 * even once. Undefined for a quote that opens with no turn.
 */
export function transcriptLabels(texts: string[], v: Vocab): (string | undefined)[] {
  const label = (t: string) => CAPS_LABEL.exec(t)?.[1];
  const count = new Map<string, number>();
  for (const t of texts) {
    const l = label(t);
    if (l) count.set(l, (count.get(l) ?? 0) + 1);
  }
  return texts.map((t) => {
    const l = label(t);
    if (l) return (count.get(l) ?? 0) >= 2 ? lowerCase(l).replace(/(^|[\s'\u2019.-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : undefined;
    const name = NAME_LABEL.exec(t)?.[1];
    return name && v.firstName.has(name.split(/\s+/)[0]) ? name : undefined;
  });
}
