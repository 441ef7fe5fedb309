// Rule: a linked story's excerpt: the quote opens its clause after a credit or a headline (`by the
// Gazette's Ana Ruiz: "..."`, `CITY ENDS FERRY TAX "..."`) and the story's link follows (`"
// http://example.test/1a2b`). A post's own link (`t.co`, `pic.twitter.com`) after its text does not
// count: a post is someone's words. Nor does a bracketed source name (`" [Gazette.]`): a digest quoting a
// story names whose words it quotes.
import { words } from '../words.js';
import type { NotSpeechRule } from './not-speech.js';

export const excerptBeforeLink: NotSpeechRule = ({ text, open, close }) => {
  if (close < 0) return undefined;
  const rest = text.slice(close, close + 120);
  if (!/^\s*[.,]?\s*(?:https?:\/\/|www\.)(?!t\.co\/|(?:pic\.|www\.)?twitter\.com\/)/u.test(rest)) return undefined;
  const lead = text.slice(Math.max(0, open - 60), open).trimEnd();
  if (lead === '' || /[:\u2014\u2013]$/u.test(lead)) return 'link';
  // a headline in capitals just before (`... FERRY TAX "`, `‘... HOUSE PARTY’"`)
  const ws = words(lead).filter((w) => /\p{L}/u.test(w.raw)).slice(-3);
  return ws.length === 3 && ws.every((w) => !/\p{Ll}/u.test(w.raw)) ? 'link' : undefined;
};
