// What an entry of an article process's keep (pipeline/run/dump-keep.ts) holds in heap, per unit of the estimate
// keep-cost.json makes: bytes a character of text, a line's indent width, and an entry's own objects, and the
// object and typed arrays of what pass 1 found of a page. Each is measured on invented dumps made to have much of
// one unit: many tiny dumps, one dump of many indented lines, one long text outside Latin-1 (V8 keeps such a string
// at 2 bytes a character, its most). Prints the measured figures; keep-cost.json holds them rounded up.
// Usage: node --expose-gc dist/bench/keep-cost.js
import { DumpKeep, type Judged } from '../pipeline/run/dump-keep.js';
import { dumpFile } from '../pipeline/run/read-dump.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

/** Heap bytes that keeping `dumps` texts made by `text` (as .txt dumps) holds, less `less` bytes, per the unit
 * `units` counts. Each text is made as it is offered, so nothing here holds it but the keep. With `found`, each
 * entry also keeps what pass 1 found of its page. */
function perUnit(name: string, dumps: number, text: (i: number) => string, units: number, found?: () => Judged, less = 0): number {
  const keep = new DumpKeep(Infinity);
  gc!();
  const before = process.memoryUsage().heapUsed;
  // Each read is let go once offered: what stays is what the keep holds.
  for (let i = 0; i < dumps; i++) keep.offer(`d${i}.txt`, { ...dumpFile(Buffer.from(text(i)), { rel: `d${i}.txt`, kind: 'txt' }), stamp: { size: 0, mtimeMs: 0, ctimeMs: 0, ino: i, dev: 0, seenMs: Date.now() } }, found?.());
  // Twice: one full collection after many small allocations left some of them counted (20 bytes an entry).
  gc!();
  gc!();
  const held = process.memoryUsage().heapUsed - before;
  // The keep is read after the measure: held by nothing later, V8 may let it go before the collections.
  console.log(`${name}: ${((held - less) / units).toFixed(1)} bytes (${units} units, ${(held / 1e6).toFixed(1)} MB held, ${keep.bytes} estimated)`);
  return held;
}

const N = 100_000;
const plain = perUnit('an entry (tiny dumps, with their text)', N, (i) => `Item ${i}.`, N);
// The same entries, each with a found object of two one-number arrays: all it adds but the arrays' 8 bytes of
// numbers, per object or array (three an entry).
const found = (): Judged => ({ base: new Uint32Array(1), lines: new Uint32Array(1) });
perUnit('an array or object of what pass 1 found', N, (i) => `Item ${i}.`, 3 * N, found, plain + 8 * N);
const L = 200_000;
// Each line 'a' and its newline: 2 characters of text besides its indent.
perUnit('an indented line, with its text', 1, () => Array.from({ length: L }, () => '    a').join('\n'), L);
const C = 4_000_000;
perUnit('a character (two-byte text)', 1, () => '\u0416'.repeat(C), C);
