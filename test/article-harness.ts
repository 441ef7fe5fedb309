// Runs the per-article chain on inline dumps, with a batch context the test controls, the way the
// run layer does (indentation stripped from plain-text dumps, batch counts from pass 1).
import path from 'node:path';
import { VFile } from 'vfile';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { loadConfig } from '../pipeline/registry.js';
import type { Config } from '../pipeline/registry.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import type { BatchContext, Quote } from '../pipeline/types.js';

let config: Config | undefined;
export async function projectConfig(): Promise<Config> {
  return (config ??= await loadConfig(path.resolve('config')));
}

/** A `.txt` dump as the run layer reads it (indentation stripped). */
export function dumpFile(text: string, name = 'dump.txt'): VFile {
  const file = new VFile({ path: name, value: text.replace(/^[ \t]+/gm, '') });
  file.data.trusted = {};
  file.data.kind = 'txt';
  return file;
}

/** A batch as pass 1 counts it over `dumps`. */
export async function batchOf(dumps: string[]): Promise<BatchContext> {
  const batch: BatchContext = { lineDocCounts: new Map(), docs: 0 };
  const counter = new BatchCounter((await projectConfig()).chrome);
  for (const d of dumps) counter.count(batch, dumpFile(d));
  return batch;
}

/** Lays text out as w3m does: long lines word-wrapped at a fixed width. */
export function w3m(text: string, width = 100): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

/** The body with line wraps undone, for comparing against unwrapped text. */
export const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ');

export async function runArticle(text: string, batch?: BatchContext | Promise<BatchContext>): Promise<VFile> {
  const processor = createProcessor({ config: await projectConfig(), batch: await (batch ?? batchOf([text])) });
  const file = dumpFile(text);
  processArticle(processor, file);
  return file;
}

/** The quotes stage over a paragraph or two, with one processor for a whole test file (no batch context). */
export async function quoteReader(): Promise<(text: string) => Quote[]> {
  const processor = createProcessor({ config: await projectConfig(), batch: emptyBatch() });
  return (text) => {
    const file = new VFile({ value: text, path: 'a.txt' });
    file.data.kind = 'txt';
    processArticle(processor, file);
    return file.data.quotes ?? [];
  };
}

/** Prose that reads like reporting: long, full sentences, dense in function words. */
export const PROSE = [
  'The city council voted on Tuesday to expand the bus network into the northern suburbs, a plan that has been debated for more than three years and was opposed by several business groups.',
  'Supporters of the measure said the new routes would cut commuting times for thousands of workers who now spend more than an hour each way getting to jobs in the downtown area.',
  'Opponents argued that the cost of the expansion, which the city estimates at about forty million dollars over five years, would force cuts to other services that residents depend on.',
  'The mayor, who had campaigned on improving public transport, said she would sign the measure this week and that the first of the new routes could open as early as next spring.',
  'A spokesperson for the transit agency said it was ready to begin hiring drivers and that it expected the new buses to be delivered in the coming months from a factory in the state.',
];

/** Who each quote is credited to (the bare name when the credit line carries a description), paired with its text. */
export const speakersOf = (quotesOf: (text: string) => Quote[]) => (text: string) => quotesOf(text).map((q) => [q.text, q.speaker_name ?? q.speaker]);
