// `s.toLowerCase()` for the short words the quote rules lowercase by the million. V8's toLowerCase goes
// through ICU and costs a few hundred nanoseconds a call even for a word already in lowercase, as most
// words are (measured on polnear-dev's words: ~3x the cost of a check by char code); a string of ASCII
// with no capital is returned as it is, the same string toLowerCase gives, and anything else goes to it.
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return s.toLowerCase();
  }
  return s;
}
