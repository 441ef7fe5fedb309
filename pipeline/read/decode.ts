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

  if (encoding === 'utf-8' && looksBinary(body)) throw new DecodeError('binary', 'binary file (control bytes where text should be): not a text dump');

  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
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

function utf8Census(b: Uint8Array): { valid: number; invalid: number; firstBad: number } {
  let valid = 0;
  let invalid = 0;
  let firstBad = -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      if (firstBad < 0) firstBad = i;
      i++;
    }
  }
  return { valid, invalid, firstBad };
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
