// Outlet: who published the dump. Frontmatter first, then what the newsroom says (a path mapping, the
// dump's folder, a URL line whose domain the registry knows: outlet/told.ts), then an outlet's own
// registry markers, then the page's text (pageOutlet below; a URL line's unknown domain counts strongly there): copyright holders,
// self-references, credits and domains. Names are normalized through the registry in
// config/outlets.yaml, which a newsroom extends; unseen sites are named from their own text.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { outletEntrySpec, outletPatterns, outletsSpec } from './outlet/spec.js';
import type { OutletEntry } from '../types.js';
import type { StageOptions } from './options.js';
import { chooseFrom, weigh, writtenInFull, type ChooseConfig } from './outlet/choose.js';
import { nameShape, tidyOutlet } from './outlet/trim.js';
import { PersonTest } from './outlet/people.js';
import { gatherEvidence, type SignalConfig } from './outlet/signals.js';
import { folderOf, outletByPath, urlLine, type UrlLine } from './outlet/told.js';
import { ownAddress } from './outlet/own-address.js';
import { markSpan } from '../text/spans.js';
import { pointAt } from '../text/lines.js';
import type { Ranker } from './confidence/rank.js';
import { outletCandidates, outletKey, pageNameEvidence } from './outlet/candidates.js';
import { pageStructure } from './outlet/structure.js';
import rankerJson from './outlet/ranker.json' with { type: 'json' };
import { labelWords, notAName, partOfFirm } from './outlet/not-outlet.js';
import { refusalOf } from './outlet/refusals.js';
import { decideWithFallback, ordinal, type FallbackRanker, type Judged } from './outlet/fallback.js';
import { everydayTag, onCopyrightLine, personShaped, plainWordTag } from './outlet/word-kinds.js';
import { nameFitsDomain, nameKey } from './outlet/names.js';

export { outletEntrySpec, outletsSpec };

export type { OutletEntry };

/** Compiled registry: lookups by alias/domain, and marker regexes. Built once per config. */
export class OutletRegistry {
  private byKey = new Map<string, OutletEntry>();
  readonly markers: { re: RegExp; entry: OutletEntry }[] = [];
  constructor(readonly entries: OutletEntry[]) {
    for (const e of entries) {
      for (const k of [e.name, ...e.aliases]) this.byKey.set(key(k), e);
      for (const d of e.domains) this.byKey.set(domainKey(d), e);
      for (const m of e.markers) this.markers.push({ re: compile(m, outletPatterns.marker), entry: e });
    }
  }
  /** The registry entry for a name, alias or domain as written, if any. */
  lookup(nameOrDomain: string): OutletEntry | undefined {
    return this.byKey.get(key(nameOrDomain)) ?? this.byKey.get(domainKey(nameOrDomain));
  }
  /** The registry entry for a host or any domain above it ("sports.harbor.com" -> harbor.com). */
  lookupDomain(host: string): OutletEntry | undefined {
    const labels = host.toLowerCase().replace(/^www\./u, '').split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const e = this.byKey.get(domainKey(labels.slice(i).join('.')));
      if (e) return e;
    }
    return undefined;
  }
  normalize(name: string): string {
    return this.lookup(name)?.name ?? name.trim();
  }
}
const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
const domainKey = (d: string) => 'domain:' + d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');

const people = new WeakMap<object, PersonTest>();
/** The person test, from the quotes stage's given names and honorifics and the outlet stage's titles. */
function personTestOf(config: StageOptions['config']): PersonTest {
  let p = people.get(config);
  if (!p) {
    const q = config.quotes;
    const given = [...q.first_names.male, ...q.first_names.female];
    people.set(config, (p = new PersonTest({ given_names: given, person_titles: [...q.honorifics.male, ...q.honorifics.female, ...config.outlets.person_titles] })));
  }
  return p;
}

const registries = new WeakMap<object, OutletRegistry>();
export function registryOf(config: StageOptions['config']): OutletRegistry {
  let r = registries.get(config);
  if (!r) registries.set(config, (r = new OutletRegistry(config.outlets.outlets as OutletEntry[])));
  return r;
}

interface Ctx {
  file: VFile;
  options: StageOptions;
  registry: OutletRegistry;
  url?: UrlLine;
  /** A ranker decides after chrome (outletRank): the page's weighed evidence is kept for it. */
  ranked?: boolean;
}

