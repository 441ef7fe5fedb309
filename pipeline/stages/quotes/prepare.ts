// A block as the attribution search sees it: its quoted spans, and a masked copy in which every quote's
// words are blanked (so nothing inside a quote is read as its own attribution) with sentence ends
// computed on that copy. Also the span judgements made from the block alone: whether it quotes with
// single marks outside (British style), where a quote with a missing opening mark starts (and whether a
// lone closing mark is a quote at all), and whether a quote sits inside the reporter's sentence.
import { isVerb, subjectLike } from './phrases.js';
import type { Block } from './blocks.js';
import { findSpans, type Span } from './marks.js';
import type { Vocab } from './vocab.js';
import { isAbbreviation, isCap, sentenceEnds, words } from './words.js';

/** Most words between a lone closing mark and the speech verb that vouches for it (`" Sen. Joe Roe said`). */
const AFTER_WORDS = 6;

export interface Prepared {
  block: Block;
  spans: Span[];
  masked: string;
  ends: number[];
}

/**
 * `closedBefore`: the last earlier block with a quote in it closed all of them, so a quote this block
 * opens without an opening mark cannot be the last paragraph of one running on.
 */
export function prepare(block: Block, v: Vocab, closedBefore = false): Prepared {
  const spans = findSpans(block.text, (text, from, to) => recoverStart(text, from, to, v, closedBefore), britishStyle(block.text, v));
  const masked = mask(block.text, spans);
  return { block, spans, masked, ends: sentenceEnds(masked, v) };
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
 * (`Until then, he continued, El Salvador will ...`), else at the start of the stretch. A block that
 * opens with the stretch is the last paragraph of a quote running over several (dumps that split every
 * sentence into a paragraph reopen none of them), unless it is a pull quote's credit line (`Rep. Jim
 * Clyburn."`), or the quotes before it were all closed, no speech verb after the mark vouches for this
 * one and the stretch reports speech itself: reporter's prose, its mark a stray (`... a virtual tie,"
 * Sanders said.` then `Sanders said he trailed ... (See the results here.)"`). A stretch with no speech
 * verb in it may be a quote whose reopening mark was left out (`... said Zadan and Meron.` then `She is
 * beloved everywhere and we expect ..."`). Later in a block, a lone closing mark is a quote when a speech verb follows it
 * (`..." Viguerie says.`) or it ends the block (`endsBlockQuote`); otherwise it is a stray, and `to` is
 * returned, so no span is made.
 */
function recoverStart(text: string, from: number, to: number, v: Vocab, closedBefore: boolean): number {
  const ws = words(text, from, to);
  for (let k = ws.length - 2; k >= 1; k--) {
    if (ws[k + 1].raw === ',' && isVerb(ws[k], v) && subjectLike([ws[k - 1]], v) && (k < 2 || ws[k - 2].raw === ',')) {
      let s = ws[k + 1].end;
      while (s < to && /\s/u.test(text[s])) s++;
      return s;
    }
  }
  if (from === 0 ? creditLine(text.slice(0, to)) || !endsQuote(text, to, v) || (closedBefore && !verbFollows(text, to, v) && reportsSpeech(text, to, v)) : !verbFollows(text, to, v) && !endsBlockQuote(text, from, to, v)) return to;
  let s = from;
  while (s < to && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[s])) s++;
  // nothing to quote but marks and format characters (`\u202a”Sorry Sarah`): the mark is an opening one typed backwards
  return /[\p{L}\p{N}]/u.test(text.slice(s, to)) ? s : to;
}

/**
 * The lone closing mark at `at` ends what it quotes: punctuation inside it (`quieter.”`, `say,”`), or
 * the block or the sentence ends right after it (`suspicious”.`), or a speech verb follows. One inside a
 * running sentence (`a cursory review of [his] systems" including ...`) lost its opening mark somewhere
 * in the sentence: where is unknowable, so it quotes nothing.
 */
function endsQuote(text: string, at: number, v: Vocab): boolean {
  if (/[,.!?;:\u2026]$/u.test(text.slice(0, at).trimEnd())) return true;
  let e = at + 1;
  while (e < text.length && /["'\u201c\u201d\u2018\u2019]/u.test(text[e])) e++;
  return /^\s*(?:[.,;:!?)\]\u2014\u2013]|$)/u.test(text.slice(e, e + 4)) || verbFollows(text, at, v);
}

