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
      else dumps.push({ abs, rel, kind: path.extname(e.name).toLowerCase() === '.md' ? 'md' : 'txt' });
    }
  };
  await walk(inputDir);
  return { dumps: dumps.sort(byRel), skipped: skipped.sort(byRel) };
}