/** The page's weighed evidence and the rules' choice from it. */
type PageWeighing = ReturnType<typeof weighPage>;
declare module 'vfile' {
  interface DataMap {
    /** The outlet's weighed page evidence, handed from the outlet stage to the outlet ranker's (outletRank), which drops it. */
    outletPage: PageWeighing;
    /** The site's own domain: the dump's URL line's host, else the domain the page shows most as its own
     * (weighed at least the outlet's domain bar), for stages that read a site's conventions from its
     * country: the date stage's day-first order. */
    siteDomain: string;
  }
}

type Hit = { name: string; via?: string; features?: Record<string, number> };

/** The fitted outlet ranker (bench/train-outlet.ts): null while it has not won on every site fold. */
const shippedRanker = (rankerJson as { ranker: Ranker | null }).ranker;

/**
 * The page's own text: its weighed evidence (outlet/signals.ts, outlet/choose.ts) gives the ordered
 * rules' pick. A fitted ranker weighs every candidate later, once chrome has judged the page (outletRank).
 */
function pageOutlet(ctx: Ctx): Hit | undefined {
  const page = weighPage(ctx);
  const own = page.weighed.domains.filter((d) => d.weight >= page.choose.domain_min_score).sort((a, b) => b.weight - a.weight)[0];
  if (own) ctx.file.data.siteDomain ??= own.text;
  // The ranker's stage weighs the same evidence: handed on rather than gathered twice.
  if (ctx.ranked) ctx.file.data.outletPage = page;
  const { choice } = page;
  // With a ranker, its stage decides again after chrome and says why if nothing is left: until then the pick
  // only serves chrome, which reads the registry entry's profile (setOutlet). With no registry there is no
  // entry to find, so the refusals are not run on a pick about to be weighed again (they run on the final one).
  if (ctx.ranked && !ctx.registry.entries.length) return choice ? { name: choice.name, features: choice.features } : undefined;
  const name = choice && asWritten(choice.name, ctx, page, !ctx.ranked);
  return name ? { name, features: choice.features } : undefined;
}

/**
 * How the chosen outlet is written, once the rules or the ranker chose it: a copyright's leading year cut
 * ("2020 Harbor Star" -> "Harbor Star"), in full as the page mostly writes it (outlet/choose.ts writtenInFull).
 * None, with the reason in the report, for a phrase that opens with a count or a measure ("1,204 Stories",
 * "12°C", a bare span of years) or a pronoun ("About Me"): no outlet is better than a wrong one. The
 * candidates and their features stay as the patterns found them; a name the registry knows stays as written.
 */
function asWritten(name: string, ctx: Ctx, page: PageWeighing, say = true): string | undefined {
  const j = judged(name, ctx, page);
  if ('why' in j) return say ? refuse(ctx.file, j.shown, j.why) : undefined;
  return j.name;
}

/**
 * asWritten's reading of a chosen name, without its report: the ranker's fallback (rankedOutlet) reads the reason.
 * Kept by name on the page's weighing: the ranker's stage mostly judges the rules' own pick again, which the
 * outlet stage judged already from the same page, address and config (the refusals read the whole page).
 */
function judged(name: string, ctx: Ctx, page: PageWeighing): Judged {
  let j = page.judged.get(name);
  if (!j) page.judged.set(name, (j = judgedAfresh(name, ctx, page)));
  return j;
}

