// The internal data files (pipeline/**/*.yaml) parsed once, at build: scripts/build.mjs writes each one's
// value beside it as JSON (`rules.yaml.json`), keyed by the hash of the YAML text it came from, and the
// loader takes that value when the text it reads still has that hash. Parsing the data files with
// `yaml` was most of a run's config load (~0.2 CPU-s of ~0.25, cold code, on the main thread of every
// run); JSON.parse of the same values is a few ms. A file whose hash differs (edited after the build),
// or whose value breaks its spec, is parsed from its YAML as before, so every problem is still located.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { isDeepStrictEqual } from 'node:util';

/** Beside `rules.yaml`: `rules.yaml.json`. */
export const PARSED_SUFFIX = '.json';

interface Parsed {
  sha256: string;
  value: unknown;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** The value the loader makes of `text` (as load.ts parseSection does), or undefined when it has YAML errors. */
export function yamlValue(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
}

/** The build's JSON for `text`, or undefined when its value does not survive JSON unchanged (then the YAML is parsed at load). */
export function parsedJson(text: string): string | undefined {
  const value = yamlValue(text);
  if (value === undefined) return undefined;
  const json = JSON.stringify({ sha256: hashOf(text), value } satisfies Parsed);
  return isDeepStrictEqual((JSON.parse(json) as Parsed).value, value) ? json : undefined;
}

/** The value built for data file `file` holding `text`, or undefined (no build's JSON, or one of another text). */
export async function builtValue(file: string, text: string): Promise<unknown> {
  let parsed: Parsed;
  try {
    parsed = JSON.parse(await readFile(file + PARSED_SUFFIX, 'utf8')) as Parsed;
  } catch {
    return undefined;
  }
  return parsed.sha256 === hashOf(text) ? parsed.value : undefined;
}
