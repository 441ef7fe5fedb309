import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decode, DecodeError } from '../pipeline/read/decode.js';

const text = 'Café “quoted” — naïve\r\nsecond line\r';
const utf16le = (s: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string, bom: boolean) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), be]);
};
// windows-1252: “ = 0x93, ” = 0x94, — = 0x97, é = 0xE9, ï = 0xEF
const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, ...Buffer.from('quoted'), 0x94, 0x20, 0x97, 0x20, ...Buffer.from('na'), 0xef, ...Buffer.from('ve\r\nsecond line\r')]);
const expected = 'Café “quoted” — naïve\nsecond line\n';

const cases: [string, Uint8Array, string][] = [
  ['UTF-8 without BOM', Buffer.from(text, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
  ['UTF-16LE with BOM', utf16le(text, true), 'utf-16le'],
  ['UTF-16LE without BOM', utf16le(text, false), 'utf-16le'],
  ['UTF-16BE with BOM', utf16be(text, true), 'utf-16be'],
  ['UTF-16BE without BOM', utf16be(text, false), 'utf-16be'],
  ['windows-1252', cp1252, 'windows-1252'],
];
for (const [name, bytes, encoding] of cases) {
  test(`decodes ${name} to NFC text with \\n line ends`, () => {
    const d = decode(bytes);
    assert.equal(d.encoding, encoding);
    assert.equal(d.text, expected);
    assert.deepEqual(d.warnings, []);
  });
}

test('decomposed accents are composed (NFC)', () => {
  assert.equal(decode(Buffer.from('Cafe\u0301', 'utf8')).text, 'Caf\u00e9');
});

test('invalid UTF-8 inside UTF-8 text is replaced and reported, not fatal', () => {
  const bytes = Buffer.concat([Buffer.from('Café says ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' hello', 'utf8')]);
  const d = decode(bytes);
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /\uFFFD/);
  assert.equal(d.warnings.length, 1);
  assert.match(d.warnings[0], /invalid UTF-8: 1 bad byte sequence\(s\), first at byte 11/);
});

const refusals: [string, Uint8Array, string][] = [
  ['an empty file', Buffer.alloc(0), 'empty'],
  ['whitespace only', Buffer.from(' \n\t\n'), 'empty'],
  ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
];
for (const [name, bytes, rule] of refusals) {
  test(`refuses ${name}`, () => {
    assert.throws(() => decode(bytes), (e: unknown) => e instanceof DecodeError && e.ruleId === rule);
  });
}

// Mojibake: UTF-8 once misread as windows-1252 is repaired; real Latin-1 letters never are.
const mojibake: [string, string, string, number][] = [
  ['a two-byte letter', 'GuantÃ¡namo Bay and Ciudad JuÃ¡rez', 'Guantánamo Bay and Ciudad Juárez', 2],
  ['a curly apostrophe (three bytes, windows-1252 continuations)', 'donâ€™t say â€œnoâ€\u009d', 'don’t say “no”', 3],
  ['an emoji (four bytes)', 'ðŸ˜€ ok', '😀 ok', 1],
  // negatives
  ['real Latin-1 letters', 'Café naïve Ãcido Über', 'Café naïve Ãcido Über', 0],
  ['a lead letter before plain ASCII', 'Ã and â are letters', 'Ã and â are letters', 0],
  ['an invalid sequence stays', 'Ã©Ã', 'éÃ', 1],
];
for (const [name, input, want, n] of mojibake) {
  test(`mojibake: ${name}`, () => {
    const d = decode(Buffer.from(input, 'utf8'));
    assert.equal(d.text, want);
    assert.equal(d.warnings.some((w) => w.startsWith('mojibake')), n > 0);
  });
}

// Each way through the UTF-8 check, now that the body is decoded once for the check and the text: what it decides
// and what text it keeps (invalid UTF-8 with and without a BOM, UTF-16 that reads as binary or as broken UTF-8,
// binary with a UTF-8 BOM, and windows-1252 that is not UTF-8).
const cjk = '\u4e2d\u6587\u6587\u672c\u3002\u4ed6\u8bf4\uff1a\u201c\u597d\u3002\u201d\n'.repeat(8);
const ways: [string, Uint8Array, string | RegExp, string, number][] = [
  ['valid UTF-8 without BOM', Buffer.from('plain text\n', 'utf8'), 'plain text\n', 'utf-8', 0],
  ['invalid UTF-8 after a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café ', 'utf8'), Buffer.from([0xc3, 0x28])]), /^Café \uFFFD\($/, 'utf-8', 1],
  ['BOM-less UTF-16LE of CJK text', utf16le(cjk, false), cjk, 'utf-16le', 0],
  ['BOM-less UTF-16BE of CJK text', utf16be(cjk, false), cjk, 'utf-16be', 0],
  ['windows-1252 high bytes only', Buffer.from([...Buffer.from('a line with '), 0x93, ...Buffer.from('a quote'), 0x94, ...Buffer.from(' in it\n')]), 'a line with \u201ca quote\u201d in it\n', 'windows-1252', 0],
];
for (const [name, bytes, want, encoding, warnings] of ways) {
  test(`decode: ${name}`, () => {
    const d = decode(bytes);
    assert.equal(d.encoding, encoding);
    if (typeof want === 'string') assert.equal(d.text, want);
    else assert.match(d.text, want);
    assert.equal(d.warnings.length, warnings);
  });
}

test('decode: control bytes after a UTF-8 BOM are refused as binary, however valid as UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.alloc(64, 1), Buffer.from('text')]);
  assert.throws(() => decode(bytes), (e: unknown) => e instanceof DecodeError && e.ruleId === 'binary');
});
