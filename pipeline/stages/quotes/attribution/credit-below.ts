// Fallback: a block's last quote with no attribution, signed on the line below it: a pull quote left
// open, then a paragraph that is only its credit (`Gov. Ana Ruiz."`), or a quote closing its
// paragraph, then a paragraph signed with a dash (`- Ana Ruiz.`).
import type { QuoteFind } from '../data.js';
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { creditBelow } from './credits.js';
import { credited } from './locate.js';

export function creditBelowBlock(finds: QuoteFind[], prepared: Prepared[], bi: number, source: string, v: Vocab): void {
  const last = finds[finds.length - 1];
  if (!last || last.block !== bi || last.attribution) return;
  const p = prepared[bi];
  const c = creditBelow(p, last.span, prepared[bi + 1], source, v);
  if (!c) return;
  last.attribution = credited(source, c, -p.block.start);
  last.source = source.slice(c.at, c.end);
  last.attributedBy = 'attribution-credit-below';
}
