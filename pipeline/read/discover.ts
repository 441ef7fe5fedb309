// Finds the dumps under the input folder: recursive, sorted so runs are reproducible. Symlinks are
// not followed (a link could lead outside the folder the newsroom pointed us at) and other special
// files (a FIFO would block the read forever) are not read; each such file with a dump's extension
// is named in `skipped`, so the report says why it was left out. Hidden files and folders are
// someone's tooling (.git, editor swap files), not dumps: left out without a word.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface Dump {
  /** Absolute path. */
  abs: string;
  /** Path relative to the input folder, with `/` separators: the record's `source.path`. */
  rel: string;
  kind: 'txt' | 'md';
}

export interface Skipped {
  rel: string;
  rule: 'symlink' | 'not-a-file';
  reason: string;
}

export interface Discovered {
  dumps: Dump[];
  skipped: Skipped[];
}

const byRel = <T extends { rel: string }>(a: T, b: T) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);

/** The dump at `rel` (as discover names it) under `inputDir`: a run keeps the names of a batch on
 * disk, not a Dump each, and makes each one again when its turn comes. */
export function dumpAt(inputDir: string, rel: string): Dump {
  return { abs: path.join(inputDir, ...rel.split('/')), rel, kind: path.extname(rel).toLowerCase() === '.md' ? 'md' : 'txt' };
}

export async function discover(inputDir: string, extensions: string[]): Promise<Discovered> {
  const exts = new Set(extensions.map((e) => e.toLowerCase()));
  const dumps: Dump[] = [];
  const skipped: Skipped[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = path.join(dir, e.name);
      const rel = path.relative(inputDir, abs).split(path.sep).join('/');
      if (e.isDirectory()) await walk(abs);
      else if (!exts.has(path.extname(e.name).toLowerCase()) && !e.isSymbolicLink()) continue;
      else if (e.isSymbolicLink()) skipped.push({ rel, rule: 'symlink', reason: 'symbolic link: not followed (it could lead outside the input folder); copy the file in to have it read' });
      else if (!e.isFile()) skipped.push({ rel, rule: 'not-a-file', reason: 'not a regular file (a pipe, socket or device): not read' });
      else dumps.push(dumpAt(inputDir, rel));
    }
  };
  await walk(inputDir);
  return { dumps: dumps.sort(byRel), skipped: skipped.sort(byRel) };
}
