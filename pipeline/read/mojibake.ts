// Mojibake: UTF-8 text that went through a windows-1252 (or Latin-1) decoder once on its way to the
// dump, so "Guantánamo" reads "GuantÃ¡namo" and "don’t" reads "donâ€™t". Scraped and pasted copy
// carries it often. Each suspect sequence (a UTF-8 lead byte's character followed by the characters
// of its continuation bytes) is turned back into bytes and decoded; only sequences that decode to one
// valid character are replaced, so real Latin-1 text ("café", "naïve", "Ãcido") is never touched.

// windows-1252 characters for bytes 0x80-0x9F (undefined bytes keep their C1 code point).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b), b);
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(String.fromCharCode(b), b); // Latin-1 decoders keep C1 controls

const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
// a 2-byte lead (Â-ß), a 3-byte lead (à-ï) or a 4-byte lead (ð-ô), each with its continuations
const SUSPECT = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'gu');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text with mojibake sequences repaired, and how many were. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(SUSPECT, (seq) => {
    const bytes = Uint8Array.from([...seq].map((c) => BYTE_OF.get(c) ?? 0));
    try {
      const ch = utf8.decode(bytes);
      if ([...ch].length !== 1) return seq;
      repaired++;
      return ch;
    } catch {
      return seq;
    }
  });
  return { text: out, repaired };
}
