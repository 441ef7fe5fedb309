// One find per quoted span, with the attribution of its sentence (attribution.ts), or a credit signed
// after its closing mark (credits.ts).
import type { QuoteFind } from '../data.js';
import { sourceText } from '../marks/blocks.js';
import { isPartial, opensBlock, type Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { sentenceEnd, sentenceStart } from '../words.js';
import { attribute, type Reach } from './attribution.js';
import { colonParagraph } from './colon-paragraph.js';
import { quoteFrom } from './quote-from.js';
import { signOff, type Credit } from './credits.js';
import type { Attribution } from './source-words.js';

/** The finds of block `bi`, in order. */
export function findsOfBlock(prepared: Prepared[], bi: number, v: Vocab): QuoteFind[] {
  const p = prepared[bi];
  const prevOpen = bi > 0 && prepared[bi - 1].spans.some((s) => s.close < 0);
  const out: QuoteFind[] = [];
  p.spans.forEach((span, si) => {
    const text = p.block.text.slice(span.start, span.end).trim();
    if (!text) return;
    const partial = isPartial(p.block.text, span) && !opensSignedLine(p, si, v);
    const reach = reachOf(p, si, partial);
    // `"..." ― Ana B. Ruiz`: a credit signed after the quote names it before any sentence does (after a
    // fragment of the reporter's sentence it signs the item, not the quote: `the party was "still the
    // first force."--Jo Lin`)
    const signed = span.close >= 0 && !partial ? signOff(p.block.text, span.close, v) : undefined;
    const attribution = signed ? credited(p.block.text, signed) : (attribute(p.masked, reach, v) ?? (reach.sentenceEnded && !partial ? quoteFrom(p.block.text, span.close, v) : undefined));
    // (a quote whose opening mark is missing opens the block too when its recovered start does: the
    // paragraph continues the quote left open before it)
    const first = si === 0 && opensBlock(p.block.text, span.open >= 0 ? span.open : span.start);
    const f: QuoteFind = {
      block: bi,
      span,
      text,
      written: sourceText(p.block, span.start, span.end),
      partial,
      attribution,
      source: attribution ? p.block.text.slice(attribution.at, attribution.end) : '',
      speaker: null,
      continues: first && prevOpen,
      sentenceTo: reach.sentenceEnded ? span.close : reach.sentenceTo,
      attributedBy: signed ? 'attribution-credit-line' : attribution?.rule,
    };
    colonParagraph(f, prepared, v, out);
    f.verbless = !!f.attribution && f.attribution.cue === '' && !f.attribution.turn;
    out.push(f);
  });
  return out;
}

/** Where the attribution of span si of block p is looked for: its sentence, up to the next quote. */
function reachOf(p: Prepared, si: number, partial: boolean): Reach {
  const span = p.spans[si];
  const next = p.spans[si + 1];
  const sentenceTo = sentenceEnd(p.ends, Math.max(span.close, 0), p.masked.length);
  return {
    open: span.open,
    close: span.close,
    beforeStart: Math.max(sentenceStart(p.ends, Math.max(0, span.open)), 0),
    // a sentence that ends with the closing mark has no attribution after it (unless a name and verb
    // follow at once: `..?" Lamm said.`)
    afterEnd: Math.min(sentenceTo, next && next.open >= 0 ? next.open : p.masked.length),
    partial,
    sentenceEnded: span.close >= 0 && p.ends.includes(span.close),
    sentenceTo,
  };
}

/** A quote opening the line after the previous quote's signed credit opens its own line, not a clause. */
function opensSignedLine(p: Prepared, si: number, v: Vocab): boolean {
  const prev = si > 0 ? p.spans[si - 1] : undefined;
  const prevSigned = prev && prev.close >= 0 ? signOff(p.block.text, prev.close, v) : undefined;
  return !!prevSigned && /^[.\s]*\n\s*$/u.test(p.block.text.slice(prevSigned.end, p.spans[si].open));
}

/** A credit line as an attribution: no verb is written, but it names the speaker as plainly as one. */
export function credited(text: string, c: Credit, shift = 0): Attribution {
  return { cue: '', source: text.slice(c.at, c.end), at: c.at + shift, end: c.end + shift, turn: true };
}
