// Every field is filled from an ordered list of sources, most reliable first; the first that finds a
// value wins, and its name travels with the value so the run report can say how each field was found.
import type { VFile } from 'vfile';
import type { Found } from '../types.js';

export interface Source<C, T> {
  name: string;
  find: (ctx: C) => T | null | undefined;
}

export function firstHit<C, T>(sources: readonly Source<C, T>[], ctx: C): Found<T> | undefined {
  for (const s of sources) {
    const value = s.find(ctx);
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '') {
      return { value, via: s.name };
    }
  }
  return undefined;
}

/** A source that reads a key of an `.md` dump's own frontmatter, which is trusted before the text. */
export function trusted<T>(file: VFile, keys: string[], coerce: (v: unknown) => T | undefined): Source<unknown, T> {
  return {
    name: 'frontmatter',
    find: () => {
      const fm = file.data.trusted;
      if (!fm) return undefined;
      for (const k of keys) {
        const v = coerce(fm[k]);
        if (v !== undefined) return v;
      }
      return undefined;
    },
  };
}

export const asString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
export const asStringList = (v: unknown): string[] | undefined => {
  if (typeof v === 'string' && v.trim()) return [v.trim()];
  if (Array.isArray(v)) {
    const names = v.map((x) => (typeof x === 'string' ? x : (x as { name?: unknown })?.name)).filter((x): x is string => typeof x === 'string' && !!x.trim());
    return names.length ? names.map((x) => x.trim()) : undefined;
  }
  return undefined;
};
