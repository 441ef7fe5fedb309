// The page's own address, where the page itself prints it: a print view's header or footer puts the address
// it was printed from under the logo ("[print-head] https://www.harborledger.com/news/article/", "Printed from
// https://www.harborledger.com"), and a post's short link is the site's own ("Short link: https://harbor.example/482").
// A page writes other sites' addresses in its prose, its credits and its share bars; only these labels say the
// address is the page's own, so its host is the site's own domain as a dump's URL line (outlet/told.ts) is.
import type { UrlLine } from './told.js';

// What says the address after it is the page's own: a print label ("print header logo", "[print-head]", "This page
// was printed from:") or a short or permanent link's label; only the label (and a picture's brackets) before it.
const LABEL = /(?:^|[\s[(])(?:print(?:[-_ ][a-z]+){0,3}|(?:this[ \t]+page[ \t]+was[ \t]+)?printed[ \t]+from|short[ -]?link|permalink|permanent[ \t]+link)[ \t]*[\]):]?[ \t]*$/iu;
// A full address with its scheme; it ends the line (a picture's closing bracket aside).
const ADDRESS = /(https?:\/\/[^\s<>"\]]+)[ \t\]]*$/iu;

/** The page's own address as its print or short-link line writes it, or undefined when it writes none. Only the
 * lines holding "://" are read (found by search, not by splitting the page: the outlet stages ask it of a dump up to
 * three times, and most pages have no such label). */
export function ownAddress(text: string): UrlLine | undefined {
  for (let i = text.indexOf('://'); i >= 0; ) {
    const start = text.lastIndexOf('\n', i) + 1;
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const found = addressOn(text.slice(start, end), start);
    if (found) return found;
    if (nl < 0) break;
    i = text.indexOf('://', nl);
  }
  return undefined;
}

/** The line's own address, when a label right before a full address that ends it says so. */
function addressOn(line: string, start: number): UrlLine | undefined {
  const m = ADDRESS.exec(line);
  if (!m || !LABEL.test(line.slice(0, m.index))) return undefined;
  try {
    const host = new URL(m[1]).hostname.toLowerCase().replace(/^www\./u, '');
    if (host.includes('.')) return { url: m[1], domain: host, start, end: start + line.length };
  } catch {
    // Not an address after all: the next line may hold one.
  }
  return undefined;
}
