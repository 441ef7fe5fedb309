// The only way output reaches disk: write a temp file beside the target, flush it, rename it over
// the target. A killed run leaves either the old file or the new one, never half of one (and a temp
// file, which the next run removes: run/leftovers.ts knows the name). Files whose content would not
// change are left untouched, so an identical re-run changes no byte.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type WriteOutcome = 'written' | 'unchanged';

/** A temp file's name ends in the process's id and 8 hex digits (the name run/leftovers.ts knows): a
 * counter from a random start, which no two files of this process share (another process has another
 * id), rather than 4 random bytes asked of OpenSSL each file. */
let lastTemp = randomBytes(4).readUInt32BE(0);
const nextTemp = () => (lastTemp = (lastTemp + 1) >>> 0).toString(16).padStart(8, '0');

/** A new temp file's path beside `target`. */
export const tempPath = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${nextTemp()}.tmp`);

export async function writeAtomic(target: string, content: string): Promise<WriteOutcome> {
  try {
    if ((await readFile(target, 'utf8')) === content) return 'unchanged';
  } catch {
    // absent or unreadable: write it
  }
  await replaceVia(target, (fh) => fh.writeFile(content, 'utf8'));
  return 'written';
}

/** Fills a temp file beside `target`, flushes it and renames it over `target`; on failure the temp file goes.
 * `keep` (asked once it is filled): whether it replaces the target at all; when not, it goes unflushed. */
async function replaceVia(target: string, fill: (fh: FileHandle) => Promise<unknown>, keep: () => boolean = () => true): Promise<void> {
  const tmp = tempPath(target);
  const fh = await openBeside(tmp);
  try {
    let kept = false;
    try {
      await fill(fh);
      kept = keep();
      if (kept) await fh.sync();
    } finally {
      await fh.close();
    }
    if (kept) await rename(tmp, target);
    else await rm(tmp, { force: true });
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Opens a new temp file, making its folder first only when the open says it is missing: most writes
 * go to a folder that is there, and a stat of it before each (makeDir) was a round trip to libuv's
 * threads a file. A folder that is a file is refused by makeDir, as before, with its message. */
async function openBeside(tmp: string): Promise<FileHandle> {
  try {
    return await open(tmp, 'w');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
  }
  await makeDir(path.dirname(tmp));
  return open(tmp, 'w');
}

/** Characters of pieces joined into one write (writeAtomicPieces). */
const WRITE_BYTES = 1 << 16;

/** writeAtomic for a text made in pieces (a feed page: write/json-pieces.ts), never joined into one
 * string (only into writes of WRITE_BYTES or so). Each write is compared with the file as it stands
 * while it goes to the temp file; a file whose content would not change is left untouched (the temp
 * file goes, unsynced). */
export async function writeAtomicPieces(target: string, pieces: AsyncIterable<string> | Iterable<string>): Promise<WriteOutcome> {
  let old: Buffer | null = null;
  try {
    old = await readFile(target);
  } catch {
    // absent or unreadable: written
  }
  let same = old !== null;
  let at = 0;
  let outcome: WriteOutcome = 'written';
  await replaceVia(
    target,
    async (fh) => {
      // Written a batch of pieces at a time (WRITE_BYTES or more): a write each piece (an item of a
      // feed page) was a round trip to libuv's threads each, ~4.7k a night onto 16k bench dumps.
      let batch: string[] = [];
      let size = 0;
      const put = async () => {
        const bytes = Buffer.from(batch.length === 1 ? batch[0] : batch.join(''), 'utf8');
        [batch, size] = [[], 0];
        if (same) same = at + bytes.length <= old!.length && old!.subarray(at, at + bytes.length).equals(bytes);
        at += bytes.length;
        await fh.write(bytes);
      };
      for await (const piece of pieces) {
        batch.push(piece);
        size += piece.length;
        if (size >= WRITE_BYTES) await put();
      }
      if (batch.length) await put();
      if (same && at === old!.length) outcome = 'unchanged';
    },
    () => outcome === 'written',
  );
  return outcome;
}

/** writeAtomic for a file too large to hold as one string (a run's report): written chunk by chunk
 * into the temp file, then flushed and renamed the same way. Always written (no comparison). */
export async function writeAtomicChunks(target: string, chunks: Iterable<string>): Promise<void> {
  await replaceVia(target, async (fh) => {
    for (const chunk of chunks) await fh.write(chunk, null, 'utf8');
  });
}

/** mkdir -p that fails instead of looping: Node 20's recursive mkdir spins forever where the kernel
 * answers ENOENT for a folder whose parent exists (/proc/x). Creates each missing level in turn. */
export async function makeDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      if (!(await stat(d)).isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(d) === d) throw e;
      missing.unshift(d);
    }
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Joins a safe id onto an output folder, refusing anything that would land outside it. */
export function inside(root: string, ...parts: string[]): string {
  const target = path.resolve(root, ...parts);
  const base = path.resolve(root);
  if (target !== base && !target.startsWith(base + path.sep)) throw new Error(`refusing to write outside ${base}: ${parts.join('/')}`);
  return target;
}
