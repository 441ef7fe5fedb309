// The one test harness: the project's config, fixture data, temp folders, the per-article chain on an
// inline dump, and a whole pipeline run with a fixed clock. Fixtures are data files under test/fixtures/
// (written for these tests, never corpus text); tests never read ../shared and never import bench/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { createProcessor, processArticle, type Processor } from '../pipeline/article/process.js';
import type { CorpusInput } from '../pipeline/corpus/index.js';
import { loadConfig } from '../pipeline/registry.js';
import type { Config } from '../pipeline/registry.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { unindent } from '../pipeline/run/read-dump.js';
import { run } from '../pipeline/run/run.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import type { BatchContext, OutletEntry, Quote } from '../pipeline/types.js';

// ---- places and data --------------------------------------------------------------------------------

/** The project root (tests are compiled to dist/test/). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(root, 'test/fixtures');

/** The path of a fixture file, e.g. `fixturePath('body', 'byline-bio.txt')`. */
export const fixturePath = (...parts: string[]) => path.join(fixturesDir, ...parts);
/** The text of a fixture file. */
export const readFixture = (...parts: string[]) => readFileSync(fixturePath(...parts), 'utf8');

const made: string[] = [];
/** A temp folder, removed when the test file's process ends well (kept, and named, when a test failed):
 * each `npm test` made ~150 folders that no one removed. */
