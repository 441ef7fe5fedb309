// "npm pack, then npm install --omit=dev gives a working copydesk command" (guide; issue 13 item 5),
// checked offline: the real tarball is packed and unpacked as an install would place it, beside only the
// packages the lockfile does not mark dev-only; the command then runs from a folder with no config/.
// The full check with a real `npm install --omit=dev` (registry, native build) is bench/check-pack.sh.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { readJson, root, snapshot, tempDir } from './helpers.js';

interface Pkg {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = readJson<Pkg>(path.join(root, 'package.json'));

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

/** The package a bare import specifier names (`@scope/name/x` -> `@scope/name`). */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

test('every package the built pipeline imports is a runtime dependency, not a dev one', () => {
  const dist = path.join(root, 'dist/pipeline');
  const used = new Map<string, string>();
  for (const f of filesUnder(dist).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(path.join(dist, f), 'utf8');
    for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      used.set(packageOf(spec), f);
    }
  }
  assert.ok(used.size > 5, `found the pipeline's imports (${[...used.keys()].join(', ')})`);
  for (const [name, file] of used) assert.ok(name in pkg.dependencies, `${name} (imported by dist/pipeline/${file}) is in "dependencies"${name in pkg.devDependencies ? ', not "devDependencies"' : ''}`);
});

test('data files beside the pipeline code reach dist/ (the build copies what tsc does not emit)', () => {
  const data = filesUnder(path.join(root, 'pipeline')).filter((f) => !f.endsWith('.ts'));
  for (const f of data) assert.ok(existsSync(path.join(root, 'dist/pipeline', f)), `pipeline/${f} is in dist/pipeline/`);
});

test('npm pack, then an install without dev dependencies: `copydesk run` works from any folder and writes what the project writes', () => {
  const work = tempDir('copydesk-pack-');
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  const shipped = new Set(files.map((f) => f.path));
  for (const f of [...Object.values(pkg.bin), 'README.md', 'package.json']) assert.ok(shipped.has(f.replace(/^\.\//, '')), `the package ships ${f}`);
  assert.ok(![...shipped].some((f) => /^(test|bench|dist\/test|dist\/bench)\//.test(f)), 'no tests or benches in the package');

  // node_modules/ as `npm install --omit=dev` lays it out: copydesk itself, and the packages the lockfile
  // does not mark dev-only (linked from the project's own install; no network).
  const modules = path.join(work, 'app/node_modules');
  mkdirSync(path.join(modules, 'copydesk'), { recursive: true });
  const untar = spawnSync('tar', ['xzf', path.join(work, filename), '-C', path.join(modules, 'copydesk'), '--strip-components=1'], { encoding: 'utf8' });
  assert.equal(untar.status, 0, untar.stderr);
  const lock = readJson<{ packages: Record<string, { dev?: boolean }> }>(path.join(root, 'package-lock.json'));
  for (const [where, entry] of Object.entries(lock.packages)) {
    const name = where.replace(/^node_modules\//, '');
    if (!where.startsWith('node_modules/') || name.includes('/node_modules/') || entry.dev) continue;
    mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name), 'dir');
  }

  // The two seed dumps, run from a folder that has no config/ (the shipped settings apply).
  const input = path.join(work, 'in');
  mkdirSync(input);
  const seeds = readdirSync(path.join(root, 'input')).filter((f) => /\.(txt|md)$/.test(f));
  assert.ok(seeds.length >= 2);
  for (const f of seeds) cpSync(path.join(root, 'input', f), path.join(input, f));
  const bin = path.join(modules, 'copydesk', pkg.bin.copydesk);
  const r = spawnSync(process.execPath, [bin, 'run', '--input', input, '--output', path.join(work, 'out'), '--quiet'], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`${seeds.length} records`));

  // The same bytes as the project's own command with its config/.
  const own = spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), 'run', '--config', path.join(root, 'config'), '--input', input, '--output', path.join(work, 'own'), '--quiet'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(own.status, 0, own.stderr);
  for (const sub of ['records', 'feeds']) assert.deepEqual(snapshot(path.join(work, 'out', sub)), snapshot(path.join(work, 'own', sub)), sub);
});
