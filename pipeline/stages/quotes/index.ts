// Direct quotes and their speakers. The chain: prose blocks of the tree (blocks.ts) -> quoted spans,
// however they are marked (marks.ts) -> the attribution in the same sentence (attribution.ts) -> what
// the source phrase names (names.ts) -> the speaker, resolved against the whole article (people.ts,
// resolve.ts) -> dropping what is not speech (negatives.ts). Quotes without their own attribution take
// the speaker of the quote they continue (same paragraph, or a quote running over paragraphs).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Quote } from '../../types.js';
import type { StageOptions } from '../options.js';
import { attribute, isVerb, leftSource, subjectLike, type Attribution } from './attribution.js';
import { proseBlocks, type Block } from './blocks.js';
import { findSpans, type Span } from './marks.js';
import { mentionOf } from './names.js';
import { notSpeech } from './negatives.js';
import { People } from './people.js';
import { Speakers } from './resolve.js';
import type { Vocab } from './vocab.js';
import { vocabOf } from './vocab.js';
import { sentenceEnd, sentenceEnds, sentenceStart, words } from './words.js';

export { quotesSpec } from './spec.js';

interface Found {
  block: number;
  span: Span;
  text: string;
  partial: boolean;
  attribution?: Attribution;
  /** The attribution's source phrase as written. */
  source: string;
  speaker: string | null;
  /** Continues a quote from the previous block (reopened paragraph of a multi-paragraph quote). */
  continues: boolean;
}

interface Prepared {
  block: Block;
  spans: Span[];
  masked: string;
  ends: number[];
}

export default function quotes(options: StageOptions) {
  const v = vocabOf(options.config);
  return (tree: Root, file: VFile) => {
    const blocks = proseBlocks(tree, file);
    const people = People.of(blocks, v);
    const speakers = new Speakers(people, v);
    const prepared = blocks.map((block) => prepare(block, v));
    const found: Found[] = [];
    prepared.forEach((p, bi) => {
      const prevOpen = bi > 0 && prepared[bi - 1].spans.some((s) => s.close < 0);
      p.spans.forEach((span, si) => {
        const text = p.block.text.slice(span.start, span.end).trim();
        if (!text) return;
        const partial = isPartial(p.block.text, span);
        const beforeStart = Math.max(sentenceStart(p.ends, Math.max(0, span.open)), 0);
        const next = p.spans[si + 1];
        // a sentence that ends with the closing mark has no attribution after it
        // (unless a name and verb follow at once: `..?" Pence said.`)
        const endsHere = span.close >= 0 && p.ends.includes(span.close);
        const afterEnd = Math.min(sentenceEnd(p.ends, Math.max(span.close, 0), p.masked.length), next && next.open >= 0 ? next.open : p.masked.length);
        let attribution = attribute(p.masked, span.open, span.close, beforeStart, afterEnd, partial, endsHere, v);
        let source = attribution ? p.block.text.slice(attribution.at, attribution.end) : '';
        if (!attribution && si === 0 && span.open >= 0 && bi > 0 && /:\s*$/.test(prepared[bi - 1].block.text)) {
          // `He added:` closing the previous paragraph introduces this one
          const q = prepared[bi - 1];
          attribution = attribute(q.masked, q.masked.trimEnd().length, -1, sentenceStart(q.ends, q.masked.trimEnd().length - 1), q.masked.length, true, false, v);
          if (attribution) {
            source = q.block.text.slice(attribution.at, attribution.end);
            attribution = { ...attribution, at: attribution.at - p.block.start + q.block.start, end: attribution.end - p.block.start + q.block.start };
          }
        }
        found.push({ block: bi, span, text, partial, attribution, source, speaker: null, continues: si === 0 && prevOpen && span.open >= 0 && !p.block.text.slice(0, span.open).trim() });
      });
    });
    // Sources of every attribution, quoted or not, so pronouns resolve to the nearest fitting one.
    const pending = new Map<Found, { at: number; mention: ReturnType<typeof mentionOf> }>();
    const events: { at: number; run: () => void }[] = [];
    for (const f of found) {
      if (!f.attribution) continue;
      const at = blocks[f.block].start + f.attribution.at;
      const mention = mentionOf(f.source, v);
      pending.set(f, { at, mention });
      const named = f.attribution.cue !== '' && f.attribution.cue !== ':';
      events.push({ at, run: () => { f.speaker = mention ? speakers.add(mention, at, named) : null; } });
    }
    const taken = new Set(events.map((e) => e.at));
    prepared.forEach((p) => {
      for (const e of reportedSources(p, v)) {
        if (taken.has(e.at)) continue;
        const mention = mentionOf(e.source, v);
        // a reported source must name someone: descriptions here are too often a clause misread
        if (mention && (mention.kind === 'person' || mention.kind === 'org')) events.push({ at: e.at, run: () => { speakers.add(mention, e.at); } });
      }
    });
    events.sort((a, b) => a.at - b.at).forEach((e) => e.run());
    inherit(found);
    const out: Quote[] = [];
    for (const f of found) {
      const p = prepared[f.block];
      const verdict = notSpeech(p.block.text, f.span.open, f.text, !!f.attribution?.cue, !!(f.speaker || f.attribution), f.partial, v);
      if (verdict) continue;
      if (!f.speaker && words(f.text).length < v.minWords) continue;
      out.push({ text: f.text, speaker: f.speaker, ...(f.attribution?.cue ? { cue: f.attribution.cue } : {}), ...(f.partial ? { partial: true } : {}), offset: p.block.start + f.span.start });
    }
    file.data.quotes = out;
  };
}