export const tempDir = (prefix = 'copydesk-test-') => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
process.on('exit', (code) => {
  if ((code || process.exitCode) && made.length) console.error(`kept for a look: ${made.join(' ')}`);
  else for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** The built command line (`node CLI run ...` in tests that run it as a child process). */
export const CLI = path.join(root, 'dist/pipeline/cli.js');

let config: Promise<Config> | undefined;
/** The project's own config/ (loaded once; tests that change a setting spread a copy, never mutate it). */
export function projectConfig(): Promise<Config> {
  return (config ??= loadConfig(path.join(root, 'config')));
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** A run's report as one object: report.json's summary, with `inputs` the entries of the lines file it
 * points to (write/run-report.ts), in their order. */
export function readReport<T = unknown>(output: string): T {
  const head = readJson<{ inputs: { file: string; lines: number } }>(path.join(output, 'report.json'));
  const lines = readFileSync(path.join(output, head.inputs.file), 'utf8').split('\n').filter(Boolean);
  assert.equal(lines.length, head.inputs.lines, 'report.json counts the lines of its inputs file');
  return { ...head, inputs: lines.map((l) => JSON.parse(l)) } as T;
}

// ---- whole runs -------------------------------------------------------------------------------------

/** A folder holding copies of the named fixture articles (test/fixtures/articles/). */
export function inputWith(...names: string[]): string {
  const dir = tempDir('copydesk-in-');
  for (const n of names) cpSync(fixturePath('articles', n), path.join(dir, n));
  return dir;
}

export async function runPipeline(input: string, output: string, at = '2026-01-01T00:00:00.000Z') {
  return run({ config: await projectConfig(), input, output, concurrency: 4, progress: false, now: () => new Date(at) });
}

/** Every file under `dir` (relative path -> bytes), for byte-for-byte comparisons of two runs. */
export function snapshot(dir: string, sub = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, sub))) {
    const rel = path.join(sub, name);
    if (statSync(path.join(dir, rel)).isDirectory()) for (const [k, v] of snapshot(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return out;
}

// ---- the per-article chain on inline dumps ----------------------------------------------------------

/** A `.txt` dump as the run layer reads it (indentation stripped). */
export function dumpFile(text: string, name = 'dump.txt'): VFile {
  const { text: value, indents } = unindent(text);
  const file = new VFile({ path: name, value });
  if (indents.size) file.data.indents = indents;
  file.data.trusted = {};
  file.data.kind = 'txt';
  return file;
}

/** A batch as pass 1 counts it over `dumps`. */
export async function batchOf(dumps: string[]): Promise<BatchContext> {
  const batch = emptyBatch();
  const counter = new BatchCounter((await projectConfig()).chrome);
  for (const d of dumps) counter.count(batch, dumpFile(d));
  return batch;
}

/** The chain over `text` read as the run layer reads a `.txt` dump, in a batch of its own (or `batch`). */
export async function runArticle(text: string, batch?: BatchContext | Promise<BatchContext>): Promise<VFile> {
  const processor = createProcessor({ config: await projectConfig(), batch: await (batch ?? batchOf([text])) });
  const file = dumpFile(text);
  processArticle(processor, file);
  return file;
}

let shared: Processor | undefined;
/** The chain over `text` as given (indentation kept), no batch context, one processor for all calls. */
export async function runDump(text: string, name = 'fixture.txt'): Promise<VFile> {
  shared ??= createProcessor({ config: await projectConfig(), batch: emptyBatch() });
  const file = new VFile({ value: text, path: name });
  file.data.kind = name.endsWith('.md') ? 'md' : 'txt';
  processArticle(shared, file);
  return file;
}

/** The quotes stage over a paragraph or two, with one processor for a whole test file (no batch context). */
export async function quoteReader(): Promise<(text: string) => Quote[]> {
  const processor = createProcessor({ config: await projectConfig(), batch: emptyBatch() });
  return (text) => {
    const file = new VFile({ value: text, path: 'a.txt' });
    file.data.kind = 'txt';
    processArticle(processor, file);
    return file.data.quotes ?? [];
  };
}

/** Who each quote is credited to (the bare name when the credit line carries a description), paired with its text. */
export const speakersOf = (quotesOf: (text: string) => Quote[]) => (text: string) => quotesOf(text).map((q) => [q.text, q.speaker_name ?? q.speaker]);

/** A page-shaped dump: site chrome, then the given lines, then a footer. */
export function page(...body: string[]): string {
  return ['Skip to content', '', '  • Home', '  • World', '  • Politics', '', ...body, '', '  • About us', '  • Contact', ''].join('\n');
}

/** Lays text out as w3m does: long lines word-wrapped at a fixed width. */
export function w3m(text: string, width = 100): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

/** The body with line wraps undone, for comparing against unwrapped text. */
export const flat = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ');

/** Prose that reads like reporting: long, full sentences, dense in function words (one per line). */
export const PROSE: string[] = readFixture('prose.txt').split('\n').filter(Boolean);

// ---- corpus stages ----------------------------------------------------------------------------------

/** A corpus fixture article: three pairs of look-alike events, each reported by two outlets, and two unrelated fires. */
export interface Fixture {
  name: string;
  headline: string;
  body: string;
  text: string;
}

/** The corpus fixture articles (test/fixtures/corpus/articles/*.txt; first line the headline), by name. */
export const corpusFixtures: Fixture[] = readdirSync(fixturePath('corpus', 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFixture('corpus', 'articles', f);
    const [headline, ...rest] = text.split('\n');
    return { name: f.replace(/\.txt$/, ''), headline, body: rest.join('\n').trim(), text };
  });

export const corpusFixture = (name: string) => corpusFixtures.find((f) => f.name === name)!;

/** A corpus stage input for an article. */
export const corpusInput = (id: string, f: { headline: string | null; body: string }, date: string | null = null, quotes: { text: string }[] = []): CorpusInput => ({ id, headline: f.headline, body: f.body, date, quotes });

// ---- a newsroom's outlet registry (the project ships it empty) -------------------------------------

/** An invented outlet registry entry: only what a test names, the rest empty. */
export function outletEntry(e: Partial<OutletEntry> & { name: string }): OutletEntry {
  return { aliases: [], domains: [], markers: [], chrome: [], timezone: undefined, ...e };
}

const withRegistry = new Map<string, Processor>();
/** Like runDump, with `outlets` standing in for a newsroom's registry. */
export async function runWithOutlets(text: string, outlets: OutletEntry[], name = 'fixture.txt'): Promise<VFile> {
  const key = JSON.stringify(outlets);
  let p = withRegistry.get(key);
  if (!p) {
    const cfg = await projectConfig();
    withRegistry.set(key, (p = createProcessor({ config: { ...cfg, outlets: { ...cfg.outlets, outlets: outlets as Config['outlets']['outlets'] } }, batch: emptyBatch() })));
  }
  const file = new VFile({ value: text, path: name });
  file.data.kind = 'txt';
  processArticle(p, file);
  return file;
}

/** A quote's expected speaker, or { not: a speaker it must not be }. */
export type CreditCase = [name: string, body: string, quotePrefix: string, want: string | null | { not: string }];

/** Table-driven speaker tests: each body after `head`, the quote opening with the prefix credited as wanted. */
export function creditCases(label: string, speakers: (text: string) => (string | null | undefined)[][], head: string, cases: CreditCase[]): void {
  for (const [name, body, prefix, want] of cases) {
    test(`${label}: ${name}`, () => {
      const got = speakers(head + body + '\n');
      const hit = got.find(([text]) => !!text?.startsWith(prefix));
      assert.ok(hit, JSON.stringify(got));
      if (want && typeof want === 'object') assert.notEqual(hit[1], want.not, JSON.stringify(got));
      else assert.equal(hit[1], want, JSON.stringify(got));
    });
  }
}

/** A seeded generator of whole numbers below n (the same sequence every run): for tests that compare a
 * hand-written scanner with the pattern it replaced over many random texts. */
export function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

/** A text of fewer than `max` characters drawn from `alphabet` by `rand`. */
export function randomText(rand: (n: number) => number, alphabet: string[], max: number): string {
  let t = '';
  for (let i = rand(max); i > 0; i--) t += alphabet[rand(alphabet.length)];
  return t;
}

/** Blocks of an article as the quote stages read them: each text at its place, a blank line between them. */
export const blocksAt = (...texts: string[]): { start: number; text: string }[] => {
  let at = 0;
  return texts.map((text) => {
    const b = { start: at, text };
    at += text.length + 2;
    return b;
  });
};
