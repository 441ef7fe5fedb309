// Rule: site chrome set inside marks (`"Follow Ana Ruiz on Social @anaruiz."`): the whole text inside the
// marks matches a `quote_chrome` pattern.
import type { NotSpeechRule } from './not-speech.js';

export const siteChrome: NotSpeechRule = ({ quote, v }) => (v.quoteChrome.some((re) => re.test(quote.trim())) ? 'chrome' : undefined);
