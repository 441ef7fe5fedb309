// Pass 1's bookkeeping: in how many dumps each folded line (and each long line's opening and closing
// words) appears, and in how many of them it stands outside the article, in the page's header or footer
// (before the first or after the last prose paragraph of chrome's article stretch, found without the batch). Boilerplate repeats at the edges of pages; a
// story that several sites carry repeats in the middle. Kept apart from run.ts so tests count a batch
// exactly as a run does.
import type { VFile } from 'vfile';
import { dumpTree } from '../article/parse.js';
import type { Config } from '../registry.js';
import { compileChrome, judgePage, type ChromeRules } from '../stages/chrome/article.js';
import type { PageBase } from '../stages/chrome/base.js';
import { lineHashes, type LineHashes } from './line-hashes.js';
import { hash64 } from './line-table.js';
import { edgeKey, echoKeys, foldLine, lines } from '../text/lines.js';
import type { MapBatch } from '../stages/options.js';
import type { BatchContext } from '../types.js';

const NO_BATCH: BatchContext = { lineDocCounts: new Map(), docs: 0 };

export class BatchCounter {
  private readonly rules: ChromeRules;
  constructor(private readonly chrome: Config['chrome']) {
    this.rules = compileChrome(chrome);
  }

  count(batch: MapBatch, file: VFile): void {
    add(batch, this.keys(file));
  }

  /** The distinct keys one dump counts for (a batch counted into a Map of its keys: tests, trainers). */
  keys(file: VFile): string[] {
    return this.read(file).keys;
  }

  /** The keys, and the page's base as the judgment found it (chrome/base.ts); with `hashed`, each line's hashes
   * too (line-hashes.ts). Kept with the dump, they spare pass 2 what the batch cannot change. */
  read(file: VFile, hashed = false): { keys: string[]; base: PageBase; lines?: LineHashes } {
    const seen = new Set<string>();
    const { base, lines } = this.judge(file, hashed, (k) => void seen.add(k));
    return { keys: [...seen], base, ...(lines ? { lines } : {}) };
  }

  /** As `read(file, true)`, with the keys as their hashes (line-table.ts), as keyHashes would give them, in the same
   * order: what an article process hands back. A line's key and echo keys are hashed for the line's hashes already,
   * and are not hashed again (each distinct key was, once more, for its count). */
  readHashed(file: VFile): { hashes: Uint32Array; base: PageBase; lines: LineHashes } {
    const seen = new Set<string>();
    // Two words a key, in an array grown as keys come (a list of numbers holds each word as a double).
    let found = new Uint32Array(256);
    let n = 0;
    const edge = new Uint32Array(2);
    const { base, lines } = this.judge(file, true, (k, h, at) => {
      if (seen.has(k)) return;
      seen.add(k);
      if (!h) hash64(k, (h = edge), (at = 0));
      if (n + 2 > found.length) {
        const more = new Uint32Array(found.length * 2);
        more.set(found);
        found = more;
      }
      found[n++] = h[at!];
      found[n++] = h[at! + 1];
    });
    return { hashes: found.slice(0, n), base, lines: lines! };
  }

  /** Hands `add` every key the dump counts for, in order, each with its hash when there is one at hand. */
  private judge(file: VFile, hashed: boolean, add: (key: string, hashes?: Uint32Array, at?: number) => void): { base: PageBase; lines?: LineHashes } {
    // The lines as the parse below takes them (text/lines.ts), split once for both.
    const text = lines(file).map((l) => l.text);
    const echo = this.chrome.echo_words;
    let hashes: LineHashes | undefined;
    if (hashed)
      hashes = lineHashes(text, echo, (k, echoes, h, at, echoHashes) => {
        if (!k) return;
        add(k, h, at);
        for (let i = 0; i < echoes.length; i++) add(echoes[i], echoHashes, i * 2);
      });
    else
      for (const line of text) {
        const k = foldLine(line);
        if (!k) continue;
        add(k);
        for (const e of echoKeys(k, echo)) add(e);
      }
    // The article's first and last prose paragraph bound it here: a sign-off right after the last one
    // ("Follow X on Twitter") is the page's footer, however closely it follows.
    const { zone, base } = judgePage(dumpTree(file), file, this.rules, NO_BATCH);
    const { paras, region } = zone;
    const prose = paras.slice(Math.max(region.first, 0), region.last + 1).filter((p) => p.kind === 'prose');
    const first = prose[0]?.i ?? Infinity;
    const last = prose[prose.length - 1]?.i ?? -Infinity;
    for (const p of paras) {
      if (p.i >= first && p.i <= last) continue;
      for (const l of p.lines) {
        const k = foldLine(l.text);
        if (k) add(edgeKey(k));
      }
    }
    // Splitting the lines above filled `file.data.lines` (the parse took them): the file is read afresh in pass 2,
    // but leave it clean.
    delete file.data.lines;
    return { base, ...(hashes ? { lines: hashes } : {}) };
  }
}

/** One dump's keys counted into the batch. */
export function add(batch: MapBatch, keys: readonly string[]): void {
  batch.docs++;
  for (const key of keys) batch.lineDocCounts.set(key, (batch.lineDocCounts.get(key) ?? 0) + 1);
}
