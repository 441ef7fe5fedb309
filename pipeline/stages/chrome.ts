// Site chrome: menus, share bars, "Leave a Reply", author bios, subscription pleas. A line is chrome
// when a generic rule or the outlet's profile says so, or when it repeats across many dumps of the
// batch (boilerplate repeats; reporting does not). Whole chrome blocks leave the tree; partly chrome
// blocks stay, and the body stage drops their chrome lines.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { list, num, obj, str } from '../config/spec.js';
import { foldLine, lines, linesBetween, placeOf } from '../text/lines.js';
import { coveredLines, markSpan } from '../text/spans.js';
import type { StageOptions } from './options.js';
import { registryOf } from './outlet.js';

export const chromeSpec = obj({
  line_patterns: list(str('a pattern', { regex: true }), 'Whole-line patterns that are chrome on any site (case-insensitive)'),
  repeat_min_docs: num('A line found in at least this many dumps of the batch is boilerplate', { default: 4, min: 2, integer: true }),
  repeat_max_chars: num('Lines longer than this are never boilerplate by repetition (prose can be syndicated)', { default: 160, min: 1, integer: true }),
});

const compiled = new WeakMap<object, RegExp[]>();

export default function chrome(options: StageOptions) {
  const { config, batch } = options;
  let generic = compiled.get(config);
  if (!generic) compiled.set(config, (generic = config.chrome.line_patterns.map((p) => new RegExp(p, 'iu'))));
  const rules = generic;
  return (tree: Root, file: VFile) => {
    const outlet = file.data.outlet && registryOf(config).lookup(file.data.outlet.value);
    const profile = (outlet?.chrome ?? []).map((p) => new RegExp(p, 'iu'));
    const minDocs = config.chrome.repeat_min_docs;
    for (const l of lines(file)) {
      const t = l.text.trim();
      if (!t) continue;
      let rule: string | undefined;
      if (profile.some((re) => re.test(t))) rule = 'chrome-outlet-profile';
      else if (rules.some((re) => re.test(t))) rule = 'chrome-generic';
      else if (batch.docs >= minDocs && t.length <= config.chrome.repeat_max_chars && (batch.lineDocCounts.get(foldLine(t)) ?? 0) >= minDocs) rule = 'chrome-repeated';
      if (rule) markSpan(file, l.start, l.end, rule);
    }
    const flags = coveredLines(file);
    tree.children = tree.children.filter((node) => {
      const s = node.position?.start.offset ?? 0;
      const e = node.position?.end.offset ?? 0;
      const whole = linesBetween(file, s, e).filter((l) => l.text.trim());
      const drop = whole.length > 0 && whole.every((l) => flags[l.n]);
      if (drop) file.info('Dropped site chrome', { place: placeOf(file, s, e), ruleId: 'chrome-block', source: 'copydesk-chrome' });
      return !drop;
    });
  };
}
