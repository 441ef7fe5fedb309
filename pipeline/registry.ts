// The components' config sections: which file under config/ holds each component's settings, and the
// spec the component declares beside its code (after Redpanda Connect). The config loader is handed this
// table, so config/ depends on no stage, and no stage depends on another through its settings.
import { fileURLToPath } from 'node:url';
import { loadConfig as loadSections, type CrossCheck, type Sections } from './config/load.js';
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

// `user`: the keys a newsroom sets, in config/<file> (absent: every key). The rest are internal constants
// (weights, caps, patterns, word lists), kept as data beside the code that uses them (`data`, by key
// prefix, relative to pipeline/), checked by the same spec, and merged back: stages read one object.
export const sections = {
  run: { file: 'copydesk.yaml', spec: runSpec },
  outlets: { file: 'outlets.yaml', spec: outletsSpec, user: ['outlets', 'paths', 'folder_is_outlet', 'url_lines'], data: { '': 'stages/outlet/evidence.yaml' } },
  chrome: { file: 'chrome.yaml', spec: chromeSpec, user: [], data: { '': 'stages/chrome/rules.yaml' } },
  metadata: {
    file: 'metadata.yaml',
    spec: metadataSpec,
    user: ['date.zones', 'section.vocabulary'],
    data: { headline: 'stages/headline/rules.yaml', date: 'stages/date/rules.yaml', byline: 'stages/byline/rules.yaml', dateline: 'stages/dateline/rules.yaml', section: 'stages/section/rules.yaml' },
  },
  quotes: { file: 'quotes.yaml', spec: quotesSpec, user: ['describe_speakers'], data: { '': 'stages/quotes/vocab.yaml' } },
  corpus: { file: 'corpus.yaml', spec: corpusSpec, user: ['dedupe.near_jaccard', 'dedupe.near_containment', 'stories.similarity', 'stories.active_days'], data: { '': 'corpus/tuning.yaml' } },
} as const satisfies Sections;

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
export const loadConfig = (dir: string, dataDir = DATA_DIR): Promise<Config> => loadSections(dir, sections, { dataDir, checks }) as Promise<Config>;

/** Where the data files are: pipeline/ beside this module (dist/pipeline/ once built; the build copies them). */
export const DATA_DIR = fileURLToPath(new URL('.', import.meta.url));
