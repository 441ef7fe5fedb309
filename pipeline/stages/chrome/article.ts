// The article zone of a page: its paragraphs as the tree holds them, what each one is, and the stretch
// that is the article. Chrome computes it once and leaves it on `file.data.article` for later stages.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphsOf } from '../../article/paragraphs.js';
import type { Config } from '../../registry.js';
import type { ArticleZone, BatchContext } from '../../types.js';
import { anyOf, classify, type ClassifyConfig } from './classify.js';
import { chooseRegion, type RegionWeights } from './region.js';

export interface ChromeRules {
  classify: ClassifyConfig;
  region: RegionWeights;
  /** The site-wide line patterns, joined with an outlet's own when the registry gives it some. */
  linePatterns: string[];
}

/** The chrome settings compiled once per processor. */
export function compileChrome(config: Config): ChromeRules {
  const k = config.chrome;
  const endPatterns = k.end_patterns.map((p) => new RegExp(p, 'iu'));
  return {
    linePatterns: k.line_patterns,
    classify: {
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
      endPatterns,
    },
    region: {
      shortCost: k.short_cost,
      chromeCost: k.chrome_cost,
      captionCost: k.caption_cost,
      itemMinWords: k.item_min_words,
      syndicatedShare: k.syndicated_share,
      endPatterns,
      tailPatterns: k.tail_patterns.map((p) => new RegExp(p, 'iu')),
      endMinWords: k.end_min_words,
    },
  };
}

export function judgeArticle(tree: Root, file: VFile, rules: ChromeRules, batch: BatchContext): ArticleZone {
  const profile = file.data.outletEntry?.chrome ?? [];
  const cfg = profile.length ? { ...rules.classify, linePatterns: anyOf([...profile, ...rules.linePatterns]) } : rules.classify;
  const paras = classify(paragraphsOf(tree, file), batch, cfg);
  return { paras, region: chooseRegion(paras, rules.region) };
}
