// Weighs the evidence for each candidate outlet. Names are grouped by folded key, domains by their
// core; a name and a domain that fit each other ("Los Angeles Times" ~ latimes.com) support each
// other; a candidate the registry knows gets its bonus and the registry's spelling. The best-supported
// name wins (a domain alone when no name fits it); too little evidence gives no outlet at all.
import type { Evidence } from './signals.js';
import { domainCore, domainKey, nameFitsDomain, nameKey, nameWords } from './names.js';
import { countWhole, wholeMatches } from '../../text/whole-words.js';
import { escapeRe } from '../../text/regexp.js';

export interface Known {
  /** The registry's name for a name or domain, if it knows it. */
  lookup(nameOrDomain: string): string | undefined;
}

export interface Choice {
  name: string;
  score: number;
  via: string;
  /** How the choice was made, for its confidence (stages/confidence.ts). */
  features?: Record<string, number>;
  /** The key of the evidence group chosen (see weigh). */
  group?: string;
}

// Signals whose presence is a feature of a choice; the rest count as `sig_other`.
const FEATURE_SIGNALS = ['copyright', 'masthead', 'masthead-once', 'domain', 'domain-line', 'email', 'logo-alt', 'url-line'];

/** What the winning group's evidence looks like, and how far it stands above the next. */
function choiceFeatures(best: Scored, scored: Scored[], shown: string, text: string): Record<string, number> {
  const next = scored.find((s) => s !== best)?.score ?? 0;
  const words = shown.replace(/^the\s+/iu, '').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // A name whose words the page also writes in lower case is made of common words ("Society", "Writer").
  const lower = words.filter((w) => new RegExp(`(?<![\\p{L}])${escapeRe(w.toLowerCase())}(?![\\p{L}])`, 'u').test(text)).length;
  const domains = scored.filter((s) => s.g.kind === 'domain');
  const f: Record<string, number> = {
    log_score: Math.log1p(Math.max(0, best.score)),
    log_margin: Math.log1p(Math.max(0, best.score - next)),
    signals: Math.min(best.g.signals.size, 5),
    strong: best.g.strong ? 1 : 0,
    domain_shown: /\.[a-z]{2,}$/iu.test(shown) ? 1 : 0,
    words: Math.min(shown.split(/\s+/u).length, 6),
    all_caps: /^[^\p{Ll}]+$/u.test(shown) ? 1 : 0,
    company: best.g.company ? 1 : 0,
    registry: best.g.via.startsWith('registry+') ? 1 : 0,
    lower_on_page: words.length ? lower / words.length : 0,
    one_word: words.length === 1 ? 1 : 0,
    fits_domain: best.g.kind === 'domain' || domains.some((d) => nameFitsDomain(shown, d.g.text)) ? 1 : 0,
    domains_on_page: Math.min(domains.length, 5),
  };
  for (const s of FEATURE_SIGNALS) f[`sig_${s}`] = best.g.signals.has(s) ? 1 : 0;
  f.sig_other = [...best.g.signals].some((s) => !FEATURE_SIGNALS.includes(s)) ? 1 : 0;
  return f;
}

export interface Group {
  /** What groups its evidence: the registry's name, a domain's core or a folded name. */
  key: string;
  display: string;
  kind: 'name' | 'domain';
  weight: number;
  via: string;
  /** For domains: the full domain; for names: the name. */
  text: string;
  /** True once a signal other than a weak one supports the group. */
  strong: boolean;
  /** True once the registry's bonus was given. */
  vouched: boolean;
  /** True while every piece of evidence named a company holding rights ("AMC Network Entertainment LLC"). */
  company: boolean;
  /** Distinct signals that named it: a tie goes to the name found in more ways. */
  signals: Set<string>;
}

