// An article process gets its heap budget, young generation and stack as node flags, and the compiler budgets
// the run's own process has (compiler.ts): ours, unless the run was started with its own value of one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INLINE_BUDGET, INTERRUPT_BUDGET, REGEXP_TICKS } from '../pipeline/run/compiler.js';
import { keepMb } from '../pipeline/run/dump-keep.js';
import { processFlags, SEMI_SPACE_MB, STACK_KB } from '../pipeline/run/pool.js';

const OURS = [`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`, `--interrupt-budget=${INTERRUPT_BUDGET}`, `--regexp-tier-up-ticks=${REGEXP_TICKS}`];

const CASES: [label: string, execArgv: string[], has: string[], not: string[]][] = [
  ['no flags of the run: ours', [], OURS, []],
  ['the run\'s own interrupt budget wins', ['--interrupt-budget=100'], ['--interrupt-budget=100'], [`--interrupt-budget=${INTERRUPT_BUDGET}`]],
  ['spelled with underscores, still the same flag', ['--max_inlined_bytecode_size_cumulative=10'], ['--max_inlined_bytecode_size_cumulative=10'], [OURS[0]]],
  ['a longer flag that starts the same is another flag, and not passed on', ['--interrupt-budget-for-feedback-allocation=5'], OURS, ['--interrupt-budget-for-feedback-allocation=5']],
  ['flags of the run that are not the compiler\'s stay the run\'s', ['--enable-source-maps', '--max-old-space-size=4096'], OURS, ['--enable-source-maps', '--max-old-space-size=4096']],
  ['the CPU profiler\'s flags are passed on', ['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--cpu_prof_interval=500'], ['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--cpu_prof_interval=500', ...OURS], []],
  ['but not a profile\'s name (each process writes its own) nor the heap profiler', ['--cpu-prof-name=run.cpuprofile', '--heap-prof'], OURS, ['--cpu-prof-name=run.cpuprofile', '--heap-prof']],
];

for (const [label, execArgv, has, not] of CASES)
  test(`processFlags: ${label}`, () => {
    const flags = processFlags(96, execArgv);
    // The budget is the process's heap, whatever the run's own heap is, with as much again as it may keep of
    // pass 1's dumps (dump-keep.ts: an eighth of the budget, 12 MB of 96).
    assert.equal(flags[0], `--max-old-space-size=${96 + keepMb(96)}`);
    assert.equal(keepMb(96), 12);
    assert.ok(flags.includes(`--max-semi-space-size=${SEMI_SPACE_MB}`));
    assert.ok(flags.includes(`--stack-size=${STACK_KB}`));
    for (const f of has) assert.ok(flags.includes(f), `${f} missing from ${flags.join(' ')}`);
    for (const f of not) assert.ok(!flags.includes(f), `${f} in ${flags.join(' ')}`);
  });
