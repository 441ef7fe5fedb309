// A page title often carries the site's name or the section after (or before) the headline:
// "Headline | Site", "Headline - Site", "Opinion | Headline". The short side is cut when it is the
// outlet's name or no longer than a site name runs; a long side is part of the headline itself.
export interface SuffixRules {
  separators: string[];
  maxSiteWords: number;
  outlet?: string;
}

const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

export function stripSiteName(title: string, rules: SuffixRules): string {
  let t = title.trim();
  for (const sep of rules.separators) {
    const at = t.lastIndexOf(sep);
    if (at > 0) {
      const tail = t.slice(at + sep.length);
      const head = t.slice(0, at);
      const isOutlet = !!rules.outlet && key(tail) === key(rules.outlet);
      // A bar is a page-title separator; a dash also joins clauses, so only the outlet's name is cut there.
      if (isOutlet || (sep.trim() === '|' && words(tail) <= rules.maxSiteWords && words(head) > words(tail))) t = head.trim();
    }
    const first = t.indexOf(sep.trim() === '|' ? '|' : sep);
    if (first > 0 && sep.trim() === '|') {
      const lead = t.slice(0, first);
      if (words(lead) <= 2 && words(t.slice(first + 1)) > words(lead) + 2) t = t.slice(first + 1).trim();
    }
  }
  return t;
}
