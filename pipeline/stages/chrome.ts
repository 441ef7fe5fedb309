// Site chrome: menus, share bars, related links, captions, subscription pleas, footers. The page is
// cut into paragraphs, each judged on its own (chrome/classify.ts), and the article is the densest
// stretch of prose (chrome/region.ts): everything outside it is chrome, and so is every chrome
// paragraph inside it. Whole chrome blocks leave the tree; partly chrome blocks stay, and the body
// stage drops their chrome lines.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { linesBetween, placeOf } from '../text/lines.js';
import { coveredLines, markSpan } from '../text/spans.js';
import { compileChrome, judgeArticle } from './chrome/article.js';
import type { StageOptions } from './options.js';

export { chromeSpec } from './chrome/spec.js';

export default function chrome(options: StageOptions) {
  const rules = compileChrome(options.config);
  return (tree: Root, file: VFile) => {
    const { paras, region } = (file.data.article = judgeArticle(tree, file, rules, options.batch));
    const ruleOfLine = new Map<number, string>();
    // Runs of lines under one rule become one span: a page is mostly chrome, and few spans keep every
    // later look-up cheap.
    let run: { start: number; end: number; rule: string } | undefined;
    const flush = () => {
      if (run) markSpan(file, run.start, run.end, run.rule);
      run = undefined;
    };
    for (const p of paras) {
      const outside = region.first < 0 || p.i < region.first || p.i > region.last;
      for (const l of p.lines) {
        const rule = outside ? 'chrome-outside-article' : p.kind === 'chrome' ? p.rule ?? 'chrome-generic' : p.chromeLines.has(l.n) ? 'chrome-generic' : undefined;
        if (!rule) {
          flush();
          continue;
        }
        ruleOfLine.set(l.n, rule);
        if (run && run.rule === rule) run.end = l.end;
        else {
          flush();
          run = { start: l.start, end: l.end, rule };
        }
      }
    }
    flush();
    const flags = coveredLines(file);
    tree.children = tree.children.filter((node) => {
      const s = node.position?.start.offset ?? 0;
      const e = node.position?.end.offset ?? 0;
      const whole = linesBetween(file, s, e).filter((l) => l.text.trim());
      const drop = whole.length > 0 && whole.every((l) => flags[l.n]);
      if (drop) {
        const rule = ruleOfLine.get(whole[0].n) ?? 'chrome-block';
        file.info(`Dropped site chrome (${rule})`, { place: placeOf(file, s, e), ruleId: rule, source: 'copydesk-chrome' });
      }
      return !drop;
    });
  };
}
