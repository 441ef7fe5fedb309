// Credit lines: a quote signed like a letter rather than attributed in a sentence. Either a dash and
// the credit after the closing mark, on the same line (`"..." ― Ana B. Ruiz`, `"..." — Ed Roe, Harbor
// Institute for Policy Studies`), or a pull quote whose last paragraph is only the credit, set inside
// the closing mark (`"The truth is ...` then `Gov. Ana Ruiz."`). A credit is a name or a title, not a
// sentence: short, no speech verb, its first comma-chunk mostly capitalized.
import { isVerb } from '../grammar/lexicon.js';
import type { Span } from '../marks/marks.js';
import type { Prepared } from '../marks/prepare.js';
import type { Vocab } from '../vocab.js';
import { isCap, words } from '../words.js';

/** Most words a credit line runs to ("Tom Beck, deputy harbor master of the port"). */
const CREDIT_WORDS = 12;

export interface Credit {
  /** Offsets of the credit in the block, trailing period and marks left out. */
  at: number;
  end: number;
}

/** Dashes that introduce a signed credit: horizontal bar, em and en dash, a dash typed as hyphens. */
const SIGN_OFF = /^[ \t]*[.,]?[ \t]*(?:\u2015|\u2014|\u2013|-{1,2})[ \t]*/u;

/** The credit signed after the closing mark at `close`, running to the end of its line; undefined when none. */
export function signOff(text: string, close: number, v: Vocab): Credit | undefined {
  const rest = text.slice(close);
  const dash = SIGN_OFF.exec(rest);
  if (!dash) return undefined;
  const from = close + dash[0].length;
  const nl = text.indexOf('\n', from);
  const to = nl < 0 ? text.length : nl;
  return credit(text, from, to, v);
}

/**
 * A paragraph that is only a credit closed by the quote's closing mark (`Ana Ruiz."`): the credit of
 * the quote left open at the end of the paragraph before.
 */
export function creditParagraph(text: string, v: Vocab): Credit | undefined {
  const m = /^\s*([^"\u201c\u201d]+?)["\u201d]\s*$/u.exec(text);
  if (!m) return undefined;
  const from = text.indexOf(m[1]);
  return credit(text, from, from + m[1].length, v);
}

/**
 * A paragraph that is only a dash and a credit (`- Ana Ruiz.`, `- Ruiz.`): the credit of the
 * quote that closed the paragraph before. The dash says it is a credit, so a surname alone will do.
 */
export function signedParagraph(text: string, v: Vocab): Credit | undefined {
  const m = /^\s*(?:\u2015|\u2014|\u2013|-{1,2})[ \t]*/u.exec(text);
  return m ? credit(text, m[0].length, text.length, v, 1) : undefined;
}

function credit(text: string, from: number, to: number, v: Vocab, minCaps = 2): Credit | undefined {
  let end = to;
  while (end > from && /[\s.]/u.test(text[end - 1])) end--;
  // (an abbreviation or an initial keeps its period: "Jr.", "Ana B.")
  if (end < to && text[end] === '.' && /(?:^|[\s.])\p{Lu}$|\b(?:Jr|Sr)$/u.test(text.slice(from, end))) end++;
  const body = text.slice(from, end);
  if (!body || /[!?;:"\u201c\u201d()]|\.\s+\p{Ll}/u.test(body)) return undefined;
  const ws = words(text, from, end).filter((w) => /\p{L}/u.test(w.raw) || w.raw === ',');
  if (!ws.length || ws.length > CREDIT_WORDS || !isCap(ws[0].raw) || ws.some((w) => isVerb(w, v))) return undefined;
  const comma = ws.findIndex((w) => w.raw === ',');
  const first = (comma < 0 ? ws : ws.slice(0, comma)).filter((w) => /\p{L}/u.test(w.raw));
  const caps = first.filter((w) => isCap(w.raw) && !v.determiners.has(w.lower)).length;
  if (caps < minCaps || caps / first.length < 0.6) return undefined;
  return { at: from, end };
}

/**
 * The credit (document offsets) on the first line after block `p` when its last quote `span` is a pull
 * quote left open or a quote closing the block. Read from the source: a line that is only a credit may
 * have been claimed as chrome, and the parser reads `- Ruiz.` as a list item, its dash outside the text.
 */
export function creditBelow(p: Prepared, span: Span, next: Prepared | undefined, source: string, v: Vocab): Credit | undefined {
  const closes = span.close >= 0 && !/[\p{L}\p{N}]/u.test(p.block.text.slice(span.close));
  if (span.close >= 0 && !closes) return undefined;
  const m = /\S[^\n]*/u.exec(source.slice(p.block.start + p.block.text.length, next ? next.block.start + next.block.text.length : source.length));
  if (!m) return undefined;
  const at = p.block.start + p.block.text.length + m.index;
  // (the line is the next block, or lies before it)
  if (next && at >= next.block.start && next.spans.length) return undefined;
  const c = span.close < 0 ? creditParagraph(m[0], v) : signedParagraph(m[0], v);
  return c && { at: c.at + at, end: c.end + at };
}