export interface ChooseConfig {
  registry_bonus: number;
  min_score: number;
  frequency_cap: number;
  weak_signals: string[];
  /** Weak signals that cite an outlet rather than name the page's own: never enough alone. */
  cited_signals: string[];
  /** Least evidence for a domain no name on the page spells. */
  domain_min_score: number;
  /** Words that make a name an organisation's (from the byline settings): such names are never taken for a person. */
  org_words: string[];
  /** The page, to count how often a candidate name recurs in it. */
  text: string;
  /** True when a name reads as a person's in the page: people are never the outlet. */
  isPerson?: (name: string, text: string) => boolean;
  /** Chrome, corporate and never-outlet words (the signals' own): never taken as the rest of a name cut short. */
  not_outlet_words?: string[];
  header_noise?: string[];
  corporate_suffixes?: string[];
  not_outlets?: string[];
}


const SPACE = /^\s$/u;
/**
 * False when no place of `text` writes `name` right after "By" or "by", a colon perhaps and some space: where the
 * credit pattern above (weigh) cannot match, so it is not compiled and run over the page for a name the page does
 * not credit (nearly every name). A name opening with a space is left to the pattern.
 */
export function creditMayPrecede(text: string, name: string): boolean {
  if (!name || SPACE.test(name[0])) return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let k = at;
    while (k > 0 && SPACE.test(text[k - 1])) k--;
    if (k === at) continue;
    if (text[k - 1] === ':') k--;
    if (k >= 2 && text[k - 1] === 'y' && (text[k - 2] === 'B' || text[k - 2] === 'b')) return true;
  }
  return false;
}

/** log2 of how often `name` occurs in `text` as whole words, case as written. */
function recurrence(name: string, text: string): number {
  const n = countWhole(name, text, 64);
  return n > 1 ? Math.log2(n) : 0;
}

/** A group of evidence and its score: one candidate outlet. */
export interface Scored {
  g: Group;
  score: number;
}

/** The evidence grouped into candidates and scored, best first, with what the page says of each. */
export interface Weighed {
  all: Group[];
  names: Group[];
  domains: Group[];
  scored: Scored[];
  /** True when the page speaks of the group as itself (not only cites it). */
  selfNamed: (g: Group) => boolean;
  /** True when every signal that found the group cites another outlet ("told X"). */
  cited: (g: Group) => boolean;
}

