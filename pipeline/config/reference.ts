// The config reference and the JSON Schemas, rendered from the specs the components declare and the
// registry's split into user settings and internal constants: the README's reference (`npm run docs`)
// lists the user settings with the values config/ ships and the defaults an absent key takes; the
// schemas (config/schema/*.schema.json) let editors complete and check config/*.yaml. Never written by
// hand; tests keep both in step with the code.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseSection, splitSection, type Sections } from './load.js';
import { jsonSchema } from './schema.js';
import type { ObjectSpec, Spec } from './spec.js';

/** The user settings as config folder `dir` ships them (defaults for absent keys), by section. */
export async function shippedValues(dir: string, sections: Sections): Promise<Record<string, unknown>> {
  const present = await readdir(dir);
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(sections)) {
    const user = splitSection(s).user;
    if (!user) continue;
    const text = present.includes(s.file) ? await readFile(path.join(dir, s.file), 'utf8') : '';
    out[name] = parseSection(s.file, text, user, []);
  }
  return out;
}

/** The README's reference: every user setting with its shipped value and default, then where the internal constants live. */
export function configReference(sections: Sections, shipped: Record<string, unknown>): string {
  const tables = Object.entries(sections).flatMap(([name, s]) => {
    const user = splitSection(s).user;
    if (!user) return [];
    return [`#### config/${s.file}\n\n| key | type | shipped | default | description |\n|---|---|---|---|---|\n${rows(user, shipped[name]).join('\n')}`];
  });
  const data = Object.entries(sections).flatMap(([name, s]) => Object.entries(s.data ?? {}).map(([prefix, file]) => `- \`pipeline/${file}\`: ${prefix ? `${name}.${prefix}` : name} (${plural(countLeaves(splitSection(s).internal, prefix), 'key')})`));
  return [...tables, `#### Internal constants (not settings)\n\nWeights, caps, patterns and word lists live beside the code that uses them, checked at load against the same specs, and are not part of this reference:\n\n${data.join('\n')}`].join('\n\n');
}

function rows(spec: Spec, value: unknown, prefix = ''): string[] {
  if (spec.kind === 'object') return Object.entries(spec.fields).flatMap(([k, s]) => rows(s, (value as Record<string, unknown> | undefined)?.[k], prefix ? `${prefix}.${k}` : k));
  const type = spec.kind === 'list' ? (spec.of.kind === 'object' ? 'list' : `list of ${spec.of.kind}`) : spec.kind === 'map' ? `map of ${spec.of.kind}` : spec.kind;
  const dflt = 'default' in spec && spec.default !== undefined ? show(spec.default) : spec.optional ? '(unset)' : 'required';
  const row = `| \`${prefix}\` | ${type} | ${show(value)} | ${dflt} | ${cell(spec.description)} |`;
  if (spec.kind === 'list' && spec.of.kind === 'object') return [row, ...rows(spec.of, undefined, `${prefix}[]`).map((r) => r.replace(/\| \(unset\) \|/, '| |'))];
  return [row];
}

function show(v: unknown): string {
  if (v === undefined) return '(unset)';
  if (Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null)) return `${v.length} entries`;
  const j = JSON.stringify(v);
  if (j.length <= 48) return '`' + cell(j) + '`';
  if (Array.isArray(v)) return `${v.length} items: \`${cell(JSON.stringify(v.slice(0, 3)).slice(1, -1))}, …\``;
  if (typeof v === 'object' && v !== null) return `${Object.keys(v).length} entries: \`${cell(Object.keys(v).slice(0, 4).join(', '))}, …\``;
  return '`' + cell(j.slice(0, 45)) + '…`';
}
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function countLeaves(spec: ObjectSpec | undefined, prefix: string): number {
  const s = prefix ? spec?.fields[prefix] : spec;
  const count = (x: Spec): number => (x.kind === 'object' ? Object.values(x.fields).reduce((n, f) => n + count(f), 0) : 1);
  return s ? count(s) : 0;
}

/** The JSON Schema of each user file, by file name (`copydesk.schema.json`). */
export function schemas(sections: Sections): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of Object.values(sections)) {
    const user = splitSection(s).user;
    if (!user) continue;
    const name = s.file.replace(/\.ya?ml$/, '.schema.json');
    out[name] = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `copydesk/config/${name}`, title: `config/${s.file}`, ...jsonSchema(user) }, null, 2) + '\n';
  }
  return out;
}

export async function writeSchemas(dir: string, sections: Sections): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(schemas(sections))) await writeFile(path.join(dir, name), text);
}

export const START = '<!-- config-docs:start -->';
export const END = '<!-- config-docs:end -->';
export async function writeReadmeReference(file: string, sections: Sections, shipped: Record<string, unknown>): Promise<void> {
  const text = await readFile(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file} has no ${START} … ${END} section`);
  await writeFile(file, `${text.slice(0, a + START.length)}\n${configReference(sections, shipped)}\n${text.slice(b)}`);
}
