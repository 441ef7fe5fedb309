// What each paragraph of a page is by the page alone: everything classify.ts judges of it but what the batch
// adds (repetition across dumps) and what an outlet's own line patterns add. Pass 1 judges every page without
// the batch (run/batch-counts.ts) and pass 2 judges it again with it: a page's base, computed in pass 1 and
// kept with its dump (run/dump-keep.ts), spares pass 2 all but the batch's part of the judgment, and a page
// judged twice in pass 2 (a shared story: chrome/article.ts) is judged so the second time. One typed array, a
// few numbers a paragraph, so that it costs the keep little beside the dump's text.
import { foldLine } from '../../text/lines.js';
import { isBullet, isNumbered } from '../../article/wrap.js';
import type { Paragraph } from '../../types.js';
import { captionTwins, isCredit } from './caption.js';
import { SENTENCE_END, SENTENCE_MIN_WORDS, wordsOf, type ClassifyConfig } from './classify.js';

/** [paragraphs, then per paragraph STRIDE numbers (FIRST_LINE, LINES, WORDS, CODE, GENERIC), then the lines
 * the line patterns match whole, each paragraph's in turn]. */
export type PageBase = Uint32Array;

export const STRIDE = 5;
const FIRST_LINE = 0;
const LINES = 1;
export const WORDS = 2;
export const CODE = 3;
/** How many of the paragraph's lines the line patterns match whole. */
export const GENERIC = 4;

/** The rule the page alone gives a paragraph (CODE's low bits: 0 for none), in the order classify tries them. */
export const PAGE_RULES = [undefined, 'chrome-duplicate', 'chrome-promo', 'chrome-note', 'chrome-caption', 'chrome-credit', 'chrome-symbols'] as const;
const RULE_MASK = 7;
/** The kind of a paragraph no rule takes (CODE's bits 3-4): prose, short, or a menu item. */
export const FREE_SHIFT = 3;
export const FREE_PROSE = 1;
export const FREE_SHORT = 2;
export const FREE_MENU = 3;
/** CODE's bit 5: the paragraph reads as a sentence: ends like one and has enough words of letters to be one
 * ("9:05 p.m." has two). */
export const SENTENCE = 1 << 5;

export const pageRule = (code: number) => PAGE_RULES[code & RULE_MASK];

/** The base of `paras` under `cfg`'s patterns. */
export function pageBase(paras: readonly Paragraph[], cfg: ClassifyConfig): PageBase {
  const seen = new Map<string, number>();
  const folded = paras.map((p) => foldLine(p.text));
  for (const k of folded) seen.set(k, (seen.get(k) ?? 0) + 1);
  // A page in a language the function-word list does not know has no dense paragraphs at all; then
  // length and sentence punctuation alone tell prose.
  // (each paragraph's words found once, and its ratio counted once, not filtered into a new array: every
  // test below reads them; the filtering was ~1% of an article thread's CPU in a --cpu-prof of polnear-dev)
  const wordsOfPara = paras.map((p) => wordsOf(p.text));
  // (whether a paragraph's share reaches the one ratio asked, proseMinStopRatio, not the share itself: the count
  // stops once the answer is known, and a page in an unknown language asks for none, every share reaching 0)
  const dense: (boolean | undefined)[] = [];
  const isDense = (k: number) => (dense[k] ??= stopShareReaches(wordsOfPara[k], cfg.stopwords, cfg.stopwordMaxChars, cfg.proseMinStopRatio));
  const known = paras.some((p, k) => wordsOfPara[k].length >= cfg.proseMinWords * 2 && isDense(k));
  const denseEnough = known ? isDense : () => true;
  const twins = captionTwins(paras.map((p) => p.text), wordsOfPara.map((ws) => ws.length), cfg.duplicateMinWords, folded);
  const generic: number[] = [];
  const out = new Uint32Array(1 + paras.length * STRIDE);
  out[0] = paras.length;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    const ws = wordsOfPara[k];
    const words = ws.length;
    let matched = 0;
    for (const l of p.lines) if (cfg.linePatterns.test(l.text.trim())) generic.push(l.n), matched++;
    const ends = SENTENCE_END.test(p.text);
    let code = ends && letterWords(ws) >= SENTENCE_MIN_WORDS ? SENTENCE : 0;
    // Every line a line pattern's: chrome whatever else the page or the batch says of it.
    if (matched < p.lines.length) {
      const rule = ruleOf(p, k, words, cfg, (seen.get(folded[k]) ?? 0) > 1, twins.has(p.i));
      if (rule) code |= rule;
      else {
        const full = ends || words >= cfg.proseMinWords * 2;
        // A list item is short (menus and link lists are lists), unless it is reporting in its own right: a
        // numbered point of full sentences, twenty words or more ("2.  The council did not vote on the levy again ...").
        const reporting = !isBullet(p.text) || (isNumbered(p.text) && words >= cfg.proseMinWords * 2 && ends);
        // (the ratio asked last: it is the dearest test)
        const prose = words >= cfg.proseMinWords && full && reporting && denseEnough(k);
        code |= (prose ? FREE_PROSE : isBullet(p.text) && words <= 3 ? FREE_MENU : FREE_SHORT) << FREE_SHIFT;
      }
    }
    const at = 1 + k * STRIDE;
    out[at + FIRST_LINE] = p.lines[0]?.n ?? 0;
    out[at + LINES] = p.lines.length;
    out[at + WORDS] = words;
    out[at + CODE] = code;
    out[at + GENERIC] = matched;
  }
  const all = new Uint32Array(out.length + generic.length);
  all.set(out);
  all.set(generic, out.length);
  return all;
}

