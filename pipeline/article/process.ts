// The per-article chain: the dump parser (article/parse.ts), then one unified plugin per concern, in the order their
// inputs require (outlet before chrome, which uses the outlet's profile; the outlet ranker after it, which
// weighs where the page's header, article and footer name each candidate; an outlet that is the chosen headline
// held back once the headline is known; body last, after every stage
// has claimed its lines). Each stage is timed for the run report.
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import type { VFile } from 'vfile';
import parseDump from './parse.js';
import body from '../stages/body.js';
import byline from '../stages/byline.js';
import chrome from '../stages/chrome.js';
import date from '../stages/date.js';
import dateline from '../stages/dateline.js';
import headline from '../stages/headline.js';
import type { StageOptions } from '../stages/options.js';
import outlet, { outletRank } from '../stages/outlet.js';
import outletTitle from '../stages/outlet-title.js';
import { quoteChain } from '../stages/quotes/index.js';
import section from '../stages/section.js';
import confidence from '../stages/confidence.js';

type Stage = (options: StageOptions) => (tree: Root, file: VFile) => void;

export const STAGES: readonly (readonly [string, Stage])[] = [
  ['outlet', outlet],
  ['chrome', chrome],
  ['outlet-rank', outletRank],
  ['headline', headline],
  ['outlet-title', outletTitle],
  ['date', date],
  ['byline', byline],
  ['dateline', dateline],
  ['section', section],
  ...quoteChain,
  ['body', body],
  ['confidence', confidence],
];

/** Milliseconds spent per stage, summed over the run. */
export type StageTimings = Record<string, number>;

export function createProcessor(options: StageOptions, timings: StageTimings = {}) {
  let p = unified().use(parseDump);
  for (const [name, stage] of STAGES) {
    const timed: Plugin<[StageOptions], Root> = (opts) => {
      const transform = stage(opts);
      return (tree, file) => {
        const t0 = performance.now();
        transform(tree, file);
        timings[name] = (timings[name] ?? 0) + performance.now() - t0;
      };
    };
    p = p.use(timed, options) as unknown as typeof p;
  }
  return p.freeze();
}

export type Processor = ReturnType<typeof createProcessor>;

/** Runs the whole chain on one file; results land on `file.data`. */
export function processArticle(processor: Processor, file: VFile, timings: StageTimings = {}): void {
  const t0 = performance.now();
  const tree = processor.parse(file);
  timings.parse = (timings.parse ?? 0) + performance.now() - t0;
  processor.runSync(tree, file);
}
