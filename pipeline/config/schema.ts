// A spec as JSON Schema (draft-07, what yaml-language-server reads), so editors complete and check the
// user's config files: types, ranges, enums, descriptions and defaults, and no unknown keys.
import type { Spec } from './spec.js';

type Schema = Record<string, unknown>;

export function jsonSchema(spec: Spec): Schema {
  const base: Schema = spec.description ? { description: spec.description } : {};
  if ('default' in spec && spec.default !== undefined) base.default = spec.default;
  switch (spec.kind) {
    case 'string':
      return { ...base, type: 'string', ...(spec.enum ? { enum: [...spec.enum] } : {}), ...(spec.regex ? { format: 'regex' } : {}) };
    case 'number':
      return { ...base, type: spec.integer ? 'integer' : 'number', ...(spec.min !== undefined ? { minimum: spec.min } : {}), ...(spec.max !== undefined ? { maximum: spec.max } : {}) };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'list':
      return { ...base, type: 'array', items: jsonSchema(spec.of) };
    case 'map':
      return { ...base, type: 'object', additionalProperties: jsonSchema(spec.of) };
    case 'object': {
      const required = Object.entries(spec.fields)
        .filter(([, s]) => !('default' in s && s.default !== undefined) && !s.optional && s.kind !== 'object')
        .map(([k]) => k);
      return {
        ...base,
        type: 'object',
        properties: Object.fromEntries(Object.entries(spec.fields).map(([k, s]) => [k, jsonSchema(s)])),
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
    }
  }
}
