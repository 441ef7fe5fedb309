// Loads and validates the configuration once, at start-up, in two parts:
// - user settings: one YAML file per section in the config folder (config/copydesk.yaml, ...), holding
//   only the keys a newsroom sets (the README's reference, the JSON Schema editors complete);
// - internal constants: weights, caps, patterns and word lists, kept as data beside the code that uses
//   them (pipeline/stages/quotes/vocab.yaml, ...), shipped with the package and checked by the same spec.
// Both are checked against the spec the owning component declares, every problem naming the file, the
// key and the line; the two parts merge into one object of the spec's shape, so a stage reads
// `config.quotes.verbs` whichever part the key lives in.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { builtValue } from './parsed-data.js';
import { validate, type ObjectSpec, type Spec, type SpecError } from './spec.js';
import { splitSpec, mergeParts, type Split } from './split.js';

/** A component's config section: its user file in the config folder and the spec it declares. `user`
 * lists the key paths ('date.zones') that are user settings (absent: every key); `data` names, by key
 * path prefix ('' for the whole section), the data files under pipeline/ holding the other keys. */
export interface Section {
  file: string;
  spec: Spec;
  user?: readonly string[];
  data?: Readonly<Record<string, string>>;
}
export type Sections = Record<string, Section>;

/** A problem only the sections together show (a pattern of one joined with another's), at a user key of `section`. */
export interface CrossProblem {
  section: string;
  path: (string | number)[];
  message: string;
}
export type CrossCheck = (config: Record<string, unknown>) => CrossProblem[];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** The user part and the internal part of a section's spec (see split.ts). */
export function splitSection(section: Section, dataRoot = 'pipeline'): Split {
  const where = (prefix: string) => {
    const files = section.data ?? {};
    const key = Object.keys(files).filter((p) => p === '' || prefix === p || prefix.startsWith(`${p}.`)).sort((a, b) => b.length - a.length)[0];
    return key === undefined ? undefined : path.join(dataRoot, files[key]!);
  };
  return splitSpec(section.spec as ObjectSpec, section.user, where);
}

export interface LoadOptions {
  /** Folder the data files' paths are relative to: the running code's pipeline/ (dist/pipeline/ once built). */
  dataDir: string;
  checks?: CrossCheck[];
}

/** Reads every section's user file under `dir` (a missing file means the defaults) and its data files, and validates them. */
export async function loadConfig(dir: string, sections: Sections, opts: LoadOptions): Promise<Record<string, unknown>> {
  let present: string[];
  try {
    present = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f));
  } catch (e) {
    throw new ConfigError([`${dir}: cannot read the config folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --config DIR`]);
  }
  const problems: string[] = [];
  const split = Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, splitSection(s, 'pipeline')]));
  const userFiles = Object.entries(sections).filter(([name]) => split[name]!.user).map(([, s]) => s.file);
  for (const f of present) {
    if (userFiles.includes(f)) continue;
    const internal = Object.entries(sections).find(([, s]) => s.file === f);
    problems.push(
      internal
        ? `${path.join(dir, f)}: the ${internal[0]} section has no user settings; its constants are internal, kept beside its code (${Object.values(internal[1].data ?? {}).map((d) => `pipeline/${d}`).join(', ')})`
        : `${path.join(dir, f)}: unknown config file (known: ${userFiles.join(', ')})`,
    );
  }
  const out: Record<string, unknown> = {};
  const texts: Record<string, { file: string; text: string }> = {};
  for (const [name, section] of Object.entries(sections)) {
    const parts = split[name]!;
    let user: unknown;
    if (parts.user) {
      const file = path.join(dir, section.file);
      const text = present.includes(section.file) ? await readFile(file, 'utf8') : '';
      texts[name] = { file, text };
      user = parseSection(file, text, parts.user, problems);
    }
    const data: Record<string, unknown> = {};
    for (const [prefix, rel] of Object.entries(section.data ?? {})) {
      const spec = prefix ? parts.internal?.fields[prefix] : parts.internal;
      if (!spec) continue;
      const file = path.join(opts.dataDir, rel);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        problems.push(`${file}: cannot read the ${name} section's internal constants (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the install is incomplete`);
        continue;
      }
      // (the build's parse when it is of this text and valid; else the YAML's, which locates every problem)
      const built = await builtValue(file, text);
      const checked = built === undefined ? undefined : validate(spec, built);
      data[prefix] = checked && !checked.errors.length ? checked.value : parseSection(file, text, spec, problems);
    }
    // Data files hold the whole section ('') or one top-level key each (metadata: headline, date, ...).
    const internal = '' in data ? data[''] : Object.keys(data).length ? data : undefined;
    out[name] = mergeParts(section.spec as ObjectSpec, parts, user, internal);
  }
  if (!problems.length) {
    for (const p of (opts.checks ?? []).flatMap((check) => check(out))) {
      const { file, text } = texts[p.section]!;
      const lineCounter = new LineCounter();
      problems.push(locate(file, parseDocument(text, { lineCounter }), lineCounter, p));
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out;
}

/** Parses and validates one file's text against `spec`; exported for tests and for tools that lint one file. */
export function parseSection(file: string, text: string, spec: Spec, problems: string[]): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const { line } = lineCounter.linePos(err.pos[0]);
    problems.push(`${file}:${line}: YAML syntax: ${err.message.split('\n')[0]}`);
  }
  if (doc.errors.length) return undefined;
  const { value, errors } = validate(spec, doc.toJS({ maxAliasCount: 100 }));
  for (const e of errors) problems.push(locate(file, doc, lineCounter, e));
  return value;
}

function locate(file: string, doc: Document, lc: LineCounter, e: SpecError): string {
  // Walk up the key path until a node that exists in the document: a missing key points at its parent.
  let line = 1;
  for (let n = e.path.length; n > 0; n--) {
    const node = doc.getIn(e.path.slice(0, n), true);
    if (isNode(node) && node.range) {
      line = lc.linePos(node.range[0]).line;
      break;
    }
  }
  const key = e.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(root)';
  return `${file}:${line}: ${key} ${e.message}`;
}
