// A JSON text as JSON.stringify(value) wrote it (no whitespace between tokens), laid out as
// JSON.stringify(value, null, 2) lays it out, without parsing it into objects and writing them again.
// A feed page's items are stored so (the store's story items): a night onto 16k bench dumps rewrote
// ~75 MB of them into feed pages, parsed and stringified again (~0.6 CPU-s); laid out here in one pass
// over the text, the same characters. A text with whitespace between tokens (not JSON.stringify's) is
// parsed and stringified, as before.

/** A JSON text that JSON.stringify wrote, to be laid out as it stands (jsonListPiecesAsync). */
export class CompactJson {
  constructor(readonly text: string) {}
}

const SPACES = Array.from({ length: 32 }, (_, i) => ' '.repeat(i));
const indent = (n: number) => (n < SPACES.length ? SPACES[n] : ' '.repeat(n));

/** JSON.stringify(JSON.parse(text), null, 2) with `base` more spaces after every newline. */
export function laidOut(text: string, base: number): string {
  return layOut(text, base) ?? JSON.stringify(JSON.parse(text), null, 2).replace(/\n/g, '\n' + indent(base));
}

/** The layout of a compact text, or null when it holds whitespace between tokens. */
function layOut(s: string, base: number): string | null {
  let out = '';
  let from = 0;
  let depth = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      // A string, copied as it stands: skip to its closing quote (a backslash escapes the next character).
      for (i++; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      // { or [: empty ones stay "{}" and "[]".
      if (s.charCodeAt(i + 1) === c + 2) {
        i++;
        continue;
      }
      depth++;
      out += s.slice(from, i + 1) + '\n' + indent(base + 2 * depth);
      from = i + 1;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      out += s.slice(from, i) + '\n' + indent(base + 2 * depth);
      from = i;
    } else if (c === 0x2c) {
      out += s.slice(from, i + 1) + '\n' + indent(base + 2 * depth);
      from = i + 1;
    } else if (c === 0x3a) {
      out += s.slice(from, i + 1) + ' ';
      from = i + 1;
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return null;
  }
  return out + s.slice(from);
}
