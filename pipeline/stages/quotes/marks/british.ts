// Whether a block quotes with single marks outside (the British style: `‘We will win,’ she said.`).
import type { Vocab } from '../vocab.js';
import { verbFollows } from './verb-follows.js';
import { lowerCase } from '../../../text/lower-case.js';

/** A colon, spaces and an opening single mark: where `she said: ‘` can be. */
const COLON_OPENS = /:\s+\u2018/u;

/**
 * A block quoting with single marks outside: it has no double marks, and a speech verb follows a single
 * closing mark (`,’ she said`) or introduces one with a colon (`she said: ‘`), or the block opens a quote
 * that runs on into the next paragraph (`‘The first part is about money.`, no closing mark anywhere).
 * Scare quotes (`a ‘quick fix’`), a subhead set in single marks (`‘A healthy harbor.’`) and a nested quote
 * in a paragraph of a longer quote whose reopening mark is missing (`They said, ‘Well, ...’`) do not count.
 */
export function britishStyle(text: string, v: Vocab): boolean {
  // (every reading below needs a single mark: a block with none, most of them, is no British quote
  // without three scans of it; test/quote-blocks-blank.test.ts compares with britishStyleAlways)
  if (!SINGLE_MARK.test(text)) return false;
  return britishStyleAlways(text, v);
}

/** A single mark of any shape: what opensRunningQuote, the closing-mark scan and COLON_OPENS each need. */
const SINGLE_MARK = /['\u2018\u2019]/u;

/** britishStyle's reference form: every reading over every block. */
export function britishStyleAlways(text: string, v: Vocab): boolean {
  if (/["\u201c\u201d\u201e]|''/u.test(text)) return false;
  if (opensRunningQuote(text)) return true;
  for (const m of text.matchAll(/[,.?!\u2026][\u2019']\s/gu)) if (verbFollows(text, m.index + 1, v)) return true;
  // `she said: ‘...`: the colon introduces the quote
  // (only where a colon, spaces and an opening mark are written: the pattern's letter run is tried from
  // every letter of the block and backs off through each word, ~4% of the chain in a --cpu-prof of polnear-dev)
  if (!COLON_OPENS.test(text)) return false;
  for (const m of text.matchAll(/(\p{L}+):\s+\u2018/gu)) if (v.verbs.has(lowerCase(m[1]))) return true;
  return false;
}

/** The block opens with a single mark, ends in punctuation, and closes no single quote inside. */
function opensRunningQuote(text: string): boolean {
  return /^\s*[\u2018'][\p{L}]/u.test(text) && /[.!?\u2026,:]\s*$/u.test(text) && !/\S[\u2019'](?:[\s,.;:!?]|$)/u.test(text);
}
