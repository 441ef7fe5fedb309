// The article zone of a page: its paragraphs as the tree holds them, what each one is, and the stretch
// that is the article. Chrome computes it once and leaves it on `file.data.article` for later stages.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphsOf } from '../../article/paragraphs.js';
import { lines } from '../../text/lines.js';
import type { Config } from '../../registry.js';
import type { ArticleZone, BatchContext } from '../../types.js';
import { anyOf, compile } from '../../config/spec.js';
import { anyOfCued, anyOfList, anyOfSplit, type Tester } from './joined.js';
import { baseFits, pageBase, type PageBase } from './base.js';
import { classify, type ClassifyConfig } from './classify.js';
import { chromePatterns } from './spec.js';
import { chooseRegion, isSyndicated, type RegionWeights } from './region.js';

export interface ChromeRules {
  classify: ClassifyConfig;
  region: RegionWeights;
  /** The site-wide line patterns, joined with an outlet's own when the registry gives it some. */
  linePatterns: string[];
}

/** The chrome settings compiled once per processor. */
export function compileChrome(k: Config['chrome']): ChromeRules {
  return {
    linePatterns: k.line_patterns,
    classify: {
      // One alternation of many patterns: one pass over a line instead of one per pattern (those opening on any
      // character apart, each tried when the line holds a string it needs: joined.ts).
      linePatterns: anyOfCued(k.line_patterns, chromePatterns.joined),
      captionPatterns: anyOfSplit(k.caption_patterns, chromePatterns.joined),
      promoPatterns: anyOfCued(k.promo_patterns, chromePatterns.joined),
      creditPatterns: anyOf(k.credit_patterns, chromePatterns.joined),
      notePatterns: anyOf(k.note_patterns, chromePatterns.joined),
      embedPatterns: anyOf(k.embed_patterns, chromePatterns.joined),
      embedMaxChars: k.embed_max_chars,
      stopwords: new Set(k.stopwords.map((w) => w.toLowerCase())),
      stopwordMaxChars: Math.max(0, ...k.stopwords.map((w) => w.toLowerCase().length)),
      proseMinWords: k.prose_min_words,
      proseMinStopRatio: k.prose_min_stopword_ratio,
      repeatMinDocs: k.repeat_min_docs,
      duplicateMinWords: k.duplicate_min_words,
      echoWords: k.echo_words,
      boxLine: anyOfList(k.box_patterns, chromePatterns.line),
    },
    region: {
      shortCost: k.short_cost,
      chromeCost: k.chrome_cost,
      captionCost: k.caption_cost,
      itemMinWords: k.item_min_words,
      syndicatedShare: k.syndicated_share,
      endLine: anyOfList(k.end_patterns, chromePatterns.line),
      tailPatterns: k.tail_patterns.map((p) => compile(p, chromePatterns.line)),
      bioPatterns: k.bio_patterns.map((p) => compile(p, chromePatterns.line)),
      bioMaxParagraphs: k.bio_max_paragraphs,
      endMinWords: k.end_min_words,
      leadInPatterns: k.lead_in_patterns.map((p) => compile(p, chromePatterns.line)),
      headerPatterns: k.header_patterns.map((p) => compile(p, chromePatterns.line)),
      bridgeMinScore: k.bridge_min_score,
      bridgeMaxChromeShare: k.bridge_max_chrome_share,
      bridgeMaxFragments: k.bridge_max_fragments,
    },
  };
}

/** An outlet's line patterns with the site-wide ones, tested as one (kept by their list: an outlet's profile is
 * asked for on each of its pages, and finding what a pattern needs reads its source). */
const profiles = new Map<string, Tester>();
const PROFILES_KEPT = 256;
function profileLines(patterns: string[]): Tester {
  const key = patterns.join('\n');
  let t = profiles.get(key);
  if (!t) {
    if (profiles.size >= PROFILES_KEPT) profiles.clear();
    profiles.set(key, (t = anyOfCued(patterns, chromePatterns.joined)));
  }
  return t;
}

const NO_INDENTS: ReadonlyMap<number, number> = new Map();

export function judgeArticle(tree: Root, file: VFile, rules: ChromeRules, batch: BatchContext): ArticleZone {
  return judgePage(tree, file, rules, batch).zone;
}

/** The article zone, and the page's base (chrome/base.ts) it was judged from: pass 1 keeps that for pass 2.
 * A base on `file.data.chromeBase` (pass 1's, put there as pass 2 takes the dump) is taken when it was made
 * of these paragraphs and under these patterns: an outlet's own line patterns (known in pass 2 only) ask
 * for the page's base again. */
export function judgePage(tree: Root, file: VFile, rules: ChromeRules, batch: BatchContext): { zone: ArticleZone; base: PageBase } {
  const profile = file.data.outletEntry?.chrome ?? [];
  const cfg = profile.length ? { ...rules.classify, linePatterns: profileLines([...profile, ...rules.linePatterns]) } : rules.classify;
  const page = paragraphsOf(tree, file);
  const indents = file.data.indents ?? NO_INDENTS;
  const kept = file.data.chromeBase;
  const counted = file.data.chromeLineCounts;
  delete file.data.chromeBase;
  delete file.data.chromeLineCounts;
  const base = kept && !profile.length && baseFits(kept, page) ? kept : pageBase(page, cfg);
  const byLine = counted && counted.counts.length === lines(file).length ? counted : undefined;
  let paras = classify(page, batch, cfg, 0, indents, base, byLine);
  // What many dumps share is boilerplate when it is shaped like it ("Support our newsroom", a sign-off in
  // the footer), unless this page is a copy of a story others carry and no more dumps share it than share
  // the story: then it is the story's own, and the page is judged again knowing that.
  const storyDocs = isSyndicated(paras, rules.region.syndicatedShare) ? Math.max(0, ...paras.filter((p) => p.kind === 'prose').map((p) => p.sharedDocs)) : 0;
  if (paras.some((p) => p.rule === 'chrome-repeated' && p.sharedDocs <= storyDocs)) paras = classify(page, batch, cfg, storyDocs, indents, base, byLine);
  return { zone: { paras, storyDocs, region: chooseRegion(paras, rules.region) }, base };
}

/** Each line's count in the batch (by its 0-based number), and whether one of its echo keys (text/lines.ts) is
 * found in two dumps or more: what the batch's counts give the line's keys, read so by the run (run/line-hashes.ts). */
export interface ChromeLineCounts {
  counts: Uint32Array;
  echoed: Uint8Array;
}

declare module 'vfile' {
  interface DataMap {
    /** Each line's count in the batch, for pass 2's chrome stage, which takes it off. */
    chromeLineCounts: ChromeLineCounts;
    /** What pass 1 found the page alone says of each paragraph (chrome/base.ts), for pass 2's chrome stage,
     * which takes it off. */
    chromeBase: PageBase;
  }
}
