// The components' config sections: which file under config/ holds each component's settings, and the
// spec the component declares beside its code (after Redpanda Connect). The config loader is handed this
// table, so config/ depends on no stage, and no stage depends on another through its settings.
import { loadConfig as loadSections, type CrossCheck } from './config/load.js';
import type { Infer } from './config/spec.js';
import { anyOf, obj } from './config/spec.js';
import { corpusSpec } from './corpus/spec.js';
import { runSpec } from './run/spec.js';
import { bylineSpec } from './stages/byline/spec.js';
import { chromePatterns, chromeSpec } from './stages/chrome/spec.js';
import { dateSpec } from './stages/date/spec.js';
import { datelineSpec } from './stages/dateline/spec.js';
import { headlineSpec } from './stages/headline/spec.js';
import { outletsSpec } from './stages/outlet/spec.js';
import { quotesSpec } from './stages/quotes/spec.js';
import { sectionSpec } from './stages/section/spec.js';

const metadataSpec = obj({ headline: headlineSpec, date: dateSpec, byline: bylineSpec, dateline: datelineSpec, section: sectionSpec });

export const sections = {
  run: { file: 'copydesk.yaml', spec: runSpec },
  outlets: { file: 'outlets.yaml', spec: outletsSpec },
  chrome: { file: 'chrome.yaml', spec: chromeSpec },
  metadata: { file: 'metadata.yaml', spec: metadataSpec },
  quotes: { file: 'quotes.yaml', spec: quotesSpec },
  corpus: { file: 'corpus.yaml', spec: corpusSpec },
} as const;

export type Config = { [K in keyof typeof sections]: Infer<(typeof sections)[K]['spec']> };

/** Checks across sections. An outlet's chrome lines are joined with chrome.line_patterns into one
 * alternation (chrome/article.ts): each compiles alone, yet the two may clash (a group name in both). */
const checks: CrossCheck[] = [
  (c) =>
    (c as Config).outlets.outlets.flatMap((o, i) => {
      if (!o.chrome.length) return [];
      try {
        anyOf([...o.chrome, ...(c as Config).chrome.line_patterns], chromePatterns.joined);
        return [];
      } catch (e) {
        return [{ section: 'outlets', path: ['outlets', i, 'chrome'], message: `cannot be joined with chrome.line_patterns into one alternation, as the chrome stage uses them: ${(e as Error).message}` }];
      }
    }),
];

/** Reads and validates the config folder `dir` against every component's spec. */
export const loadConfig = (dir: string): Promise<Config> => loadSections(dir, sections, checks) as Promise<Config>;
