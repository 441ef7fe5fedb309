// What an article calls a person at one mention: the titles and modifiers before the name ("former state
// party chairman Jo Lin"), and the appositive set off after it ("Jo Lin, a pollster for the board,").
import type { Vocab } from '../vocab.js';
import { isPunct, type Word } from '../words.js';

/** Most words an appositive after a subject's name ("Al Beck, the other half of ...,") may have. */
const APPOSITIVE_WORDS = 20;
/** Most words before a name read as its role ("former state party chairman Jo Lin"). */
const ROLE_WORDS = 4;

/**
 * The description set off by commas right after a name ("Al Beck, a pollster for the board, said"), or
 * ''. An aside ("for her part") or an action ("wearing a T-shirt") describes nobody.
 */
export function appositive(text: string, at: number, v: Vocab): string {
  // (an initial's period goes on: "a top adviser to then-Governor Ann B. Roe,")
  const m = /^,\s*([\p{Ll}\p{N}](?:[^,;:.!?"\u201c\u201d]|(?<=\p{Lu})\.)*?)\s*,/u.exec(text.slice(at, at + 400));
  if (!m) return '';
  const ws = m[1].split(/\s+/);
  const first = ws[0].toLowerCase();
  // ", however,", ", meanwhile,", ", too,": one lowercase word that names no role is the reporter's adverb
  if (ws.length === 1 && /^\p{Ll}+$/u.test(first) && !v.personNouns.has(first)) return '';
  return ws.length <= APPOSITIVE_WORDS && (first === 'who' || !v.nameStops.has(first)) && !/ing$/u.test(first) ? m[1] : '';
}

/**
 * The words naming what a person is at one mention, lowercase: the titles in the name's run, the words
 * just before it within its clause, and the appositive set off after it ("the senator", "a pollster").
 */
export function rolesAround(text: string, ws: Word[], runStart: number, s: number, e: number, v: Vocab): string[] {
  const out = ws.slice(runStart, s).map((w) => w.lower);
  for (let i = runStart - 1; i >= Math.max(0, runStart - ROLE_WORDS) && roleBefore(ws[i], v); i--) out.push(ws[i].lower);
  const tail = appositive(text, ws[e - 1].end, v);
  for (const t of tail.toLowerCase().match(/[\p{L}-]+/gu) ?? []) out.push(t);
  return out;
}

/** A word before a name that still belongs to its role: no punctuation, sentence end, verb, determiner, stop word or possessive. */
function roleBefore(w: Word, v: Vocab): boolean {
  const l = w.lower;
  const sentenceEnd = /[.!?]$/u.test(w.raw) && !v.abbreviations.has(w.raw);
  if (isPunct(w) || sentenceEnd || w.possessive) return false;
  return !v.verbs.has(l) && !v.determiners.has(l) && !v.nameStops.has(l);
}

/**
 * What the article calls the person outright at one mention, lowercase: the titles in the name's run,
 * the person nouns right before it ("columnist Jo Lin"), and the words of the appositive after it.
 */
export function titlesOf(text: string, ws: Word[], runStart: number, s: number, e: number, v: Vocab): string[] {
  const out = titlesBefore(ws, runStart, s, v);
  for (const t of appositive(text, ws[e - 1].end, v).toLowerCase().match(/[\p{L}-]+/gu) ?? []) out.push(t);
  return out;
}

/** Of titlesOf, only the titles written before the name ("President Jo Lin", "columnist Jo Lin"), lowercase. */
export function titlesBefore(ws: Word[], runStart: number, s: number, v: Vocab): string[] {
  const out = ws.slice(runStart, s).map((w) => w.lower);
  for (let i = runStart - 1; i >= 0 && v.personNouns.has(ws[i].raw.toLowerCase()); i--) out.push(ws[i].raw.toLowerCase());
  return out;
}