function judgedAfresh(name: string, { file, options, registry, url }: Ctx, page: PageWeighing): Judged {
  if (registry.lookup(name)) return { name };
  const shaped = nameShape(name);
  // What is left once a year is cut may be a word that never names an outlet ("2001-2020 This" -> "This").
  if (!shaped || PRONOUN.test(shaped) || (shaped !== name && options.config.outlets.not_outlets.some((w) => w.toLowerCase() === shaped.toLowerCase()))) {
    return { shown: name, why: 'no name (a count, a measure, a span of years or a pronoun)' };
  }
  // A name made only of job-title words ("Writer", "The Author") or only of places, peoples, platforms and days
  // (the quotes stage's not_names: "Facebook", "Twitter Instagram") is a label or a share bar, not a publisher.
  const words = shaped.split(/\s+/u).map((w) => w.toLowerCase().replace(EDGE, '')).filter((w) => w && w !== 'the');
  const { titles, places } = labelWords(options.config);
  // Not a name at all: words cut from a sentence (a possessive at its end, a sentence's end inside it: "Harbor
  // Agency’s", "Crown.' Streamer"), a price or a time of day ("Join for 38p/week", "Tonight 7.00pm"), a blog's
  // pagination ("Newer Post Older Post").
  const phrase = notAName(shaped);
  const label = phrase || (words.length && (words.every((w) => titles.has(w)) || words.every((w) => places.has(w))));
  // The first name of a firm's ("Harbor, Quill & Co. Ltd." cut at its comma) is a piece of its rights holder's name.
  const firm = !label && partOfFirm(shaped, page.choose.text);
  if (label || firm) {
    const why = firm ? 'the first name of a firm\'s ("X, Y & Co.")' : phrase ? 'a piece of a sentence, a price, a time or a page link' : 'a job title, a place or a platform';
    return { shown: shaped, why: `${why}, not a publisher` };
  }
  const full = writtenInFull(shaped, page.choose);
  // A plural noun, a gerund or an adverb alone ("Deals", "Trending"), or a person's name no copyright line
  // holds (a contributor's page): a section, a button or a writer, unless one of the page's domains spells it.
  const kind = wordKind(full, page.choose.text, options.config);
  if (kind && !page.weighed.domains.some((d) => nameFitsDomain(full, d.text))) {
    return { shown: full, why: `${kind}, not a publisher` };
  }
  // One everyday word that only the page's header shows, on one line, with nothing else naming it ("Main",
  // "Society" above a menu): a section or a menu entry. A site named by a common word also signs its copyright,
  // its credits or its own text with it.
  const tag = everydayTag(full);
  if (tag && headerOnly(full, page.weighed)) {
    return { shown: full, why: `one everyday word (${tag}) only the page's header shows: a section or a menu entry` };
  }
  // What the page around the name says it is instead: a button, a parent, a credit, a list's source, a rights
  // holder, a writer (outlet/refusals.ts, one rule a row, in the order they are tried).
  const refused = refusalOf({ full, shaped, text: page.choose.text, config: options.config, url, indents: file.data.indents });
  if (refused) return { shown: full, why: refused };
  return { name: full };
}
const PRONOUN = /^(?:me|myself|us|we|you|i)$/iu;

/** True when the only evidence the page gave of `name` is a masthead line (outlet/signals.ts). */
function headerOnly(name: string, weighed: PageWeighing['weighed']): boolean {
  const g = weighed.all.find((x) => nameKey(x.display) === nameKey(name));
  return Boolean(g && [...g.signals].every((s) => s === 'masthead' || s === 'masthead-once'));
}

/** Why `name`'s shape names no publisher (outlet/word-kinds.ts), or undefined. */
function wordKind(name: string, text: string, config: StageOptions['config']): string | undefined {
  const tag = plainWordTag(name);
  if (tag) return `one everyday word (${tag}): a section, a menu entry or a button`;
  const people = personTestOf(config);
  if (personShaped(name, (w) => people.isGiven(w)) && !onCopyrightLine(name, text)) return 'a person\'s name no copyright line of the page holds: its writer';
  return undefined;
}

/** No outlet, and the report says why (`outlet-unsure`, at the name's first place on the page). */
function refuse(file: VFile, name: string, why: string): undefined {
  const at = String(file.value).indexOf(name);
  file.message(`No outlet: the likeliest, "${name}", is ${why}`, {
    ruleId: 'outlet-unsure',
    source: 'copydesk-outlet',
    ...(at >= 0 && { place: pointAt(file, at) }),
  });
  return undefined;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * With a fitted ranker, every candidate (outlet/candidates.ts, with where the page's structure writes
 * it: outlet/structure.ts) is ranked: the rules' pick stands while the ranker gives it enough chance,
 * else the ranker's choice above its threshold, else no outlet, with the reason in the report (better
 * none than wrong).
 */