export function weigh(evidence: Evidence[], known: Known, cfg: ChooseConfig): Weighed {
  const registryBonus = cfg.registry_bonus;
  const groups = new Map<string, Group>();
  for (const e of evidence) {
    const reg = known.lookup(e.text);
    const key = reg ? 'reg:' + nameKey(reg) : e.kind === 'domain' ? 'dom:' + domainCore(e.text) : 'name:' + nameKey(e.text);
    if (key.endsWith(':')) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, display: reg ?? (e.kind === 'domain' ? domainKey(e.text) : e.text), kind: reg ? 'name' : e.kind, weight: 0, via: reg ? `registry+${e.via}` : e.via, text: e.text, strong: false, vouched: false, company: true, signals: new Set() }));
    g.signals.add(e.via);
    g.company &&= !!e.company;
    g.weight += e.weight;
    // The registry vouches for an outlet the page names as itself, not for one it merely mentions ("told Fox News").
    if (!cfg.weak_signals.includes(e.via)) {
      // Nor for a company holding the rights ("FOX News Network, LLC" on a sister site): that names the parent.
      if (reg && !g.vouched && !e.company) {
        g.weight += registryBonus;
        g.vouched = true;
      }
      g.strong = true;
    }
  }
  // An acronym the page also spells out ("RNS", "Religion News Service") is that name's evidence too.
  const spelled = [...groups.values()].filter((g) => g.kind === 'name' && /\s/u.test(g.display));
  for (const [k, g] of groups) {
    if (g.kind !== 'name' || !/^\p{Lu}{2,6}$/u.test(g.display)) continue;
    const full = spelled.find((f) => initials(f.display).includes(g.display));
    if (full) {
      absorb(full, g);
      groups.delete(k);
    }
  }
  // A word of a longer name ("Star", "Toronto Star"; "NBC", "NBC News") is that name's evidence too,
  // when the longer name has evidence of its own, not dwarfed by the word's ("Sun" vs an edition's "Scottish Sun").
  for (const [k, g] of groups) {
    if (g.kind !== 'name' || /\s/u.test(g.display.replace(/^the\s+/iu, ''))) continue;
    const word = g.display.replace(/^the\s+/iu, '').toLowerCase();
    const longer = [...groups.values()].filter((f) => f !== g && f.kind === 'name' && (() => { const ws = nameWords(f.display); return ws.length > 1 && ws.length <= 4 && (ws[0] === word || ws[ws.length - 1] === word); })());
    if (longer.length === 1 && longer[0].weight * 4 >= g.weight) {
      absorb(longer[0], g);
      groups.delete(k);
    }
  }
  // A person the page credits as its author ("By Lance Ulanoff", "Written by Jo Roe") is not the outlet; an outlet credited
  // as author ("By NBC News") keeps its organisation word.
  const orgs = new Set(cfg.org_words.map((w) => w.toLowerCase()));
  for (const [k, g] of groups) {
    const words = g.display.split(/\s+/u);
    if (g.kind !== 'name' || words.length < 2 || words.length > 3 || words[0] === 'The' || words.some((w) => orgs.has(w.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(w))) continue;
    if (creditMayPrecede(cfg.text, g.display) && new RegExp(`(?:^|[^\\p{L}])(?:By|(?:Written|Posted) by):?\\s+${escapeRe(g.display)}(?=[ \\t]*$|[ \\t]*[.,|•·(]|[ \\t]+and[ \\t]|[ \\t]*\\d)`, 'mu').test(cfg.text)) groups.delete(k);
  }
  // A person the page writes about is never its publisher, however the patterns caught the name;
  // a name the registry knows is an outlet's ("Perez Hilton").
  if (cfg.isPerson) for (const [k, g] of groups) if (g.kind === 'name' && !k.startsWith('reg:') && cfg.isPerson(g.display, cfg.text)) groups.delete(k);
  const all = [...groups.values()];
  const names = all.filter((g) => g.kind === 'name');
  const domains = all.filter((g) => g.kind === 'domain');
  // Recurrence can lift a name by at most frequency_cap: only names within that reach of the best are counted.
  const top = Math.max(0, ...all.map((g) => g.weight));
  const scored = all.map((g) => {
    // Recurrence backs a name found by a strong signal fully, one found only by weak ones by half.
    const rec = g.kind === 'name' && g.weight + cfg.frequency_cap >= top ? Math.min(cfg.frequency_cap, recurrence(g.display.replace(/^the\s+/iu, ''), cfg.text)) : 0;
    let score = g.weight + (g.strong ? rec : rec / 2);
    // Support from the other kind: a name spelled like one of the page's domains, and vice versa.
    if (g.kind === 'name') for (const d of domains) if (nameFitsDomain(g.display, d.text)) score += d.weight;
    if (g.kind === 'domain') for (const n of names) if (nameFitsDomain(n.display, g.text)) score += n.weight;
    return { g, score };
  });
  // A tie goes to the name found in more ways, then to the page's own name over a company holding its rights
  // ("Follow BBC America" over "© AMC Network Entertainment LLC"), then to a name over a domain.
  scored.sort((a, b) => b.score - a.score || b.g.signals.size - a.g.signals.size || Number(a.g.company) - Number(b.g.company) || (a.g.kind === 'name' ? -1 : 1) - (b.g.kind === 'name' ? -1 : 1));
  // Only the page speaking of itself names its outlet: a name found by weak signals alone ("told People",
  // a headline-like first line) is someone the page mentions, not its publisher.
  // A weakly found name the page's own domains spell ("told TechCrunch" on techcrunch.com) is the page's own.
  // A name found only by weak signals wins when the registry knows it as an outlet or the page's domains spell it,
  // unless all that found it are citations ("told TechCrunch"): an outlet the page cites is not its publisher.
  // So does one the page lists as an entry of its own menus ("• Kotaku" in a network bar, and "Image: ... / Kotaku").
  const menu = menuEntries(cfg.text);
  const selfNamed = (g: Group) => g.strong || (![...g.signals].every((s) => cfg.cited_signals.includes(s)) && (g.via.startsWith('registry+') || domains.some((d) => nameFitsDomain(g.display, d.text)) || menu.has(nameKey(g.display))));
  const cited = (g: Group) => [...g.signals].every((s) => cfg.cited_signals.includes(s));
  return { all, names, domains, scored, selfNamed, cited };
}

