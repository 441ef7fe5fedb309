// Rule: a short quote after a term cue is a name or a term, not speech (`the so-called "harbor tax"`,
// `what she dubbed "the ferry war"`).
import { endsWithCue } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

/** Most words a term after a cue may have. */
const TERM_WORDS = 5;

export const termCue: NotSpeechRule = (a) => (a.open >= 0 && !a.wordsMoreThan(TERM_WORDS) && endsWithCue(a.lead, a.v.termCues) ? 'term' : undefined);
