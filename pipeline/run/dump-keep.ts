// What pass 1 made of a dump, kept in its article process for pass 2: the decoded text, its lines and
// its parsed tree, so a dump of a batch that fits is read, decoded and parsed once, not once a pass.
// Keep-first, not least-recently-used: pass 2 walks the batch in pass 1's order, so keeping the first
// dumps that fit lets pass 2 find those; an LRU would hold the last ones, which pass 2 reaches last, and
// on a batch larger than the store would miss every time. Bounded by bytes (an estimate of the heap an
// entry holds, keep-cost.json), a share of the process's heap budget, so what a process keeps depends on
// run.dump_memory_mb and not on the batch. A dump whose file changed between the passes (its stat is not
// the one taken before pass 1's read) is read again: its record's sha256 is of the bytes processed, and
// those are the file's bytes as pass 2 finds them, as when every dump was read twice.
import { stat } from 'node:fs/promises';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { Data, VFile } from 'vfile';
import { ArticleFile } from '../article/article-file.js';
import cost from './keep-cost.json' with { type: 'json' };
import { sameStamp, stampOf, type ReadDump, type Stamp } from './read-dump.js';

/** A dump as pass 2 takes it: a fresh file (no messages; on `data` only what reading and parsing put
 * there) and the tree parsed from it. */
export interface KeptDump extends ReadDump {
  tree: Root;
}

interface Entry {
  value: string;
  data: Data;
  tree: Root;
  stamp: Stamp;
  sha256: string;
  encoding: string;
  warnings: string[];
  bytes: number;
}

/** MB an article process may keep, for a heap budget of `memoryMb` MB (run.dump_memory_mb). The
 * process's heap limit is raised by as much (pool.ts), so a dump still has its whole budget. */
export const keepMb = (memoryMb: number): number => Math.floor(memoryMb * cost.share);

export const keepBytes = (memoryMb: number): number => keepMb(memoryMb) * 1024 * 1024;

/** Heap an entry holds, as measured per character, line and tree node (bench/keep-cost.ts): the tree's
 * nodes, with their places, are most of it, and a dump of many short lines has many. */
export function entryBytes(chars: number, lines: number, tree: Root): number {
  return chars * cost.char_bytes + lines * cost.line_bytes + nodes(tree) * cost.node_bytes;
}

function nodes(n: Node): number {
  let count = 1;
  const kids = (n as Parent).children;
  if (kids) for (const k of kids) count += nodes(k);
  return count;
}

export class DumpKeep {
  private readonly entries = new Map<string, Entry>();
  private used = 0;
  constructor(readonly budget: number) {}

  get bytes(): number {
    return this.used;
  }

  /** Keeps what pass 1 made of dump `key` when it fits in what is left of the budget. `data` is the
   * file's data as reading left it; `file.data.lines` is taken as the parse filled it. */
  offer(key: string, read: ReadDump & { stamp: Stamp }, data: Data, tree: Root): boolean {
    this.drop(key);
    const value = String(read.file.value);
    const lines = (read.file.data.lines ?? []).length;
    const bytes = entryBytes(value.length, lines, tree);
    if (this.used + bytes > this.budget) return false;
    this.entries.set(key, { value, data: { ...data, lines: read.file.data.lines }, tree, stamp: read.stamp, sha256: read.sha256, encoding: read.encoding, warnings: read.warnings, bytes });
    this.used += bytes;
    return true;
  }

  /** The kept dump `key`, let go here; none when it was not kept, or its file is not as pass 1 read it. */
  async take(key: string, abs: string): Promise<KeptDump | undefined> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.drop(key);
    const now = await stat(abs).catch(() => undefined);
    if (!now || !sameStamp(e.stamp, stampOf(now))) return undefined;
    const file: VFile = new ArticleFile({ path: key, value: e.value });
    Object.assign(file.data, e.data);
    return { file, tree: e.tree, sha256: e.sha256, encoding: e.encoding, warnings: e.warnings };
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.used -= e.bytes;
  }
}
