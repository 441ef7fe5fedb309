// Loads and validates the config folder once, at start-up. Each YAML file is one section, checked
// against the spec its owning component declares; every problem names the file, the key and the line.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { validate, type Spec, type SpecError } from './spec.js';

/** Config files and the spec each is checked against, by section name (pipeline/registry.ts). */
export type Sections = Record<string, { file: string; spec: Spec }>;

/** A problem only the sections together show (a pattern of one joined with another's), at a key of `section`. */
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

/** Reads every section file under `dir` named in `sections` (a missing file means all defaults) and validates it. */
export async function loadConfig(dir: string, sections: Sections, checks: CrossCheck[] = []): Promise<Record<string, unknown>> {
  let present: string[];
  try {
    present = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f));
  } catch (e) {
    throw new ConfigError([`${dir}: cannot read the config folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --config DIR`]);
  }
  const problems: string[] = [];
  for (const f of present) {
    if (!Object.values(sections).some((s) => s.file === f)) {
      problems.push(`${path.join(dir, f)}: unknown config file (known: ${Object.values(sections).map((s) => s.file).join(', ')})`);
    }
  }
  const out: Record<string, unknown> = {};
  const texts: Record<string, { file: string; text: string }> = {};
  for (const [name, section] of Object.entries(sections)) {
    const file = path.join(dir, section.file);
    const text = present.includes(section.file) ? await readFile(file, 'utf8') : '';
    texts[name] = { file, text };
    out[name] = parseSection(file, text, section.spec, problems);
  }
  if (!problems.length) {
    for (const p of checks.flatMap((check) => check(out))) {
      const { file, text } = texts[p.section]!;
      const lineCounter = new LineCounter();
      problems.push(locate(file, parseDocument(text, { lineCounter }), lineCounter, p));
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out;
}

/** Parses and validates one section's text; exported for tests and for tools that lint one file. */
export function parseSection(file: string, text: string, spec: Parameters<typeof validate>[0], problems: string[]): unknown {
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