/**
 * A lone closing mark later in a block, with the quote's punctuation inside it and nothing after it:
 * the last quote of the paragraph, its opening mark typed backwards (`he continued, looking to Smith,”
 * if he doesn't win, he has a bad season.”`). Unless the stretch opens with an attribution (`,” she said
 * months later, ... a pillow."`): then the mark is a stray.
 */
function endsBlockQuote(text: string, from: number, to: number, v: Vocab): boolean {
  if (!/[,.!?\u2026]$/u.test(text.slice(from, to).trimEnd())) return false;
  if (!/^["'\u201c\u201d\u2018\u2019]*\s*$/u.test(text.slice(to))) return false;
  return !words(text, from, to).slice(0, 3).some((w) => isVerb(w, v));
}

/**
 * A pull quote's credit, set on its own line inside the closing mark: a name or a title, not a sentence
 * (`S.C. Rep. Jim Clyburn.`, `Amy Pope, deputy homeland security adviser.`): up to 10 words, and its
 * first comma-chunk two or more words, most of them capitalized.
 */
function creditLine(stretch: string): boolean {
  const ws = words(stretch).filter((w) => /\p{L}/u.test(w.raw) || w.raw === ',');
  const comma = ws.findIndex((w) => w.raw === ',');
  const first = comma < 0 ? ws : ws.slice(0, comma);
  const named = first.filter((w) => /\p{L}/u.test(w.raw));
  if (ws.length > 10 || named.length < 2) return false;
  return named.filter((w) => isCap(w.raw)).length / named.length >= 0.6;
}

/**
 * A block quoting with single marks outside (`‘We will win,’ she said.`): it has no double marks, and a
 * speech verb follows a single closing mark (`,’ she said`) or introduces one with a colon (`she said:
 * ‘`), or the block opens a quote that runs on into the next paragraph (`‘The first part is about
 * money.`, with no closing mark anywhere). Scare quotes (`a ‘quick fix’`), a subhead set in single marks
 * (`‘A healthy environment.’`) and a nested quote in a paragraph of a longer quote whose reopening mark
 * is missing (`They said, ‘Well, ...’`) do not count.
 */
function britishStyle(text: string, v: Vocab): boolean {
  if (/["\u201c\u201d\u201e]|''/u.test(text)) return false;
  if (/^\s*[\u2018'][\p{L}]/u.test(text) && /[.!?\u2026,:]\s*$/u.test(text) && !/\S[\u2019'](?:[\s,.;:!?]|$)/u.test(text)) return true;
  for (const m of text.matchAll(/[,.?!\u2026][\u2019']\s/gu)) if (verbFollows(text, m.index + 1, v)) return true;
  // `she said: ‘...`: the colon introduces the quote
  for (const m of text.matchAll(/(\p{L}+):\s+\u2018/gu)) if (v.verbs.has(m[1].toLowerCase())) return true;
  return false;
}

/** A speech verb anywhere in the stretch before `to`: the stretch reports what someone said. */
function reportsSpeech(text: string, to: number, v: Vocab): boolean {
  return words(text, 0, to).some((w) => isVerb(w, v));
}

/** A speech verb among the few words after the closing mark at `at`, before the sentence ends. */
function verbFollows(text: string, at: number, v: Vocab): boolean {
  let e = at + 1;
  while (e < text.length && /["'\u201c\u201d\u2018\u2019]/u.test(text[e])) e++;
  const ws = words(text, e, Math.min(text.length, e + 80));
  if (ws.length && /[.!?;]/u.test(text.slice(e, ws[0].start))) return false;
  // `...?’ They said, ‘...`: after a full stop inside the mark, a capitalized pronoun starts a new sentence
  if (ws.length && /[.!?]/u.test(text[at - 1] ?? '') && isCap(ws[0].raw) && v.pronoun.has(ws[0].raw.toLowerCase())) return false;
  // `" When I agreed to ...`: a clause of its own starts there, its verb attributes nothing
  if (ws.length && v.clauseOpeners.has(ws[0].raw.toLowerCase()) && !isVerb(ws[0], v)) return false;
  for (let i = 0; i < Math.min(ws.length, AFTER_WORDS); i++) {
    const prev = ws[i - 1];
    if (prev && /[!?;]$|\.$/u.test(prev.raw) && !(prev.raw.endsWith('.') && isAbbreviation(prev.raw, v))) return false;
    if (isVerb(ws[i], v)) return true;
  }
  return false;
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
