// How outlet names and domains compare: a folded key ("The New York Times" -> "newyorktimes"), a
// domain's core ("www.nytimes.com" -> "nytimes"), and whether a domain core is spelled from a name's
// words, each shortened or left out ("nytimes" ~ New York Times, "latimes" ~ Los Angeles Times).

/** Case, accents of form, "the" and punctuation do not matter when two outlet names are compared. */
export const nameKey = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');

/** Labels of a domain that say nothing about the outlet. */
const GENERIC_LABELS = new Set(['www', 'com', 'co', 'uk', 'org', 'net', 'go', 'edu', 'gov', 'au', 'in', 'ca', 'us', 'news', 'eu', 'm', 'amp', 'blogs', 'edition']);

export const domainKey = (d: string): string =>
  d.toLowerCase().replace(/^https?:\/\//u, '').replace(/^www\./u, '').replace(/[/?#].*$/u, '').replace(/\.$/u, '');

/** The distinctive label of a domain: "www.nytimes.com" -> "nytimes", "chicago.suntimes.com" -> "suntimes". */
export function domainCore(d: string): string {
  const labels = domainKey(d).split('.').filter((l) => !GENERIC_LABELS.has(l));
  // The registrable label is the last distinctive one ("technology.inquirer.net" -> "inquirer").
  return (labels[labels.length - 1] ?? '').replace(/[^a-z0-9]/gu, '');
}

/** True when `core` is spelled from `words` in order, each word cut to a prefix or left out. */
export function abbreviates(core: string, words: string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (ci: number, wi: number): boolean => {
    if (ci === core.length) return true;
    if (wi === words.length) return false;
    const k0 = `${ci}:${wi}`;
    const known = memo.get(k0);
    if (known !== undefined) return known;
    const w = words[wi];
    let ok = false;
    for (let k = Math.min(w.length, core.length - ci); k >= 0 && !ok; k--) {
      if (core.startsWith(w.slice(0, k), ci) && (k > 0 || wi > 0) && go(ci + k, wi + 1)) ok = true;
    }
    memo.set(k0, ok);
    return ok;
  };
  return go(0, 0);
}

/** Words of a name as compared with a domain: folded, without "the". */
export const nameWords = (name: string): string[] =>
  (name.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'the');

/** True when a name and a domain plausibly denote the same outlet. */
export function nameFitsDomain(name: string, domain: string): boolean {
  const core = domainCore(domain);
  if (core.length < 2) return false;
  const key = nameKey(name);
  if (!key) return false;
  if (key === core || key === domainKey(domain).replace(/[^a-z0-9]/gu, '') || ('the' + key) === core) return true;
  const words = nameWords(name);
  // Short cores ("ew", "gq") must be spelled in full by initials; longer ones may abbreviate.
  // A leading place may be left out of the domain ("Chicago Sun-Times" ~ suntimes.com).
  return core.length >= 3 && words.length > 0 && (abbreviates(core, ['the', ...words]) || words.some((_, i) => abbreviates(core, words.slice(i))));
}

/**
 * Cuts a holder's name at its first corporate word: "Mashable, Inc." -> "Mashable", "Toronto Star
 * Newspapers Ltd." -> "Toronto Star", "Al Jazeera Media Network" -> "Al Jazeera", "Future Publishing
 * Limited Quay House" -> "Future". Dots inside a word stay ("INQUIRER.net").
 */
export function stripSuffixes(name: string, suffixes: readonly string[]): string {
  const set = new Set(suffixes.map((s) => s.toLowerCase()));
  // An initialism keeps its last dot ("U.S. News"); a word's end and a suffix compare without it.
  const words = name.split(/[\s,]+/u).map((w) => w.replace(/^[.]+|,+$/gu, '').replace(/(?<!(?:^|\.)\p{L})\.+$/u, '')).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && set.has(w.toLowerCase().replace(/\.$/u, '')));
  if (cut > 0) words.length = cut;
  // "Guardian News & Media": the word joined by "&" to a corporate word is corporate too.
  if (cut > 2 && /^(?:&|and)$/iu.test(words[cut - 1])) words.length = cut - 2;
  while (words.length > 1 && /^(?:&|and|of|the)$/iu.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}
