// The config folder's files and the spec each is checked against. A component owns its spec; this
// table only says which file holds it.
import type { Infer } from './spec.js';
import { obj } from './spec.js';
import { runSpec } from '../run/spec.js';
import { outletsSpec } from '../stages/outlet.js';
import { chromeSpec } from '../stages/chrome.js';
import { headlineSpec } from '../stages/headline.js';
import { dateSpec } from '../stages/date.js';
import { bylineSpec } from '../stages/byline.js';
import { datelineSpec } from '../stages/dateline.js';
import { sectionSpec } from '../stages/section.js';
import { quotesSpec } from '../stages/quotes/index.js';
import { corpusSpec } from '../corpus/spec.js';

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
