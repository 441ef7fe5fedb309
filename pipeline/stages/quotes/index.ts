// Direct quotes and their speakers. The chain: prose blocks of the tree (blocks.ts) -> quoted spans,
// however they are marked (marks.ts) -> the attribution in the same sentence (attribution.ts, the source
// left of a verb in left-source.ts) -> what the source phrase names (names.ts, the description after a
// name in descriptions.ts) -> the speaker, resolved against the whole article (people.ts,
// resolve.ts, with reported.ts for attributions that frame no quote) -> dropping what is not speech
// (negatives.ts, framing.ts, around.ts). Quotes without their own attribution take the speaker of the
// quote they continue (continuity.ts) or of the prose around them (paragraphs.ts); a credit line signs
// some (credits.ts).
// prepare.ts masks each block so quoted words never read as attributions; carry.ts carries a quote
// over bare paragraphs to its closing mark.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Quote } from '../../types.js';
import type { StageOptions } from '../options.js';
import { attribute, type Attribution } from './attribution.js';
import { carryOpenQuotes } from './carry.js';
import { creditBelow, signOff, type Credit } from './credits.js';
import { opensBlock, quoteParagraphs, sameParagraphSource, subjectFinder, type SubjectIn } from './paragraphs.js';
import { transcriptLabels } from './transcript.js';
import { proseBlocks } from './blocks.js';
import { inherit, type Continuable } from './continuity.js';
import { mentionOf, type Mention } from './names.js';
import { candidates, entitiesOf, type Candidate, type Context, type Query } from './rank.js';
import { notSpeech } from './negatives.js';
import { People } from './people.js';
import { isPartial, prepareAll, type Prepared } from './prepare.js';
import { reportedSources } from './reported.js';
import { Speakers } from './resolve.js';
import { vocabOf, type Vocab } from './vocab.js';
import { sentenceEnd, sentenceStart, words } from './words.js';

export { quotesSpec } from './spec.js';

interface Found extends Continuable {
  text: string;
  attribution?: Attribution;
  /** The attribution's source phrase as written. */
  source: string;
  /** What the source phrase names, and its document offset. */
  mention?: Mention;
  at?: number;
  /** How the speaker was ranked, when the credit names nobody (rank.ts). */
  ranked?: { context: Context; candidates: Candidate[] };
}

declare module 'vfile' {
  interface DataMap {
    /** Per quote whose speaker was ranked (rank.ts): its offset, its context and the scored candidates. */
    speakerChoices: { offset: number; context: Context; candidates: Candidate[] }[];
  }
}

export default function quotes(options: StageOptions) {
  const v = vocabOf(options.config);
  return (tree: Root, file: VFile) => {
    const blocks = proseBlocks(tree, file);
    // The headline is claimed (not body), but a full name it gives is "given earlier" for the body.
    const title = file.data.headline?.value;
    const people = People.of(title ? [{ start: -title.length - 1, text: title }, ...blocks] : blocks, v);
    const prepared = carryOpenQuotes(prepareAll(blocks, v), v);
    const found = locate(prepared, String(file.value), v);
    const subjects = proseSubjects(people, prepared);
    const subjectIn = subjectFinder(subjects, people);
    const speakers = new Speakers(people, v, subjects);
    resolveSpeakers(found, prepared, speakers, v, subjectIn);
    quoteParagraphs(found, prepared, subjectIn);
    rankSpeakers(found, prepared, people, speakers, v);
    file.data.quotes = emit(found, prepared, v);
    file.data.speakerChoices = found.filter((f) => f.ranked).map((f) => ({ offset: prepared[f.block].block.start + f.span.start, ...f.ranked! }));
  };
}

