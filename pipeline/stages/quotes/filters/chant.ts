// Rule (keeps speech): what a crowd chants or shouts is speech (`chants of "Go, go, go"`, `a chant of
// "Ferry now!"`): a voicing verb right before the quote (`chanting`, `shouted:`), or a voicing noun and
// "of" (`chants of`, `calls of`). A noun alone names nothing said (`what he calls "the swamp"` is a
// naming verb, not a call).
import { norm } from './around.js';
import type { NotSpeechRule } from './not-speech.js';

export const chant: NotSpeechRule = (a) => {
  const { open, v } = a;
  if (open < 0) return undefined;
  const ws = a.leadOf(3).filter((w) => w.raw !== ',' && w.raw !== ':');
  const prev = ws[ws.length - 1];
  if (!prev) return undefined;
  const voiced = norm(prev) === 'of' ? ws.length > 1 && v.voiceNouns.has(norm(ws[ws.length - 2])) : v.voiceVerbs.has(norm(prev));
  return voiced ? 'speech' : undefined;
};
