// Shared test scaffolding: temp folders, the project's config, and a pipeline run with a fixed clock.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../pipeline/registry.js';
import type { Config } from '../pipeline/registry.js';
import { run } from '../pipeline/run/run.js';

/** The project root (tests are compiled to dist/test/). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.join(root, 'test/fixtures');

export const tempDir = (prefix = 'copydesk-test-') => mkdtempSync(path.join(tmpdir(), prefix));

let config: Config | undefined;
export async function projectConfig(): Promise<Config> {
  return (config ??= await loadConfig(path.join(root, 'config')));
}

/** A folder holding copies of the named fixture articles. */
export function inputWith(...names: string[]): string {
  const dir = tempDir('copydesk-in-');
  for (const n of names) cpSync(path.join(fixtures, 'articles', n), path.join(dir, n));
  return dir;
}

export async function runPipeline(input: string, output: string, at = '2026-01-01T00:00:00.000Z') {
  return run({ config: await projectConfig(), input, output, concurrency: 4, progress: false, now: () => new Date(at) });
}

/** Every file under `dir` (relative path -> bytes), for byte-for-byte comparisons of two runs. */
export function snapshot(dir: string, sub = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, sub))) {
    const rel = path.join(sub, name);
    if (statSync(path.join(dir, rel)).isDirectory()) for (const [k, v] of snapshot(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return out;
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