/** Every quoted span of every block, with the attribution found for it in its sentence. */
function locate(prepared: Prepared[], source: string, v: Vocab): Found[] {
  const found: Found[] = [];
  prepared.forEach((p, bi) => {
    const prevOpen = bi > 0 && prepared[bi - 1].spans.some((s) => s.close < 0);
    p.spans.forEach((span, si) => {
      const text = p.block.text.slice(span.start, span.end).trim();
      if (!text) return;
      // (a quote opening the line after the previous quote's signed credit opens its own line, not a clause)
      const prevSigned = si > 0 && p.spans[si - 1].close >= 0 ? signOff(p.block.text, p.spans[si - 1].close, v) : undefined;
      const partial = isPartial(p.block.text, span) && !(prevSigned && /^[.\s]*\n\s*$/u.test(p.block.text.slice(prevSigned.end, span.open)));
      const beforeStart = Math.max(sentenceStart(p.ends, Math.max(0, span.open)), 0);
      const next = p.spans[si + 1];
      // a sentence that ends with the closing mark has no attribution after it
      // (unless a name and verb follow at once: `..?" Pence said.`)
      const endsHere = span.close >= 0 && p.ends.includes(span.close);
      const afterEnd = Math.min(sentenceEnd(p.ends, Math.max(span.close, 0), p.masked.length), next && next.open >= 0 ? next.open : p.masked.length);
      // `"..." ― Edwin G. Monroy`: a credit signed after the quote names it before any sentence does
      // (after a fragment of the reporter's sentence it signs the item, not the quote: `his party was
      // "still the No. 1 force."--Kim Hjelmgaard`)
      const signed = span.close >= 0 && !partial ? signOff(p.block.text, span.close, v) : undefined;
      const sentenceTo = sentenceEnd(p.ends, Math.max(span.close, 0), p.masked.length);
      let attribution = signed ? credited(p.block.text, signed) : attribute(p.masked, span.open, span.close, beforeStart, afterEnd, partial, endsHere, v, sentenceTo);
      let source = attribution ? p.block.text.slice(attribution.at, attribution.end) : '';
      // (a quote whose opening mark is missing opens the block too when its recovered start does: the
      // paragraph continues the quote left open before it)
      const first = si === 0 && opensBlock(p.block.text, span.open >= 0 ? span.open : span.start);
      if (!attribution && first && bi > 0 && /:\s*$/.test(prepared[bi - 1].block.text)) {
        // `He added:` closing the previous paragraph introduces this one
        const q = prepared[bi - 1];
        const end = q.masked.trimEnd().length;
        attribution = attribute(q.masked, end, -1, sentenceStart(q.ends, end - 1), q.masked.length, true, false, v);
        if (attribution) {
          source = q.block.text.slice(attribution.at, attribution.end);
          const shift = q.block.start - p.block.start;
          attribution = { ...attribution, at: attribution.at + shift, end: attribution.end + shift };
        }
      }
      found.push({ block: bi, span, text, partial, attribution, source, speaker: null, continues: first && prevOpen, sentenceTo: endsHere ? span.close : sentenceTo, verbless: !!attribution && attribution.cue === '' && !attribution.turn });
    });
    // a pull quote left open, then a paragraph that is only its credit (`S.C. Rep. Jim Clyburn."`), or
    // a quote closing its paragraph, then a paragraph signed with a dash (`- Bernie Sanders.`)
    const last = found[found.length - 1];
    if (last && last.block === bi && !last.attribution) {
      const c = creditBelow(p, last.span, prepared[bi + 1], source, v);
      if (c) Object.assign(last, { attribution: credited(source, c, -p.block.start), source: source.slice(c.at, c.end) });
    }
  });
  // "WALLACE: ...", "PENCE: ...": a transcript's turns name their speakers
  transcriptLabels(found.map((f) => f.text), v).forEach((label, i) => {
    const f = found[i];
    if (label && !/\p{L}/u.test(f.attribution?.cue ?? '')) Object.assign(f, { attribution: { cue: ':', source: label, at: f.span.start, end: f.span.start + label.length, turn: true }, source: label });
  });
  return found;
}

/**
 * Speakers for every quote. Sources of every attribution, quoted or not, are taken in document order,
 * so a pronoun resolves to the nearest fitting source before it; quotes with no attribution then
 * continue the quote or the reported speech before them.
 */
function resolveSpeakers(found: Found[], prepared: Prepared[], speakers: Speakers, v: Vocab, subjectIn: SubjectIn): void {
  const events: { at: number; run: () => void }[] = [];
  for (const f of found) {
    if (!f.attribution) continue;
    const at = prepared[f.block].block.start + f.attribution.at;
    const mention = mentionOf(f.source, v);
    const named = (f.attribution.cue !== '' && f.attribution.cue !== ':') || !!f.attribution.turn;
    Object.assign(f, { mention, at });
    events.push({ at, run: () => { f.speaker = mention ? speakers.add(mention, at, named) : null; } });
  }
  const taken = new Set(events.map((e) => e.at));
  for (const p of prepared) {
    for (const e of reportedSources(p, v)) {
      if (taken.has(e.at)) continue;
      const mention = mentionOf(e.source, v);
      // a reported source must name someone, or be a description of a person reported.ts vouches for
      // ("the admiral said ..."): other descriptions here are too often a clause misread
      if (mention && (mention.kind === 'person' || mention.kind === 'org' || (mention.kind === 'nominal' && e.person))) events.push({ at: e.at, run: () => { speakers.add(mention, e.at); } });
    }
  }
  events.sort((a, b) => a.at - b.at).forEach((e) => e.run());
  sameParagraphSource(found, prepared, speakers, subjectIn);
  inherit(found);
  // A paragraph that is only a quote, after a paragraph reporting what someone said, is that source's.
  for (const f of found) {
    if (f.speaker || f.attribution || f.partial || f.block === 0 || f.span.open < 0) continue;
    const p = prepared[f.block];
    if (opensBlock(p.block.text, f.span.open)) f.speaker = speakers.latest(prepared[f.block - 1].block.start, p.block.start + f.span.open);
  }
}

