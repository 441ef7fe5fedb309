// A small config-spec language, after Redpanda Connect: every component declares the shape of its
// settings (type, default, description) next to its code. The loader validates against these specs
// once, at start-up, and `docs()` renders the same specs as the README's reference table.

interface Base {
  description: string;
  optional?: boolean;
}
/** How a pattern setting is compiled where it is used: the flags, the placeholders it may hold, a
 * derived form. A pattern spec lists every use, the loader compiles each at start-up, and the stage
 * compiles through `compile()` with the same use, so a pattern that loads is a pattern that runs. */
export interface PatternUse {
  flags: string;
  /** Placeholders written `{NAME}`, replaced (first occurrence, as String.replace) before compiling. */
  expand?: Readonly<Record<string, string>>;
  /** A form derived from the (expanded) source, e.g. the pattern with its end anchor dropped. */
  rewrite?: (source: string) => string;
}
/** Time zones a setting accepts: IANA names Intl knows, or those and fixed offsets ("-05:00"). */
export type ZoneKind = 'iana' | 'iana-or-offset';
export interface StringSpec extends Base { kind: 'string'; default?: string; enum?: readonly string[]; regex?: readonly PatternUse[]; zone?: ZoneKind }
export interface NumberSpec extends Base { kind: 'number'; default?: number; min?: number; max?: number; integer?: boolean }
export interface BooleanSpec extends Base { kind: 'boolean'; default?: boolean }
/** `joined`: the list's patterns are also used as one alternation, `(?:a)|(?:b)` (see `anyOf`). */
export interface ListSpec<O extends Spec = Spec> extends Base { kind: 'list'; of: O; default?: unknown[]; joined?: PatternUse }
/** `moved`: keys of the full spec that are not user settings, with the data file that holds them (split.ts). */
export interface ObjectSpec<F extends Record<string, Spec> = Record<string, Spec>> extends Base { kind: 'object'; fields: F; moved?: Readonly<Record<string, string>> }
export interface MapSpec<O extends Spec = Spec> extends Base { kind: 'map'; of: O; default?: Record<string, unknown> }
export type Spec = StringSpec | NumberSpec | BooleanSpec | ListSpec | ObjectSpec | MapSpec;

/** The TypeScript type a spec validates to, so config readers stay typed without restating shapes. */
export type Infer<S> = S extends { kind: 'string'; optional: true }
  ? string | undefined
  : S extends { kind: 'string' }
    ? string
    : S extends { kind: 'number'; optional: true }
      ? number | undefined
      : S extends { kind: 'number' }
        ? number
        : S extends { kind: 'boolean' }
          ? boolean
          : S extends { kind: 'list'; of: infer O }
            ? Infer<O>[]
            : S extends { kind: 'object'; fields: infer F }
              ? { [K in keyof F]: Infer<F[K]> }
              : S extends { kind: 'map'; of: infer O }
                ? Record<string, Infer<O>>
                : never;

type Opts<S> = Omit<S, 'kind' | 'description' | 'fields' | 'of'>;
export const str = <const O extends Opts<StringSpec>>(description: string, o?: O) => ({ kind: 'string', description, ...o }) as { kind: 'string'; description: string } & O;
export const num = <const O extends Opts<NumberSpec>>(description: string, o?: O) => ({ kind: 'number', description, ...o }) as { kind: 'number'; description: string } & O;
export const bool = (description: string, dflt: boolean) => ({ kind: 'boolean', description, default: dflt }) as const;
export const list = <S extends Spec>(of: S, description: string, dflt: unknown[] = [], joined?: PatternUse) =>
  ({ kind: 'list', of, description, default: dflt, ...(joined ? { joined } : {}) }) as { kind: 'list'; of: S; description: string; default: unknown[]; joined?: PatternUse };
export const obj = <F extends Record<string, Spec>>(fields: F, description = '') => ({ kind: 'object', fields, description }) as { kind: 'object'; fields: F; description: string };
export const map = <S extends Spec>(of: S, description: string, dflt: Record<string, unknown> = {}) => ({ kind: 'map', of, description, default: dflt }) as { kind: 'map'; of: S; description: string; default: Record<string, unknown> };

/** A pattern use: `use('iu')`, `use('gimu', { expand: { NAME: '(?<name>…)' } })`. */
export const use = (flags: string, more: Omit<PatternUse, 'flags'> = {}): PatternUse => ({ flags, ...more });

/** Compiles a pattern setting as `u` says: the one way both the loader and the stages compile it. */
export function compile(source: string, u: PatternUse): RegExp {
  const keep = !/[gy]/u.test(u.flags);
  let byUse = keep ? compiledBy.get(u) : undefined;
  const known = byUse?.get(source);
  if (known) return known;
  let s = source;
  for (const [name, value] of Object.entries(u.expand ?? {})) s = s.replace(`{${name}}`, value);
  const re = new RegExp(u.rewrite ? u.rewrite(s) : s, u.flags);
  if (keep) {
    if (!byUse) compiledBy.set(u, (byUse = new Map()));
    byUse.set(source, re);
  }
  return re;
}
/**
 * What compile built, by use and source. Stages compile some settings per dump (the byline's and the date's
 * sources call compile as they look), and a new RegExp of a long pattern cost ~1% of the chain's CPU on
 * polnear-dev. Only patterns without the g or y flag are kept: such a RegExp keeps no state between its
 * uses (exec and test neither read nor write its lastIndex), so callers can share one. Sources are settings,
 * a bounded set.
 */
const compiledBy = new WeakMap<PatternUse, Map<string, RegExp>>();

