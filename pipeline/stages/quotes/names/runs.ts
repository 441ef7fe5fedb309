// Capitalized runs of a phrase, and the core of each: the run with the titles and the words that only
// lead a name taken off its front ("Former Gov. Ed Vance" -> "Ed Vance"). The people an article names
// and the name a source phrase holds are both read from these.
import type { Vocab } from '../vocab.js';
import { isAbbreviation, isCap, isPunct, lowerRaw, type Word } from '../words.js';
import { breaksRun, descriptor, leadsName } from './shape.js';

export type Run = [number, number];

export const isTitle = (w: Word, v: Vocab) => v.titles.has(w.raw) || v.titles.has(w.bare);

/**
 * Capitalized runs of `ws` (indices), a particle allowed inside a run ("Ana de la Cruz"). A function word
 * that only Title Case capitalizes ends a run ("Guns Are", "Response To Mayor"): a headline's words.
 */
export function capRuns(ws: Word[], v: Vocab): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isCap(ws[i].raw) || isPunct(ws[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (let step = runStep(ws, j, v); step; step = runStep(ws, j, v)) j += step;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** How many words the run goes on by at j: a capital (1), a particle before a capital (2), or none (0). */
function runStep(ws: Word[], j: number, v: Vocab): number {
  if (j >= ws.length || !joined(ws[j - 1], ws[j], v)) return 0;
  const capital = isCap(ws[j].raw) && !isPunct(ws[j]);
  // (only between capitals: "Al From" ends in a surname)
  const headlineWord = breaksRun(ws[j], v) && j + 1 < ws.length && isCap(ws[j + 1].raw);
  if (capital && !headlineWord) return 1;
  return v.particles.has(lowerRaw(ws[j])) && j + 1 < ws.length && isCap(ws[j + 1].raw) ? 2 : 0;
}

/** A run never crosses a possessive, punctuation, a quotation mark or a sentence end ("said Lamm. Surely"). */
function joined(prev: Word, w: Word, v: Vocab): boolean {
  const sentenceEnd = prev.raw.endsWith('.') && !isAbbreviation(prev.raw, v);
  return !prev.possessive && w.start - prev.end <= 1 && !sentenceEnd;
}

/**
 * A run with leading titles, determiners, clause openers and other words that only lead a name ("What",
 * "Actor", "Oscar-winner": shape.ts) removed; empty when nothing is left.
 */
export function coreOf(ws: Word[], [s, e]: Run, v: Vocab): Run {
  // "Jo Dunn Monday": a day after the name is the reporter's time (a word both never a name and an opener)
  // (two words at least stay: "Super Tuesday" is one thing)
  while (e > s + 2 && v.notNames.has(ws[e - 1].bare) && v.clauseOpeners.has(ws[e - 1].lower)) e--;
  // (the last word stays: "From" alone may be the surname of "Al From"; people.ts and resolve/ decide)
  while (s < e && (isTitle(ws[s], v) || (s < e - 1 && leadsName(ws[s], v)))) s++;
  // "Harbor Board President Ana Ruiz", "Campaign Senior Adviser Al Roy", "Liberal Oscar-winner Dunn":
  // the name follows the last title, role or descriptor inside the run
  const describes = (w: Word) => isTitle(w, v) || descriptor(w, v) || (!v.firstName.has(w.bare) && v.personNouns.has(w.lower));
  for (let i = e - 2; i > s; i--) {
    if (describes(ws[i]) && !describes(ws[i + 1])) {
      s = i + 1;
      break;
    }
  }
  return [s, e];
}

/** The run names an organization: an organization word in it or right after it, or an acronym alone ("NASA"). */
export function isOrgRun(ws: Word[], [s, e]: Run, v: Vocab): boolean {
  for (let i = s; i < e; i++) if (v.orgWords.has(ws[i].bare) || v.orgWords.has(ws[i].raw)) return true;
  const next = ws[e];
  if (next && !isCap(next.raw) && v.orgWords.has(next.bare)) return true;
  return e - s === 1 && /^\p{Lu}{2,}$/u.test(ws[s].bare);
}