function rankedOutlet(ctx: Ctx, ranker: Ranker): Hit | undefined {
  const { file } = ctx;
  const text = String(file.value);
  const page = file.data.outletPage ?? weighPage(ctx);
  const { choice } = page;
  // Where the page refuses the ranker's choice, the next likeliest may be weighed in its place (outlet/fallback.ts).
  // Only a ranker fitted and measured with the fallback (its `fallback`) weighs a second: the shipped thresholds
  // were fitted for the first choice alone, and the second's chance under them cost precision on site folds.
  const tries = (ranker as FallbackRanker).fallback ? Infinity : 1;
  const { taken, refused, first: d } = decideWithFallback(ranker, rankable(ctx, page), choice ? [choice.name] : undefined, outletKey, (n) => judged(n, ctx, page), tries);
  if (!d.c) {
    const shown = choice?.name ?? d.top?.c.names[0];
    if (shown) {
      const at = text.indexOf(shown);
      file.message(`No outlet: the likeliest, "${shown}" (${choice?.via ?? d.top?.c.via}), is not likely enough (the ranker's best chance ${(d.top?.p ?? 0).toFixed(3)}, below ${ranker.model.threshold})`, {
        ruleId: 'outlet-unsure',
        source: 'copydesk-outlet',
        ...(at >= 0 && { place: pointAt(file, at) }),
      });
    }
    return undefined;
  }
  if (!taken) return refuse(file, refused[0].shown, refused[0].why);
  const { name, c, p, rule } = taken;
  if (!refused.length) {
    if (rule && choice) return { name, features: { ...choice.features, rank_p: p } };
    return { name, via: `ranked-${c.via}`, features: { ...c.features, rank_p: p } };
  }
  // Taken after the likelier ones were refused: the report says where it stood and why those were not the site.
  const place = ordinal(refused.length + 1);
  const at = text.indexOf(refused[0].shown);
  file.info(`Outlet "${name}" came ${place}: ${refused.map((r, i) => `the ${i ? ordinal(i + 1) : 'likeliest'}, "${r.shown}", is ${r.why}`).join('; ')}`, {
    ruleId: 'outlet-fallback',
    source: 'copydesk-outlet',
    ...(at >= 0 && { place: pointAt(file, at) }),
  });
  return { name, via: `ranked-${place}-${c.via}`, features: { ...(rule && choice ? choice.features : c.features), rank_p: p } };
}
const named = (name: string | undefined): Hit | undefined => (name ? { name } : undefined);

const sources: Source<Ctx, Hit>[] = [
  // What the newsroom says wins over what the text suggests.
  { name: 'path', find: ({ file, options }) => named(file.path ? outletByPath(file.path, options.config.outlets.paths) : undefined) },
  { name: 'folder', find: ({ file, options }) => named(options.config.outlets.folder_is_outlet && file.path ? folderOf(file.path) : undefined) },
  { name: 'url', find: ({ url, registry }) => named(url ? registry.lookupDomain(url.domain)?.name : undefined) },
  { name: 'marker', find: ({ file, registry }) => named(registry.markers.find((m) => m.re.test(String(file.value)))?.entry.name) },
  { name: 'page-evidence', find: pageOutlet },
];

/**
 * The outlet config with the section vocabulary, one object per loaded config: gatherEvidence keeps what it
 * derives from a config (sets, patterns) by that object, so a fresh spread per page would rebuild it all.
 */
const signalConfigs = new WeakMap<Ctx['options']['config'], SignalConfig>();
function signalConfig(config: Ctx['options']['config']): SignalConfig {
  let c = signalConfigs.get(config);
  if (!c) signalConfigs.set(config, (c = { ...config.outlets, section_words: config.metadata.section.vocabulary }));
  return c;
}

/**
 * What the rules' choice reads of the config (outlet/choose.ts ChooseConfig, all but the page's text), one object
 * per loaded config: a spread of the whole outlet config per page was ~8% of weighPage's own CPU on polnear-dev.
 */
const chooseBases = new WeakMap<Ctx['options']['config'], Omit<ChooseConfig, 'text'>>();
export function chooseBase(config: Ctx['options']['config']): Omit<ChooseConfig, 'text'> {
  let b = chooseBases.get(config);
  if (!b) {
    const o = config.outlets;
    b = {
      registry_bonus: o.registry_bonus,
      min_score: o.min_score,
      frequency_cap: o.frequency_cap,
      weak_signals: o.weak_signals,
      cited_signals: o.cited_signals,
      domain_min_score: o.domain_min_score,
      org_words: config.metadata.byline.org_words,
      isPerson: (n: string, t: string) => personTestOf(config).isPerson(n, t),
      not_outlet_words: o.not_outlet_words,
      header_noise: o.header_noise,
      corporate_suffixes: o.corporate_suffixes,
      not_outlets: o.not_outlets,
    };
    chooseBases.set(config, b);
  }
  return b;
}

/** The page's evidence and the ordered rules' choice from it. */
function weighPage({ file, options, registry, url }: Ctx) {
  const cfg = options.config.outlets;
  const text = String(file.value);
  const evidence = gatherEvidence(text, signalConfig(options.config));
  if (url) evidence.push({ text: url.domain, kind: 'domain', weight: cfg.url_weight, via: 'url-line' });
  const known = { lookup: (x: string) => registry.lookup(x)?.name };
  const choose: ChooseConfig = { ...chooseBase(options.config), text };
  const weighed = weigh(evidence, known, choose);
  // (the address it was weighed with, and the names judged on it: the ranker's stage reads both again)
  return { weighed, choose, choice: chooseFrom(weighed, choose), url, judged: new Map<string, Judged>() };
}

