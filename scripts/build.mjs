// `npm run build` (also run by `npm start` and `npm test`): compiles the TypeScript into dist/ without
// ever deleting dist/ under a running process. tsc writes to a private staging folder beside dist/
// (same depth, so source maps point the same way); then each file that changed is swapped into dist/
// by an atomic rename, files whose sources are gone are removed, and unchanged files are not touched.
// A process that is starting or running reads either the old file or the new one, never none or half;
// two overlapping builds write the same bytes and do not break each other.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const STAGE = /^\.dist-(\d+)-[0-9a-f]{8}\.tmp$/;
const stage = path.join(root, `.dist-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

// Staging folders of builds that were killed.
for (const name of readdirSync(root)) {
  const m = STAGE.exec(name);
  if (m && !alive(Number(m[1]))) rmSync(path.join(root, name), { recursive: true, force: true });
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json'), '--outDir', stage], { stdio: 'inherit' });
if (r.status !== 0) {
  rmSync(stage, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}
// Data files beside the code (internal constants: pipeline/**/*.yaml) go where the compiled code looks for them,
// each with its parsed value as JSON beside it (pipeline/config/parsed-data.ts: the loader reads that).
const { parsedJson, PARSED_SUFFIX } = await import(pathToFileURL(path.join(stage, 'pipeline', 'config', 'parsed-data.js')).href);
copyData(path.join(root, 'pipeline'), path.join(stage, 'pipeline'));
// The record schema's validator, compiled here once (scripts/record-validator.mjs); the schema itself
// stays beside the code as the contract's file (no module imports it any more, so tsc does not copy it).
const { validatorSource } = await import('./record-validator.mjs');
const schemaFile = path.join(root, 'pipeline', 'record', 'record.schema.json');
writeFileSync(path.join(stage, 'pipeline', 'record', 'record-validate.js'), validatorSource(JSON.parse(readFileSync(schemaFile, 'utf8'))));
writeFileSync(path.join(stage, 'pipeline', 'record', 'record.schema.json'), readFileSync(schemaFile));
try {
  sync(stage, dist);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

/** Makes `to` hold exactly the files of `from`, each change an atomic rename. */
function sync(from, to) {
  mkdirSync(to, { recursive: true });
  const want = new Set(readdirSync(from));
  for (const name of readdirSync(to)) {
    if (want.has(name)) continue;
    // Temp files of a sync in progress (another build) are theirs to rename; a dead build's go.
    const m = /\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
    if (m && alive(Number(m[1]))) continue;
    rmSync(path.join(to, name), { recursive: true, force: true });
  }
  for (const name of want) {
    const src = path.join(from, name);
    const dst = path.join(to, name);
    if (statSync(src).isDirectory()) {
      if (exists(dst) && !statSync(dst).isDirectory()) rmSync(dst, { force: true });
      sync(src, dst);
      continue;
    }
    const bytes = readFileSync(src);
    if (exists(dst) && readFileSync(dst).equals(bytes)) continue;
    const tmp = `${dst}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(tmp, bytes);
    try {
      renameSync(tmp, dst);
    } catch (e) {
      unlinkSync(tmp);
      throw e;
    }
  }
}

function copyData(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) copyData(src, path.join(to, entry.name));
    else if (/\.ya?ml$/.test(entry.name)) {
      mkdirSync(to, { recursive: true });
      const text = readFileSync(src);
      writeFileSync(path.join(to, entry.name), text);
      const json = parsedJson(text.toString('utf8'));
      if (json !== undefined) writeFileSync(path.join(to, entry.name + PARSED_SUFFIX), json);
    }
  }
}

function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}
