// The description a reporter hangs on a name: an appositive (", a spokesman for the board"), "of Iowa",
// a party tag "(D-Nev.)", cut where the reporter's own sentence goes on (", in an interview", ",
// saying", ", meanwhile"). mention.ts finds the name; this reads what comes after it.
import type { Vocab } from '../vocab.js';
import { isPunct, lowerRaw, words } from '../words.js';
import { roleWord } from './shape.js';
import { lowerCase } from '../../../text/lower-case.js';

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const RELATIVE = new Set(['who', 'whose', 'whom', 'which']);
export const RELATIVE_OR_THAT = new Set([...RELATIVE, 'that']);

/** The description after a name: an appositive (", a spokesman for X"), "of Iowa", a party tag "(D-Nev.)". */
export function tailOf(rest: string, v: Vocab, shortName = false): string {
  // "Jo Sims — a teacher from Mount Vale — says": a dash sets off an appositive like a comma (only
  // before an article: "— and he meant it" is the reporter's sentence)
  rest = rest.replace(/^\s*[\u2014\u2013]\s*(?=(?:a|an|the)\s)/u, ', ');
  if (!/^\s*(?:,|\(|(?:of|from)\s)/u.test(rest) || opensAside(rest, v)) return '';
  // a party tag keeps its words, not its brackets: "(D-Md.), chair of ..." -> "D-Md., chair of ..."
  const t = rest.slice(0, tailEnd(rest, v, shortName)).replace(/^\s*\(([^()]{1,40})\)/u, ', $1').replace(/[\s,;:.\u2014\u2013-]+$/u, '');
  return t.split(/\s+/).length > 40 || notDescription(t, v) ? '' : t;
}

/**
 * The appositive opens with a preposition (", about the plan" is the reporter's sentence going on), a
 * stop word, or a sentence adverb.
 */
function opensAside(rest: string, v: Vocab): boolean {
  const first = /^\s*,\s*([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)/u.exec(rest)?.[1];
  if (!first) return false;
  if (v.tailStops.has(first) || v.tailEventPreps.has(first) || first === 'about' || first === 'with') return true;
  return sentenceAdverb(first, rest, v);
}

/**
 * Where the description ends: at a participle after a comma (", speaking to reporters"; ", managing
 * director at X" is a title), at an event or a time (", in an interview", "on Tuesday"; "a fellow at the
 * Institute" is still the description), at a stop word; inside "who ..." only a comma-led stop ends it;
 * after a short name, at its relative clause.
 */
function tailEnd(rest: string, v: Vocab, shortName: boolean): number {
  let relative = false;
  const re = /(,?)\s+(\p{Ll}+)\b(?:\s+([\p{L}\p{N}]+))?/gu;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const word = m[2];
    const comma = m[1] === ',';
    if (RELATIVE.has(word) && comma && shortName) return m.index;
    if (RELATIVE.has(word)) relative = true;
    if (endsHere(word, m[3]?.toLowerCase() ?? '', comma, relative, v)) return m.index;
    re.lastIndex = m.index + m[0].length - (m[3]?.length ?? 0);
  }
  return rest.length;
}

/** The description ends before `word` (followed by `next`, after a comma when `comma`). */
function endsHere(word: string, next: string, comma: boolean, relative: boolean, v: Vocab): boolean {
  const participle = comma && word.endsWith('ing') && !v.titlesLower.has(next);
  const event = v.tailEventPreps.has(word) && ((comma && v.determiners.has(next)) || v.beforeSource.has(next));
  return participle || ((v.tailStops.has(word) || event) && (!relative || comma));
}

/**
 * ", for example", ", clearly frustrated", ", left", ", you see": the reporter's words after a name, not
 * what the person is; ", a former", ", one of", ", who": a description cut short.
 */
function notDescription(tail: string, v: Vocab): boolean {
  const ws = words(tail).filter((w) => !isPunct(w));
  if (!ws.length) return false;
  const first = lowerRaw(ws[0]);
  if (ws.length === 1 && /^\p{Ll}+$/u.test(ws[0].raw) && !roleWord(ws[0], v)) return true;
  // (", his hawkish colleague" is a description; ", you see", ", he said" are not)
  if (SUBJECT_PRONOUNS.has(first) || /^\p{Ll}+ly$/u.test(ws[0].raw)) return true;
  // (an article or "of", "from" opens a description: ", the governor", ", of Iowa")
  if ((v.minorWords.has(first) || v.notNameWords.has(first)) && !['of', 'from', 'a', 'an', 'the'].includes(first)) return true;
  // (a longer one may end in "of" before a quoted title: ", a co-author of ''Those Days ...''")
  const last = ws[ws.length - 1].raw;
  return ws.length <= 2 && /^\p{Ll}/u.test(last) && endsCutShort(lowerCase(last), v);
}

function endsCutShort(last: string, v: Vocab): boolean {
  return v.minorWords.has(last) || v.determiners.has(last) || RELATIVE_OR_THAT.has(last) || last === 'former';
}

/**
 * ", meanwhile, who ...", ", though he", ", also campaigning", ", still angry": the reporter's adverb or
 * clause after the name, not a description of it (", now a partner at X", ", then 34" are).
 */
function sentenceAdverb(first: string, rest: string, v: Vocab): boolean {
  const w = lowerCase(first);
  if (!v.clauseOpeners.has(w) && !v.adverbs.has(w)) return false;
  const next = /^\s*,\s*[\p{L}\p{N}'\u2019-]+(\s*,|\s+[\p{L}\p{N}-]+)?/u.exec(rest)?.[1]?.trim() ?? '';
  return !next || next === ',' || /(?:ing|ed)$/u.test(next) || ['though', 'although', 'but', 'however', 'meanwhile', 'too'].includes(w);
}
