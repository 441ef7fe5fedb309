// Shared by the issue 12 check scripts (bench/check-*.ts): the built CLI as a child process, temp
// folders, and the report and records a run leaves. Checks print what they saw and exit 1 on failure.
import { readRunReport } from '../pipeline/write/run-report.js';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../pipeline/read/frontmatter.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(root, 'dist/pipeline/cli.js');
const made: string[] = [];
/** A temp folder, removed when the check holds (kept, and named, when it does not). */
export const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `copydesk-${prefix}-`));
  made.push(dir);
  return dir;
};
process.on('exit', (code) => {
  if ((code || process.exitCode) && made.length) console.log(`kept for a look: ${made.join(' ')}`);
  else for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** `copydesk run` with the project's config (or `config`), waited for. */
export function cli(args: string[], config = path.join(root, 'config')) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [cliPath, 'run', '--config', config, '--quiet', ...args], { encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - t0) / 1000 };
}

/** `copydesk run` started, not waited for: resolves with its exit code. */
export function cliAsync(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, [cliPath, 'run', '--config', path.join(root, 'config'), '--quiet', ...args], { stdio: 'ignore' });
  return new Promise((r) => child.on('exit', (code) => r(code)));
}

export interface ReportLine {
  path: string;
  status: string;
  id?: string;
  error?: { rule: string; reason: string };
}
export const report = (output: string) => readRunReport<{ inputs: ReportLine[]; counts: Record<string, number> }>(output);

/** Every record's frontmatter under output/records, by file name. */
export function records(output: string): Map<string, Record<string, unknown> & { body: string }> {
  const out = new Map<string, Record<string, unknown> & { body: string }>();
  const dir = path.join(output, 'records');
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.md')) continue;
    const split = splitFrontmatter(readFileSync(path.join(e.parentPath, e.name), 'utf8'));
    out.set(e.name, { ...(split.data as Record<string, unknown>), body: split.content });
  }
  return out;
}

/** Prints one result line per condition, and sets the exit code when any is false. */
export function verdict(name: string, conditions: [string, boolean][]): boolean {
  for (const [what, ok] of conditions) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  const ok = conditions.every(([, c]) => c);
  console.log(`${name}: ${ok ? 'holds' : 'does not hold'}`);
  if (!ok) process.exitCode = 1;
  return ok;
}
