// The only way output reaches disk: write a temp file beside the target, flush it, rename it over
// the target. A killed run leaves either the old file or the new one, never half of one. Files
// whose content would not change are left untouched, so an identical re-run changes no byte.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export type WriteOutcome = 'written' | 'unchanged';

export async function writeAtomic(target: string, content: string): Promise<WriteOutcome> {
  try {
    if ((await readFile(target, 'utf8')) === content) return 'unchanged';
  } catch {
    // absent or unreadable: write it
  }
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(content, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return 'written';
}

/** Joins a safe id onto an output folder, refusing anything that would land outside it. */
export function inside(root: string, ...parts: string[]): string {
  const target = path.resolve(root, ...parts);
  const base = path.resolve(root);
  if (target !== base && !target.startsWith(base + path.sep)) throw new Error(`refusing to write outside ${base}: ${parts.join('/')}`);
  return target;
}
