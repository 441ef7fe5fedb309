// Rule: a short quote after a term cue is a name or a term, not speech (`the so-called "harbor tax"`,
// `what she dubbed "the ferry war"`).
import { endsWithCue } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

/** Most words a term after a cue may have. */
const TERM_WORDS = 5;

// (the cue before the word count: both only read, so either order answers the same, and few quotes follow a cue)
export const termCue: NotSpeechRule = (a) => (a.open >= 0 && endsWithCue(a.lead, a.v.termCues) && !a.wordsMoreThan(TERM_WORDS) ? 'term' : undefined);
