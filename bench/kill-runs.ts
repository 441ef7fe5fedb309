// Issue 12's kill check, as a script: `node dist/bench/kill-runs.js [KILLS] [COPIES]`. Runs the CLI over
// a batch of fixture dumps, kills it with SIGKILL at a random moment KILLS times (each killed run
// starting over the previous one's leftovers), then lets one run finish, and compares its records/
// and feeds/ with a clean run's, byte for byte, and looks for temp files and locks left behind.
// Prints one line per kill and a verdict; exits 1 when the output differs or anything is left over.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/pipeline/cli.js');

/** Every file under `dir`, relative path -> bytes, for folders `only`. */
function tree(dir: string, only: string[], sub = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, sub))) {
    const rel = path.join(sub, name);
    if (!sub && !only.includes(name)) continue;
    if (statSync(path.join(dir, rel)).isDirectory()) for (const [k, v] of tree(dir, only, rel)) out.set(k, v);
    else out.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return out;
}

/** Leftovers anywhere under `dir`: writer temp files, lock files and their temp files. */
export function leftovers(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, e.name);
      if (e.isDirectory()) walk(rel);
      else if (/\.tmp$|^\.copydesk(-write-test|\.lock)/.test(e.name)) out.push(rel);
    }
  };
  walk('');
  return out;
}

export function batch(copies: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-kill-in-'));
  const src = [path.join(root, 'test/fixtures/corpus/articles'), path.join(root, 'test/fixtures/articles')];
  for (let c = 0; c < copies; c++) for (const d of src) for (const f of readdirSync(d).filter((n) => n.endsWith('.txt'))) cpSync(path.join(d, f), path.join(dir, `${c}-${f}`));
  return dir;
}

const args = (input: string, output: string) => [cli, 'run', '--config', path.join(root, 'config'), '--input', input, '--output', output, '--quiet', '--wait', '60'];

export async function killCheck(kills: number, copies: number, log = console.log): Promise<{ same: boolean; left: string[]; differing: string[] }> {
  const input = batch(copies);
  const clean = mkdtempSync(path.join(tmpdir(), 'copydesk-kill-clean-'));
  const t0 = Date.now();
  const c = spawnSync(process.execPath, args(input, clean), { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(`clean run failed: ${c.stderr}`);
  const full = Date.now() - t0;
  const out = mkdtempSync(path.join(tmpdir(), 'copydesk-kill-'));
  for (let k = 0; k < kills; k++) {
    const at = Math.round(Math.random() * full);
    const child = spawn(process.execPath, args(input, out), { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), at);
    const code = await new Promise((r) => child.on('exit', (c, s) => r(s ?? c)));
    clearTimeout(timer);
    log(`kill ${k + 1}: at ${at} ms of ~${full} ms -> ${code}; left behind: ${leftovers(out).length}`);
  }
  const last = spawnSync(process.execPath, args(input, out), { encoding: 'utf8' });
  if (last.status !== 0) throw new Error(`final run failed (${last.status}): ${last.stderr}`);
  const a = tree(clean, ['records', 'feeds']);
  const b = tree(out, ['records', 'feeds']);
  const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
  const left = leftovers(out);
  // Kept for a look when the check fails; removed when it holds.
  if (!differing.length && !left.length) for (const d of [input, clean, out]) rmSync(d, { recursive: true, force: true });
  else log(`kept: input ${input}, clean run ${clean}, killed runs ${out}`);
  return { same: differing.length === 0, left, differing };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kills = Number(process.argv[2] ?? 10);
  const copies = Number(process.argv[3] ?? 15);
  const r = await killCheck(kills, copies);
  console.log(`records and feeds equal a clean run's: ${r.same}${r.differing.length ? ` (differ: ${r.differing.slice(0, 10).join(', ')})` : ''}; left behind after the final run: ${r.left.length ? r.left.join(', ') : 'nothing'}`);
  process.exitCode = r.same && !r.left.length ? 0 : 1;
}
