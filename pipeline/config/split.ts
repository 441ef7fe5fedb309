// A component declares one spec for all its settings; the registry says which keys are a user's to set.
// Here that spec is cut in two along those key paths: the user part (checked against config/<file>, in
// the README and the JSON Schema) and the internal part (checked against the data files beside the
// code). Merging the two validated parts back gives an object of the full spec's shape.
import type { ObjectSpec, Spec } from './spec.js';

export interface Split {
  /** The user settings, or undefined when the section has none. */
  user?: ObjectSpec;
  /** The internal constants, or undefined when every key is a user setting. */
  internal?: ObjectSpec;
}

/** Splits `spec` along the dotted key paths in `user` (undefined: every key is a user setting);
 * `dataFile(prefix)` names where an internal key lives, for the message a user file that sets it gets. */
export function splitSpec(spec: ObjectSpec, user: readonly string[] | undefined, dataFile: (prefix: string) => string | undefined, prefix = ''): Split {
  if (!user) return { user: spec };
  const userFields: Record<string, Spec> = {};
  const internalFields: Record<string, Spec> = {};
  const moved: Record<string, string> = {};
  for (const [k, s] of Object.entries(spec.fields)) {
    const at = prefix ? `${prefix}.${k}` : k;
    if (user.includes(at)) userFields[k] = s;
    else if (user.some((p) => p.startsWith(`${at}.`))) {
      if (s.kind !== 'object') throw new Error(`user setting path under ${at}, which is not an object`);
      const part = splitSpec(s, user, dataFile, at);
      if (part.user) userFields[k] = part.user;
      if (part.internal) internalFields[k] = part.internal;
    } else {
      internalFields[k] = s;
      moved[k] = dataFile(at) ?? '(no data file)';
    }
  }
  const part = (fields: Record<string, Spec>, extra: Partial<ObjectSpec> = {}): ObjectSpec | undefined =>
    Object.keys(fields).length ? { ...spec, ...extra, fields } : undefined;
  return { user: part(userFields, Object.keys(moved).length ? { moved } : {}), internal: part(internalFields) };
}

/** The user value and the internal value, merged in the full spec's key order. */
export function mergeParts(spec: ObjectSpec, parts: Split, user: unknown, internal: unknown): Record<string, unknown> {
  const u = (user ?? {}) as Record<string, unknown>;
  const d = (internal ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(spec.fields)) {
    const inUser = !!parts.user && k in parts.user.fields;
    const inData = !!parts.internal && k in parts.internal.fields;
    if (inUser && inData) out[k] = mergeParts(s as ObjectSpec, { user: parts.user!.fields[k] as ObjectSpec, internal: parts.internal!.fields[k] as ObjectSpec }, u[k], d[k]);
    else out[k] = inUser ? u[k] : d[k];
  }
  return out;
}
