// A syndicated article names the outlet it first ran in ("This story originally appeared on Benzinga.com"):
// that outlet's copyright and domain came along with the text, so they name the source, not the site
// showing it. Its evidence is weighed like a wire service's and counted as a citation ("reprinted"),
// which never names the page's outlet alone.
import { compile } from '../../config/spec.js';
import { domainCore, nameFitsDomain, nameKey } from './names.js';
import { outletPatterns } from './spec.js';

export interface ReprintConfig {
  /** Patterns naming the outlet a reprint first ran in; `{NAME}` is its name. */
  reprinted_from: string[];
  wire_factor: number;
}

interface Weighed {
  text: string;
  kind: 'name' | 'domain';
  weight: number;
  via: string;
}

// Each pattern with a plain test first: the same pattern without its leading `\b` (a word boundary
// opening a case-insensitive Unicode pattern keeps the engine from skipping ahead to its first
// letters: ~13x slower over a page). Dropping an assertion only widens a pattern, so a page the test
// misses holds no match, and nearly every page is one.
const compiled = new WeakMap<string[], { re: RegExp; pre: RegExp }[]>();

/** The names a page says its article first ran in. `mayHold(i)`: false when the page holds none of the strings
 * pattern i needs (outlet/signals.ts finds them with its cues'), so the pattern is not run. */
export function reprintSources(text: string, cfg: ReprintConfig, trim: (raw: string) => string, mayHold?: (i: number) => boolean): string[] {
  let res = compiled.get(cfg.reprinted_from);
  if (!res) {
    res = cfg.reprinted_from.map((p) => {
      const re = compile(p, outletPatterns.reprint);
      return { re, pre: new RegExp(re.source.replace(/^\\b/u, ''), re.flags.replace('g', '')) };
    });
    compiled.set(cfg.reprinted_from, res);
  }
  const out: string[] = [];
  for (const [i, { re, pre }] of res.entries()) {
    if ((mayHold && !mayHold(i)) || !pre.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const got = trim(m.groups?.name ?? '');
      if (got) out.push(got);
    }
  }
  return out;
}

/** Weighs down the evidence that names a reprint's source (its name, its domain, or a name that domain spells) and marks it `reprinted`. */
export function demoteSources(evidence: Weighed[], sources: string[], factor: number): void {
  if (!sources.length) return;
  const keys = new Set(sources.map(nameKey));
  const cores = new Set(sources.filter((s) => /\.[a-z]{2,}$/iu.test(s)).map(domainCore));
  for (const e of evidence) {
    const hit = e.kind === 'domain' ? cores.has(domainCore(e.text)) || sources.some((s) => nameFitsDomain(s, e.text)) : keys.has(nameKey(e.text)) || [...cores].some((c) => nameKey(e.text) === c);
    if (hit) {
      e.weight *= factor;
      e.via = 'reprinted';
    }
  }
}
