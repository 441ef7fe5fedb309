// Bytes to text: UTF-8 (with or without BOM), UTF-16 (by BOM or by its zero bytes) and windows-1252
// are told apart; binaries are refused. Output is NFC with `\n` line ends, so offsets, hashes and
// ids do not depend on how a dump was saved. UTF-8 that was once misread as windows-1252 is repaired
// (mojibake.ts).
import { repairMojibake } from './mojibake.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export class DecodeError extends Error {
  constructor(readonly ruleId: 'binary' | 'empty', message: string) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Problems that did not stop decoding (e.g. invalid UTF-8 bytes replaced), for the report. */
  warnings: string[];
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  let encoding = sniff(bytes);
  let body = bytes;
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (encoding !== 'utf-8' && encoding !== 'windows-1252' && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) body = bytes.subarray(2);

  // The body read as strict UTF-8 once (undefined: not valid UTF-8), both to tell UTF-8 apart and as the text:
  // it was decoded twice, once to check and once to keep (~a third of a dump's decoding on polnear-dev).
  // Not for what looks binary: a large binary dump is refused unread.
  const binary = encoding === 'utf-8' && looksBinary(body);
  const utf8 = encoding === 'utf-8' && !binary ? strictUtf8(body) : undefined;
  // BOM-less UTF-16 outside Latin script (Cyrillic, Greek, CJK) has few zero bytes, so sniff() misses
  // it and it looks like binary or broken UTF-8: read it as UTF-16 when one byte order gives text.
  if (encoding === 'utf-8' && body === bytes && (binary || utf8 === undefined)) encoding = utf16Text(body) ?? encoding;
  if (encoding === 'utf-8' && binary) throw new DecodeError('binary', 'binary file (control bytes where text should be): not a text dump');

  let text: string;
  if (encoding === 'utf-8') {
    if (utf8 !== undefined) text = utf8;
    else {
      const { valid, invalid, firstBad } = utf8Census(body);
      if (valid === 0) {
        // No multi-byte UTF-8 at all, but high bytes: a legacy single-byte encoding.
        encoding = 'windows-1252';
        text = decodeWindows1252(body);
      } else {
        text = new TextDecoder('utf-8').decode(body);
        warnings.push(`invalid UTF-8: ${invalid} bad byte sequence(s), first at byte ${firstBad}; replaced with U+FFFD`);
      }
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
  }
  const fixed = repairMojibake(text);
  if (fixed.repaired) warnings.push(`mojibake: ${fixed.repaired} character(s) double-encoded on the way to the dump (UTF-8 read as windows-1252), repaired`);
  text = fixed.text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[\u2028\u2029]/g, '\n')
    .normalize('NFC');
  if (!text.trim()) throw new DecodeError('empty', 'empty file: no text to read');
  return { text, encoding, warnings };
}

function sniff(b: Uint8Array): Encoding {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // BOM-less UTF-16: ASCII text leaves every other byte zero.
  const n = Math.min(b.length, 4096) & ~1;
  if (n >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (b[i] === 0) evenZero++;
      if (b[i + 1] === 0) oddZero++;
    }
    const half = n / 2;
    if (oddZero > half * 0.4 && evenZero < half * 0.05) return 'utf-16le';
    if (evenZero > half * 0.4 && oddZero < half * 0.05) return 'utf-16be';
  }
  return 'utf-8';
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Valid multi-byte sequences and errors, counted exactly as the WHATWG decoder replaces them (one
 * U+FFFD per maximal invalid subpart: overlongs, surrogates and code points past U+10FFFF included). */
export function utf8Census(b: Uint8Array): { valid: number; invalid: number; firstBad: number } {
  let valid = 0;
  let invalid = 0;
  let firstBad = -1;
  let need = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const bad = (at: number) => {
    invalid++;
    if (firstBad < 0) firstBad = at;
  };
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (need === 0) {
      if (c < 0x80) continue;
      start = i;
      if (c >= 0xc2 && c <= 0xdf) need = 1;
      else if (c >= 0xe0 && c <= 0xef) [need, lower, upper] = [2, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf];
      else if (c >= 0xf0 && c <= 0xf4) [need, lower, upper] = [3, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf];
      else bad(i);
      continue;
    }
    if (c < lower || c > upper) {
      [need, seen, lower, upper] = [0, 0, 0x80, 0xbf];
      bad(start);
      i--; // the byte starts over
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    if (++seen === need) {
      valid++;
      need = seen = 0;
    }
  }
  if (need) bad(start);
  return { valid, invalid, firstBad };
}

/** `b` as UTF-8, or undefined when it is not valid UTF-8. */
function strictUtf8(b: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return undefined;
  }
}

const TEXTISH = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\n\r\t]/u;

/** The UTF-16 byte order under which `b` reads as text, if one does: nearly every code unit a letter,
 * digit, mark, punctuation or space, and either most of them in one or two 256-point blocks (one
 * script plus ASCII: the other order scatters them) or, for scripts spread over many blocks (CJK),
 * all of them, and the other order clearly less readable. */
function utf16Text(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return undefined;
  const score = (le: boolean) => {
    let text = 0;
    const blocks = new Map<number, number>();
    for (let i = 0; i < n; i += 2) {
      const unit = le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
      if (unit < 0xd800 || unit > 0xdfff) {
        if (TEXTISH.test(String.fromCharCode(unit))) text++;
      } else text += 0.5; // half of a pair at best
      blocks.set(unit >> 8, (blocks.get(unit >> 8) ?? 0) + 1);
    }
    const top = [...blocks.values()].sort((x, y) => y - x);
    return { text: text / (n / 2), blocks: ((top[0] ?? 0) + (top[1] ?? 0)) / (n / 2) };
  };
  const le = score(true);
  const be = score(false);
  const fits = (s: typeof le, other: typeof le) => s.text >= 0.95 && (s.blocks >= 0.8 || (s.text >= 0.99 && s.text - other.text >= 0.1));
  if (fits(le, be) && (!fits(be, le) || le.blocks >= be.blocks)) return 'utf-16le';
  if (fits(be, le)) return 'utf-16be';
  return undefined;
}

// Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, turning curly quotes and dashes
// (0x80-0x9F) into C1 control characters; the 32 code points that differ are mapped here.
const CP1252_HIGH = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = b.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}
