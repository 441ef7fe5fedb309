// What an article calls a person at one mention: the titles and modifiers before the name ("former state
// party chairman Jo Lin"), and the appositive set off after it ("Jo Lin, a pollster for the board,").
import type { Vocab } from '../vocab.js';
import { isPunct, lowerRaw, type Word } from '../words.js';
import { lowerCase } from '../../../text/lower-case.js';

/** Most words an appositive after a subject's name ("Al Beck, the other half of ...,") may have. */
const APPOSITIVE_WORDS = 20;
/** Most words before a name read as its role ("former state party chairman Jo Lin"). */
const ROLE_WORDS = 4;

/**
 * The description set off by commas right after a name ("Al Beck, a pollster for the board, said"), or
 * ''. An aside ("for her part") or an action ("wearing a T-shirt") describes nobody.
 */
export function appositive(text: string, at: number, v: Vocab): string {
  // (only after a comma: asked at every person mention, the 400 characters sliced for the pattern were
  // mostly read for nothing)
  if (text.charCodeAt(at) !== 0x2c) return '';
  // (an initial's period goes on: "a top adviser to then-Governor Ann B. Roe,")
  const m = /^,\s*([\p{Ll}\p{N}](?:[^,;:.!?"\u201c\u201d]|(?<=\p{Lu})\.)*?)\s*,/u.exec(text.slice(at, at + 400));
  if (!m) return '';
  const ws = m[1].split(/\s+/);
  const first = lowerCase(ws[0]);
  // ", however,", ", meanwhile,", ", too,": one lowercase word that names no role is the reporter's adverb
  if (ws.length === 1 && /^\p{Ll}+$/u.test(first) && !v.personNouns.has(first)) return '';
  return ws.length <= APPOSITIVE_WORDS && (first === 'who' || !v.nameStops.has(first)) && !/ing$/u.test(first) ? m[1] : '';
}

/**
 * What one mention calls the person, lowercase. `roles`: the titles in the name's run, the words just
 * before it within its clause, and the appositive set off after it ("the senator", "a pollster").
 * `titles`, what it calls the person outright: the titles in the run, the person nouns right before it
 * ("columnist Jo Lin"), and the appositive's words. `before`: of `titles`, those before the name.
 * `appositive`: as written.
 */
export interface MentionRoles {
  appositive: string;
  roles: string[];
  titles: string[];
  before: string[];
}

/**
 * The roles of one mention, its appositive and titles read once (read for each list, and again for a
 * subject's tail, the appositive's pattern ran two or three times over the same 400 characters for
 * every person mention, the titles before it twice).
 */
export function mentionRoles(text: string, ws: Word[], runStart: number, s: number, e: number, v: Vocab): MentionRoles {
  const apposed = appositive(text, ws[e - 1].end, v);
  const before = titlesBefore(ws, runStart, s, v);
  // (the lists built in place, the appositive's words only when there is one: asked at every person
  // mention, and most have no appositive, the copies and spreads were most of this function's own time)
  const roles = rolesBefore(ws, runStart, s, v);
  const titles = before.slice();
  if (apposed) {
    for (const w of apposedWords(apposed)) {
      roles.push(w);
      titles.push(w);
    }
  }
  return { appositive: apposed, roles, titles, before };
}

/** Of `roles`, the words before the name: the titles in its run and the role words just before it. */
function rolesBefore(ws: Word[], runStart: number, s: number, v: Vocab): string[] {
  const out = inRun(ws, runStart, s);
  for (let i = runStart - 1; i >= Math.max(0, runStart - ROLE_WORDS) && roleBefore(ws[i], v); i--) out.push(ws[i].lower);
  return out;
}

/** The words of the run before the name [runStart, s), lowercase. */
function inRun(ws: Word[], runStart: number, s: number): string[] {
  const out: string[] = [];
  for (let i = runStart; i < s; i++) out.push(ws[i].lower);
  return out;
}

/** The words of an appositive, lowercase. */
const apposedWords = (apposed: string): string[] => lowerCase(apposed).match(/[\p{L}-]+/gu) ?? [];

/** A word before a name that still belongs to its role: no punctuation, sentence end, verb, determiner, stop word or possessive. */
function roleBefore(w: Word, v: Vocab): boolean {
  const l = w.lower;
  const sentenceEnd = /[.!?]$/u.test(w.raw) && !v.abbreviations.has(w.raw);
  if (isPunct(w) || sentenceEnd || w.possessive) return false;
  return !v.verbs.has(l) && !v.determiners.has(l) && !v.nameStops.has(l);
}

/** Of `titles`, only those written before the name ("President Jo Lin", "columnist Jo Lin"), lowercase. */
export function titlesBefore(ws: Word[], runStart: number, s: number, v: Vocab): string[] {
  const out = inRun(ws, runStart, s);
  for (let i = runStart - 1; i >= 0 && v.personNouns.has(lowerRaw(ws[i])); i--) out.push(lowerRaw(ws[i]));
  return out;
}
