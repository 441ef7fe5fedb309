// What kind of paragraph each one is, from the text alone and the batch's counts (link density is
// gone in a text dump, so the cues are the ones jusText also trusts: length, function-word density,
// sentence punctuation, repetition). `prose` reads like reporting; `chrome` is known site furniture;
// `short` is everything between (titles, subheads, list items, a one-line quote), decided by context.
import { echoKeys, edgeKey, foldLine } from '../../text/lines.js';
import { wordRuns } from '../../text/word-runs.js';
import { FREE_MENU, FREE_PROSE, FREE_SHIFT, GENERIC, CODE, pageBase, pageRule, SENTENCE, STRIDE, WORDS, type PageBase } from './base.js';
import type { Tester } from './joined.js';
import { markCode } from './code.js';
import { markFeedItems } from './feed.js';
import { markGalleries } from './gallery.js';
import type { BatchContext, JudgedParagraph, Paragraph, ParagraphKind } from '../../types.js';
import type { ChromeLineCounts } from './article.js';

export type Kind = ParagraphKind;
export type Judged = JudgedParagraph;

export interface ClassifyConfig {
  /** Whole-line chrome patterns, joined into one alternation (chrome/joined.ts anyOfCued). */
  linePatterns: Tester;
  /** Caption and credit patterns, joined (the anchored ones apart: chrome/joined.ts). */
  captionPatterns: Tester;
  /** Promotion patterns (teasers, sign-up boxes), joined into one alternation (chrome/joined.ts anyOfCued), matched against a whole paragraph. */
  promoPatterns: Tester;
  /** Note patterns (where to follow or contact the writer), joined, matched against a whole paragraph. */
  notePatterns: RegExp;
  /** Sign-offs of a post embedded from a social network ("— Name (@handle) Date"), joined, matched against a whole paragraph. */
  embedPatterns: RegExp;
  /** Most characters (links aside) of an embedded post's text. */
  embedMaxChars: number;
  /** Credit-line patterns ("Courtesy of ...", "Source: ..."), joined into one alternation, matched against a whole paragraph. */
  creditPatterns: RegExp;
  stopwords: Set<string>;
  /** Characters of the longest stopword: a longer word is none (lowercasing never shortens a word). */
  stopwordMaxChars: number;
  proseMinWords: number;
  proseMinStopRatio: number;
  repeatMinDocs: number;
  duplicateMinWords: number;
  echoWords: number;
  /** The box headers (box_patterns), any of them (chrome/joined.ts). */
  boxLine: Tester;
}


/** The words of a paragraph: runs of letters and digits, with an apostrophe and the letters after it (text/word-runs.ts). */
export const wordsOf = (s: string): string[] => wordRuns(s);

