// Evidence of who published a page, gathered from its own text: copyright holders, self-references
// ("More from Forbes", "Kotaku Staff", "your Forbes account", "At TRN, she ..."), photo credits ending in
// "/ Outlet", byline affiliations ("By A For Dailymail.Com"), and the page's domains (URLs, "TODAY.com",
// e-mail addresses). Each signal is a configured pattern with a weight; `{NAME}` in a pattern stands
// for a capitalised name, trimmed at its first lower-case word.
import { compile } from '../../config/spec.js';
import { unglue } from '../../text/names.js';
import { logoAltEvidence } from './logo-alt.js';
import { outletPatterns } from './spec.js';
import { domainCore, domainKey, nameKey, stripSuffixes } from './names.js';
import { demoteSources, reprintSources } from './reprints.js';
import { beforeChrome, echoOnce, echoOnceOn, MONTH, OPENERS, trimName, trimNameFromEnd } from './trim.js';
import { lineAround } from '../../text/lines.js';
import { chromeOpened } from './chrome-opener.js';
import { escapeRe } from '../../text/regexp.js';
import { anyOfCue, DIGIT, neededStrings } from '../../text/literals.js';
import { StringLines } from '../../text/string-lines.js';

export interface SignalRule {
  name: string;
  pattern: string;
  weight: number;
  /** Which end of the captured words holds the name: "start" ("Kotaku is a site"), "end" ("Alaina Yee is PCWorld"). */
  read_from: string;
  /** A cheap pattern a line must hold before the signal's pattern is tried on it ("" = try the whole page). */
  cue: string;
}

export interface SignalConfig {
  signals: SignalRule[];
  corporate_suffixes: string[];
  publishers: string[];
  not_outlets: string[];
  /** Words no outlet name contains ("Policy", "Privacy"): a candidate holding one is site chrome. */
  not_outlet_words: string[];
  ignore_domains: string[];
  domain_weight: number;
  /** Evidence of a domain standing alone on its line. */
  domain_line_weight: number;
  signal_cap: number;
  domain_cap: number;
  header_lines: number;
  header_weight: number;
  header_noise: string[];
  header_names: number;
  /** Section names (from the section stage's vocabulary): menu entries, never a masthead. */
  section_words: string[];
  wire_services: string[];
  wire_factor: number;
  /** Signals naming a rights holder: a publisher's name opening one ("Future US, Inc.") is the parent company. */
  holder_signals: string[];
  /** Patterns naming the outlet a reprinted article first ran in ("originally appeared on {NAME}"). */
  reprinted_from: string[];
  /** Signals of the site speaking of itself as a business in its own chrome: a reprint source they name is the site. */
  self_voice_signals?: string[];
  /** Evidence of a logo image whose alt text opens the name beside it. */
  logo_alt_weight: number;
}

export interface Evidence {
  /** A name as written, or a domain (`kind: 'domain'`). */
  text: string;
  kind: 'name' | 'domain';
  weight: number;
  via: string;
  /** Named with a corporate suffix ("Toronto Star Newspapers Ltd."): perhaps the parent company rather than the site. */
  company?: boolean;
}

// A domain starts where a label starts: without the lookbehind every position inside a long token is
// tried and each try runs to its end (quadratic: 64 KB without a space took 15 s).
// A country's second level before the bare "com" it opens: the first alternative that holds is taken, and "com"
// alone cut "m.harbor.com.au" at "m.harbor.com", a domain the page never wrote.
const SUFFIXES = String.raw`(?:com\.au|co\.uk|co\.nz|co\.in|com|net|org|news|tv|gov|ca|in|ie|io|us)\b`;
export const DOMAIN_RE = new RegExp(String.raw`(?<![a-z0-9-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*[a-z0-9-]+\.` + SUFFIXES, 'giu');
/** How every match of DOMAIN_RE ends, with its flags: a page that holds none (872 of polnear-dev's 924
 * pages) needs no pass of DOMAIN_RE, which tries every word of the page (~1% of the chain's CPU there). */
export const DOMAIN_END = new RegExp(String.raw`\.` + SUFFIXES, 'iu');
const EMAIL_RE = /\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/giu;

