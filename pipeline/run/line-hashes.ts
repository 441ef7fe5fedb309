// Each line of a dump as pass 1 counted it: the hash of its folded key and, for a long line, of its echo keys
// (text/lines.ts). Kept with the dump (dump-keep.ts), they let pass 2 read each line's count in the batch's
// table (line-table.ts) without folding and hashing the line again: chrome asks the count of every line of
// every paragraph, and that folding, the echo keys and the hashing were most of what chrome's judgment cost
// pass 2 once the page's own judgment was kept (chrome/base.ts). The counts read so are the ones the table
// gives the keys themselves: the same hash, looked up the same way.
import { echoKeys, foldLine } from '../text/lines.js';
import type { ChromeLineCounts } from '../stages/chrome/article.js';
import { hash64, type LineTable } from './line-table.js';

/** [lines, then two words (the key's hash) a line, then five words ([line, both echo keys' hashes]) a line
 * that has echo keys]. */
export type LineHashes = Uint32Array;

/** Where each key's hash is, as `lineHashes` hands it on: the key's at `hashes[at]` and `hashes[at + 1]`, and its echo
 * keys' (when it has some) in `echoHashes`, two words each, in their order. Read them at once: the arrays are reused. */
export type EachKey = (key: string, echoes: readonly string[], hashes: Uint32Array, at: number, echoHashes: Uint32Array) => void;

/** The hashes of the dump's lines `lines` (the text split at '\n'), their keys folded and their echo keys
 * taken of `echoWords` words as the chrome stage takes them; `each` is given every line's key and echo keys, and
 * their hashes (pass 1 counts them: batch-counts.ts). */
export function lineHashes(lines: readonly string[], echoWords: number, each: EachKey): LineHashes {
  const keys = new Uint32Array(1 + lines.length * 2);
  keys[0] = lines.length;
  const echoes: number[] = [];
  const two = new Uint32Array(4);
  for (let n = 0; n < lines.length; n++) {
    const k = foldLine(lines[n]);
    hash64(k, keys, 1 + n * 2);
    const e = echoKeys(k, echoWords);
    if (e.length) {
      hash64(e[0], two, 0);
      hash64(e[1], two, 2);
      echoes.push(n, two[0], two[1], two[2], two[3]);
    }
    each(k, e, keys, 1 + n * 2, two);
  }
  const out = new Uint32Array(keys.length + echoes.length);
  out.set(keys);
  out.set(echoes, keys.length);
  return out;
}

/** Each line's count in `table`, and whether one of its echo keys is found in two dumps or more. */
export function countsOf(h: LineHashes, table: LineTable): ChromeLineCounts {
  const lines = h[0];
  const counts = new Uint32Array(lines);
  for (let n = 0; n < lines; n++) counts[n] = table.countOf(h[1 + n * 2], h[2 + n * 2]);
  const echoed = new Uint8Array(lines);
  for (let at = 1 + lines * 2; at + 4 < h.length; at += 5) echoed[h[at]] = table.countOf(h[at + 1], h[at + 2]) >= 2 || table.countOf(h[at + 3], h[at + 4]) >= 2 ? 1 : 0;
  return { counts, echoed };
}
