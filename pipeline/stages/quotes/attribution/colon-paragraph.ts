// Fallback: a paragraph that opens with a quote no sentence of its own attributes, after a paragraph
// that ends with a colon (`She added:`): the introduction is the attribution.
import type { QuoteFind } from '../data.js';
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { sentenceStart } from '../words.js';
import { opensBlock } from '../marks/prepare.js';
import { attribute } from './attribution.js';

export function colonParagraph(f: QuoteFind, prepared: Prepared[], v: Vocab): void {
  const p = prepared[f.block];
  const first = p.spans[0] === f.span && opensBlock(p.block.text, f.span.open >= 0 ? f.span.open : f.span.start);
  if (f.attribution || !first || f.block === 0 || !/:\s*$/.test(prepared[f.block - 1].block.text)) return;
  const q = prepared[f.block - 1];
  const end = q.masked.trimEnd().length;
  const found = attribute(q.masked, { open: end, close: -1, beforeStart: sentenceStart(q.ends, end - 1), afterEnd: q.masked.length, partial: true, sentenceEnded: false, sentenceTo: q.masked.length }, v);
  if (!found) return;
  const shift = q.block.start - p.block.start;
  f.attribution = { ...found, at: found.at + shift, end: found.end + shift };
  f.source = q.block.text.slice(found.at, found.end);
  f.attributedBy = 'attribution-colon-paragraph';
}
