// The article view of a dump: its paragraphs, what each one is, and the stretch that is the article.
// Computed once per file (chrome builds it; headline and others read the same view).
import type { VFile } from 'vfile';
import type { StageOptions } from '../options.js';
import { registryOf } from '../outlet.js';
import { anyOf, classify, type ClassifyConfig, type Judged } from './classify.js';
import { paragraphs } from './paras.js';
import { chooseRegion, type Region } from './region.js';

export interface ArticleView {
  paras: Judged[];
  region: Region;
}

const views = new WeakMap<VFile, ArticleView>();
const compiled = new WeakMap<object, ClassifyConfig>();

function configOf(options: StageOptions): ClassifyConfig {
  let c = compiled.get(options.config);
  if (!c) {
    const k = options.config.chrome;
    c = {
      linePatterns: anyOf(k.line_patterns),
      captionPatterns: anyOf(k.caption_patterns),
      stopwords: new Set(k.stopwords.map((w) => w.toLowerCase())),
      proseMinWords: k.prose_min_words,
      proseMinStopRatio: k.prose_min_stopword_ratio,
      repeatMinDocs: k.repeat_min_docs,
      repeatMaxChars: k.repeat_max_chars,
      duplicateMinWords: k.duplicate_min_words,
      echoWords: k.echo_words,
      boxPatterns: k.box_patterns.map((p) => new RegExp(p, 'iu')),
      endPatterns: k.end_patterns.map((p) => new RegExp(p, 'iu')),
    };
    compiled.set(options.config, c);
  }
  return c;
}

export function articleOf(file: VFile, options: StageOptions): ArticleView {
  let v = views.get(file);
  if (!v) {
    const base = configOf(options);
    const outlet = file.data.outlet && registryOf(options.config).lookup(file.data.outlet.value);
    const profile = outlet?.chrome ?? [];
    const cfg = profile.length ? { ...base, linePatterns: anyOf([...profile, ...options.config.chrome.line_patterns]) } : base;
    const paras = classify(paragraphs(file), options.batch, cfg);
    const k = options.config.chrome;
    const c = configOf(options);
    v = { paras, region: chooseRegion(paras, { shortCost: k.short_cost, chromeCost: k.chrome_cost, captionCost: k.caption_cost, itemMinWords: k.item_min_words, syndicatedShare: k.syndicated_share, endPatterns: c.endPatterns, tailPatterns: k.tail_patterns.map((p) => new RegExp(p, 'iu')), endMinWords: k.end_min_words }) };
    views.set(file, v);
  }
  return v;
}
