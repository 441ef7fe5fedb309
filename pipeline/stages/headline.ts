// Headline: the dump's own frontmatter, a Markdown heading, or the title line that stands over the
// article. In a page dump the title sits above the article's first paragraph, with only a dek, a
// byline, a date, share buttons and a photo between; what sits higher up (menus, "top story" links,
// trending lists) is farther away. So the headline is the nearest title-shaped line above the article.
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asString, firstHit, trusted, type Source } from '../article/sources.js';
import { compile } from '../config/spec.js';
import { chromePatterns } from './chrome/spec.js';
import { datelinePatterns } from './dateline/spec.js';
import { headlinePatterns, headlineSpec } from './headline/spec.js';
import { foldLine } from '../text/lines.js';
import { markSpan } from '../text/spans.js';
import { rankTitles, titleCandidates, withoutLedes, type TitleCandidate, type TitleRules } from './headline/candidates.js';
import { ABOVE_MARGIN } from './headline/features.js';
import { stripSiteName } from './headline/suffix.js';
import { stripTag } from './headline/tag.js';
import type { StageOptions } from './options.js';

export { headlineSpec };

interface Ctx {
  tree: Root;
  file: VFile;
  options: StageOptions;
}
type Hit = { value: string; start: number; end: number };

const headingText = (file: VFile, h: Heading) => String(file.value).slice(h.position!.start.offset, h.position!.end.offset).replace(/^#+\s*|\s*#+\s*$/g, '').trim();

const compiled = new WeakMap<object, TitleRules>();
function rulesOf(options: StageOptions): TitleRules {
  let r = compiled.get(options.config);
  if (!r) {
    const h = options.config.metadata.headline;
    r = {
      minWords: h.min_words,
      maxWords: h.max_words,
      notTitle: h.not_title_patterns.map((p) => compile(p, headlinePatterns.line)),
      chrome: options.config.chrome.line_patterns.map((p) => compile(p, chromePatterns.line)),
      header: h.header_patterns.map((p) => compile(p, headlinePatterns.line)),
      notAfter: h.not_after_patterns.map((p) => compile(p, headlinePatterns.line)),
      stopwords: new Set(options.config.chrome.stopwords.map((w) => w.toLowerCase())),
      dateline: compile(options.config.metadata.dateline.pattern, datelinePatterns.dateline),
    };
    compiled.set(options.config, r);
  }
  return r;
}

const sources: Source<Ctx, Hit>[] = [
  {
    name: 'heading',
    find: ({ tree, file }) => {
      const view = file.data.article;
      if (!view) {
        const h = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth <= 2);
        return h && { value: headingText(file, h), start: h.position!.start.offset!, end: h.position!.end.offset! };
      }
      // A title heads the text: a heading further down is a section's, or a comment of a code sample that
      // the dump starts with "#" ("# set the cache"). (Measured: on silver-dev all 5 headlines taken from a
      // heading anywhere in the tree were such lines, all wrong.) Chrome has taken what stands above the
      // article out of the tree by now; its paragraphs keep it.
      const last = view.region.first >= 0 ? view.region.first : view.paras.length - 1;
      const p = view.paras.slice(0, last + 1).find((q) => !!q.depth && q.depth <= 2);
      if (!p) return undefined;
      // The span is the heading's whole line, its "#" too: none of it is body.
      const l = p.lines[0];
      const value = l.text.replace(/^\s*#+\s*|\s*#+\s*$/g, '').trim();
      return value ? { value, start: l.start + l.text.length - l.text.trimStart().length, end: l.end } : undefined;
    },
  },
  {
    name: 'above-article',
    find: ({ file, options }) => {
      // Wire copy and pasted text often carry no title: their first line is the lede, a long sentence, which
      // rankedTitles leaves out (taking it would give a wrong headline and cut the lede from the body).
      const found = rankedTitles(file, options)[0];
      if (!found) return undefined;
      return { value: titleText(found, file, options), start: found.start, end: found.end };
    },
  },
];

/** The title-shaped lines above the article, unranked (chrome's zone must be on `file.data`). */
export function titlesAbove(file: VFile, options: StageOptions): TitleCandidate[] {
  const view = file.data.article;
  if (!view) return [];
  // A line other dumps carry is a section name or another story's link, unless no more dumps carry it
  // than carry this page's story (chrome's storyDocs): then it is the story's own title, syndicated.
  const known = (t: string) => {
    const docs = options.batch.lineDocCounts.get(foldLine(t)) ?? 0;
    return docs >= 2 && docs > view.storyDocs;
  };
  return titleCandidates(view, options.config.metadata.headline.window, rulesOf(options), known);
}

/** The candidates best first, less those that read as a lede (candidates.ts withoutLedes): a page whose only
 * candidates are ledes (wire copy, pasted text) has no title. */
export const rankedTitles = (file: VFile, options: StageOptions) => {
  const maxWords = options.config.metadata.headline.max_sentence_words;
  return rankTitles(withoutLedes(titlesAbove(file, options), (c) => isLede(c.text, maxWords)), ABOVE_MARGIN);
};

/** The headline a candidate gives: its line less a kind-of-post tag before it and the site's name run into it. */
export function titleText(c: TitleCandidate, file: VFile, options: StageOptions): string {
  const cfg = options.config.metadata.headline;
  return stripSiteName(stripTag(c.text), { separators: cfg.site_separators, maxSiteWords: cfg.max_site_words, outlet: file.data.outlet?.value });
}

/** True when the dump names its title itself (frontmatter, a Markdown heading): no candidate is ranked. */
export const titleGiven = (tree: Root, file: VFile): boolean => !!trusted(file, ['title', 'headline'], asString).find(undefined) || !!sources[0].find({ tree, file } as Ctx);

/** A long sentence in sentence case, ending with a full stop: how a lede reads, and how a title rarely does
 * (titles that end with a full stop are short, or Title Case: "Trump: Cruz Has ‘To Come a Long Way’."). */
export function isLede(text: string, maxWords: number): boolean {
  const t = text.trim();
  const words = t.split(/\s+/);
  if (words.length <= maxWords || !/[.!?]["'”’]?$/u.test(t)) return false;
  // One long question and nothing else is a title that asks ("Who is ... and how ...?"); a lede tells, and a
  // dek that ends in a question has told something first ("... a quick, smart experience. Sound familiar?").
  if (/\?["'”’]?$/u.test(t) && !/[.!?]["'”’]?\s/u.test(t)) return false;
  const long = words.filter((w) => /^["'“‘(]?\p{L}{4,}/u.test(w));
  const capitalized = long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
  return capitalized < long.length * 0.6;
}

export default function headline(options: StageOptions) {
  return (tree: Root, file: VFile) => {
    const fromFm = trusted(file, ['title', 'headline'], asString);
    const found = firstHit(
      [{ name: fromFm.name, find: () => { const v = fromFm.find(undefined); return v ? { value: v, start: -1, end: -1 } : undefined; } }, ...sources],
      { tree, file, options },
    );
    if (!found) return;
    file.data.headline = { value: found.value.value, via: found.via };
    if (found.value.start >= 0) markSpan(file, found.value.start, found.value.end, 'metadata-headline');
  };
}
