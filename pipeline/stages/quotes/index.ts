// Direct quotes and their speakers. The chain: prose blocks of the tree (blocks.ts) -> quoted spans,
// however they are marked (marks.ts) -> the attribution in the same sentence (attribution.ts) -> what
// the source phrase names (names.ts) -> the speaker, resolved against the whole article (people.ts,
// resolve.ts, with reported.ts for attributions that frame no quote) -> dropping what is not speech
// (negatives.ts). Quotes without their own attribution take the speaker of the quote they continue
// (continuity.ts). prepare.ts masks each block so quoted words never read as attributions.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Quote } from '../../types.js';
import type { StageOptions } from '../options.js';
import { attribute, type Attribution } from './attribution.js';
import { proseBlocks } from './blocks.js';
import { inherit, type Continuable } from './continuity.js';
import { mentionOf } from './names.js';
import { notSpeech } from './negatives.js';
import { People } from './people.js';
import { isPartial, prepare } from './prepare.js';
import { reportedSources } from './reported.js';
import { Speakers } from './resolve.js';
import { vocabOf } from './vocab.js';
import { sentenceEnd, sentenceStart, words } from './words.js';

export { quotesSpec } from './spec.js';

interface Found extends Continuable {
  text: string;
  attribution?: Attribution;
  /** The attribution's source phrase as written. */
  source: string;
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
    const events: { at: number; run: () => void }[] = [];
    for (const f of found) {
      if (!f.attribution) continue;
      const at = blocks[f.block].start + f.attribution.at;
      const mention = mentionOf(f.source, v);
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
    // A paragraph that is only a quote, after a paragraph reporting what someone said, is that source's.
    for (const f of found) {
      if (f.speaker || f.attribution || f.partial || f.block === 0 || f.span.open < 0) continue;
      if (opensBlock(prepared[f.block].block.text, f.span.open)) f.speaker = speakers.latest(blocks[f.block - 1].start, blocks[f.block].start + f.span.open);
    }
    const out: Quote[] = [];
    for (const f of found) {
      const p = prepared[f.block];
      const verdict = notSpeech(p.block.text, f.span.open, f.text, !!f.attribution?.cue, !!(f.speaker || f.attribution), f.partial, v);
      if (verdict) continue;
      if (!f.speaker && words(f.text).length < v.minWords) continue;
      out.push({ text: f.text, speaker: f.speaker, ...(f.attribution && /\p{L}/u.test(f.attribution.cue) ? { cue: f.attribution.cue } : {}), ...(f.partial ? { partial: true } : {}), offset: p.block.start + f.span.start });
    }
    file.data.quotes = out;
  };
}

/** True when nothing but space comes before `at` in the block: the block opens with this quote. */
function opensBlock(text: string, at: number): boolean {
  return !text.slice(0, at).trim();
}
