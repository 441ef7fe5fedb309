// Shared by the quotes tests: runs the whole article chain (so chrome and headline stages have done
// their part, as in a real run) on one text and returns the quotes it found.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { loadConfig } from '../pipeline/config/load.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import type { Quote } from '../pipeline/types.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = await loadConfig(path.join(root, 'config'));
const processor = createProcessor({ config, batch: emptyBatch() });

export function quotesOf(text: string, name = 'a.txt'): Quote[] {
  const file = new VFile({ value: text, path: name });
  file.data.kind = name.endsWith('.md') ? 'md' : 'txt';
  processArticle(processor, file);
  return file.data.quotes ?? [];
}

/** Text and speaker only, the pair editors pull. */
export const pairs = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker]);
