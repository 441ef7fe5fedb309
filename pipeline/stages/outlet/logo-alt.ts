// w3m writes a logo image as its alt text or file name in brackets, then the text beside it:
// "[yahoo_fina][yahoo_fina] Yahoo Finance". When the bracketed letters open the name (or the name opens
// them), the line is the site's logo. Images of anything else ("[4779872]", "[ ] Search") do not fit.
import { nameKey } from './names.js';

export interface LogoAltEvidence {
  text: string;
  kind: 'name';
  weight: number;
  via: string;
}

const LINE = /^[ \t]*((?:\[[^\]\n]{0,40}\][ \t]*)+)([^\[\]\n]{2,60}?)[ \t]*$/gmu;
const ALT = /\[([^\]\n]*)\]/gu;

export function logoAltEvidence(text: string, weight: number, keep: (name: string) => string): LogoAltEvidence[] {
  const out: LogoAltEvidence[] = [];
  for (const m of text.matchAll(LINE)) {
    const name = keep(m[2]);
    const key = nameKey(name);
    if (key.length < 3) continue;
    const fits = [...m[1].matchAll(ALT)].some((a) => {
      const alt = a[1].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      return alt.length >= 3 && (key.startsWith(alt) || alt.startsWith(key));
    });
    if (fits) out.push({ text: name, kind: 'name', weight, via: 'logo-alt' });
    if (out.length >= 2) break;
  }
  return out;
}