/** The ordered rules' pick: the best-scored group the page names as itself, unless its evidence is too little. */
export function pickRule(w: Weighed, cfg: ChooseConfig): Scored | undefined {
  const { names, scored } = w;
  const best = scored.find((s) => s.g.kind === 'domain' || w.selfNamed(s.g));
  if (!best || best.score < cfg.min_score) return undefined;
  // A domain no name on the page supports may be one the article merely mentions ("visit bettiepage.com").
  // Nor does a name the page only cites back it ("told UsMagazine.com").
  // A known outlet's domain only mentioned in prose ("According to washingtonpost.com") is held to the same bar.
  if (best.g.kind === 'name' && [...best.g.signals].every((s) => s === 'domain') && best.score < cfg.domain_min_score) return undefined;
  if (best.g.kind === 'domain' && !names.some((n) => !w.cited(n) && nameFitsDomain(n.display, best.g.text)) && best.score < cfg.domain_min_score + (names.some((n) => nameFitsDomain(n.display, best.g.text)) ? 1 : 0)) return undefined;
  return best;
}

export function chooseOutlet(evidence: Evidence[], known: Known, cfg: ChooseConfig): Choice | undefined {
  return chooseFrom(weigh(evidence, known, cfg), cfg);
}

/** The ordered rules' choice among weighed groups, written as the outlet. */
export function chooseFrom(w: Weighed, cfg: ChooseConfig): Choice | undefined {
  const best = pickRule(w, cfg);
  if (!best) return undefined;
  const shown = display(best, w, cfg);
  return { ...shown, score: best.score, features: choiceFeatures(best, w.scored, shown.name, cfg.text), group: best.g.key };
}

/** How a group is written as the outlet, and how it was found. */
export function display(best: Scored, w: Weighed, cfg: ChooseConfig): { name: string; via: string } {
  const { all, domains, scored } = w;
  // A domain that wins is shown by the name that fits it best, when the page wrote one.
  if (best.g.kind === 'domain') {
    const fit = scored.find((s) => s.g.kind === 'name' && nameFitsDomain(s.g.display, best.g.text));
    if (fit) return { name: fit.g.display, via: `${fit.g.via}+domain` };
  }
  // A one-word name the page's copyright writes in full ("Star", "© Toronto Star Newspapers Ltd.") is shown in full.
  if (best.g.kind === 'name' && !best.g.via.startsWith('registry+') && !/\s/u.test(best.g.display.replace(/^the\s+/iu, ''))) {
    const word = best.g.display.replace(/^the\s+/iu, '').toLowerCase();
    const holder = all.find((g) => g !== best.g && g.kind === 'name' && g.signals.has('copyright') && (() => { const ws = nameWords(g.display); return ws.length > 1 && ws.length <= 4 && ws[ws.length - 1] === word; })());
    if (holder) return { name: holder.display, via: `${best.g.via}+copyright` };
  }
  // An acronym the page spells out somewhere ("About SEW", "Search Engine Watch") is shown spelled out,
  // unless the registry names it or the page's domain is spelled by the acronym itself (nasa.gov).
  if (/^\p{Lu}{2,6}$/u.test(best.g.display) && !best.g.via.startsWith('registry+') && !domains.some((d) => nameFitsDomain(best.g.display, d.text))) {
    const full = spelledOut(best.g.display, cfg.text);
    if (full) return { name: full, via: `${best.g.via}+spelled` };
    // Not spelled out in words, but in the page's own domain ("WDW", whosdatedwho.com standing in the footer):
    // the domain says more than the letters.
    const own = domains.filter((d) => d.weight >= cfg.domain_min_score && initialsIn(best.g.display, domainCore(d.text))).sort((a, b) => b.weight - a.weight)[0];
    if (own) return { name: own.display, via: `${best.g.via}+domain` };
  }
  return { name: best.g.display, via: best.g.via };
}

