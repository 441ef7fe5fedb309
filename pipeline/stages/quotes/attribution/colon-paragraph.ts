// Fallback: a paragraph that opens with a quote no sentence of its own attributes, after a paragraph
// that ends with a colon (`She added:`): the introduction is the attribution.
import type { QuoteFind } from '../data.js';
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { sentenceStart } from '../words.js';
import { opensBlock } from '../marks/prepare.js';
import { attribute } from './attribution.js';

/**
 * `before`: the finds of the block before this one. A quote inside the paragraph, not opening it, is
 * the introduced writer's too when the paragraph is the writer's text set out whole (`Lamm wrote:` and
 * then her post, with a quote inside it): the introduction ends in a speech verb and its colon, and no
 * quote before it in the paragraph has a credit of its own. Measured against the commit before:
 * polnear-dev 2 hand-judged quotes none -> right (one through the paragraph after), naeb-dev 1 quote
 * none -> right, silver-dev 1 wrong credit -> another wrong one; without the speech-verb test silver-dev
 * had 9 records of page chrome and code credited ("Image", a tool's name).
 */
export function colonParagraph(f: QuoteFind, prepared: Prepared[], v: Vocab, before: readonly QuoteFind[] = []): void {
  const p = prepared[f.block];
  const opens = p.spans[0] === f.span && opensBlock(p.block.text, f.span.open >= 0 ? f.span.open : f.span.start);
  const inside = !opensBlock(p.block.text, f.span.open >= 0 ? f.span.open : f.span.start) && before.every((b) => !b.attribution || b.attributedBy === 'attribution-colon-paragraph');
  if (f.attribution || !(opens || inside) || f.block === 0 || !/:\s*$/.test(prepared[f.block - 1].block.text)) return;
  // (inside the paragraph, only after a speech verb closing the introduction, "Lamm wrote:": a page's
  // "Image:", a list's "like so:" or "... this weekend:" introduces no one's words)
  if (!opens && !v.verbs.has(/(\p{L}+)\s*:\s*$/u.exec(prepared[f.block - 1].block.text)?.[1].toLowerCase() ?? '')) return;
  const q = prepared[f.block - 1];
  const end = q.masked.trimEnd().length;
  const found = attribute(q.masked, { open: end, close: -1, beforeStart: sentenceStart(q.ends, end - 1), afterEnd: q.masked.length, partial: true, sentenceEnded: false, sentenceTo: q.masked.length }, v);
  if (!found) return;
  const shift = q.block.start - p.block.start;
  f.attribution = { ...found, at: found.at + shift, end: found.end + shift };
  f.source = q.block.text.slice(found.at, found.end);
  f.attributedBy = 'attribution-colon-paragraph';
}
