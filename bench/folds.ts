// Folds by site: labelled pages split so that every page of a site (silver-dev's `site`, naeb-dev's
// outlet domain) falls in one fold. A figure measured on a fold whose sites a rule or weight was not
// fitted on is what a new site would see. Deterministic: a site's fold is a hash of its name.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const FOLDS = 5;

export interface Label {
  file: string;
  site?: string;
  url?: string;
  outlet?: { site_name?: string | null; domain?: string | null } | null;
  publisher?: string;
  [k: string]: unknown;
}

export function readLabels(file: string): Label[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

/** The site a labelled page comes from: its `site`, its outlet's domain, its URL's host, its publisher; else the page itself. */
export function siteOf(l: Label): string {
  const host = (() => {
    try {
      return l.url ? new URL(l.url).hostname : undefined;
    } catch {
      return undefined;
    }
  })();
  const s = l.site ?? l.outlet?.domain ?? host ?? l.outlet?.site_name ?? l.publisher ?? l.file;
  return String(s).toLowerCase().replace(/^www\./u, '');
}

/** The fold (0..FOLDS-1) of a site: the first bytes of its SHA-256. */
export function foldOfSite(site: string, folds = FOLDS): number {
  return createHash('sha256').update(site).digest().readUInt32BE(0) % folds;
}

export const foldOf = (l: Label, folds = FOLDS): number => foldOfSite(siteOf(l), folds);

/** Labels split into folds by site. */
export function splitBySite<L extends Label>(labels: readonly L[], folds = FOLDS): L[][] {
  const out: L[][] = Array.from({ length: folds }, () => []);
  for (const l of labels) out[foldOf(l, folds)].push(l);
  return out;
}

/**
 * Cross-validation by site for any fitted parameter: for each fold, fit on the other folds' pages and
 * evaluate on the fold's own. Returns each fold's result with what was fitted for it.
 */
export function crossValidate<L extends Label, P, R>(labels: readonly L[], fit: (train: L[]) => P, evaluate: (params: P, test: L[]) => R, folds = FOLDS): { fold: number; params: P; result: R; n: number }[] {
  const parts = splitBySite(labels, folds);
  return parts.map((test, fold) => {
    const train = parts.filter((_, k) => k !== fold).flat();
    const params = fit(train);
    return { fold, params, result: evaluate(params, test), n: test.length };
  });
}
