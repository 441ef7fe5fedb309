// A small config-spec language, after Redpanda Connect: every component declares the shape of its
// settings (type, default, description) next to its code. The loader validates against these specs
// once, at start-up, and `docs()` renders the same specs as the README's reference table.

interface Base {
  description: string;
  optional?: boolean;
}
export interface StringSpec extends Base { kind: 'string'; default?: string; enum?: readonly string[]; regex?: boolean }
export interface NumberSpec extends Base { kind: 'number'; default?: number; min?: number; max?: number; integer?: boolean }
export interface BooleanSpec extends Base { kind: 'boolean'; default?: boolean }
export interface ListSpec<O extends Spec = Spec> extends Base { kind: 'list'; of: O; default?: unknown[] }
export interface ObjectSpec<F extends Record<string, Spec> = Record<string, Spec>> extends Base { kind: 'object'; fields: F }
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
export const list = <S extends Spec>(of: S, description: string, dflt: unknown[] = []) => ({ kind: 'list', of, description, default: dflt }) as { kind: 'list'; of: S; description: string; default: unknown[] };
export const obj = <F extends Record<string, Spec>>(fields: F, description = '') => ({ kind: 'object', fields, description }) as { kind: 'object'; fields: F; description: string };
export const map = <S extends Spec>(of: S, description: string, dflt: Record<string, unknown> = {}) => ({ kind: 'map', of, description, default: dflt }) as { kind: 'map'; of: S; description: string; default: Record<string, unknown> };

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
      if (spec.regex) {
        try {
          new RegExp(value, 'u');
        } catch (e) {
          return fail(`is not a valid regular expression: ${(e as Error).message}`);
        }
      }
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
      return { value: value.map((v, i) => validate(spec.of, v, [...path, i], errors).value), errors };
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
        if (!(k in spec.fields)) errors.push({ path: [...path, k], message: `is not a known key (known: ${Object.keys(spec.fields).join(', ')})` });
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
