// The run report in two files (write/run-report.ts): report.json stays the same size however many
// inputs the run had, and points into report-inputs.jsonl, which holds every entry, one a line.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { reportStories, type ReportInput } from '../pipeline/write/report-html.js';
import { FIRST_PER_RULE, INPUTS_FILE, readRunReport, reportEntries, RuleDigest, writeRunReport } from '../pipeline/write/run-report.js';
import { tempDir } from './helpers.js';

/** Invented entries: every third refused, every other one with two messages of one rule and a warning
 * every fifth. */
function entries(n: number): ReportInput[] {
  return Array.from({ length: n }, (_, i): ReportInput => {
    const path = `desk/dump-${String(i).padStart(6, '0')}.txt`;
    if (i % 3 === 0) return { path, status: 'failed', error: { rule: 'empty', reason: 'the file holds no text' } };
    return {
      path, status: 'written', record: `rec-${i}`, story: `story-${i % 40}`,
      ...(i % 5 === 0 ? { warnings: [`bad byte at ${i}`] } : {}),
      ...(i % 2 ? { messages: [{ rule: 'chrome-nav', reason: `menu line ${i}`, line: 2 }, { rule: 'chrome-nav', reason: 'footer' }] } : {}),
    };
  });
}

const head = { started: '2026-01-01T00:00:00.000Z', seconds: 1, counts: { inputs: 0 }, stages: { scan: { ms: 1 } } };

test('report.json is the same size for 300 inputs as for 30,000; the lines file has one entry per input', async () => {
  const sizes: number[] = [];
  for (const n of [300, 30_000]) {
    const out = tempDir();
    const seen: string[] = [];
    const made = entries(n);
    await writeRunReport(out, head, made, (e) => seen.push(e.path));
    assert.equal(seen.length, n, 'every entry is shown to the page as it goes by');
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    assert.deepEqual(report.inputs, { file: INPUTS_FILE, lines: n });
    assert.deepEqual(Object.keys(report.rules), ['chrome-nav', 'empty', 'read']);
    for (const r of Object.values(report.rules) as { first: unknown[] }[]) assert.equal(r.first.length, FIRST_PER_RULE);
    // Every message counted, each input once per rule.
    const odd = made.filter((e) => e.messages).length;
    assert.equal(report.rules['chrome-nav'].count, 2 * odd);
    assert.equal(report.rules['chrome-nav'].inputs, odd);
    assert.equal(report.rules.empty.inputs, Math.ceil(n / 3));
    const lines = readFileSync(path.join(out, INPUTS_FILE), 'utf8').split('\n');
    assert.equal(lines.pop(), '', 'the last line ends with a newline');
    assert.equal(lines.length, n);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), made);
    sizes.push(statSync(path.join(out, 'report.json')).size);
  }
  assert.ok(sizes[0] < 8000, `report.json of 300 inputs is ${sizes[0]} bytes`);
  assert.ok(Math.abs(sizes[1] - sizes[0]) < 200, `report.json grows only by its numbers' digits: ${sizes[0]} -> ${sizes[1]} bytes`);
});

test("each input a rule names points at the line of its whole entry, in path order", async () => {
  const out = tempDir();
  const made = entries(100);
  await writeRunReport(out, head, made, () => {});
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  const lines = readFileSync(path.join(out, INPUTS_FILE), 'utf8').split('\n');
  for (const [rule, r] of Object.entries(report.rules) as [string, { first: { path: string; entry: number; line?: number; reason: string }[] }][]) {
    const paths = r.first.map((x) => x.path);
    assert.deepEqual(paths, [...paths].sort(), `${rule}: first in path order`);
    for (const x of r.first) {
      const e = JSON.parse(lines[x.entry - 1]) as ReportInput;
      assert.equal(e.path, x.path);
      const reasons = [e.error?.reason, ...(e.warnings ?? []), ...(e.messages ?? []).map((m) => m.reason)];
      assert.ok(reasons.includes(x.reason), `${rule}: ${x.reason} is in the entry`);
    }
  }
  // The first message of an input under a rule names it, with the dump's line when it has one.
  assert.deepEqual(report.rules['chrome-nav'].first[0], { path: 'desk/dump-000001.txt', entry: 2, line: 2, reason: 'menu line 1' });
  // Read back whole, for tools: the summary with every entry.
  const whole = readRunReport<{ counts: object; inputs: ReportInput[] }>(out);
  assert.deepEqual(whole.inputs, made);
  assert.deepEqual(whole.counts, head.counts);
});

test('a run with no inputs writes an empty lines file and no rules', async () => {
  const out = tempDir();
  await writeRunReport(out, head, [], () => {});
  assert.equal(readFileSync(path.join(out, INPUTS_FILE), 'utf8'), '');
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  assert.deepEqual(report.rules, {});
  assert.deepEqual(report.inputs, { file: INPUTS_FILE, lines: 0 });
  assert.equal(new RuleDigest().entries, 0);
});

test('reportEntries reads the lines back one at a time, across its read chunks, and an older report.json inline', async () => {
  const out = tempDir();
  // Entries longer than a read chunk (64 KB) and many short ones: each comes back whole, in order.
  const made = [...entries(50), { path: 'z/long.txt', status: 'written', messages: [{ rule: 'long', reason: 'ü'.repeat(70_000) }] }, ...entries(3000).map((e) => ({ ...e, path: `zz/${e.path}` }))];
  await writeRunReport(out, head, made, () => {});
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  assert.deepEqual([...reportEntries(out, report)], made);
  assert.deepEqual([...reportEntries(out, { inputs: made.slice(0, 3) })], made.slice(0, 3));
  assert.deepEqual([...reportEntries(out, { inputs: { file: 'absent.jsonl' } })], []);
});

test('the report page asks the store for the first 2000 stories and reads no further into the inputs', async () => {
  let read = 0;
  function* inputs() {
    for (let i = 0; i < 100_000; i++) {
      read++;
      yield { story: `story-${i % 50_000}` };
    }
  }
  const asked: string[] = [];
  const store = { stories: async (ids: readonly string[]) => (asked.push(...ids), new Map()) };
  assert.deepEqual(await reportStories(store, inputs()), []);
  assert.equal(asked.length, 2000);
  assert.equal(read, 2000, 'the inputs are read until 2000 stories are named, not to their end');
  assert.deepEqual(asked.slice(0, 2), ['story-0', 'story-1']);
});
