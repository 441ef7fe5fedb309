// A quote carried across paragraphs with no marks in between. Dumps that set every sentence in its own
// paragraph open a quote in one (`"There is a real chance we lose.`), leave the next ones bare (`I
// cannot say which ...`) and close it paragraphs later (`... and then we move on. "` or `..., " a
// harbor spokesperson said.`). Marks are read one block at a time, so the bare paragraphs would be lost
// and the closing one, its mark alone and spaced, read as no quote at all.
import { creditParagraph } from '../attribution/credits.js';
import type { Vocab } from '../vocab.js';
import { sentenceEnds } from '../words.js';
import type { Span } from './marks.js';
import { mask, type Prepared } from './prepare.js';

/** Most bare paragraphs a quote is carried over before the run is taken for something else. */
const MAX_CARRY = 8;

/** Any quotation mark at all (a bare paragraph has none). */
const ANY_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]|''/u;
/** A closing mark after the quote's last punctuation, spaced or not: `on. "`, `flee, " a`, `flee,”`. */
const CLOSING = /[,.!?\u2026]\s?["\u201d](?=\s|$)/u;

/** `prepared` with quotes that run over bare paragraphs carried through them (same array when none). */
export function carryOpenQuotes(prepared: Prepared[], v: Vocab): Prepared[] {
  let out = prepared;
  for (let i = 0; i < prepared.length - 1; i++) {
    const spans = prepared[i].spans;
    if (!spans.length || spans[spans.length - 1].close >= 0) continue;
    const run = closingRun(prepared, i, v);
    if (!run) continue;
    if (out === prepared) out = [...prepared];
    for (let j = i + 1; j < run.end; j++) out[j] = withSpan(prepared[j], wholeBlock(prepared[j].block.text), v);
    if (run.close !== undefined) out[run.end] = withSpan(prepared[run.end], closedAt(prepared[run.end].block.text, run.close), v);
    i = run.end;
  }
  return out;
}

/**
 * Where the quote left open in block i closes: the block `end` after one or more bare blocks, and the
 * offset of its closing mark when the block has no span for it (`close`); undefined when the next
 * blocks reopen the quote (the usual style), never close it, or the run is too long.
 */
function closingRun(prepared: Prepared[], i: number, v: Vocab): { end: number; close?: number } | undefined {
  for (let j = i + 1; j < prepared.length && j <= i + MAX_CARRY + 1; j++) {
    const p = prepared[j];
    if (p.spans.length) {
      // a closing mark alone, its quote's start recovered at the block's start
      return j > i + 1 && p.spans[0].open < 0 && !/\S/u.test(p.block.text.slice(0, p.spans[0].start).replace(/["'\u201c\u201d\u2018\u2019]/gu, '')) ? { end: j } : undefined;
    }
    if (!ANY_MARK.test(p.block.text)) continue;
    // (a pull quote's credit set inside its closing mark, `Gov. Ana Ruiz."`, is no part of it)
    if (creditParagraph(p.block.text, v)) return undefined;
    const m = CLOSING.exec(p.block.text);
    // (only the closing mark: another mark in the block is another quote, or an opening one)
    if (!m || ANY_MARK.test(p.block.text.slice(m.index + m[0].length))) return undefined;
    return { end: j, close: m.index + m[0].length - 1 };
  }
  return undefined;
}

function wholeBlock(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length, open: -1, close: -1 };
}

/** The span of a block opening inside a quote that closes with the mark at `mark`. */
function closedAt(text: string, mark: number): Span {
  return { start: text.length - text.trimStart().length, end: text.slice(0, mark).trimEnd().length, open: -1, close: mark + 1 };
}

/** The block with `span` as its only quote, masked as prepare() masks (a sentence end stays a period). */
function withSpan(p: Prepared, span: Span, v: Vocab): Prepared {
  const masked = mask(p.block.text, [span]);
  return { block: p.block, spans: [span], masked, ends: sentenceEnds(masked, v), strays: [] };
}
