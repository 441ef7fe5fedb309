// Text as ../shared/eval/score.mjs compares it (same rules), for the trainers that label rows "right" as it would.
export const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
export const tokens = (s: unknown) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
export const normLine = (s: unknown) => tokens(s).join(' ');

// The outlet rule: the page's site name or a label of its domain, folded; or a domain label of 3+ letters
// spelled from the name's words, each shortened or left out ("nytimes" ~ New York Times).
const GENERIC_LABELS = new Set(['www', 'com', 'co', 'uk', 'org', 'net', 'go', 'edu', 'gov', 'au', 'in', 'ca', 'us', 'news']);
const outletFold = (s: unknown) => fold(s).replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');

/** What a labelled outlet accepts: its folded forms and its domain's labels of 3+ letters. */
export interface OutletGold {
  forms: string[];
  cores: string[];
}
export function outletGold(o: { site_name?: string | null; domain?: string | null }): OutletGold {
  const forms = new Set<string>();
  if (o.site_name) forms.add(outletFold(o.site_name));
  if (o.domain) {
    for (const part of o.domain.split('.')) if (!GENERIC_LABELS.has(part)) forms.add(outletFold(part));
    forms.add(outletFold(o.domain));
  }
  forms.delete('');
  return { forms: [...forms].sort(), cores: (o.domain ?? '').split('.').map(outletFold).filter((c) => c.length >= 3) };
}
function abbreviates(core: string, words: string[]): boolean {
  const go = (ci: number, wi: number): boolean => {
    if (ci === core.length) return true;
    if (wi === words.length) return false;
    const w = words[wi];
    for (let k = Math.min(w.length, core.length - ci); k >= 0; k--) if (core.startsWith(w.slice(0, k), ci) && (k > 0 || wi > 0) && go(ci + k, wi + 1)) return true;
    return false;
  };
  return go(0, 0);
}
/** True when the scorer counts `name` right for the labelled outlet. */
export function outletRight(name: string, g: OutletGold): boolean {
  if (!name) return false;
  if (g.forms.includes(outletFold(name))) return true;
  const words = tokens(name).filter((w) => w !== 'the');
  return g.cores.some((core) => abbreviates(core, words));
}
