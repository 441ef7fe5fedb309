// Rule: `"The Living Room to close," by the Gazette's Ana Ruiz`: a work credited to its author, a
// headline opening its clause or a title (`"...," by the mayor` inside a sentence is a passive).
import type { Vocab } from '../vocab.js';
import { isCap, type Word } from '../words.js';
import { norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

export const creditedWork: NotSpeechRule = (a) => {
  if (a.open < 0 || !credited(a.trail.ws, a.longTitle, a.v)) return undefined;
  return a.longTitle || opensClause(a.text, a.open) ? 'title' : undefined;
};

/**
 * `by A.B. Dunn`, `by the Harbor Five`, `by the Daily Gazette's Ana Ruiz`: a credit word, then a name.
 * After a determiner, a headline (not in Title Case) needs an outlet's possessive: `"If there had not
 * been that help" by the United States` is the agent of a passive.
 */
function credited(after: Word[], title: boolean, v: Vocab): boolean {
  if (after.length < 2 || !v.bylineWords.has(norm(after[0]))) return false;
  if (!v.determiners.has(after[1].raw)) return isCap(after[1].raw);
  const rest = after.slice(2);
  return !!rest.length && isCap(rest[0].raw) && (title || rest.some((w) => w.possessive && isCap(w.raw)));
}

/** Nothing but a dash, a colon or the block's start before the opening mark: the quote opens its clause. */
function opensClause(text: string, open: number): boolean {
  const before = text.slice(Math.max(0, open - 3), open).trimEnd();
  return before === '' || /[\u2014\u2013:\-]$/u.test(before);
}