/**
 * How the chosen outlet is written: a one-word name the page mostly writes as the start of a longer one
 * ("About Quillon", "Have Quillon Quarterly sent to you", "Quillon Quarterly welcomes letters") is that
 * longer name cut short by the pattern that caught it. Applied to the choice only, after the rules or the
 * ranker chose: the candidates and their features stay as the patterns found them.
 */
export function writtenInFull(name: string, cfg: Parameters<typeof fuller>[1]): string {
  if (/\.[a-z]{2,}$/iu.test(name)) return name;
  // A name of several words caught where a long line wraps ("Credit...Jo Roe/The Harbor" then "Ledger" opening
  // the next line) is the longer name the page writes, when it writes it so in most places.
  // (The longer name must stand whole on one line somewhere: a name closing its own line over a line that
  // opens "The ..." is no cut.)
  if (/\s/u.test(name)) {
    const full = wrapped(name, cfg.text) ? fuller(name, cfg, 1, '[ \\t\\n]') : name;
    // Nor is a logo's echo ("Harbor Ledger Harbor Ledger" read as "Harbor Ledger Harbor").
    const added = full.slice(name.length + 1);
    return full !== name && added !== name.split(/\s+/u)[0] && countWhole(full, cfg.text, 1) > 0 ? full : name;
  }
  // A word the page writes more than once and only ever doubled is a doubled name ("Clink Clink"), not a
  // logo's echo (which stands once, where the logo is).
  const count = (s: string) => [...wholeMatches(s, cfg.text, true)].length;
  const twice = count(`${name} ${name}`);
  if (twice >= 2 && count(name) === 2 * twice) return `${name} ${name}`;
  return fuller(name, cfg);
}

/**
 * `name` extended by the capitalised word the page writes after it in more than half of the places it
 * writes it (up to three words more: "Harbor" -> "Harbor Home Journal"); chrome words, months and
 * possessives never extend it.
 */
/**
 * What `(?<![\p{L}\p{N}])NAME(?![\p{L}\p{N}'’])(?:GAP([^\s]+))?` with flags `gu` matches in `text`, each match's
 * text and word after: the name found as a plain string, the code points around it and the word after read with
 * patterns compiled once (one per name per step, its \p classes, cost ~0.2 ms to compile and ran in V8's
 * interpreter). A name that is empty or holds a surrogate keeps the whole pattern.
 */