/** Every candidate of the page with its features (outlet/candidates.ts); where chrome has judged the page, with its structure's. */
function rankable({ file, options }: Ctx, page: ReturnType<typeof weighPage>) {
  const text = String(file.value);
  const cfg = options.config.outlets;
  // (the config with the section vocabulary, one object per loaded config: pageNameEvidence keeps its word sets by it)
  const extra = pageNameEvidence(text, signalConfig(options.config));
  const structure = file.data.article ? pageStructure(text, file.data.article, cfg.corporate_suffixes) : undefined;
  return outletCandidates(page.weighed, extra, page.choose, page.choice, structure);
}

/**
 * The ordered rules' pick from the page's text and every candidate with its features, as the stage sees
 * them when nothing the newsroom says names the outlet (for fitting: bench/train-outlet.ts).
 */
export function outletCandidatesOf(file: VFile, options: StageOptions) {
  const registry = registryOf(options.config);
  const ctx: Ctx = { file, options, registry, url: addressOf(file, options) };
  const page = weighPage(ctx);
  // What the page says of a chosen name (asWritten, without its report): the trainer marks the candidates it refuses.
  return { rule: page.choice?.name, cands: rankable(ctx, page), judge: (name: string) => judged(name, ctx, page) };
}

/**
 * The outlet stage, before chrome (which reads the registry entry's chrome profile): what the newsroom
 * says, then the ordered rules over the page's text. With a fitted ranker, a page whose outlet comes
 * from its text is decided again after chrome (outletRank), so "no outlet" waits for it.
 */
export default function outlet(options: StageOptions, ranker: Ranker | null = shippedRanker) {
  return (_tree: Root, file: VFile) => {
    const registry = registryOf(options.config);
    const url = urlOf(file, options);
    // The URL line is the dump's metadata, not its article; its host is the site's own domain.
    if (url) {
      markSpan(file, url.start, url.end, 'url-line');
      file.data.siteDomain = url.domain;
    }
    const found = firstHit([trusted(file, ['outlet', 'site_name', 'publisher'], (v) => named(asString(v))), ...sources], { file, options, registry, url: addressOf(file, options, url), ranked: !!ranker });
    if (found) setOutlet(file, registry, found.value, found.via);
    else if (!ranker) file.message('No outlet found', { ruleId: 'outlet-missing', source: 'copydesk-outlet' });
  };
}

/**
 * The outlet ranker's stage, after chrome: where the page's text chose the outlet (or nothing did), the
 * fitted ranker decides among every candidate, knowing the page's header, article and footer. Without
 * a fitted ranker (null: it has not won on every site fold) it does nothing.
 */
export function outletRank(options: StageOptions, ranker: Ranker | null = shippedRanker) {
  return (_tree: Root, file: VFile) => {
    if (!ranker) return;
    const had = file.data.outlet;
    if (had && had.via !== 'page-evidence') return;
    const registry = registryOf(options.config);
    // The page the outlet stage weighed was weighed with this dump's address (file.value is never rewritten).
    const handed = file.data.outletPage;
    const hit = rankedOutlet({ file, options, registry, url: handed ? handed.url : addressOf(file, options) }, ranker);
    delete file.data.outletPage;
    delete file.data.outlet;
    delete file.data.outletEntry;
    if (hit) setOutlet(file, registry, hit, 'page-evidence');
    else if (!file.messages.some((m) => m.ruleId === 'outlet-unsure')) file.message('No outlet found', { ruleId: 'outlet-missing', source: 'copydesk-outlet' });
  };
}

const urlOf = (file: VFile, options: StageOptions) => (options.config.outlets.url_lines ? urlLine(String(file.value)) : undefined);
/** The address the page's text is from: the dump's URL line, else the one the page prints as its own (outlet/own-address.ts). */
const addressOf = (file: VFile, options: StageOptions, url = urlOf(file, options)) => url ?? ownAddress(String(file.value));

function setOutlet(file: VFile, registry: OutletRegistry, hit: Hit, via: string): void {
  // A name the page's text gave is tidied for the CMS; a name the newsroom or the dump's metadata gave stays as given.
  const name = via === 'page-evidence' ? tidyOutlet(hit.name) : hit.name;
  file.data.outlet = { value: registry.normalize(name), via: hit.via ?? via, ...(hit.features && { features: hit.features }) };
  const entry = registry.lookup(file.data.outlet.value);
  if (entry) file.data.outletEntry = entry;
}