// A cue is also compiled global and multiline (`scan`): one pass over the page finds where it may hold,
// and only the lines those places fall on are tested as before. A line that holds its cue alone holds it
// in the page too (a line's ends are ^ and $ there, and \b sees the newline as a non-word), and the scan
// tries every place of that line before passing it, so no line is missed; a place the scan finds across
// lines only brings its line to the line's own test.
//
// Most cues are found another way still: by the strings each needs (text/literals.ts), all of them in one pass
// over the page (text/string-lines.ts), and the cue then tested on the lines holding one, in order. A cue holds on
// a line only where one of its strings stands, so these are the lines the cue alone holds on, as the scan finds.
// A cue that needs a short or a common string beside other parts (",[ \t]+(?:she|he|they|we)\b" needs "he") would be
// tested on most lines: it keeps its scan.
interface CompiledRule {
  rule: SignalRule;
  re: RegExp;
  cue?: RegExp;
  scan?: RegExp;
  /** The rule's set in `strings`, when its cue is found by the strings it needs. */
  set?: number;
}
// The reprint patterns' strings (outlet/reprints.ts) ride on the same pass: a pattern none of whose strings a line
// holds is not run over the page (its matches never cross a line).
interface Compiled {
  rules: CompiledRule[];
  strings: StringLines;
  /** The reprint patterns the sets after the rules' were read from, and each one's set (undefined: unreadable). */
  reprints: string[];
  reprintSets: (number | undefined)[];
}
const compiled = new WeakMap<SignalRule[], Compiled>();
function rulesOf(cfg: SignalConfig): Compiled {
  let rs = compiled.get(cfg.signals);
  // {NAME} and {CAP}: see outletPatterns.signal (spec.ts), which the loader compiled at start-up.
  if (!rs) {
    const sets: string[][] = [];
    const rules = cfg.signals.map((rule): CompiledRule => {
      const cue = rule.cue ? compile(rule.cue, outletPatterns.cue) : undefined;
      const needs = cue && byStrings(cue);
      if (needs) sets.push(needs);
      return { rule, re: compile(rule.pattern, outletPatterns.signal), cue, scan: cue ? new RegExp(cue.source, `${cue.flags}gm`) : undefined, set: needs ? sets.length - 1 : undefined };
    });
    const reprintSets = cfg.reprinted_from.map((p) => {
      const needs = neededStrings(compile(p, outletPatterns.reprint));
      if (!needs?.length || needs.includes(DIGIT)) return undefined;
      sets.push(needs);
      return sets.length - 1;
    });
    compiled.set(cfg.signals, (rs = { rules, strings: new StringLines(sets), reprints: cfg.reprinted_from, reprintSets }));
  }
  return rs;
}

/** The strings a cue is found by (see above), or undefined when it keeps its scan. */
function byStrings(cue: RegExp): string[] | undefined {
  const needs = neededStrings(cue);
  if (!needs?.length || needs.includes(DIGIT)) return undefined;
  // (a cue that is its strings' alternation holds on every line that holds one: nothing is tested in vain)
  const alternation = anyOfCue(needs).source === cue.source;
  return alternation || needs.every((s) => s.replace(/ /gu, '').length >= 3) ? needs : undefined;
}

/** The page's lines (in order, each once) that hold `cue` when tested alone: see `scan` above. */
export function cueLines(text: string, lines: string[], starts: number[], cue: RegExp, scan: RegExp): string[] {
  const out: string[] = [];
  scan.lastIndex = 0;
  let i = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    while (i + 1 < starts.length && starts[i + 1] <= m.index) i++;
    if (cue.test(lines[i])) out.push(lines[i]);
    if (i + 1 >= starts.length) break;
    scan.lastIndex = starts[i + 1];
  }
  return out;
}

/** Where each line starts in the page they were split from. */
function lineStarts(lines: string[]): number[] {
  const starts = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  return starts;
}

/** Matches of a signal: over the whole page, or over the lines that hold its cue (patterns that open with a name are costly). */
function* matches(chunks: string[], re: RegExp): Generator<RegExpExecArray> {
  for (const chunk of chunks) {
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      if (m[0].length === 0) re.lastIndex++;
      yield m;
    }
  }
}

/**
 * What gatherEvidence derives from its config alone (word sets, the logo-echo and header-noise patterns),
 * built once per config object: rebuilt for every page they took ~20% of the outlet stage (stage-cpu over
 * 300 pages: 1.05 -> 0.84 ms a page once kept). The config is read, never written, once loaded.
 */
