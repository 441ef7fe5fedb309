// Byline: the people credited with writing the article. Sources, most reliable first (byline/sources.ts):
//   by-line         "By A and B", "By: A, B - @site", "Written by A", "| By A", "RuizBy A" (glued cells),
//                   the one nearest the publication date line, else the first on the page (by-line.ts,
//                   its grammar in by-names.ts);
//   labelled-line   a label line ("By", "Author:", "Written By") and the name on the next line, and the
//                   names after it one per line (labelled.ts);
//   template-slot   a name printed on the line of an unrendered "{{...author...}}" placeholder;
//   name-and-age, name-and-outlet   "Ana Ruiz 2 months", "Ana Ruiz   HARBOR TODAY" (name-on-line.ts);
//   beside-date     a name standing alone on a line next to the publication date line, or opening it
//                   ("Ana Ruiz December 22, 2023") (beside-date.ts);
//   byline-box      a name the lines around it mark as the writer's: a handle, a job title after a comma,
//                   the story's age or a job title under it (box-source.ts, box.ts);
//   under-headline  a bare name on the first line under the headline (under-head-source.ts, under-head.ts).
//   headshot        a writer's box under its picture: "Picture of Ana Ruiz" then "Ana Ruiz" alone (headshot.ts).
// A by-line's or a beside-date name's co-writers on the lines after it, in the credit's own layout, join
// it (with-coauthors.ts, coauthors.ts); so do names listed on the line ("Ana Ruiz, Tom Pell & Eve Lund").
// Images w3m prints before a credit ("[headshot] by A", "Picture of A A") are not part of it.
// A wire credit standing alone ("By Associated Press") is kept as written; beside a person it is dropped.
// What the sources share: context.ts (the hit, the page's landmarks), words.ts (word lists), people.ts
// (whether names read as people's). A fitted ranker (gather.ts, candidates.ts, ranker.json) then
// chooses among every candidate of the page; writers.ts is the last gate for each name, refuse.ts for the
// credit (a line that lists a work by its bracketed date, a name the page's author link does not name).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asStringList, firstHit, trusted } from '../article/sources.js';
import { bylineSpec } from './byline/spec.js';
import { bylineFeatures } from './byline/features.js';
import { lines, pointAt, type Line } from '../text/lines.js';
import { markSpan } from '../text/spans.js';
import { rankFeatures, type Candidate } from './byline/candidates.js';
import type { Ctx } from './byline/context.js';
import { bylineCandidates, pageView } from './byline/gather.js';
import { sources } from './byline/sources.js';
import { nameWordsOf } from './byline/words.js';
import { authorLinks, refusal } from './byline/refuse.js';
import { bylinePatterns } from './byline/spec.js';
import { compile } from '../config/spec.js';
import { writers } from './byline/writers.js';
import { decide, rankTop, type Ranker } from './confidence/rank.js';
import rankerJson from './byline/ranker.json' with { type: 'json' };
import type { StageOptions } from './options.js';

export { bylineSpec };
export { byNames, type ByGrammar } from './byline/by-names.js';
export type { Ctx } from './byline/context.js';
export { bylineCandidates, pageView } from './byline/gather.js';

/** The fitted ranker (bench/train-ranker.ts): weights over candidate features and its two thresholds (stages/confidence/rank.ts). */
export type BylineRanker = Ranker;
export { decide, rankTop };
const shippedRanker = (rankerJson as { ranker: BylineRanker | null }).ranker;

export default function byline(options: StageOptions, ranker: BylineRanker | null = shippedRanker) {
  return (_tree: Root, file: VFile) => {
    const fm = trusted(file, ['byline', 'authors', 'author'], asStringList).find(undefined);
    if (fm) {
      file.data.byline = { value: fm, via: 'frontmatter' };
      return;
    }
    const dateLine = file.data.dateLine?.n;
    const ctx: Ctx = { file, options, dateLine };
    const rule = firstHit(sources, ctx);
    // The last refusals (byline/refuse.ts): a line that lists a work, a name the page's author link does not name.
    const refused = (names: string[], line?: Line) => {
      const r = refusal(names, line, options.config.metadata.date.zones, () => authorLinks(ctx, compile(options.config.metadata.byline.author_link_pattern, bylinePatterns.authorLink)));
      if (r) file.message(r.reason, { ruleId: r.ruleId, source: 'copydesk-byline', ...(line && { place: pointAt(file, line.start) }) });
      return !!r;
    };
    const featuresOf = (names: string[], via: string, line?: Line) => bylineFeatures(names, via, line, dateLine, lines(file).length, String(file.value), nameWordsOf(options));
    if (!ranker) {
      if (!rule) return;
      const names = writers(rule.value.names, file, options, rule.value.line);
      if (!names.length || refused(names, rule.value.line)) return;
      file.data.byline = { value: names, via: rule.via, features: featuresOf(names, rule.via, rule.value.line) };
      if (rule.value.line) markSpan(file, rule.value.line.start, rule.value.line.end, 'metadata-byline');
      return;
    }
    const cands = bylineCandidates(ctx, rule);
    if (!cands.length) return;
    rankFeatures(cands, pageView(file, options));
    const d = decide(ranker, cands, rule?.value.names);
    if (!d.c) {
      const shown = rule ? rule.value.names : (d.top?.c.names ?? []);
      const at = rule?.value.line ?? d.top?.c.line;
      file.message(`No byline: the likeliest, "${shown.join(', ')}" (${rule?.via ?? d.top?.c.sources[0]}), is not likely enough (the ranker's best chance ${(d.top?.p ?? 0).toFixed(3)}, below ${ranker.model.threshold})`, {
        ruleId: 'byline-unsure',
        source: 'copydesk-byline',
        ...(at && { place: pointAt(file, at.start) }),
      });
      return;
    }
    if (rule && d.c.names.join('|') === rule.value.names.join('|')) {
      const line = rule.value.line ?? d.c.line;
      const names = writers(rule.value.names, file, options, line);
      if (!names.length || refused(names, line)) return;
      file.data.byline = { value: names, via: rule.via, features: { ...featuresOf(names, rule.via, rule.value.line), rank_p: d.p } };
      markSpan(file, line.start, line.end, 'metadata-byline');
      return;
    }
    const via = `ranked-${d.c.sources[0]}`;
    const names = writers(d.c.names, file, options, d.c.line);
    if (!names.length || refused(names, d.c.line)) return;
    file.data.byline = { value: names, via, features: { ...featuresOf(names, d.c.sources[0], d.c.line), rank_p: d.p } };
    markSpan(file, d.c.line.start, d.c.line.end, 'metadata-byline');
  };
}

/** The ordered rules' pick and every candidate with its features, as the stage sees them (for fitting: bench/train-ranker.ts). */
export function candidatesOf(file: VFile, options: StageOptions): { rule?: string[]; cands: Candidate[] } {
  const ctx: Ctx = { file, options, dateLine: file.data.dateLine?.n };
  const rule = firstHit(sources, ctx);
  const cands = bylineCandidates(ctx, rule);
  rankFeatures(cands, pageView(file, options));
  return { rule: rule?.value.names, cands };
}
