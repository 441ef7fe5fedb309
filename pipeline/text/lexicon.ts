// The English lexicon (wink-lexicon, MIT): a lowercase word -> its Penn part-of-speech tags, likeliest
// first (~13k frequent words). A null-prototype object: `lexicon[w]` is undefined for any word it lacks.
// Loaded with require, not import: importing a CommonJS file from ESM makes Node first compile it to
// detect its format, then lex its 386 KB for named exports before compiling it again to run it. Each
// article thread pays this at start: import 70-90 ms CPU, require 20 ms (a 1-dump run's thread, 2026-12-05).
import { createRequire } from 'node:module';

const lexicon = createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
export default lexicon;
