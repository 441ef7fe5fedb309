// Fuzz suite over the per-dump chain (read -> parse -> stages -> record), with random and adversarial
// text from fast-check (seeded: a failure prints the seed and path that reproduce it). For any input:
// - the chain never throws: a dump is processed, or refused with an input rule (never `internal`);
// - every quote's text is a substring of the text the chain read;
// - every body line comes from that text;
// - time grows linearly with size on the shapes that make Markdown parsers quadratic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { articleFromFile } from '../pipeline/record/record.js';
import { InputError, dumpFile } from '../pipeline/run/read-dump.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { projectConfig } from './helpers.js';

const SEED = 20261202;
const processor = createProcessor({ config: await projectConfig(), batch: emptyBatch() });

interface Outcome {
  text: string;
  body: string;
  quotes: string[];
}

/** One dump through the chain as a run reads it; null when refused with an input rule. */
function chain(raw: string, kind: 'txt' | 'md' = 'txt'): Outcome | null {
  let file;
  try {
    ({ file } = dumpFile(Buffer.from(raw, 'utf8'), { rel: `fuzz.${kind}`, kind }));
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
  processArticle(processor, file);
  const a = articleFromFile(file, 'fuzz-000000000000', { path: `fuzz.${kind}`, sha256: '0'.repeat(64) });
  return { text: String(file.value), body: a.body, quotes: a.record.quotes.map((q) => q.text) };
}

const MARKUP = ['- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '# ', '## ', '[', ']', '(', ')', '![', '`', '```', '~~~', '<!--', '-->', '|', ' | ', '---', '***', '___', '_', '*', '**', '\\', '&amp;', '&#', '    ', '\t', '\n', '\n\n', '\n\n\n'];
const PROSE = ['The', 'council', 'voted', 'on', 'Monday', '.', ',', ' ', ' ', 'said', 'Mr. Hale', 'the mayor', 'By Dana Reyes', 'March 3, 2025', 'PORTLAND, Maine —', 'Updated 9:15 a.m. ET', 'Share', 'Advertisement', 'http://example.test/a', '@handle', '©'];
const MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„', "''", '``', '"', '“', '”'];
const UNICODE = ['Ф', 'Город', '中文', 'العربية', 'עברית', '\u200b', '\u200f', 'e\u0301', '😀', '\u00a0', '\ufeff', '\ufffd', 'İ', 'ß'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const adversarial = fc.array(token, { maxLength: 300 }).map((t) => t.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 1500 });
/** A page shaped like a dump: chrome lines, a headline, a byline, paragraphs, quotes in many marks. */
const page = fc
  .record({
    chrome: fc.array(fc.constantFrom('Home', 'World', 'Sign in', 'Subscribe', 'Share this', 'Advertisement'), { maxLength: 6 }),
    headline: fc.array(fc.constantFrom('Council', 'Approves', 'Ferry', 'Terminal', 'After', 'Vote'), { minLength: 2, maxLength: 8 }),
    paras: fc.array(
      fc.tuple(fc.array(fc.constantFrom(...PROSE.slice(0, 9)), { minLength: 3, maxLength: 25 }), fc.constantFrom(...MARKS), fc.constantFrom(...MARKS), fc.constantFrom('said Hale', 'she said', '', 'according to the board')),
      { maxLength: 8 },
    ),
  })
  .map(({ chrome, headline, paras }) => [...chrome, headline.join(' '), 'By Dana Reyes', ...paras.map(([w, open, close, cue]) => `${open}${w.join(' ')}${close} ${cue}.`)].join('\n\n'));

const holds = (raw: string, kind: 'txt' | 'md' = 'txt') => {
  const o = chain(raw, kind);
  if (!o) return true;
  for (const q of o.quotes) if (!o.text.includes(q)) throw new Error(`quote not in the input: ${JSON.stringify(q)}`);
  for (const line of o.body.split('\n')) if (line && !o.text.includes(line)) throw new Error(`body line not in the input: ${JSON.stringify(line)}`);
  return true;
};

test('fuzz: adversarial Markdown and quote marks never throw; quotes and body lines come from the input', () => {
  fc.assert(fc.property(adversarial, (t) => holds(t)), { numRuns: 250, seed: SEED });
});

// The quotes stage reads a copy of each block with HTML tags blanked to spaces; quote text is cut from
// the source at the bounds found on that copy, so '"http://example.test/a<div>"' gives a slice of the
// input, never the blanked copy's spaces.
test('fuzz: quotes around HTML tags are slices of the input', () => {
  const html = fc.array(fc.oneof(token, fc.constantFrom('<div>', '</div>', '<b>', '<a href="x">')), { maxLength: 200 }).map((t) => t.join(''));
  fc.assert(fc.property(html, (t) => holds(t)), { numRuns: 250, seed: SEED + 4 });
});

test('fuzz: any Unicode text, as .txt and as .md', () => {
  fc.assert(fc.property(anyText, fc.constantFrom<'txt' | 'md'>('txt', 'md'), (t, kind) => holds(t, kind)), { numRuns: 250, seed: SEED + 1 });
});

test('fuzz: dump-shaped pages with quotes in every mark', () => {
  fc.assert(fc.property(page, (t) => holds(t)), { numRuns: 150, seed: SEED + 2 });
});

test('fuzz: frontmatter of any shape is read or refused with a rule, never an internal error', () => {
  const fm = fc.tuple(fc.constantFrom('---', '---yaml', '---json', '---js', '---js // x', '--- ', '----', '---\t'), fc.array(fc.constantFrom('title: A', 'date: 2025-01-01', 'a: &x [1]', 'b: *x', 'c: !t v', ': :', '- x', '{', '"', 'k: |', '  text'), { maxLength: 6 }));
  fc.assert(fc.property(fm, adversarial, ([open, lines], body) => holds(`${open}\n${lines.join('\n')}\n---\n${body}`, 'md')), { numRuns: 150, seed: SEED + 3 });
});

// Shapes that make a Markdown parser or a stage quadratic: each, at n and 8n units, must take at most
// about 8 times as long (a quadratic one takes 64).
const SHAPES: [string, (n: number) => string][] = [
  ['a run of ">"', (n) => '>'.repeat(n)],
  ['nested list markers on one line', (n) => '- '.repeat(n)],
  ['numbered list markers', (n) => '1. '.repeat(n)],
  ['open brackets', (n) => '['.repeat(n)],
  ['open emphasis', (n) => '*a '.repeat(n)],
  ['backtick runs', (n) => Array.from({ length: n }, (_, i) => '`'.repeat(1 + (i % 7))).join(' ')],
  ['unclosed quotes', (n) => '“a '.repeat(n)],
  ['one long line without punctuation', (n) => 'word '.repeat(n)],
  ['one token without spaces', (n) => 'x'.repeat(n * 4)],
  ['a table row', (n) => '| a '.repeat(n) + '|\n' + '|---'.repeat(n) + '|'],
];
/** Best of three, in CPU time of this process: other test files run beside this one in other
 * processes, and wall time would count their work too. */
const bestOf3 = (f: () => void) => Math.min(...[0, 1, 2].map(() => {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}));
const N = 2_000;
for (const [name, make] of SHAPES) {
  test(`fuzz: linear time on ${name}`, () => {
    const small = make(N);
    const large = make(N * 8);
    chain(small); // warm up
    const ts = bestOf3(() => chain(small));
    const tl = bestOf3(() => chain(large));
    // 5 ms of slack keeps tiny timings from deciding; linear at 8x is 8x, quadratic 64x.
    assert.ok(tl <= 32 * Math.max(ts, 5), `${name}: ${ts.toFixed(1)} ms at ${small.length} chars, ${tl.toFixed(1)} ms at ${large.length} chars`);
  });
}
