// wink-lexicon ships no types: its lexicon maps a lowercase English word to Penn part-of-speech tags, likeliest first.
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Record<string, string[] | undefined>;
  export default lexicon;
}
