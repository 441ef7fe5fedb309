// "Roe wrote a memoir of her years at the clinic ... '...,' the book said": a reporter names a piece of
// writing first by its kind and then by the plain noun of that kind; the book a credit names is the
// memoir the article introduced (document-maker.ts looks for an introduction of each noun in turn).
// Only kinds that are always the plain noun's: a memoir is a book, a book need not be a memoir.
// Measured: polnear-dev 1 hand-judged quote none -> right; no other record of the five corpora changed.
const KINDS: Record<string, string[]> = {
  book: ['memoir', 'autobiography', 'biography', 'novel'],
};

/** The nouns an introduction of the writing a credit calls `noun` may use: the noun, then its kinds. */
export function workNouns(noun: string): string[] {
  return [noun, ...(KINDS[noun] ?? [])];
}
