// What tells a site's own name from a name its page only carries: a parent company, a wire, a partner or
// a button word. Features for the outlet ranker (outlet/candidates.ts), its weights fitted by
// bench/train-outlet.ts, never rules:
// - A site writes its own name across the page (its header, its footer, its own text: "Donate to X",
//   "X is funded by"); a parent company stands on the copyright line alone or nearly ("© 2024 Quay Holdings").
//   So: how often a name is written off the copyright lines, whether it is written only there, and whether
//   it is the page's most written candidate.
// - A page writes its own domain standing alone (a logo, a footer), in its e-mail addresses and in its
//   copyright; another site's domain stands in a link or a credit inside the prose. The page's own domain
//   is the one with most such places; a candidate fits it, or the page has one that the candidate does
//   not fit (another site's domain or name).
// - A name cut at a line's end ("The Harbor" with "Ledger" opening the next line) is part of a longer name.
import { domainCore, domainKey, nameFitsDomain } from './names.js';
import { copyrightLines } from '../../text/copyright-lines.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The page's lines, which are copyright lines, and its own domain (if any), computed once per page. */
export interface OwnSite {
  text: string;
  lower: string;
  /** Start of each line and whether it is a copyright line. */
  starts: number[];
  copyright: Uint8Array;
  /** The page's own domain as written (lower case), or undefined when no domain stands in a place of its own. */
  own?: string;
}

/** Where the page's own domain stands: alone on a line, in an e-mail address, on a copyright line. */
export function ownSite(text: string, domains: readonly string[]): OwnSite {
  const lines = text.split('\n');
  const starts: number[] = [];
  const copyright = copyrightLines(text);
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const lower = text.toLowerCase();
  // (most pages show no domain: their lines are not read as addresses)
  let trims: string[] | undefined;
  const trimmed = () => (trims ??= lines.map((l) => l.trim().toLowerCase().replace(/^https?:\/\//u, '').replace(/^www\./u, '').replace(/\/$/u, '')));
  let own: string | undefined;
  let best = 0;
  for (const d of new Set(domains.map((x) => domainKey(x)))) {
    if (!d) continue;
    let places = 0;
    for (const t of trimmed()) if (t === d) places++;
    for (let i = lower.indexOf('@' + d); i >= 0; i = lower.indexOf('@' + d, i + 1)) places++;
    lines.forEach((l, i) => {
      if (copyright[i] && wholeIn(l.toLowerCase(), domainCore(d))) places++;
    });
    if (places > best) {
      best = places;
      own = d;
    }
  }
  return { text, lower, starts, copyright, own };
}

/** True when `word` stands in `line` as a whole run of letters and digits ("harbor" in "© Harbor Inc.", not in "HarborView"). */
function wholeIn(line: string, word: string): boolean {
  if (!word) return false;
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(line[at - 1] ?? '') && !WORD_CHAR.test(line[at + word.length] ?? '')) return true;
  }
  return false;
}

function lineOf(s: OwnSite, at: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Per-page counts every candidate needs before its own features: how often each is written off the copyright lines. */
export function writtenOff(name: string, s: OwnSite): { off: number; on: number; cut: number } {
  const domain = /\.[a-z]{2,}$/iu.test(name);
  const hay = domain ? s.lower : s.text;
  const needle = domain ? domainKey(name) : name.replace(/^the\s+/iu, '');
  let off = 0;
  let on = 0;
  let cut = 0;
  if (!needle) return { off, on, cut };
  let seen = 0;
  for (let at = hay.indexOf(needle); at >= 0 && seen < 32; at = hay.indexOf(needle, at + 1)) {
    if (WORD_CHAR.test(hay[at - 1] ?? '') || WORD_CHAR.test(hay[at + needle.length] ?? '')) continue;
    seen++;
    const ln = lineOf(s, at);
    if (s.copyright[ln]) on++;
    else off++;
    // The name ends its line and the next line opens with a capitalised word: the name may go on there.
    const end = at + needle.length;
    if (!domain && hay[end] === '\n' && /^[ \t]*\p{Lu}\p{Ll}/u.test(hay.slice(end + 1, end + 40)) && !/^[ \t]*$/u.test(hay.slice(s.starts[ln], at))) cut++;
  }
  return { off, on, cut };
}

/** The features of one candidate, given what every candidate of the page counts (`most`: the largest `off`). */
export function ownSiteFeatures(name: string, counts: { off: number; on: number; cut: number }, most: number, s: OwnSite): Record<string, number> {
  const domain = /\.[a-z]{2,}$/iu.test(name);
  const fitsOwn = s.own !== undefined && (domain ? domainCore(name) === domainCore(s.own) : nameFitsDomain(name, s.own));
  return {
    most_written: most > 0 && counts.off === most ? 1 : 0,
    own_domain: fitsOwn ? 1 : 0,
    not_own_domain: s.own !== undefined && !fitsOwn ? 1 : 0,
    cut_at_wrap: counts.cut > 0 && counts.cut === counts.off + counts.on ? 1 : 0,
  };
}
