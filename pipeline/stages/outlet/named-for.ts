// An organisation named for what its site is about: "Guild for the Study of Tides" signing the rights of a page
// whose own domain is tides.org, where the page's lines also write "Tides" alone. The domain and those lines
// name the site (the guild's publication); the organisation after "©" publishes it. A grammar rule: the name's
// head (before its "of"/"for") is the organisation, and the domain spells none of it, only a word of what
// follows.
import { lineAround } from '../../text/lines.js';
import { DOMAIN_END, DOMAIN_RE } from './signals.js';
import { domainCore, nameFitsDomain } from './names.js';

const JOINER = /^(?:of|for)$/iu;
const BULLET = /^[•·*□○■-]\s*/u;

/** True when `name` is an organisation named for the word that the page's own domain is, and the page writes that word alone on a line. */
export function namedForDomain(name: string, text: string, url?: { start: number; end: number }): boolean {
  const words = name.split(/\s+/u);
  const at = words.findIndex((w, i) => i > 0 && JOINER.test(w));
  if (at < 1 || at === words.length - 1) return false;
  const head = words.slice(0, at).join(' ');
  const tail = words.slice(at + 1);
  for (const domain of ownDomains(text, url)) {
    const core = domainCore(domain);
    if (core.length < 3 || nameFitsDomain(head, domain)) continue;
    const word = tail.find((w) => w.toLowerCase() === core);
    if (word && writtenAlone(word, text)) return true;
  }
  return false;
}

/** The site's own domains: the dump's URL line's, and those standing alone on a line (a logo, a footer). */
function ownDomains(text: string, url?: { start: number; end: number }): string[] {
  const out: string[] = [];
  if (url) out.push(...(text.slice(url.start, url.end).match(DOMAIN_RE) ?? []));
  if (!DOMAIN_END.test(text)) return out;
  for (const m of text.matchAll(DOMAIN_RE)) if (lineAround(text, m.index, m.index + m[0].length).line.trim() === m[0]) out.push(m[0]);
  return out;
}

/** A line of the page that is `word` alone, maybe as a list entry, or doubled as w3m writes a logo and its text. */
function writtenAlone(word: string, text: string): boolean {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(BULLET, '');
    if (t === word || t === `${word} ${word}`) return true;
  }
  return false;
}
