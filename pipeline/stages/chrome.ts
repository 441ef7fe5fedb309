// Site chrome: menus, share bars, related links, captions, subscription pleas, footers. The page's
// paragraphs are each judged on their own (chrome/classify.ts), and the article is the densest stretch
// of prose (chrome/region.ts): everything outside it is chrome, and so is every chrome paragraph inside
// it. Chrome is removed from the tree here, so no later stage reads it; each removal is reported with its
// rule and place (article/report-removed.ts).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { pruneLines } from '../article/prune.js';
import { reportRemoved } from '../article/report-removed.js';
import { markSpan } from '../text/spans.js';
import type { JudgedParagraph } from '../types.js';
import { compileChrome, judgeArticle } from './chrome/article.js';
import { EMBED_RULE } from './chrome/classify.js';
import type { StageOptions } from './options.js';

export { chromeSpec } from './chrome/spec.js';

const WHAT: Record<string, string> = {
  'chrome-outside-article': 'site chrome outside the article',
  'chrome-generic': 'a line every site uses as chrome',
  'chrome-repeated': 'boilerplate many dumps of the batch share in their page chrome',
  'chrome-duplicate': 'a caption or teaser the page shows twice',
  'chrome-caption': 'a photo caption or credit',
  'chrome-promo': 'a teaser for another story or a newsletter sign-up',
  'chrome-credit': "a photographer's credit, or a caption printed bare and again with its credit",
  'chrome-credited-caption': 'a photo caption standing right over its credit line',
  'chrome-note': 'a note to the reader: where to follow or reach the writer',
  'chrome-embed': 'a post embedded from a social network: its text over its "— Name (@handle) date" sign-off',
  'chrome-symbols': 'symbols, no words',
  'chrome-menu-item': 'a menu item',
  'chrome-link-box': 'a box of links to other stories',
  'chrome-gallery': 'a slide of a photo gallery: what stands between two of its "3 of 12" counters',
  'chrome-feed-item': 'an item of a feed of other stories or comments: its text over its "5 hours ago" stamp',
};

export default function chrome(options: StageOptions) {
  const rules = compileChrome(options.config.chrome);
  return (tree: Root, file: VFile) => {
    const zone = (file.data.article = judgeArticle(tree, file, rules, options.batch));
    const ruleOfLine = new Map<number, string>();
    for (const p of zone.paras) for (const l of p.lines) {
      const rule = lineRule(p, l.n, zone.region);
      if (rule) ruleOfLine.set(l.n, rule);
    }
    markRuns(file, zone.paras, ruleOfLine);
    const removals = pruneLines(tree, file, (n) => ruleOfLine.get(n));
    reportRemoved(file, removals, 'copydesk-chrome', (rule) => WHAT[rule] ?? 'site chrome');
  };
}

function lineRule(p: JudgedParagraph, n: number, region: { first: number; last: number }): string | undefined {
  if (region.first < 0 || p.i < region.first || p.i > region.last) return 'chrome-outside-article';
  if (p.kind === 'chrome') return p.rule ?? 'chrome-generic';
  // (a post embedded in the article keeps its kind, so the article's stretch is chosen as if it were there)
  if (p.rule === EMBED_RULE) return p.rule;
  return p.chromeLines.has(n) ? 'chrome-generic' : undefined;
}

/** Chrome's lines as spans on `file.data.chrome`, runs of lines under one rule as one span (a page is mostly chrome). */
function markRuns(file: VFile, paras: JudgedParagraph[], ruleOfLine: Map<number, string>): void {
  let run: { start: number; end: number; rule: string } | undefined;
  const flush = () => {
    if (run) markSpan(file, run.start, run.end, run.rule);
    run = undefined;
  };
  for (const p of paras) for (const l of p.lines) {
    const rule = ruleOfLine.get(l.n);
    if (!rule) flush();
    else if (run && run.rule === rule) run.end = l.end;
    else {
      flush();
      run = { start: l.start, end: l.end, rule };
    }
  }
  flush();
}
