// Every outlet a page might name, each with the features that say why it would be the page's own (or
// not), for the learned ranker (stages/confidence/rank.ts, weights in ranker.json beside this file):
// the weighed groups of evidence (choose.ts), plus names the patterns miss: a short capitalised line the
// page writes more than once (a logo, a footer, "Tone Deaf" above and below the article), and the parts
// of the page's first line ("Headline | Site"). Features: which signals found it, its score against the
// others, whether the page's domains spell it, where and how often the page writes it, how it is cased
// and whether it reads as common words or a person's name.
import { lineStartsOf } from '../../text/lines.js';
import { copyrightLines as copyrightMarks } from '../../text/copyright-lines.js';
import { lowerWordsOf } from '../../text/lower-words.js';
import type { Evidence } from './signals.js';
import { display, pickRule, type ChooseConfig, type Scored, type Weighed } from './choose.js';
import { nameFitsDomain, nameKey, nameWords } from './names.js';
import { trimName } from './trim.js';
import { structureFeatures, type PageStructure } from './structure.js';
import { ownSite, ownSiteFeatures, writtenOff } from './own-site.js';

export interface OutletCandidate {
  /** The outlet as it would be written (one name). */
  names: [string];
  via: string;
  /** True when the ordered rules would take it. */
  rule: boolean;
  features: Record<string, number>;
}

export interface PageNameConfig {
  not_outlets: string[];
  not_outlet_words: string[];
  section_words: string[];
  /** Most name lines taken from one page (the first ones). */
  max_lines?: number;
}

