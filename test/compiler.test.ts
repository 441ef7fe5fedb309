// The run sets V8's inlining and tiering budgets (and compiles each new pattern once, to machine code) before it starts its article threads (pipeline/run/compiler.ts):
// the flag it sets, left out where node's own command line sets the budget; V8 takes it without a
// warning; and the chain's results are the same whichever budget its hot code was compiled with.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compilerFlags, INLINE_BUDGET, INTERRUPT_BUDGET, REGEXP_TICKS } from '../pipeline/run/compiler.js';
import { fixturesDir, root, tempDir } from './helpers.js';

const FLAG = `--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`;
const TIER = `--interrupt-budget=${INTERRUPT_BUDGET}`;
const REGEXP = `--regexp-tier-up-ticks=${REGEXP_TICKS}`;

test('compilerFlags: each budget unless node was started with one of its own', () => {
  const cases: [string[], string[]][] = [
    [[], [FLAG, TIER, REGEXP]],
    [['--max-old-space-size=3500', '--cpu-prof'], [FLAG, TIER, REGEXP]],
    // different flags with the same start
    [['--max-inlined-bytecode-size=100', '--interrupt-budget-for-feedback-allocation=940', '--regexp-tier-up'], [FLAG, TIER, REGEXP]],
    [['--max-inlined-bytecode-size-cumulative=920'], [TIER, REGEXP]],
    [['--max_inlined_bytecode_size_cumulative=500'], [TIER, REGEXP]],
    [['--max-inlined-bytecode-size-cumulative', '920'], [TIER, REGEXP]],
    [['--interrupt_budget=67584'], [FLAG, REGEXP]],
    [['--interrupt-budget=67584', '--max-inlined-bytecode-size-cumulative=920'], [REGEXP]],
    [['--regexp-tier-up-ticks=1'], [FLAG, TIER]],
    [['--regexp_tier_up_ticks=3', '--no-regexp-tier-up'], [FLAG, TIER]],
    [['--interrupt-budget=67584', '--max-inlined-bytecode-size-cumulative=920', '--regexp-tier-up-ticks=1'], []],
  ];
  for (const [argv, want] of cases) assert.deepEqual(compilerFlags(argv), want, argv.join(' '));
});

// A child process runs the chain over the invented articles until its code is hot, and prints the results.
const child = `
import { readFileSync } from 'node:fs';
import { tuneCompiler } from ${JSON.stringify(path.join(root, 'dist/pipeline/run/compiler.js'))};
import { runDump } from ${JSON.stringify(path.join(root, 'dist/test/helpers.js'))};
tuneCompiler();
const texts = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const plain = (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v);
let out = '';
for (let i = 0; i < 40; i++) for (const t of texts) {
  const file = await runDump(t);
  if (i === 39) out += JSON.stringify({ data: file.data, messages: file.messages.map((m) => [m.ruleId, m.reason, m.line]) }, plain) + '\\n';
}
process.stdout.write(out);
`;

test('tuneCompiler: V8 takes the flags, and the chain gives the same results with V8\'s default budgets and with the run\'s', () => {
  const dir = tempDir();
  const script = path.join(dir, 'chain.mjs');
  writeFileSync(script, child);
  const articles = readdirSync(path.join(fixturesDir, 'articles')).map((f) => path.join(fixturesDir, 'articles', f));
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, script, ...articles], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const tuned = run([]);
  const plainV8 = run(['--max-inlined-bytecode-size-cumulative=920', '--interrupt-budget=67584', '--regexp-tier-up-ticks=1']);
  for (const r of [tuned, plainV8]) {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    // (V8 names a flag it does not know on standard output)
    assert.match(r.stdout, /^\{/);
  }
  assert.ok(tuned.stdout.length > 1000);
  assert.equal(tuned.stdout, plainV8.stdout);
});
