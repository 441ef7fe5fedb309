// What pass 1 read of a dump, kept in its article process for pass 2: the decoded text and what reading put on the
// file's data (its frontmatter, kind, indents), so a dump of a batch that fits is read and decoded once, not once a
// pass; and what pass 1's chrome judgment found that the batch cannot change (the page's base: chrome/base.ts, and
// each line's hashes: line-hashes.ts), a few numbers a paragraph and a line, so pass 2's chrome stage judges only
// what the batch adds (on polnear-dev its CPU ~0.2x a dump kept). The text, not the parsed tree: a tree and its
// lines hold 3-15 bytes of heap a character of text where the text holds 1-2, so as many times fewer dumps fit, and
// their millions of small objects were marked again at each of the process's full collections, which cost about
// what parsing again saved (on polnear-dev: a pass of parses ~0.15 CPU-s, garbage collection in pass 1 ~0.14 s
// more).
// Keep-first, not least-recently-used: pass 2 walks the batch in pass 1's order, so keeping the first
// dumps that fit lets pass 2 find those; an LRU would hold the last ones, which pass 2 reaches last, and
// on a batch larger than the store would miss every time. Bounded by bytes (an estimate of the heap an
// entry holds, keep-cost.json), a share of the process's heap budget, so what a process keeps depends on
// run.dump_memory_mb and not on the batch. A dump whose file changed between the passes (its stat is not
// the one taken before pass 1's read) is read again: its record's sha256 is of the bytes processed, and
// those are the file's bytes as pass 2 finds them, as when every dump was read twice. A file changed less
// than RACY_MS before pass 1's stat is not kept (git's racily clean files): a file system stamps times by a
// clock of coarse ticks (a few ms on Linux, 1-2 s on some), and a second write of as many bytes within the
// tick of the first would leave the stat as it was.
import { statSync } from 'node:fs';
import type { Data } from 'vfile';
import { ArticleFile } from '../article/article-file.js';
import type { PageBase } from '../stages/chrome/base.js';
import type { LineHashes } from './line-hashes.js';
import cost from './keep-cost.json' with { type: 'json' };
import { sameStamp, stampOf, type ReadDump, type Stamp } from './read-dump.js';

interface Entry {
  value: string;
  data: Data;
  stamp: Stamp;
  sha256: string;
  encoding: string;
  warnings: string[];
  judged?: Judged;
  bytes: number;
}

/** What pass 1 found of a page besides its keys: what the page alone says of each paragraph (chrome/base.ts)
 * and each line's hashes (line-hashes.ts). */
export interface Judged {
  base: PageBase;
  lines?: LineHashes;
}

/** A kept dump as pass 2 takes it: as read, and what pass 1 found of it. */
export type KeptDump = ReadDump & { judged?: Judged };

/** MB an article process may keep, for a heap budget of `memoryMb` MB (run.dump_memory_mb). The
 * process's heap limit is raised by as much (pool.ts), so a dump still has its whole budget. An eighth
 * (keep-cost.json's share): at the default 512 MB, 64 MB a process, ~30 MB of text as estimated (2 bytes a
 * character at most) or some 6,000 dumps of ~5 KB, so a nightly batch of thousands fits on two cores; and
 * small beside the process's own budget and its young generation (3 x 64 MB: pool.ts SEMI_SPACE_MB). */
export const keepMb = (memoryMb: number): number => Math.floor(memoryMb * cost.share);

export const keepBytes = (memoryMb: number): number => keepMb(memoryMb) * 1024 * 1024;

/** Heap an entry holds (bench/keep-cost.ts measures it): its text, each indented line's width, the
 * entry's own objects and strings, and what pass 1 found of the page when it keeps that (its numbers, and
 * each array and the object holding them). */
export function entryBytes(read: ReadDump, judged?: Judged): number {
  const indents = read.file.data.indents?.size ?? 0;
  const arrays = judged ? [judged.base, judged.lines].filter((a) => a !== undefined) : [];
  const found = arrays.reduce((n, a) => n + a.byteLength + cost.array_bytes, judged ? cost.array_bytes : 0);
  return String(read.file.value).length * cost.char_bytes + indents * cost.indent_bytes + cost.entry_bytes + found;
}

/** The coarsest tick of a file system's times (FAT's 2 s): a file changed less than this before its stat
 * is not kept. */
export const RACY_MS = 2000;

export class DumpKeep {
  private readonly entries = new Map<string, Entry>();
  private used = 0;
  constructor(
    readonly budget: number,
    private readonly racyMs = RACY_MS,
  ) {}

  get bytes(): number {
    return this.used;
  }

  /** Keeps dump `key` as pass 1 read it, with what its count found of the page (`judged`), when it fits in
   * what is left of the budget. Its file's data must be as reading left it (pass 1's count parses the file and
   * takes the lines it added off again). */
  offer(key: string, read: ReadDump & { stamp: Stamp }, judged?: Judged): boolean {
    this.drop(key);
    const { ctimeMs, mtimeMs, seenMs } = read.stamp;
    if (seenMs - Math.max(ctimeMs, mtimeMs) < this.racyMs) return false;
    const bytes = entryBytes(read, judged);
    if (this.used + bytes > this.budget) return false;
    this.entries.set(key, { value: String(read.file.value), data: { ...read.file.data }, stamp: read.stamp, sha256: read.sha256, encoding: read.encoding, warnings: read.warnings, judged, bytes });
    this.used += bytes;
    return true;
  }

  /** The kept dump `key` as a fresh file (no messages, its data as reading left it), let go here; none
   * when it was not kept, or its file `abs` is not as pass 1 read it. The stat is synchronous: the
   * process handles one job at a time (article-worker.ts), and a stat through libuv's pool cost more
   * CPU than it did. */
  take(key: string, abs: string): KeptDump | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.drop(key);
    let now;
    try {
      now = statSync(abs);
    } catch {
      return undefined;
    }
    if (!sameStamp(e.stamp, stampOf(now))) return undefined;
    const file = new ArticleFile({ path: key, value: e.value });
    Object.assign(file.data, e.data);
    return { file, sha256: e.sha256, encoding: e.encoding, warnings: e.warnings, ...(e.judged ? { judged: e.judged } : {}) };
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.used -= e.bytes;
  }
}
