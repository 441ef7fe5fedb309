// Outlet: who published the dump. Frontmatter first, then what the newsroom says (a path mapping, the
// dump's folder, a URL line whose domain the registry knows: outlet/told.ts), then an outlet's own
// registry markers, then the weighed evidence of the page's text (a URL line's unknown domain counts strongly there) (outlet/signals.ts, outlet/choose.ts): copyright holders,
// self-references, credits and domains. Names are normalized through the registry in
// config/outlets.yaml, which a newsroom extends; unseen sites are named from their own text.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { outletEntrySpec, outletPatterns, outletsSpec } from './outlet/spec.js';
import type { OutletEntry } from '../types.js';
import type { StageOptions } from './options.js';
import { chooseOutlet } from './outlet/choose.js';
import { PersonTest } from './outlet/people.js';
import { gatherEvidence } from './outlet/signals.js';
import { folderOf, outletByPath, urlLine, type UrlLine } from './outlet/told.js';
import { markSpan } from '../text/spans.js';

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
}

type Hit = { name: string; features?: Record<string, number> };
const named = (name: string | undefined): Hit | undefined => (name ? { name } : undefined);

const sources: Source<Ctx, Hit>[] = [
  // What the newsroom says wins over what the text suggests.
  { name: 'path', find: ({ file, options }) => named(file.path ? outletByPath(file.path, options.config.outlets.paths) : undefined) },
  { name: 'folder', find: ({ file, options }) => named(options.config.outlets.folder_is_outlet && file.path ? folderOf(file.path) : undefined) },
  { name: 'url', find: ({ url, registry }) => named(url ? registry.lookupDomain(url.domain)?.name : undefined) },
  { name: 'marker', find: ({ file, registry }) => named(registry.markers.find((m) => m.re.test(String(file.value)))?.entry.name) },
  {
    name: 'page-evidence',
    find: ({ file, options, registry, url }) => {
      const cfg = options.config.outlets;
      const evidence = gatherEvidence(String(file.value), { ...cfg, section_words: options.config.metadata.section.vocabulary });
      if (url) evidence.push({ text: url.domain, kind: 'domain', weight: cfg.url_weight, via: 'url-line' });
      const choice = chooseOutlet(evidence, { lookup: (x) => registry.lookup(x)?.name }, { ...cfg, text: String(file.value), org_words: options.config.metadata.byline.org_words, isPerson: (n, t) => personTestOf(options.config).isPerson(n, t) });
      return choice && { name: choice.name, features: choice.features };
    },
  },
];

export default function outlet(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const registry = registryOf(options.config);
    const url = options.config.outlets.url_lines ? urlLine(String(file.value)) : undefined;
    // The URL line is the dump's metadata, not its article.
    if (url) markSpan(file, url.start, url.end, 'url-line');
    const found = firstHit([trusted(file, ['outlet', 'site_name', 'publisher'], (v) => named(asString(v))), ...sources], { file, options, registry, url });
    if (found) {
      file.data.outlet = { value: registry.normalize(found.value.name), via: found.via, ...(found.value.features && { features: found.value.features }) };
      const entry = registry.lookup(file.data.outlet.value);
      if (entry) file.data.outletEntry = entry;
    }
    else file.message('No outlet found', { ruleId: 'outlet-missing', source: 'copydesk-outlet' });
  };
}