const BULLET = /^[•·*□○■☆●-]\s*/u;
const SEPARATOR = /\s+[|–—-]\s+|\s*::\s*|\s+\|\s*$/u;
const SENTENCE_END = /[.!?]['"’”]?$/u;

/** The word sets pageNameEvidence reads, made once per config object (the config is read, never written,
 * once loaded): rebuilt for every page, they and the config spread that carried them were ~1.3% of the
 * chain's CPU on polnear-dev. */
const wordSets = new WeakMap<PageNameConfig, { skip: Set<string>; chrome: Set<string> }>();
function wordSetsOf(cfg: PageNameConfig) {
  let sets = wordSets.get(cfg);
  if (!sets) {
    sets = { skip: new Set([...cfg.not_outlets, ...cfg.section_words].map((w) => w.toLowerCase())), chrome: new Set(cfg.not_outlet_words.map((w) => w.toLowerCase())) };
    wordSets.set(cfg, sets);
  }
  return sets;
}

/** Short capitalised lines the page writes more than once, and the parts of its first line: names no pattern caught. */
export function pageNameEvidence(text: string, cfg: PageNameConfig): Evidence[] {
  const { skip, chrome } = wordSetsOf(cfg);
  const nameLike = (t: string) => {
    const words = t.split(/\s+/u);
    return t.length >= 2 && t.length <= 40 && words.length <= 5 && /^[\p{Lu}\p{N}]/u.test(t) && !/[.?!:;,]$/u.test(t) && trimName(t) === t && !skip.has(t.toLowerCase()) && !words.some((w) => chrome.has(w.toLowerCase()));
  };
  const out: Evidence[] = [];
  const counts = new Map<string, number>();
  const lines = text.split('\n');
  for (const line of lines) {
    const t = line.trim().replace(BULLET, '');
    if (t.length < 2 || t.length > 40) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let taken = 0;
  for (const [t, n] of counts) {
    if (taken >= (cfg.max_lines ?? 30)) break;
    if (!nameLike(t)) continue;
    // Standing on two lines, or on one and inside another ("Get Tone Deaf to your inbox").
    if (n < 2 && text.indexOf(t, text.indexOf(t) + t.length) < 0) continue;
    out.push({ text: t, kind: /\.[a-z]{2,}$/iu.test(t) ? 'domain' : 'name', weight: 0, via: 'name-line' });
    taken++;
  }
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  const parts = first.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  // A first line that ends as a sentence ends is the article's own title or its first sentence, not "Headline | Site".
  if (parts.length >= 2 && !SENTENCE_END.test(first)) for (const p of new Set([parts[0], parts[parts.length - 1]])) if (nameLike(p)) out.push({ text: p, kind: /\.[a-z]{2,}$/iu.test(p) ? 'domain' : 'name', weight: 0, via: 'title-part' });
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where and how often the page writes `name` as whole words: count (up to 16), first and last line. */
function placesOf(name: string, text: string, lineStarts: number[]): { n: number; first: number; last: number } {
  let n = 0;
  let first = -1;
  let last = -1;
  // indexOf and a look at the characters around each hit: a pattern per candidate scanned the page ten times slower.
  for (let at = text.indexOf(name); at >= 0 && n < 16; at = text.indexOf(name, at + 1)) {
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[at + name.length] ?? '')) continue;
    if (first < 0) first = at;
    last = at;
    n++;
  }
  const lineOf = (at: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { n, first: first < 0 ? -1 : lineOf(first), last: last < 0 ? -1 : lineOf(last) };
}

/**
 * The page's candidate outlets with their features: the groups the rules weighed (`w`), and the names
 * only the ranker sees (`extra`, pageNameEvidence) as their own candidates or as features of the group
 * that already holds them; `rule` is what the ordered rules chose, if anything; `structure` (after the
 * chrome stage) adds where the page's header, article and footer write each name.
 */
export function outletCandidates(w: Weighed, extra: Evidence[], cfg: ChooseConfig, rule: { name: string } | undefined, structure?: PageStructure): OutletCandidate[] {
  const text = cfg.text;
  const lines = text.split('\n');
  const lineStarts = lineStartsOf(lines);
  // Lines as written (bullets aside): how often a name stands alone on one.
  const alone = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim().replace(BULLET, '');
    if (t && t.length <= 60) alone.set(t, (alone.get(t) ?? 0) + 1);
  }
  const nonBlank = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim());
  const topLine = nonBlank[Math.min(11, nonBlank.length - 1)]?.[1] ?? 0;
  // (a line holding one of these holds one of text/copyright-lines.ts's marks: only those lines are tested, and the
  // marks are the ones own-site.ts and structure.ts read of this page)
  const marks = copyrightMarks(text);
  const copyrightLines = lines.filter((l, i) => marks[i] === 1 && /©|\(c\)|copyright/iu.test(l)).join('\n');
  // Words of 3+ letters the page writes in lower case (looked up per candidate word: text/lower-words.ts).
  const lower = lowerWordsOf(text);
  const ruleKey = rule ? nameKey(rule.name) : undefined;
  const best = pickRule(w, cfg);
  const bestScore = w.scored[0]?.score ?? 0;
  const count = lines.length || 1;
  const topDomain = [...w.domains].sort((a, b) => b.weight - a.weight)[0];
  const out: OutletCandidate[] = [];
  const byKey = new Map<string, OutletCandidate>();
  const describe = (name: string, via: string, signals: Iterable<string>, s: Scored | undefined, rank: number): OutletCandidate => {
    const f: Record<string, number> = {};
    let n = 0;
    for (const sig of signals) {
      f[`src_${sig}`] = 1;
      n++;
    }
    f.signals = Math.min(n, 6);
    f.grouped = s ? 1 : 0;
    f.strong = s?.g.strong ? 1 : 0;
    f.self_named = s && w.selfNamed(s.g) ? 1 : 0;
    f.cited = s && w.cited(s.g) ? 1 : 0;
    f.company = s?.g.company ? 1 : 0;
    f.kind_domain = s?.g.kind === 'domain' ? 1 : 0;
    f.shown_domain = /\.[a-z]{2,}$/iu.test(name) ? 1 : 0;
    f.log_weight = Math.log1p(Math.max(0, s?.g.weight ?? 0));
    f.log_score = Math.log1p(Math.max(0, s?.score ?? 0));
    f.rank = Math.min(rank, 5);
    f.top = rank === 0 ? 1 : 0;
    f.gap = Math.log1p(Math.max(0, bestScore - (s?.score ?? 0)));
    f.rules_best = s && best === s ? 1 : 0;
    f.rule = ruleKey !== undefined && nameKey(name) === ruleKey ? 1 : 0;
    f.fits_domain = s?.g.kind === 'domain' ? (w.names.some((g) => nameFitsDomain(g.display, s.g.text)) ? 1 : 0) : w.domains.some((d) => nameFitsDomain(name, d.text)) ? 1 : 0;
    f.domains = Math.min(w.domains.length, 5);
    const words = name.replace(/^the\s+/iu, '').split(/\s+/u).filter((x) => /\p{L}/u.test(x));
    f.words = Math.min(words.length, 6);
    f.one_word = words.length === 1 ? 1 : 0;
    f.all_caps = /^[^\p{Ll}]+$/u.test(name) ? 1 : 0;
    f.digits = /\p{N}/u.test(name) ? 1 : 0;
    f.lower_words = words.length ? words.filter((x) => lower.has(x.toLowerCase())).length / words.length : 0;
    f.the = /^the\s/iu.test(name) ? 1 : 0;
    // A name the patterns never weighed may be a person's: the rules drop those from their groups.
    f.person = !s && cfg.isPerson?.(name, text) ? 1 : 0;
    const bare = name.replace(/^the\s+/iu, '');
    const p = f.shown_domain ? { n: 0, first: -1, last: -1 } : placesOf(bare, text, lineStarts);
    f.log_recur = Math.log1p(p.n);
    f.alone = Math.log1p(Math.min((alone.get(name) ?? 0) + (bare !== name ? (alone.get(bare) ?? 0) : 0), 8));
    f.first_place = p.first < 0 ? 1 : p.first / count;
    f.last_place = p.last < 0 ? 0 : p.last / count;
    f.in_top = p.first >= 0 && p.first <= topLine ? 1 : 0;
    f.in_first_line = p.first === (nonBlank[0]?.[1] ?? -2) ? 1 : 0;
    f.on_copyright = copyrightLines.includes(bare) ? 1 : 0;
    f.key_len = Math.min(nameWords(name).join('').length, 30) / 30;
    f.log_cands = Math.log1p(w.scored.length + extra.length);
    // The page's most-mentioned domain spells it: the site's own domain, not one its article mentions.
    f.fits_top_domain = topDomain && (s?.g === topDomain || nameFitsDomain(name, topDomain.text)) ? 1 : 0;
    // What backs the rules' own pick: its score, a domain that spells it, a copyright.
    f.rule_score = f.rule * f.log_score;
    f.rule_fits = f.rule * f.fits_domain;
    f.rule_copyright = f.rule * (f.src_copyright ?? 0);
    // Where chrome's article zone puts it: header, footer, menus, the title line, a parent's copyright.
    // And where it puts the rules' own pick: what tells a wrong pick (a menu word, a cited outlet) from a right one.
    if (structure) for (const [k, v] of Object.entries(structureFeatures(name, structure))) {
      f[k] = v;
      f[`rule_${k}`] = f.rule * v;
    }
    return { names: [name], via, rule: f.rule === 1, features: f };
  };
  w.scored.forEach((s, rank) => {
    const shown = display(s, w, cfg);
    const c = describe(shown.name, shown.via, s.g.signals, s, rank);
    out.push(c);
    byKey.set(nameKey(s.g.display), c);
    byKey.set(nameKey(shown.name), c);
  });
  for (const e of extra) {
    const k = nameKey(e.text);
    if (!k) continue;
    const held = byKey.get(k);
    if (held) held.features[`src_${e.via}`] = 1;
    else {
      const c = describe(e.text, e.via, [e.via], undefined, w.scored.length);
      out.push(c);
      byKey.set(k, c);
    }
  }
  // Whose page it is: written across it or on its copyright line alone, its own domain or another's (outlet/own-site.ts).
  const site = ownSite(text, w.domains.map((d) => d.text));
  const counts = out.map((c) => writtenOff(c.names[0], site));
  const most = Math.max(0, ...counts.map((k) => k.off));
  out.forEach((c, i) => Object.assign(c.features, ownSiteFeatures(c.names[0], counts[i], most, site)));
  // A name the page only cites ("told X", "first appeared on X") is not its own: the rules never take one
  // alone, nor may the ranker (a reprint's source, its copyright come along, outranked the site showing it).
  return out.filter((c) => c.rule || !c.features.cited);
}

/** Candidates are the same outlet when their folded names are. */
export const outletKey = (names: string[]): string => nameKey(names[0] ?? '');