function prepare(block: Block, v: Vocab): Prepared {
  const spans = findSpans(block.text, (text, from, to) => recoverStart(text, from, to, v));
  const masked = mask(block.text, spans);
  return { block, spans, masked, ends: sentenceEnds(masked, v) };
}

/** The block with every quote's words blanked; a quote that ended a sentence leaves its period. */
function mask(text: string, spans: Span[]): string {
  const chars = text.split('');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) if (!/\s/.test(chars[i])) chars[i] = ' ';
    const inner = text.slice(s.start, s.end).trimEnd();
    if (/[.!?]$/.test(inner) && s.end > s.start) chars[s.start + inner.length - 1] = '.';
  }
  return chars.join('');
}

/**
 * Where a quote whose opening mark is missing starts: after an attribution clause set off by commas
 * (`Until then, he continued, El Salvador will ...`), else at the start of the stretch.
 */
function recoverStart(text: string, from: number, to: number, v: Vocab): number {
  const ws = words(text, from, to);
  for (let k = ws.length - 2; k >= 1; k--) {
    if (ws[k + 1].raw === ',' && isVerb(ws[k], v) && subjectLike([ws[k - 1]], v) && (k < 2 || ws[k - 2].raw === ',')) return ws[k + 1].end + (text.slice(ws[k + 1].end).length - text.slice(ws[k + 1].end).trimStart().length);
  }
  let s = from;
  while (s < to && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[s])) s++;
  return s;
}

/** A quote inside the reporter's sentence: it follows a word, not a sentence start, colon or comma. */
function isPartial(text: string, span: Span): boolean {
  if (span.open < 0) return false;
  let i = span.open - 1;
  while (i >= 0 && /\s/u.test(text[i])) i--;
  if (i < 0) return false;
  const c = text[i];
  return (/[\p{L}\p{N}'\u2019]/u.test(c) && !/^\p{Lu}/u.test(text[span.start] ?? '')) || /[\p{Ll}\p{N}]/u.test(c);
}

/** Quotes without an attribution continue the quote before them in the paragraph (or after it), or the paragraph before. */
function inherit(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.speaker || f.attribution) continue;
    const prev = found[i - 1];
    const next = found[i + 1];
    if (prev && prev.block === f.block && prev.speaker) f.speaker = prev.speaker;
    else if (next && next.block === f.block && next.speaker && !f.partial) f.speaker = next.speaker;
    else if (prev && prev.block === f.block - 1 && prev.speaker && !f.partial && (f.continues || f.span.open >= 0)) f.speaker = prev.speaker;
  }
  // a quote running over paragraphs: the closing paragraph's attribution names the earlier ones too
  for (let i = found.length - 2; i >= 0; i--) {
    if (!found[i].speaker && found[i].span.close < 0 && found[i + 1].continues && found[i + 1].speaker) found[i].speaker = found[i + 1].speaker;
  }
}

/** Attributions outside quotes (`Smith said the plan failed`), as document offsets and source phrases. */
function reportedSources(p: Prepared, v: Vocab): { at: number; source: string }[] {
  const out: { at: number; source: string }[] = [];
  let s = 0;
  for (const e of [...p.ends, p.masked.length]) {
    const ws = words(p.masked, s, e);
    for (let k = 1; k < ws.length; k++) {
      if (!isVerb(ws[k], v)) continue;
      const src = leftSource(p.masked, ws, k, v);
      if (src.length && subjectLike(src, v)) out.push({ at: p.block.start + src[0].start, source: p.block.text.slice(src[0].start, src[src.length - 1].end) });
    }
    s = e;
  }
  return out;
}