interface Derived {
  glueCues: Set<string>;
  publishers: Set<string>;
  forbidden: Set<string>;
  holders: Set<string>;
  notOutlets: Set<string>;
  networks: Set<string>;
  logoEcho: RegExp;
  sections: Set<string>;
  headerNoise: RegExp;
  wires: Set<string>;
  ignore: string[];
}
const derivedOf = new WeakMap<SignalConfig, Derived>();
function derived(cfg: SignalConfig): Derived {
  let d = derivedOf.get(cfg);
  if (d) return d;
  const noise = cfg.header_noise.map((w) => escapeRe(w)).join('|');
  d = {
    glueCues: new Set([...cfg.header_noise, ...cfg.not_outlet_words, ...cfg.corporate_suffixes].map((w) => w.toLowerCase())),
    publishers: new Set([...cfg.publishers, ...cfg.not_outlets].map((p) => p.toLowerCase())),
    forbidden: new Set(cfg.not_outlet_words.map((w) => w.toLowerCase())),
    holders: new Set(cfg.holder_signals),
    notOutlets: new Set(cfg.not_outlets.map((w) => w.toLowerCase())),
    networks: new Set(cfg.ignore_domains.map((d) => domainCore(d)).filter(Boolean)),
    logoEcho: new RegExp(`^(.+?)[ \\t]+(?:${noise})[ \\t]+\\1$`, 'iu'),
    sections: new Set(cfg.section_words.map((w) => w.toLowerCase())),
    headerNoise: new RegExp(`\\s+(?:${noise})\\b.*$`, 'iu'),
    wires: new Set(cfg.wire_services.map((w) => w.toLowerCase().replace(/^the\s+/u, ''))),
    ignore: [...new Set(cfg.ignore_domains.map((d) => domainKey(d)))],
  };
  derivedOf.set(cfg, d);
  return d;
}