export const SENTENCE_END = /[.!?…]["'”’)\]]*$|[.!?]["'”’]?\s*\(\w[^)]*\)$/u;

/** Fewest words of a sentence (subject, verb, something more); fewer is a label, a time or a fragment. */
export const SENTENCE_MIN_WORDS = 4;

/** `indents`: how far each line of the dump was indented (0-based line -> width; file.data.indents). `base`: what
 * the page alone says of each paragraph (chrome/base.ts), when it is known already. `byLine`: each line's count
 * in `batch`, when the run has read them already (chrome/article.ts). */
export function classify(paras: Paragraph[], batch: BatchContext, cfg: ClassifyConfig, storyDocs = 0, indents: ReadonlyMap<number, number> = new Map(), base: PageBase = pageBase(paras, cfg), byLine?: ChromeLineCounts): Judged[] {
  const docsOfKey = (k: string) => batch.lineDocCounts.get(k) ?? 0;
  const repeatOn = batch.docs >= 2;
  let g = 1 + base[0] * STRIDE;
  const judged: Judged[] = paras.map((p, k) => {
    const at = 1 + k * STRIDE;
    const words = base[at + WORDS];
    const code = base[at + CODE];
    const chromeLines = new Set<number>();
    for (const end = g + base[at + GENERIC]; g < end; g++) chromeLines.add(base[g]);
    let rule: string | undefined;
    if (chromeLines.size === p.lines.length) rule = 'chrome-generic';
    // Repetition across dumps: every line of the paragraph is found in other dumps. A story that several
    // sites carry repeats too, so repetition alone removes nothing: a paragraph many dumps share is
    // boilerplate when it is chrome-shaped (no sentence: "Support our newsroom") or when most of the dumps
    // that show it show it outside their article, in the header or footer. Repeated prose otherwise stays,
    // and the region choice weighs it as neutral.
    // (each line's count as the run read it when it did: byLine; else its key folded and looked up)
    const keys = repeatOn && !byLine ? p.lines.map((l) => foldLine(l.text)) : [];
    const counts = !repeatOn ? [] : byLine ? p.lines.map((l) => byLine.counts[l.n]) : keys.map(docsOfKey);
    const repeats = repeatOn && counts.every((n) => n >= 2);
    const echoedLine = (j: number) => (byLine ? byLine.echoed[p.lines[j].n] === 1 : echoKeys(keys[j], cfg.echoWords).some((e) => docsOfKey(e) >= 2));
    const echoed = repeats || (repeatOn && counts.every((n, j) => n >= 2 || echoedLine(j)));
    // No more dumps share it than share this page's story (`storyDocs`, known once every paragraph is
    // judged: article.ts): it is the story's own (its title, a short closing sentence), not boilerplate.
    const common = repeats && counts.every((n) => n >= cfg.repeatMinDocs);
    const boilerplateShaped = common && (!(code & SENTENCE) || (byLine ? p.lines.map((l) => foldLine(l.text)) : keys).every((k, j) => docsOfKey(edgeKey(k)) * 2 > counts[j]));
    const sharedDocs = repeats ? Math.min(...counts) : 0;
    if (!rule && boilerplateShaped && sharedDocs > storyDocs) rule = 'chrome-repeated';
    // Then what the page alone says of it: shown twice, a teaser, a note, a caption or credit, symbols
    // (chrome/base.ts), or else prose, a short paragraph or a menu item.
    rule ??= pageRule(code);
    let kind: Kind = 'chrome';
    if (!rule) {
      const free = code >> FREE_SHIFT & 3;
      if (free === FREE_MENU) rule = 'chrome-menu-item';
      else kind = free === FREE_PROSE ? 'prose' : 'short';
    }
    // (the paragraph's fields named, not spread: in a micro-benchmark the spread took ~6 µs an object, the
    // named fields well under 1; chrome stage CPU 0.72x, the chain 0.93x on a 300-dump sample. A field
    // added to Paragraph is added here too: test/chrome-judged-fields.test.ts)
    return { i: p.i, lines: p.lines, text: p.text, depth: p.depth ?? 0, kind, words, rule, chromeLines, repeated: repeats, echoed, sharedDocs, boilerplateShaped };
  });
  captionsOverCredits(judged);
  markEmbeds(judged, cfg.embedPatterns, cfg.embedMaxChars, indents);
  markBoxes(judged, cfg.boxLine);
  // Blocks any site prints whose parts read as prose or cost as menus: a gallery's slides, a
  // feed's items, a code listing (each file says how it is told).
  markGalleries(judged);
  markFeedItems(judged);
  markCode(judged);
  return judged;
}

/** Most words of a credit line standing alone ("(Jane Doe / Example Agency)", "Courtesy of the museum"). */
const CREDIT_MAX_WORDS = 10;
/** Words of a caption over its credit: fewer is a title over a picture in a list of looks or products ("Model X"). */
const CAPTION_MIN_WORDS = 5;
const CAPTION_MAX_WORDS = 60;
/** Paragraphs of one caption block: the picture's alt text and its caption. */
const CAPTION_PARAS = 2;

/** A credit line standing alone, and right over it, with no blank line between, the caption it credits (and
 * the picture's alt text over that): the page prints them as one block. The block must begin after a blank
 * line within CAPTION_PARAS paragraphs of the credit: a page that sets no blank line between its paragraphs
 * has its article in one block, and a credit there proves nothing about the paragraph over it. */
function captionsOverCredits(ps: Judged[]): void {
  const adjacent = (a: Judged, b: Judged) => a.lines[a.lines.length - 1].n + 1 === b.lines[0].n;
  for (let k = 1; k < ps.length; k++) {
    const c = ps[k];
    if (c.rule !== 'chrome-credit' || c.lines.length !== 1 || c.words > CREDIT_MAX_WORDS) continue;
    const block: number[] = [];
    let j = k - 1;
    while (j >= 0 && adjacent(ps[j], ps[j + 1]) && ps[j].kind !== 'chrome' && ps[j].depth === 0 && ps[j].words >= CAPTION_MIN_WORDS && ps[j].words <= CAPTION_MAX_WORDS) {
      if (block.length === CAPTION_PARAS) {
        block.length = 0;
        break;
      }
      block.push(j--);
    }
    // the block opens here: nothing over it, a blank line, or a short line (an image's name, a title) over it
    if (block.length && j >= 0 && adjacent(ps[j], ps[j + 1]) && ps[j].words >= CAPTION_MIN_WORDS && ps[j].kind !== 'chrome') continue;
    for (const i of block) Object.assign(ps[i], { kind: 'chrome', rule: 'chrome-credited-caption' });
  }
}

/** The rule of a post embedded in the article (markEmbeds): the paragraph keeps its kind, chrome.ts removes it. */
export const EMBED_RULE = 'chrome-embed';

/** Most lines of an embedded post's sign-off ("— Name (@handle) Date", wrapped once when the name is long). */
const SIGNOFF_MAX_LINES = 2;

/** A post embedded from a social network: its sign-off ("— Name (@handle) December 22, 2023", which the embed
 * code prints under the post on any site) and, when the dump sets the post off indented as a block quote, the
 * paragraphs right over the sign-off indented as far, up to the previous post's sign-off. The page quotes the
 * post as a picture of it: it is not the article's text. The post that goes carries its media or a link, as the
 * embed prints them ("pic.example.com/abc"): a post of words alone reads as a quotation the article makes, and
 * there only the sign-off goes. A post is short (`maxChars`, its links aside): a longer indented run is an
 * article the dump indents whole, and then, as when nothing is indented, only the sign-off goes, since where
 * the post's text begins is not told. (A post the article quotes in its own words has no
 * sign-off line.) Each keeps its kind: the article's stretch is chosen as if the post were there (a post at
 * the article's end is no reason to end it sooner), and chrome.ts removes it inside the stretch by its rule. */
function markEmbeds(ps: Judged[], signoff: RegExp, maxChars: number, indents: ReadonlyMap<number, number>): void {
  const indentOf = (n: number) => indents.get(n) ?? 0;
  const isSignoff = (p: Judged) => p.lines.length <= SIGNOFF_MAX_LINES && signoff.test(p.text);
  const embed = (p: Judged) => {
    if (p.kind !== 'chrome') p.rule = EMBED_RULE;
  };
  for (let k = 0; k < ps.length; k++) {
    if (!isSignoff(ps[k])) continue;
    embed(ps[k]);
    const indent = indentOf(ps[k].lines[0].n);
    if (indent === 0) continue;
    let j = k - 1;
    let chars = 0;
    let linked = false;
    for (; j >= 0 && !isSignoff(ps[j]) && ps[j].lines.every((l) => indentOf(l.n) >= indent); j--) {
      chars += ps[j].text.replace(LINKS, '').length;
      linked ||= ps[j].text.search(LINKS) >= 0;
    }
    if (linked && chars <= maxChars) for (let i = j + 1; i < k; i++) embed(ps[i]);
  }
}

/** What a post's text leaves out of its length: its links ("pic.example.com/abc", "https://t.co/abc"). */
const LINKS = /\S+\.\S+\/\S*/gu;

/** A link box: its header and the run of short lines right under it, up to the next prose paragraph
 * or the next piece of known chrome (which ends the box). */
function markBoxes(ps: Judged[], header: Tester): void {
  for (let i = 0; i < ps.length; i++) {
    if (!ps[i].lines.some((l) => header.test(l.text.trim()))) continue;
    if (ps[i].kind !== 'chrome') Object.assign(ps[i], { kind: 'chrome', rule: 'chrome-link-box' });
    for (let j = i + 1; j < ps.length && ps[j].kind === 'short'; j++) Object.assign(ps[j], { kind: 'chrome', rule: 'chrome-link-box' });
  }
}
