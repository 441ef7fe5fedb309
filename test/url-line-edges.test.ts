// The outlet stages read a dump's URL line among its first and last non-blank lines (outlet/told.ts urlLine),
// found from both ends of the page rather than by splitting all of it: the lines must be those the split gave,
// on invented pages (positives and negatives for the URL line) and on random strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { edgeLines, urlLine } from '../pipeline/stages/outlet/told.js';

// The lines as they were found.
function bySplit(text: string, reach: number) {
  const lines: { text: string; start: number; end: number }[] = [];
  let at = 0;
  for (const t of text.split('\n')) {
    if (t.trim()) lines.push({ text: t, start: at, end: at + t.length });
    at += t.length + 1;
  }
  return [...lines.slice(0, reach), ...lines.slice(Math.max(reach, lines.length - reach))];
}

test('edge lines: the first and last non-blank lines the split gave, on invented pages', () => {
  const pages = ['', '\n\n', 'one', 'one\n', '\none\n\ntwo\n', 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl', ' \t\n\ufeff\n a \n\r\nb', 'x\n'.repeat(12)];
  for (const p of pages) for (const reach of [1, 2, 5]) assert.deepEqual(edgeLines(p, reach), bySplit(p, reach), JSON.stringify([p, reach]));
});

test('edge lines: the first and last non-blank lines the split gave, on random strings', () => {
  const parts = ['a', 'bc', ' ', '\t', '\n', '\n', '\n\n', '\r', '\ufeff', '\u00a0', 'x y'];
  let seed = 3;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % n; // (the high bits: the low ones of this generator cycle)
  };
  for (let k = 0; k < 4000; k++) {
    let t = '';
    const len = rand(40);
    for (let i = 0; i < len; i++) t += parts[rand(parts.length)];
    const reach = 1 + rand(6);
    assert.deepEqual(edgeLines(t, reach), bySplit(t, reach), JSON.stringify([t, reach]));
  }
});

test('url line: labelled near either end, or bare on the first or last line; not inside the page', () => {
  const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the story.`).join('\n');
  const cases: [string, string | undefined][] = [
    [`URL: https://www.harbor-ledger.example/a/b\n\n${body}`, 'harbor-ledger.example'],
    [`${body}\n\nSource: <https://quay.example/x>\n`, 'quay.example'],
    [`https://news.quay.example/story\n${body}`, 'news.quay.example'],
    [`${body}\nhttps://quay.example/story\n\n`, 'quay.example'],
    [`${body.split('\n').slice(0, 6).join('\n')}\nURL: https://quay.example/x\n${body}`, undefined],
    [`${body}\nsee https://quay.example/story`, undefined],
    [`${body}\nhttps://quay.example/story.`, undefined],
    ['', undefined],
  ];
  for (const [page, domain] of cases) assert.equal(urlLine(page)?.domain, domain, page.slice(0, 60));
  const page = `Title\nURL: https://quay.example/x\n${body}`;
  const hit = urlLine(page)!;
  assert.equal(page.slice(hit.start, hit.end), 'URL: https://quay.example/x');
});
