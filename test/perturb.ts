// Re-posts of an article as the web makes them, for duplicate tests and the dedupe bench: other
// whitespace and typography (an exact copy), other chrome around it, trimmed paragraphs, a few
// words changed. Deterministic: a seeded PRNG picks what changes.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Perturbation = 'retyped' | 'chrome' | 'trimmed' | 'edited' | 'reposted' | 'navbar';

const HEADERS = ['Advertisement', 'Share this article', 'Share on Facebook | Share on X | Email', 'Skip to main content', 'Subscribe for unlimited access', 'Listen to this article · 4 min'];
const FOOTERS = ['© 2024 The Evening Ledger. All rights reserved.', 'This material may not be published, broadcast, rewritten or redistributed.', 'Sign up for our morning newsletter.', 'Follow us on social media for breaking news.', 'Comments are closed.', 'Reporting by staff; editing by the news desk.'];
/** Site navigation, as a scraper that takes the first line for the title takes it. */
export const NAVBARS = ['Home | News | World | Politics | Business | Sport | Culture', 'Menu · Latest · Local · Nation · World · Opinion · Video', 'Skip to content | Subscribe | Sign in | Search | Newsletters'];
const FILLER = ['officials', 'reported', 'local', 'several', 'early', 'nearby', 'announced', 'later', 'region', 'statement', 'people', 'city'];

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

/** Same words; other spacing, line breaks and quote marks. */
function retype(text: string): string {
  return paragraphs(text)
    .map((p) => p.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019').replace(/ /g, (m, i: number) => (i % 7 === 3 ? '  ' : m)))
    .join('\n\n\n');
}

function chrome(text: string, r: () => number, related: string): string {
  const head = [pick(r, HEADERS), pick(r, HEADERS)];
  const foot = [pick(r, FOOTERS), `Related: ${related}`, pick(r, FOOTERS)];
  return [...head, text, ...foot].join('\n\n');
}

/** Drops one paragraph (not the headline) and, when `twice`, half the time the last one too. */
function trim(text: string, r: () => number, twice: boolean): string {
  const ps = paragraphs(text);
  if (ps.length < 4) return text;
  const drop = new Set([1 + Math.floor(r() * (ps.length - 1))]);
  if (twice && r() < 0.5) drop.add(ps.length - 1);
  return ps.filter((_, i) => !drop.has(i)).join('\n\n');
}

/** Replaces `n` words at random places. */
function edit(text: string, r: () => number, n: number): string {
  const tokens = text.split(/(\s+)/);
  const wordAt = tokens.map((t, i) => (/\p{L}{3,}/u.test(t) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < n; k++) tokens[pick(r, wordAt)] = pick(r, FILLER);
  return tokens.join('');
}

/** A perturbed copy of `text`; `related` is a headline of another article, as "Related:" links show. */
export function perturb(text: string, kind: Perturbation, seed: number, related = 'More news'): string {
  const r = prng(seed);
  switch (kind) {
    case 'retyped':
      return retype(text);
    case 'chrome':
      return chrome(text, r, related);
    case 'trimmed':
      return trim(text, r, true);
    case 'edited':
      return edit(text, r, 3 + Math.floor(r() * 3));
    case 'reposted':
      return chrome(edit(trim(text, r, false), r, 2), r, related);
    case 'navbar':
      return `${pick(r, NAVBARS)}\n\n${chrome(edit(text, r, 2), r, related)}`;
  }
}

export const PERTURBATIONS: readonly Perturbation[] = ['retyped', 'chrome', 'trimmed', 'edited', 'reposted', 'navbar'];
