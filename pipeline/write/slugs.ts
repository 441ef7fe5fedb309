// Outlet feed file names (feeds/outlets/<slug>.json). A CMS subscribes to one file per outlet, so a
// slug is readable (non-Latin names are transliterated by the `transliteration` package: "Новая
// газета" -> novaya-gazeta, "人民日报" -> ren-min-ri-bao) and, once given, belongs to its outlet for
// good: the outlet -> slug map lives in the output's state (state/outlet-slugs.json), a known outlet
// keeps its slug whatever the library or the other outlets do later, and a slug taken once is never
// given to another outlet (the newcomer gets a suffix from the hash of its name).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

/** transliteration's slugify, loaded when a slug is first made: most runs' outlets have theirs, and its
 * tables (190 KB of CommonJS, read through the ES module loader) were ~40 ms of a run's start. */
type Slugify = (text: string, options?: Parameters<typeof import('transliteration').slugify>[1]) => string;
let slugifyFn: Slugify | undefined;
const slugify: Slugify = (text, options) => (slugifyFn ??= (createRequire(import.meta.url)('transliteration') as typeof import('transliteration')).slugify)(text, options);

const MAX_LEN = 60;

/** The readable part of a slug: transliterated, lowercase ASCII words joined by '-'. */
export function baseSlug(name: string): string {
  const s = slugify(name.normalize('NFKC'), { lowercase: true, separator: '-' })
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LEN)
    .replace(/^-+|-+$/g, '');
  return s || 'outlet';
}

const hashOf = (name: string, n: number) => createHash('sha256').update(name).digest('hex').slice(0, n);

export class OutletSlugs {
  private readonly bySlug = new Map<string, string>();
  private changed = false;

  constructor(private readonly byOutlet: Map<string, string> = new Map()) {
    for (const [outlet, slug] of byOutlet) this.bySlug.set(slug, outlet);
  }

  /** Reads the map a previous run saved; throws on anything but an object of strings. */
  static parse(text: string): OutletSlugs {
    const v = JSON.parse(text) as { outlets?: Record<string, unknown> };
    if (!v || typeof v.outlets !== 'object' || v.outlets === null) throw new Error('no "outlets" object');
    const m = new Map<string, string>();
    for (const [k, s] of Object.entries(v.outlets)) {
      if (typeof s !== 'string' || !/^[a-z0-9-]+$/.test(s)) throw new Error(`outlet ${JSON.stringify(k)} has no valid slug`);
      m.set(k, s);
    }
    return new OutletSlugs(m);
  }

  /** The outlet's slug, given now if it has none yet. */
  slugFor(outlet: string): string {
    const known = this.byOutlet.get(outlet);
    if (known) return known;
    const base = baseSlug(outlet);
    let slug = base;
    for (let n = 6; this.bySlug.has(slug); n += 2) slug = `${base}-${hashOf(outlet, n)}`;
    this.byOutlet.set(outlet, slug);
    this.bySlug.set(slug, outlet);
    this.changed = true;
    return slug;
  }

  /** Every outlet that has a slug (and so a feed file), sorted. */
  outlets(): string[] {
    return [...this.byOutlet.keys()].sort();
  }

  get dirty(): boolean {
    return this.changed;
  }

  serialize(): string {
    const outlets = Object.fromEntries([...this.byOutlet].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return JSON.stringify({ outlets }, null, 2) + '\n';
  }
}
