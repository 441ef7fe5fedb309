// The description a reporter hangs on a name: an appositive (", a spokesman for X"), "of Iowa", a
// party tag "(D-Nev.)", cut where the reporter's own sentence goes on (", in an interview", ", saying",
// ", meanwhile"). names.ts finds the name; this reads what comes after it.
import type { Vocab } from './vocab.js';
import { roleWord } from './shape.js';
import { isPunct, words } from './words.js';

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const RELATIVE = new Set(['who', 'whose', 'whom', 'which']);
export const RELATIVE_OR_THAT = new Set([...RELATIVE, 'that']);

/** The description after a name: an appositive (", a spokesman for X"), "of Iowa", a party tag "(D-Nev.)". */
export function tailOf(rest: string, v: Vocab, shortName = false): string {
  // "Jason Sims — a teacher from Mount Pleasant — says": a dash sets off an appositive like a comma
  // (only before an article: "— and he meant it" is the reporter's sentence)
  rest = rest.replace(/^\s*[\u2014\u2013]\s*(?=(?:a|an|the)\s)/u, ', ');
  if (!/^\s*(?:,|\(|(?:of|from)\s)/u.test(rest)) return '';
  // an appositive never opens with a preposition: ", about the plan" is the reporter's sentence going on
  const first = /^\s*,\s*([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*)/u.exec(rest)?.[1];
  if (first && (v.tailStops.has(first) || v.tailEventPreps.has(first) || first === 'about' || first === 'with' )) return '';
  if (first && sentenceAdverb(first, rest, v)) return '';
  let cut = rest.length;
  let relative = false;
  const re = /(,?)\s+(\p{Ll}+)\b(?:\s+([\p{L}\p{N}]+))?/gu;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const word = m[2];
    const next = m[3]?.toLowerCase() ?? '';
    const comma = m[1] === ',';
    if (RELATIVE.has(word) && comma && shortName) {
      cut = m.index;
      break;
    }
    if (RELATIVE.has(word)) relative = true;
    // ", speaking to reporters", ", referring to ...": a participle after a comma starts the reporter's clause
    // (", managing director and analyst at X" is a title: the -ing word modifies a title noun)
    const participle = comma && word.endsWith('ing') && !v.titlesLower.has(next);
    // ", in an interview", "on Tuesday": an event or a time; "a fellow at the Brookings Institution" is
    // still the description (no comma before the preposition)
    const event = v.tailEventPreps.has(word) && ((comma && v.determiners.has(next)) || v.beforeSource.has(next));
    // inside "who ..." the clause runs on: only a comma-led stop ends it
    if (participle || ((v.tailStops.has(word) || event) && (!relative || comma))) {
      cut = m.index;
      break;
    }
    re.lastIndex = m.index + m[0].length - (m[3]?.length ?? 0);
  }
  // a party tag keeps its words, not its brackets: "(D-Md.), chair of ..." -> "D-Md., chair of ..."
  const t = rest.slice(0, cut).replace(/^\s*\(([^()]{1,40})\)/u, ', $1').replace(/[\s,;:.\u2014\u2013-]+$/u, '');
  return t.split(/\s+/).length > 40 || notDescription(t, v) ? '' : t;
}

/**
 * ", for example", ", clearly frustrated", ", left", ", you see": the reporter's words after a name, not
 * what the person is; ", a former", ", one of", ", who": a description cut short.
 */
function notDescription(tail: string, v: Vocab): boolean {
  const ws = words(tail).filter((w) => !isPunct(w));
  if (!ws.length) return false;
  const first = ws[0].raw.toLowerCase();
  const last = ws[ws.length - 1].raw.toLowerCase();
  if (ws.length === 1 && /^\p{Ll}+$/u.test(ws[0].raw) && !roleWord(ws[0], v)) return true;
  // (", his hawkish colleague" is a description; ", you see", ", he said" are not)
  if (SUBJECT_PRONOUNS.has(first) || /^\p{Ll}+ly$/u.test(ws[0].raw)) return true;
  // (an article or "of", "from" opens a description: ", the governor", ", of Iowa")
  if ((v.minorWords.has(first) || v.notNameWords.has(first)) && !['of', 'from', 'a', 'an', 'the'].includes(first)) return true;
  // (a longer one may end in "of" before a quoted title: ", a co-author of ''Those Guys ...''")
  return ws.length <= 2 && /^\p{Ll}/u.test(ws[ws.length - 1].raw) && (v.minorWords.has(last) || v.determiners.has(last) || RELATIVE_OR_THAT.has(last) || last === 'former');
}

/**
 * ", meanwhile, who ...", ", though he", ", also campaigning", ", still excoriated": the reporter's
 * adverb or clause after the name, not a description of it (", now a partner at X", ", then 34" are).
 */
function sentenceAdverb(first: string, rest: string, v: Vocab): boolean {
  const w = first.toLowerCase();
  if (!v.clauseOpeners.has(w) && !v.adverbs.has(w)) return false;
  const next = /^\s*,\s*[\p{L}\p{N}'\u2019-]+(\s*,|\s+[\p{L}\p{N}-]+)?/u.exec(rest)?.[1]?.trim() ?? '';
  return !next || next === ',' || /(?:ing|ed)$/u.test(next) || ['though', 'although', 'but', 'however', 'meanwhile', 'too'].includes(w);
}
