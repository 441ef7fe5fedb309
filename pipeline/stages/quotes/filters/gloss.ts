// Rule: a translation: after `Latin for`, `meaning`, `translated as` (gloss cues), or a hashtag and a
// dash (`#UnaVelaPorLaCiudad - "a candle for the city"`).
import { endsWith, norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

export const gloss: NotSpeechRule = (a) => {
  const { text, open, v } = a;
  if (open < 0) return undefined;
  if (/#[\p{L}\p{N}_]+\s*[-\u2013\u2014:(,]\s*$/u.test(text.slice(Math.max(0, open - 80), open))) return 'gloss';
  return endsWith(a.clause.filter((w) => w.raw !== ',').map(norm), v.glossCues) ? 'gloss' : undefined;
};
