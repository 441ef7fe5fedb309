// One dump from disk to a VFile ready for the per-article stages: size check, decoding, and the
// `.md` dump's own frontmatter split off (and trusted). Throws an InputError with a rule id.
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { VFile } from 'vfile';
import { ArticleFile } from '../article/article-file.js';
import { decode, DecodeError } from '../read/decode.js';
import type { Dump } from '../read/discover.js';
import { FrontmatterError, splitFrontmatter } from '../read/frontmatter.js';
import { sha256 } from '../record/id.js';

export class InputError extends Error {
  constructor(readonly ruleId: string, message: string) {
    super(message);
  }
}

export interface ReadDump {
  file: VFile;
  sha256: string;
  encoding: string;
  warnings: string[];
}

/** What a dump's file looked like when it was read: taken before the read, so bytes written after it
 * (or a file renamed over it) give a different stamp when the file is stat'ed again (dump-keep.ts). */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
  /** When the stat was taken (not compared): a file changed just before it may change again within the
   * same tick of its file system's clock, unseen by the other figures (dump-keep.ts). */
  seenMs: number;
}

export const stampOf = (s: Stats, seenMs = Date.now()): Stamp => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, dev: s.dev, seenMs });

export const sameStamp = (a: Stamp, b: Stamp): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;

/** Reads synchronously: it runs in an article process, which handles one job at a time (article-worker.ts),
 * so nothing waits on the read but its own dump, and a read through libuv's pool (its open, stat, reads
 * and close each a trip to a pool thread and back) cost ~0.3 ms of CPU a dump where this costs ~0.04
 * (polnear-dev's dumps, 4 rounds each). */
export async function readDump(dump: Dump, maxBytes: number): Promise<ReadDump & { stamp: Stamp }> {
  const seenMs = Date.now();
  const stamp = stampOf(statSync(dump.abs), seenMs);
  if (stamp.size > maxBytes) throw new InputError('too-large', `file is ${stamp.size} bytes, over the ${maxBytes}-byte limit (run.max_bytes): not read`);
  return { ...dumpFile(readFileSync(dump.abs), dump), stamp };
}

/** The bytes of a dump as the per-article chain sees them (decoded, frontmatter split off, plain
 * text unindented): the read without the disk, so the fuzz suite feeds the chain exactly this. */
export function dumpFile(bytes: Uint8Array, dump: Pick<Dump, 'rel' | 'kind'>): ReadDump {
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(e.ruleId, e.message);
    throw e;
  }
  let text = decoded.text;
  let trusted: Record<string, unknown> = {};
  let indents: Map<number, number> | undefined;
  if (dump.kind === 'md') {
    try {
      let yamlWarnings: string[];
      ({ data: trusted, content: text, warnings: yamlWarnings } = splitFrontmatter(text));
      decoded.warnings.push(...yamlWarnings);
    } catch (e) {
      if (e instanceof FrontmatterError) throw new InputError(e.ruleId, e.message);
      throw e;
    }
  } else {
    // Plain-text dumps are laid out for the eye (w3m centres and indents); indentation would read as
    // Markdown code blocks, so it goes, and how far each line was indented is kept beside the text (a
    // block quote is set off so: chrome reads it).
    ({ text, indents } = unindent(text));
  }
  if (!text.trim()) throw new InputError('empty', 'no article text after the frontmatter');
  const file = new ArticleFile({ path: dump.rel, value: text });
  file.data.trusted = trusted;
  file.data.kind = dump.kind;
  if (indents?.size) file.data.indents = indents;
  return { file, sha256: sha256(bytes), encoding: decoded.encoding, warnings: decoded.warnings };
}

/** The text with every line's leading spaces and tabs taken off, and how many each indented line had
 * (0-based line number -> width; blank lines are left out). Decoded text ends its lines with '\n' alone
 * (read/decode.ts): one scan from line start to line start finds both, and copies the text only when a line is
 * indented (the two regular expressions it replaces, still taken for text with other line ends, cost ~twice
 * as much over a corpus's dumps). */
export function unindent(text: string): { text: string; indents: Map<number, number> } {
  if (OTHER_BREAKS.test(text)) return unindentByPatterns(text);
  const indents = new Map<number, number>();
  const kept: string[] = [];
  // What is not yet copied starts at `from`.
  let from = 0;
  for (let line = 0, start = 0; ; line++) {
    let end = start;
    for (let c = text.charCodeAt(end); c === 32 || c === 9; c = text.charCodeAt(++end));
    if (end > start) {
      if (end < text.length && !SPACE.test(text[end])) indents.set(line, end - start);
      kept.push(text.slice(from, start));
      from = end;
    }
    const nl = text.indexOf('\n', end);
    if (nl < 0) break;
    start = nl + 1;
  }
  if (!from) return { text, indents };
  kept.push(text.slice(from));
  return { text: kept.join(''), indents };
}

/** Line ends that `^` of a multiline pattern knows besides '\n'. */
const OTHER_BREAKS = /[\r\u2028\u2029]/;
const SPACE = /\s/;

/** unindent() by its regular expressions, for any text: the widths from one scan that stops at indented lines only
 * (a replace calling back on every line cost several times as much over a corpus's dumps). */
export function unindentByPatterns(text: string): { text: string; indents: Map<number, number> } {
  const indents = new Map<number, number>();
  const lead = /^[ \t]+(?=\S)/gm;
  let line = 0;
  let pos = 0;
  for (let m; (m = lead.exec(text)); ) {
    for (let nl = text.indexOf('\n', pos); nl !== -1 && nl < m.index; nl = text.indexOf('\n', pos)) {
      line++;
      pos = nl + 1;
    }
    indents.set(line, m[0].length);
  }
  return { text: text.replace(/^[ \t]+/gm, ''), indents };
}
