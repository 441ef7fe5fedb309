// Rule (keeps speech): what a sign or a shirt says is written speech, however it is capitalized (`a hat
// reading, "Make Harbor Great Again"`, `a T-shirt with the words "I can't breathe"`), unless a year
// cites the poster as a work (`Its posters read "No ferry fees!" (2015)`).
import type { Vocab } from '../vocab.js';
import { norm, oneWordCues, type Around } from './around.js';
import { citedWithYear } from './cited-year.js';
import type { NotSpeechRule } from './not-speech.js';

export const inscription: NotSpeechRule = (a) => (a.open >= 0 && inscribed(a, a.v) && !citedWithYear(a.trail.rest, a.v) ? 'speech' : undefined);

/**
 * An inscription verb right before the quote (past `the words`, a comma or a colon), and a carrier noun
 * in the few words before the verb (`a sign that read`, `signs reading`, `a shirt bearing the words`).
 */
function inscribed(a: Around, v: Vocab): boolean {
  const ws = a.leadOf(9).filter((w) => w.raw !== ',' && w.raw !== ':' && w.raw !== '\u2014' && w.raw !== '\u2013');
  let i = ws.length - 1;
  // `bearing the words`, `emblazoned with the slogan`
  if (i >= 1 && oneWordCues(v.termCues).has(norm(ws[i])) && v.determiners.has(norm(ws[i - 1]))) i -= 2;
  if (i >= 0 && norm(ws[i]) === 'with') i--;
  if (i < 1 || !v.inscriptionVerbs.has(norm(ws[i]))) return false;
  return ws.slice(Math.max(0, i - 4), i).some((w) => v.inscriptionCarriers.has(norm(w)));
}
