// Transcript turns ("WALLACE: Let's start ...", "PENCE: Well, look ..."): a label that opens two or more
// quotes of an article names their speaker, as a verb would.
/**
 * Transcript turns: quotes that open with an all-capitals label and a colon ("WALLACE: Let's start ...",
 * "PENCE: Well, look ..."). A label opening two or more quotes of the article is a speaker's name (a
 * single "VIDEO:" or "UPDATE:" is not a turn); returned title-cased ("Wallace") per quote, else undefined.
 */
export function transcriptLabels(texts: string[]): (string | undefined)[] {
  const label = (t: string) => /^(\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]+){0,2}):\s/u.exec(t)?.[1];
  const count = new Map<string, number>();
  for (const t of texts) {
    const l = label(t);
    if (l) count.set(l, (count.get(l) ?? 0) + 1);
  }
  return texts.map((t) => {
    const l = label(t);
    return l && (count.get(l) ?? 0) >= 2 ? l.toLowerCase().replace(/(^|[\s'\u2019.-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : undefined;
  });
}