/** After an initialism, a capitalised word glued on ("L.P.Terms"): where a space goes. */
const INITIALISM_GLUE = /(?<=(?<![\p{L}.])\p{Lu}\.\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu;
/** What every place INITIALISM_GLUE marks stands in: its initialism's second letter and dot, and the capital after them. */
const INITIALISM_CUE = /\.\p{Lu}\.\p{Lu}/u;
/**
 * A space between an initialism and the capitalised word w3m glued to it ("World Report L.P.Terms" -> "L.P. Terms").
 * (INITIALISM_GLUE opens with a look-behind, tried at every place of a whole page; the INITIALISM_CUE pass, which
 * opens with a dot, rules out a page that holds no such place at about a third of the cost: test/initialism-glue.test.ts.)
 */
export const spaceInitialisms = (text: string): string => (INITIALISM_CUE.test(text) ? text.replace(INITIALISM_GLUE, ' ') : text);

/** `scanEveryCue`: every cue found by its own scan, as before the strings' pass (the tests compare the two). */
export function gatherEvidence(page: string, cfg: SignalConfig, { scanEveryCue = false } = {}): Evidence[] {
  const out: Evidence[] = [];
  const { glueCues, publishers, forbidden, holders, notOutlets, networks, logoEcho, wires, ignore } = derived(cfg);
  // w3m glues cells: "Miami Herald LogoMiami Herald", "UK EditionChange", "SubscribeMenu".
  // And after an initialism: "World Report L.P.Terms & Conditions".
  const text = spaceInitialisms(unglue(page, glueCues));
  const chrome = (name: string) => name.split(/\s+/u).some((w) => forbidden.has(w.toLowerCase()));
  const lines = text.split('\n');
  const starts = lineStarts(lines);
  const { rules, strings, reprints, reprintSets } = rulesOf(cfg);
  const holding = scanEveryCue ? [] : strings.linesOf(text);
  // (signals sharing a cue, "inbox", read the lines found once)
  const byCue = new Map<string, string[]>();
  const linesOf = (cue: RegExp, scan: RegExp, set: number | undefined) => {
    let found = byCue.get(cue.source);
    if (!found) {
      if (set === undefined || scanEveryCue) found = cueLines(text, lines, starts, cue, scan);
      else {
        found = [];
        for (const i of holding[set]) if (cue.test(lines[i])) found.push(lines[i]);
      }
      byCue.set(cue.source, found);
    }
    return found;
  };
  for (const { rule, re, cue, scan, set } of rules) {
    // One signal repeating a name (every photo credit of a gallery) counts a few times at most.
    const seen = new Map<string, number>();
    for (const m of matches(cue && scan ? linesOf(cue, scan, set) : [text], re)) {
      const raw = m.groups?.name;
      if (!raw) continue;
      if (m.groups?.cap && !/\p{Lu}/u.test(m.groups.cap)) continue;
      // A pattern that goes on after the name must meet the name itself, not a lower-case word the
      // case-insensitive pattern ran on to ("The Chargers have been ... positive contributors").
      const after = m[0].slice(m[0].lastIndexOf(raw) + raw.length);
      const trimmed = (rule.read_from === 'end' ? trimNameFromEnd(raw) : trimName(raw)).replace(/[’']s$/u, '');
      // Nor a possessive: "Cummings's staff" is a person's staff, not a site's credit "Kotaku Staff".
      if (rule.read_from !== 'end' && /\p{L}/u.test(after) && (trimmed !== raw.replace(/[.,:;!-]+$/u, '') || /[’']s$/u.test(raw))) {
        // The name may start further on ("... as it has been updated. Harbor Tech uses cookies"): try again from the next word.
        re.lastIndex = m.index + m[0].lastIndexOf(raw) + 1;
        continue;
      }
      // w3m writes a logo's alt text and the name beside it: "Miami Herald Logo Miami Herald".
      // (A name the page writes doubled in a sentence is a repeated word's: "Harbor Harbor uses cookies".)
      const held = stripSuffixes(echoOnceOn(trimmed.replace(logoEcho, '$1'), text), cfg.corporate_suffixes);
      const name = beforeChrome(held, forbidden, networks);
      // A word that never names an outlet opening a name makes it chrome ("Our Brands", "Us on Social"), though an
      // agency's initials may open a site's own ("AP News") and a modifier a title-case one that a signal's sentence
      // writes as a name ("Live Harbor is supported by its audience": chrome-opener.ts; a masthead line, read with no
      // sentence around it, still drops it: "Close Alert", "Watch Now" are buttons). A publisher opening a holder's
      // name is the parent ("Hearst Television"); elsewhere it may open the site's own ("a reporter at Yahoo Finance").
      const first = name.split(' ')[0];
      const parent = (!/^\p{Lu}{2,}$/u.test(first) && chromeOpened(name, notOutlets, forbidden)) || (holders.has(rule.name) && publishers.has(first.toLowerCase()));
      if (!name || name.length < 2 || /^\d+$/u.test(name) || MONTH.test(name) || publishers.has(name.toLowerCase()) || parent || chrome(name)) continue;
      const times = (seen.get(name) ?? 0) + 1;
      seen.set(name, times);
      if (times > cfg.signal_cap) continue;
      // A holder named with a corporate suffix ("Hearst Communications, Inc.") is often the parent company.
      // Only a cut word makes a company: "U.S." written "U.S" is the same name.
      const company = held !== stripSuffixes(trimmed, []);
      const weight = company ? rule.weight / 2 : rule.weight;
      if (/\.[a-z]{2,}$/iu.test(name)) out.push({ text: name, kind: 'domain', weight, via: rule.name, company });
      out.push({ text: name, kind: 'name', weight, via: rule.name, company });
    }
  }
  out.push(...headerEvidence(lines, cfg, publishers).filter((e) => !chrome(e.text)));
  out.push(...logoAltEvidence(text, cfg.logo_alt_weight, (raw) => (trimName(raw) === raw.trim() && !chrome(raw) && !publishers.has(raw.trim().toLowerCase()) ? raw.trim() : '')));
  // A wire service's copyright or credit on a site's page names the wire, not the site.
  for (const e of out) if (wires.has(e.text.toLowerCase().replace(/^the\s+/u, ''))) e.weight *= cfg.wire_factor;
  const ignored = (d: string) => ignore.some((i) => d === i || d.endsWith('.' + i));
  const perDomain = new Map<string, number>();
  const addDomain = (d: string, via: string, weight = cfg.domain_weight) => {
    const k = domainKey(d);
    if (ignored(k)) return;
    const n = perDomain.get(k) ?? 0;
    if (n >= cfg.domain_cap) return;
    perDomain.set(k, n + 1);
    out.push({ text: k, kind: 'domain', weight, via });
  };
  // (Most pages hold no "@": then neither pass over the page can match.)
  const mail = text.includes('@');
  if (mail) for (const m of text.matchAll(EMAIL_RE)) addDomain(m[1], 'email');
  const withoutEmails = mail ? text.replace(EMAIL_RE, ' ') : text;
  for (const m of DOMAIN_END.test(withoutEmails) ? withoutEmails.matchAll(DOMAIN_RE) : []) {
    // A domain standing alone on its line is the site's chrome (a logo, a footer), not a mention in prose.
    const alone = lineAround(withoutEmails, m.index, m.index + m[0].length).line.trim() === m[0];
    addDomain(m[0], alone ? 'domain-line' : 'domain', alone ? cfg.domain_line_weight : cfg.domain_weight);
  }
  // A reprint's source came along with its text (its copyright, its domain): it is not the site showing it.
  // (Unless the site speaks of itself so in its own chrome, "Harbor Lab is supported by its audience", which a reprint's
  // text does not carry: its article first ran on the site itself.)
  const selfVoice = new Set(out.filter((e) => cfg.self_voice_signals?.includes(e.via)).map((e) => nameKey(e.text)));
  // (read with another config's reprint patterns, or by a scan per cue, every pattern is tried)
  const mayHold = reprints === cfg.reprinted_from && !scanEveryCue ? (i: number) => reprintSets[i] === undefined || holding[reprintSets[i]].length > 0 : undefined;
  const sources = reprintSources(text, cfg, (raw) => stripSuffixes(trimName(raw), cfg.corporate_suffixes), mayHold).filter((s) => !selfVoice.has(nameKey(s)));
  demoteSources(out, sources, cfg.wire_factor);
  return out;
}

// A masthead line is short and never ends as a sentence does (prose: the article's own lines).
const PROSE_LINE = 120;
const SENTENCE_END = /[.!?]['"’”]?$/u;

/**
 * The masthead: short title-case lines at the top of the page ("The New Republic", "Chicago Sun Times
 * Logo", "MailOnline - news, sport, celebrity ..."), with logo words and taglines cut away.
 */
function headerEvidence(lines: readonly string[], cfg: SignalConfig, skip: Set<string>): Evidence[] {
  let trims: string[] | undefined;
  const trimmed = () => (trims ??= lines.map((l) => l.trim()));
  const out: Evidence[] = [];
  const { sections, headerNoise: noise } = derived(cfg);
  let seen = 0;
  const top = lines.slice(0, 400);
  // A masthead sits in the site's chrome: a menu follows it within a few lines. An article-only text opens with its headline.
  const menuFollows = (i: number) => top.slice(i + 1).filter((l) => l.trim()).slice(0, 4).some((l) => /^\s*[•·□○■*]/u.test(l));
  for (const [i, line] of top.entries()) {
    const t = line.trim();
    if (!t) continue;
    if (++seen > cfg.header_lines || out.length >= cfg.header_names) break;
    // Menu items (bullets, section names, words in capitals) are not the masthead.
    if (/^[•·*□○■-]/u.test(t) || sections.has(t.toLowerCase()) || !/\p{Ll}/u.test(t) && t.length > 4) continue;
    // A line of prose (a dateline's "PLACE — The story ...", a sentence "Name — a town of ...") or a
    // title ending as a sentence ends is the article's, not a masthead.
    if (t.length > PROSE_LINE || SENTENCE_END.test(t)) continue;
    let head = t.split(/\s+[-|–—:]\s+|\s*\|\s*$/u)[0].replace(noise, '').trim();
    // A logo's text and the name beside it, glued by w3m: "Morningstar Morningstar".
    head = echoOnce(head);
    const words = head.split(/\s+/u);
    // A line opening with a preposition is a menu heading ("For Customers", "In Your Area"), not a name.
    if (words.length > 5 || !/\p{L}/u.test(head) || trimName(head) !== head || skip.has(head.toLowerCase()) || skip.has(words[0].toLowerCase()) || (words.length > 1 && OPENERS.test(words[0]))) continue;
    // A site's name recurs on its page as a line of its own or in its copyright, or heads its menu; a
    // headline opening an article-only text does neither.
    // (the cheap string tests first: each line is read once per masthead name)
    const recurs = trimmed().some((t, j) => j !== i && (t === head || (t.startsWith(head + ' ') && noise.test(' ' + t)) || (lines[j].includes(head) && /©|\(c\)|copyright/iu.test(lines[j]))));
    out.push({ text: head, kind: /\.[a-z]{2,}$/iu.test(head) ? 'domain' : 'name', weight: cfg.header_weight, via: recurs || menuFollows(i) ? 'masthead' : 'masthead-once' });
  }
  return out;
}
