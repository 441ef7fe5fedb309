// Finds the dumps under the input folder: recursive, sorted so runs are reproducible, symlinks not
// followed (a link could lead outside the folder the newsroom pointed us at).
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface Dump {
  /** Absolute path. */
  abs: string;
  /** Path relative to the input folder, with `/` separators: the record's `source.path`. */
  rel: string;
  kind: 'txt' | 'md';
}

export async function discover(inputDir: string, extensions: string[]): Promise<Dump[]> {
  const exts = new Set(extensions.map((e) => e.toLowerCase()));
  const out: Dump[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) await walk(abs);
      else if (e.isFile() && exts.has(path.extname(e.name).toLowerCase())) {
        out.push({ abs, rel: path.relative(inputDir, abs).split(path.sep).join('/'), kind: path.extname(e.name).toLowerCase() === '.md' ? 'md' : 'txt' });
      }
    }
  };
  await walk(inputDir);
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
