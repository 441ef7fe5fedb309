// A block as the attribution rules see it: its quoted spans, and a masked copy in which every quote's
// words are blanked (so nothing inside a quote is read as its own attribution) with sentence ends
// computed on that copy. Also the judgements made from the block alone: whether a quote sits inside
// the reporter's sentence, whether it opens the block.
import type { Vocab } from '../vocab.js';
import { sentenceEnds } from '../words.js';
import { isSpace } from '../../../text/letters.js';
import type { Block } from './blocks.js';
import { britishStyle } from './british.js';
import type { Span } from './marks.js';
import { recoverStart } from './recover.js';
import { findSpans } from './spans.js';

export interface Prepared {
  block: Block;
  spans: Span[];
  masked: string;
  ends: number[];
  /** Lone closing marks judged strays (block offsets): no quote was made of them. */
  strays: number[];
}

/**
 * `closedBefore`: the last earlier block with a quote in it closed all of them, so a quote this block
 * opens without an opening mark cannot be the last paragraph of one running on.
 */
export function prepare(block: Block, v: Vocab, closedBefore = false): Prepared {
  const strays: number[] = [];
  const spans = findSpans(block.text, (text, from, to) => recoverStart(text, from, to, v, closedBefore), britishStyle(block.text, v), strays);
  const masked = mask(block.text, spans);
  return { block, spans, masked, ends: sentenceEnds(masked, v), strays };
}

/** Every block prepared in order, each knowing whether the quotes before it were all closed. */
export function prepareAll(blocks: Block[], v: Vocab): Prepared[] {
  const out: Prepared[] = [];
  let closedBefore = false;
  for (const block of blocks) {
    const p = prepare(block, v, closedBefore);
    if (p.spans.length) closedBefore = p.spans.every((s) => s.close >= 0);
    out.push(p);
  }
  return out;
}

/** The block with every quote's words blanked; a quote that ended a sentence leaves its period. */
export function mask(text: string, spans: Span[]): string {
  // (most blocks hold no quote: splitting them into characters and joining them back gave the text itself)
  if (!spans.length) return text;
  return inOrder(text, spans) ? maskInOrder(text, spans) : maskByChars(text, spans);
}

/** mask's reference form, for spans in any order, overlapping or outside the text: a character array. */
export function maskByChars(text: string, spans: readonly { start: number; end: number }[]): string {
  const chars = text.split('');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) if (!/\s/.test(chars[i])) chars[i] = ' ';
    const inner = text.slice(s.start, s.end).trimEnd();
    if (/[.!?]$/.test(inner) && s.end > s.start) chars[s.start + inner.length - 1] = '.';
  }
  return chars.join('');
}

// Spans in order, apart and inside the text (as findSpans makes them) are masked piece by piece: the
// character array and a pattern test per character cost more (marks stage CPU 0.90x on a 300-dump
// sample). The same text: test/quote-mask.test.ts compares the two on generated blocks and spans.
const inOrder = (text: string, spans: Span[]) => spans.every((s, k) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= (k ? spans[k - 1].end : 0) && s.start <= s.end && s.end <= text.length);

function maskInOrder(text: string, spans: Span[]): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    const quoted = text.slice(s.start, s.end);
    let blank = blankOf(quoted);
    const inner = quoted.trimEnd();
    if (/[.!?]$/.test(inner)) blank = blank.slice(0, inner.length - 1) + '.' + blank.slice(inner.length);
    out += text.slice(from, s.start) + blank;
    from = s.end;
  }
  return out + text.slice(from);
}

/** A quote inside the reporter's sentence: it follows a word, not a sentence start, colon or comma. */
export function isPartial(text: string, span: Span): boolean {
  if (span.open < 0) return false;
  let i = span.open - 1;
  while (i >= 0 && /\s/u.test(text[i])) i--;
  if (i < 0) return false;
  const c = text[i];
  return (/[\p{L}\p{N}'\u2019]/u.test(c) && !/^\p{Lu}/u.test(text[span.start] ?? '')) || /[\p{Ll}\p{N}]/u.test(c);
}

/** True when nothing but space comes before `at` in the block: the block opens with this quote. */
export function opensBlock(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (!/\s/u.test(text[i])) return false;
  return true;
}

/**
 * `text.replace(/\S/g, ' ')`: every code unit but white space a space, read by char code a run at a
 * time (the pattern's replace, a match per character, was ~1% of the chain's self time in a --cpu-prof of
 * polnear-dev; test/quote-mask.test.ts compares mask with maskByChars, which keeps the pattern).
 */
function blankOf(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    out += text.slice(i, j);
    i = j;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    out += ' '.repeat(j - i);
    i = j;
  }
  return out;
}