/** One alternation of many patterns, `(?:a)|(?:b)`, compiled as `u` says; never matches when empty. */
export function anyOf(patterns: readonly string[], u: PatternUse): RegExp {
  return patterns.length ? compile(patterns.map((p) => `(?:${p})`).join('|'), u) : new RegExp('(?!)', u.flags);
}

/** Why `source` fails one of its uses, or undefined when every use compiles. */
export function patternProblem(source: string, uses: readonly PatternUse[]): string | undefined {
  for (const u of uses) {
    try {
      compile(source, u);
    } catch (e) {
      const how = [`flags "${u.flags}"`, ...(u.expand ? [`${Object.keys(u.expand).map((k) => `{${k}}`).join(', ')} expanded`] : []), ...(u.rewrite ? ['in its derived form'] : [])].join(', ');
      return `is not a valid regular expression as used (${how}): ${(e as Error).message}`;
    }
  }
  return undefined;
}

const OFFSET = /^[+-]\d{2}:\d{2}$/;
/** Why `value` is not a time zone of `kind`, or undefined when Intl (or the offset form) accepts it. */
export function zoneProblem(value: string, kind: ZoneKind): string | undefined {
  if (kind === 'iana-or-offset' && OFFSET.test(value)) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value, timeZoneName: 'longOffset' });
    return undefined;
  } catch {
    return `is not a time zone Intl knows${kind === 'iana-or-offset' ? ' nor an offset like -05:00' : ''}: "${value}"`;
  }
}

export interface SpecError {
  /** Key path from the file's root, e.g. ['profiles', 2, 'patterns']. */
  path: (string | number)[];
  message: string;
}

/** Validates `value` against `spec`, returning the value with defaults filled in, and every error found. */
export function validate(spec: Spec, value: unknown, path: (string | number)[] = [], errors: SpecError[] = []): { value: unknown; errors: SpecError[] } {
  const fail = (message: string) => {
    errors.push({ path, message });
    return { value: undefined, errors };
  };
  if (value === undefined || value === null) {
    if ('default' in spec && spec.default !== undefined) return { value: structuredClone(spec.default), errors };
    if (spec.kind === 'object') return validate(spec, {}, path, errors);
    if (spec.optional) return { value: undefined, errors };
    return fail(`is required (${spec.description})`);
  }
  switch (spec.kind) {
    case 'string': {
      if (typeof value !== 'string') return fail(`must be a string, got ${typeName(value)}`);
      if (spec.enum && !spec.enum.includes(value)) return fail(`must be one of ${spec.enum.join(', ')}, got "${value}"`);
      const bad = (spec.regex && patternProblem(value, spec.regex)) || (spec.zone && zoneProblem(value, spec.zone));
      if (bad) return fail(bad);
      return { value, errors };
    }
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return fail(`must be a number, got ${typeName(value)}`);
      if (spec.integer && !Number.isInteger(value)) return fail(`must be a whole number, got ${value}`);
      if (spec.min !== undefined && value < spec.min) return fail(`must be at least ${spec.min}, got ${value}`);
      if (spec.max !== undefined && value > spec.max) return fail(`must be at most ${spec.max}, got ${value}`);
      return { value, errors };
    }
    case 'boolean':
      if (typeof value !== 'boolean') return fail(`must be true or false, got ${typeName(value)}`);
      return { value, errors };
    case 'list': {
      if (!Array.isArray(value)) return fail(`must be a list, got ${typeName(value)}`);
      const before = errors.length;
      const items = value.map((v, i) => validate(spec.of, v, [...path, i], errors).value);
      // Each pattern compiles alone; joined, two may still clash (a group name used twice).
      const joinedBad = spec.joined && errors.length === before && patternProblem(items.map((p) => `(?:${p})`).join('|'), [spec.joined]);
      if (joinedBad) errors.push({ path, message: `${joinedBad.replace(/^is/, 'are')} (the patterns joined as one alternation)` });
      return { value: items, errors };
    }
    case 'map': {
      if (!isPlainObject(value)) return fail(`must be a mapping, got ${typeName(value)}`);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = validate(spec.of, v, [...path, k], errors).value;
      return { value: out, errors };
    }
    case 'object': {
      if (!isPlainObject(value)) return fail(`must be a mapping, got ${typeName(value)}`);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        if (k in spec.fields) continue;
        const moved = spec.moved?.[k];
        errors.push({ path: [...path, k], message: moved ? `is not a user setting: it is an internal constant, kept beside its code in ${moved}` : `is not a known key (known: ${Object.keys(spec.fields).join(', ')})` });
      }
      for (const [k, s] of Object.entries(spec.fields)) out[k] = validate(s, value[k], [...path, k], errors).value;
      return { value: out, errors };
    }
  }
}

/** Renders a spec as Markdown rows (`key | type | default | description`) for the README. */
export function docs(spec: Spec, prefix = ''): string[] {
  if (spec.kind === 'object') return Object.entries(spec.fields).flatMap(([k, s]) => docs(s, prefix ? `${prefix}.${k}` : k));
  if (spec.kind === 'list' && spec.of.kind === 'object') return [`| \`${prefix}\` | list | \`[]\` | ${spec.description} |`, ...docs(spec.of, `${prefix}[]`)];
  const type = spec.kind === 'list' ? `list of ${spec.of.kind}` : spec.kind === 'map' ? `map of ${spec.of.kind}` : spec.kind;
  const dflt = 'default' in spec && spec.default !== undefined ? '`' + JSON.stringify(spec.default).slice(0, 40) + '`' : spec.optional ? '(none)' : 'required';
  return [`| \`${prefix}\` | ${type} | ${dflt} | ${spec.description} |`];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function typeName(v: unknown): string {
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}
