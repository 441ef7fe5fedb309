// Outlet: who published the dump. Read from the text itself (the outlet's own markers, copyright
// lines, domains) and normalized through the registry in config/outlets.yaml, which a newsroom extends.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { list, obj, str } from '../config/spec.js';
import { lines } from '../text/lines.js';
import type { StageOptions } from './options.js';

export const outletEntrySpec = obj({
  name: str('Name written to records and feeds'),
  aliases: list(str('another spelling'), 'Other names the outlet goes by in text (case-insensitive)'),
  domains: list(str('a domain, e.g. foxnews.com'), 'Web domains of the outlet'),
  markers: list(str('a pattern', { regex: true }), 'Patterns whose presence in a dump identifies the outlet'),
  chrome: list(str('a pattern', { regex: true }), "Whole-line patterns that are this outlet's site chrome"),
  timezone: str('IANA time zone of the newsroom, used when a time is given without a zone', { optional: true }),
});
export const outletsSpec = obj({ outlets: list(outletEntrySpec, 'The outlet registry') });

export interface OutletEntry {
  name: string;
  aliases: string[];
  domains: string[];
  markers: string[];
  chrome: string[];
  timezone?: string;
}

/** Compiled registry: lookups by alias/domain, and marker regexes. Built once per config. */
export class OutletRegistry {
  private byKey = new Map<string, OutletEntry>();
  readonly markers: { re: RegExp; entry: OutletEntry }[] = [];
  constructor(readonly entries: OutletEntry[]) {
    for (const e of entries) {
      for (const k of [e.name, ...e.aliases]) this.byKey.set(key(k), e);
      for (const d of e.domains) this.byKey.set(domainKey(d), e);
      for (const m of e.markers) this.markers.push({ re: new RegExp(m, 'iu'), entry: e });
    }
  }
  /** The registry entry for a name, alias or domain as written, if any. */
  lookup(nameOrDomain: string): OutletEntry | undefined {
    return this.byKey.get(key(nameOrDomain)) ?? this.byKey.get(domainKey(nameOrDomain));
  }
  normalize(name: string): string {
    return this.lookup(name)?.name ?? name.trim();
  }
}
const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
const domainKey = (d: string) => 'domain:' + d.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');

const registries = new WeakMap<object, OutletRegistry>();
export function registryOf(config: StageOptions['config']): OutletRegistry {
  let r = registries.get(config);
  if (!r) registries.set(config, (r = new OutletRegistry(config.outlets.outlets as OutletEntry[])));
  return r;
}

interface Ctx {
  file: VFile;
  registry: OutletRegistry;
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([A-Z][\p{L}&.'’ -]{1,60}?)(?:[.,|]|\s+all rights|\s*$)/iu;
const DOMAIN = /\b(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|news|tv|us|ca|in|au|co))\b/giu;

const sources: Source<Ctx, string>[] = [
  { name: 'marker', find: ({ file, registry }) => registry.markers.find((m) => m.re.test(String(file.value)))?.entry.name },
  {
    name: 'copyright',
    find: ({ file, registry }) => {
      for (const l of lines(file)) {
        const m = COPYRIGHT.exec(l.text);
        if (m) {
          const hit = registry.lookup(m[1].trim());
          if (hit) return hit.name;
        }
      }
      return undefined;
    },
  },
  {
    name: 'domain',
    find: ({ file, registry }) => {
      for (const m of String(file.value).matchAll(DOMAIN)) {
        const hit = registry.lookup(m[1]);
        if (hit) return hit.name;
      }
      return undefined;
    },
  },
];

export default function outlet(options: StageOptions) {
  return (_tree: Root, file: VFile) => {
    const registry = registryOf(options.config);
    const found = firstHit([trusted(file, ['outlet', 'site_name', 'publisher'], asString), ...sources], { file, registry });
    if (found) file.data.outlet = { value: registry.normalize(found.value), via: found.via };
    else file.message('No outlet found', { ruleId: 'outlet-missing', source: 'copydesk-outlet' });
  };
}