export function* nameThenWord(name: string, text: string, gap: string): Generator<{ 0: string; 1?: string }> {
  if (!name || /[\uD800-\uDFFF]/u.test(name)) {
    yield* text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}'’])(?:${gap}([^\\s]+))?`, 'gu'));
    return;
  }
  let after = WORD_AFTER.get(gap);
  if (!after) WORD_AFTER.set(gap, (after = new RegExp(`(?:${gap}([^\\s]+))?`, 'uy')));
  for (let at = text.indexOf(name); at >= 0; ) {
    const end = at + name.length;
    NO_WORD_BEFORE.lastIndex = at;
    NO_WORD_AFTER.lastIndex = end;
    if (NO_WORD_BEFORE.test(text) && NO_WORD_AFTER.test(text)) {
      after.lastIndex = end;
      const m = after.exec(text)!;
      yield { 0: name + m[0], 1: m[1] };
      at = text.indexOf(name, end + m[0].length);
    } else at = text.indexOf(name, at + 1);
  }
}
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/uy;
const NO_WORD_AFTER = /(?![\p{L}\p{N}'’])/uy;
/** The optional word after a name, per gap (fuller's two). */
const WORD_AFTER = new Map<string, RegExp>();

export function fuller(name: string, cfg: Pick<ChooseConfig, 'text' | 'not_outlet_words' | 'header_noise' | 'corporate_suffixes' | 'not_outlets'>, steps = 3, gap = '[ \\t]'): string {
  const chrome = new Set([...(cfg.not_outlet_words ?? []), ...(cfg.header_noise ?? []), ...(cfg.corporate_suffixes ?? []), ...(cfg.not_outlets ?? [])].map((w) => w.toLowerCase()));
  let cur = name;
  for (let k = 0; k < steps; k++) {
    let n = 0;
    const next = new Map<string, number>();
    for (const m of nameThenWord(cur, cfg.text, gap)) {
      n++;
      const w = m[1]?.replace(/[.,:;!?)]+$/u, '');
      // A word as names are written (Title, CAPITALS or a number), not one glued to the next cell ("7Meet"), nor the name's own echo.
      if (w && WORD_SHAPE.test(w) && !chrome.has(w.toLowerCase()) && !MONTH_WORD.test(w) && w !== cur.split(' ').pop()) next.set(w, (next.get(w) ?? 0) + 1);
      if (n >= 64) break;
    }
    const [w, c] = [...next].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n < 2 || c * 2 <= n) break;
    cur = `${cur} ${w}`;
  }
  return cur;
}
/** True when `name` ends a line that holds more than it, the next line opening with a capitalised word: a wrapped line's cut. */
function wrapped(name: string, text: string): boolean {
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 64; at = text.indexOf(name, at + 1), seen++) {
    const end = at + name.length;
    if (text[end] !== '\n' || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    if (/\S/u.test(text.slice(start, at)) && /^[ \t]*\p{Lu}\p{Ll}/u.test(text.slice(end + 1, end + 40))) return true;
  }
  return false;
}
const WORD_SHAPE = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}[\p{Lu}&.-]*|\p{N}+)$/u;
const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*$/u;

/** The capitalised run of words the page writes most often whose initials are `acronym`. */
function spelledOut(acronym: string, text: string): string | undefined {
  const counts = new Map<string, number>();
  const run = /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|and|&|the|for|on|in)[ \t]+)?\p{Lu}[\p{L}'’-]*){1,6}/gu;
  for (const m of text.matchAll(run)) {
    // Only the run's words that can open the acronym: "Welcome to Search Engine Watch" -> "Search Engine Watch".
    const words = m[0].split(/[ \t]+/u);
    for (let i = 0; i < words.length; i++) {
      if (words[i][0] !== acronym[0]) continue;
      for (let j = words.length; j > i + 1; j--) {
        const cand = words.slice(i, j).join(' ');
        if (initials(cand).includes(acronym)) counts.set(cand, (counts.get(cand) ?? 0) + 1);
      }
    }
  }
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/** The folded names standing alone as bulleted entries of the page's menus ("  • Kotaku"). */
function menuEntries(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*[•□○■*][ \t]+([^\n]{2,40}?)[ \t]*$/gmu)) out.add(nameKey(m[1]));
  return out;
}

/** True when a domain core opens with an acronym's first letter and holds the rest in order: WDW ~ whosdatedwho. */
export function initialsIn(acronym: string, core: string): boolean {
  const letters = acronym.toLowerCase();
  if (!core.startsWith(letters[0])) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = core.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** One group's evidence counted for another: its weight, its signals and whether a strong one found it. */
function absorb(into: Group, from: Group): void {
  into.weight += from.weight;
  into.strong ||= from.strong;
  into.company &&= from.company;
  for (const s of from.signals) into.signals.add(s);
}

/** Initials of a name, with and without its small words: "The Times of India" -> TTOI, TOI, TTI, TI. */
function initials(name: string): string[] {
  const words = name.split(/\s+/u).filter(Boolean);
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const big = words.filter((w) => !/^(?:of|and|&|for|the|on|in)$/iu.test(w)).map((w) => w[0].toUpperCase()).join('');
  const noThe = words.filter((w, i) => !(i === 0 && /^the$/iu.test(w))).map((w) => w[0].toUpperCase()).join('');
  return [all, big, noThe];
}