/** Which ranking a quote's credit calls for: none when it names someone or something outright. */
// (A quote no rule credits stays uncredited unless its paragraph is quotes only: the judged quotes the
// ranking was fitted on are all someone's and say nothing of scare quotes or of prose the rules could
// not read, `"...," the host pressed`. Pronouns stay with resolve.ts: ranked by publisher folds
// they won as often as they lost. A description of a thing, "the report", stays as written.)
function contextOf(f: Found, p: Prepared, v: Vocab): Context | undefined {
  if (!f.attribution || !f.mention) return f.speaker || (!f.partial && !/\p{L}/u.test(p.masked)) ? 'none' : undefined;
  if (!f.speaker) return undefined;
  if (f.mention.kind === 'nominal' && /^[\s,(]*the\s/iu.test(f.source) && personHead(f.mention.text, v)) return 'description';
  return undefined;
}

/** Whether a description's last word names a person ("the former governor"). */
function personHead(text: string, v: Vocab): boolean {
  const last = (text.toLowerCase().match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
  return v.personNouns.has(last) || v.personNouns.has(last.replace(/s$/u, ''));
}

/** Ranks the speaker of every quote whose credit names nobody outright (rank.ts), in document order. */
function rankSpeakers(found: Found[], prepared: Prepared[], people: People, speakers: Speakers, v: Vocab): void {
  const entities = entitiesOf(people, speakers, (m) => speakers.fullName(m));
  let previous: string | undefined;
  for (const f of found) {
    const context = contextOf(f, prepared[f.block], v);
    if (context) {
      const block = prepared[f.block].block;
      const at = f.at ?? block.start + (f.span.open >= 0 ? f.span.open : f.span.start);
      const q: Query = { context, at, gender: f.mention?.gender, description: f.mention?.text, rule: f.speaker, previous, quote: f.text };
      const ranked = candidates(q, entities, people.blockIndex(at));
      f.ranked = { context, candidates: ranked };
      const best = ranked[0];
      if (best.name === '') f.speaker = null;
      else if (best.name !== f.speaker?.name) f.speaker = { name: best.name, role: '' };
    }
    previous = f.speaker?.name;
  }
}

/** The quotes that are speech, as the record keeps them. */
function emit(found: Found[], prepared: Prepared[], v: Vocab): Quote[] {
  const out: Quote[] = [];
  for (const f of found) {
    const p = prepared[f.block];
    if (notSpeech(p.block.text, f.span.open, f.text, !!f.attribution?.cue, v)) continue;
    if (!f.speaker && words(f.text).length < v.minWords) continue;
    const cue = f.attribution && /\p{L}/u.test(f.attribution.cue) ? f.attribution.cue : undefined;
    // Credited as the article credits them here ("Jo Lin, a pollster"), the bare name beside it for
    // linking; by config the name alone, the description only beside it.
    const role = f.speaker?.role;
    const described = v.describeSpeakers && !!role;
    const speaker = f.speaker ? (described ? `${f.speaker.name}, ${role}` : f.speaker.name) : null;
    const extra = { ...(described ? { speaker_name: f.speaker!.name } : {}), ...(role ? { speaker_role: role } : {}), ...(cue ? { cue } : {}), ...(f.partial ? { partial: true } : {}) };
    out.push({ text: f.text, speaker, ...extra, offset: p.block.start + f.span.start });
  }
  return out;
}

/** A credit line as an attribution: no verb is written, but it names the speaker as plainly as one. */
function credited(text: string, c: Credit, shift = 0): Attribution {
  return { cue: '', source: text.slice(c.at, c.end), at: c.at + shift, end: c.end + shift, turn: true };
}

/** Person names opening a sentence outside any quote, in document order (the pronoun antecedents prose offers). */
function proseSubjects(people: People, prepared: Prepared[]): People['mentions'] {
  const quoted: [number, number][] = [];
  for (const p of prepared) for (const s of p.spans) quoted.push([p.block.start + Math.max(0, s.open), p.block.start + (s.close >= 0 ? s.close : s.end)]);
  quoted.sort((a, b) => a[0] - b[0]);
  let q = 0;
  return people.mentions.filter((m) => {
    if (!m.subject) return false;
    while (q < quoted.length && quoted[q][1] <= m.at) q++;
    return !(q < quoted.length && quoted[q][0] <= m.at);
  });
}