/** The index in PAGE_RULES of the first rule the page alone gives paragraph `p`, 0 for none. */
function ruleOf(p: Paragraph, k: number, words: number, cfg: ClassifyConfig, twice: boolean, twin: boolean): number {
  // A paragraph the page shows twice is a caption (alt text and caption) or a teaser; short repeats
  // are the rows of a list or a table ("Status: Up"), which belong to the article.
  if (twice && words >= cfg.duplicateMinWords) return 1;
  // A teaser line or a newsletter sign-up box, wherever it stands: the article's own text never reads so.
  // Zero-width characters (joiners, BOMs a CMS leaves in) are not text: a teaser "(\u200bMORE: ...)" is still one.
  const oneLine = oneLineOf(p.text);
  if (cfg.promoPatterns.test(oneLine)) return 2;
  if (cfg.notePatterns.test(oneLine)) return 3;
  if (cfg.captionPatterns.test(p.text)) return 4;
  // A credit pattern ("Source: ...") credits something printed above it: the dump's first paragraph has
  // nothing above it, and a wire headline may open "Sources: <claim>".
  if (twin || isCredit(p.text) || (p.i > 0 && cfg.creditPatterns.test(oneLine))) return 5;
  if (words === 0) return 6;
  return 0;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/u;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/gu;
/** A whitespace other than a space, or two spaces in a row: where collapsing the spacing changes the text. */
const SPACING = /[^\S ]| {2}/u;

/** Either of them: a text that holds neither is its one line already, trimmed (one scan for the two checks). */
const INVISIBLE_OR_SPACING = /[\u200b-\u200d\u2060\ufeff]|[^\S ]| {2}/u;

/** `text` less its zero-width characters, its spacing collapsed to single spaces, trimmed. (Each replace only
 * when the text holds what it replaces: most paragraphs hold neither, and over polnear-dev's paragraphs the
 * checks cost a third of what the replaces did.) */
export function oneLineOf(text: string): string {
  if (!INVISIBLE_OR_SPACING.test(text)) return text.trim();
  const visible = INVISIBLE.test(text) ? text.replace(INVISIBLES, '') : text;
  return (SPACING.test(visible) ? visible.replace(/\s+/gu, ' ') : visible).trim();
}

/** Whether `base` was made of these paragraphs: as many, each from the same line and as many lines. */
export function baseFits(base: PageBase, paras: readonly Paragraph[]): boolean {
  if (base[0] !== paras.length || base.length < 1 + paras.length * STRIDE) return false;
  for (let k = 0; k < paras.length; k++) {
    const at = 1 + k * STRIDE;
    const ls = paras[k].lines;
    if (base[at + LINES] !== ls.length || base[at + FIRST_LINE] !== (ls[0]?.n ?? 0)) return false;
  }
  return true;
}

/** Words of letters among `ws`, counted up to what a sentence needs. */
function letterWords(ws: readonly string[]): number {
  let n = 0;
  for (const w of ws) if (/\p{L}/u.test(w) && ++n >= SENTENCE_MIN_WORDS) break;
  return n;
}

/** The share of `ws` that are stopwords (lowercased), 0 for none. A word longer than the longest stopword
 * (`maxChars`) is not lowercased and looked up: lowercasing never shortens a text (no character's lower case
 * is shorter in UTF-16). */
export function stopShare(ws: readonly string[], stopwords: Set<string>, maxChars: number): number {
  let n = 0;
  for (const w of ws) if (w.length <= maxChars && stopwords.has(w.toLowerCase())) n++;
  return n / (ws.length || 1);
}

/** Whether stopShare(ws, ...) >= ratio, counting only until the answer is known: the count reaches the least
 * that makes the share, or the words left cannot bring it there. (The share is n / length, which grows with n,
 * so the least n is found by the same division; stopShare was the dearest function of pass 1's chrome in a
 * --cpu-prof of polnear-dev.) */
export function stopShareReaches(ws: readonly string[], stopwords: Set<string>, maxChars: number, ratio: number): boolean {
  const len = ws.length || 1;
  if (0 / len >= ratio) return true;
  // the least count whose share reaches `ratio` (more than the words there are: none does)
  let need = Math.min(ws.length + 1, Math.max(1, Math.ceil(ratio * len)));
  while (need > 1 && (need - 1) / len >= ratio) need--;
  while (need <= ws.length && need / len < ratio) need++;
  if (need > ws.length) return false;
  let n = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.length <= maxChars && stopwords.has(w.toLowerCase()) && ++n >= need) return true;
    if (n + (ws.length - 1 - i) < need) return false;
  }
  return false;
}
