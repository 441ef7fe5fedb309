// Where a quote whose opening mark is missing starts, and whether a lone closing mark is a quote at all.
// A block that opens with the stretch before the mark is the last paragraph of a quote running over
// several (dumps that set every sentence in a paragraph of its own reopen none of them), unless it is a
// pull quote's credit line (`Gov. Ana Ruiz."`), or the quotes before it were all closed, no speech verb
// after the mark vouches for this one and the stretch reports speech itself: the reporter's prose, its
// mark a stray (`... a close race," Lund said.` then `Lund said she trailed ... (See the map.)"`). A
// stretch with no speech verb may be a quote whose reopening mark was left out. Later in a block, a lone
// closing mark is a quote when a speech verb follows it (`..." Ortiz says.`) or it ends the block
// (`endsBlockQuote`); otherwise it is a stray, and no span is made.
import { isVerb } from '../grammar/lexicon.js';
import { subjectLike } from '../grammar/noun-phrase.js';
import type { Vocab } from '../vocab.js';
import { isCap, words, type Word } from '../words.js';
import { verbFollows } from './verb-follows.js';

/** Where the quote closed by the lone mark at `to` starts (looking back to `from`); `to` when it is a stray. */
export function recoverStart(text: string, from: number, to: number, v: Vocab, closedBefore: boolean): number {
  const ws = words(text, from, to);
  const afterClause = afterAttributionClause(text, ws, to, v);
  if (afterClause !== undefined) return afterClause;
  if (from === 0 ? strayOpeningBlock(text, to, v, closedBefore) : strayInBlock(text, from, to, v)) return to;
  let s = from;
  while (s < to && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[s])) s++;
  // nothing to quote but marks and format characters (`\u202a”Sorry`): the mark is an opening one typed backwards
  return /[\p{L}\p{N}]/u.test(text.slice(s, to)) ? s : to;
}

/**
 * After an attribution clause set off by commas (`Until then, she went on, the board will ...`): the
 * quote starts past its closing comma. Undefined when the stretch holds none.
 */
function afterAttributionClause(text: string, ws: Word[], to: number, v: Vocab): number | undefined {
  for (let k = ws.length - 2; k >= 1; k--) {
    const setOff = ws[k + 1].raw === ',' && (k < 2 || ws[k - 2].raw === ',');
    if (setOff && isVerb(ws[k], v) && subjectLike([ws[k - 1]], v)) {
      let s = ws[k + 1].end;
      while (s < to && /\s/u.test(text[s])) s++;
      return s;
    }
  }
  return undefined;
}

/** A lone closing mark in a block that opens with its stretch, judged a stray (see the file's head). */
function strayOpeningBlock(text: string, to: number, v: Vocab, closedBefore: boolean): boolean {
  if (creditLine(text.slice(0, to)) || !endsQuote(text, to, v)) return true;
  return closedBefore && !verbFollows(text, to, v) && reportsSpeech(text, to, v);
}

/** A lone closing mark later in a block, judged a stray: no speech verb after it, and it does not end the block's quote. */
function strayInBlock(text: string, from: number, to: number, v: Vocab): boolean {
  return !verbFollows(text, to, v) && !endsBlockQuote(text, from, to, v);
}

/**
 * The lone closing mark at `at` ends what it quotes: punctuation inside it (`quieter.”`, `say,”`), or
 * the block or the sentence ends right after it (`suspicious”.`), or a speech verb follows. One inside a
 * running sentence (`a review of [its] systems" including ...`) lost its opening mark somewhere in the
 * sentence: where is unknowable, so it quotes nothing.
 */
function endsQuote(text: string, at: number, v: Vocab): boolean {
  if (/[,.!?;:\u2026]$/u.test(text.slice(0, at).trimEnd())) return true;
  let e = at + 1;
  while (e < text.length && /["'\u201c\u201d\u2018\u2019]/u.test(text[e])) e++;
  return /^\s*(?:[.,;:!?)\]\u2014\u2013]|$)/u.test(text.slice(e, e + 4)) || verbFollows(text, at, v);
}

/**
 * A lone closing mark later in a block, with the quote's punctuation inside it and nothing after it:
 * the last quote of the paragraph, its opening mark typed backwards (`she went on, turning to Lee,”
 * if we lose, we lose.”`). Unless the stretch opens with an attribution (`,” she said later, ... a
 * pillow."`): then the mark is a stray.
 */
function endsBlockQuote(text: string, from: number, to: number, v: Vocab): boolean {
  if (!/[,.!?\u2026]$/u.test(text.slice(from, to).trimEnd())) return false;
  if (!/^["'\u201c\u201d\u2018\u2019]*\s*$/u.test(text.slice(to))) return false;
  return !words(text, from, to).slice(0, 3).some((w) => isVerb(w, v));
}

/**
 * A pull quote's credit, set on its own line inside the closing mark: a name or a title, not a sentence
 * (`Gov. Ana Ruiz.`, `Tom Beck, deputy harbor master.`): up to 10 words, and its first comma-chunk two or
 * more words, most of them capitalized.
 */
function creditLine(stretch: string): boolean {
  const ws = words(stretch).filter((w) => /\p{L}/u.test(w.raw) || w.raw === ',');
  const comma = ws.findIndex((w) => w.raw === ',');
  const named = (comma < 0 ? ws : ws.slice(0, comma)).filter((w) => /\p{L}/u.test(w.raw));
  if (ws.length > 10 || named.length < 2) return false;
  return named.filter((w) => isCap(w.raw)).length / named.length >= 0.6;
}

/** A speech verb anywhere in the stretch before `to`: the stretch reports what someone said. */
function reportsSpeech(text: string, to: number, v: Vocab): boolean {
  return words(text, 0, to).some((w) => isVerb(w, v));
}
