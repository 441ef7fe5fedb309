// V8's optimizing compiler (TurboFan) runs on background threads, and each article process compiles the
// chain's code for itself. On a batch of ~1k dumps that compiling was about a quarter of a whole run's
// CPU (V8's own threads: ~5-6 CPU-s of ~22 on 924 dumps with two article threads), most of it in the
// chain's largest functions, into which TurboFan inlines their callees up to a budget of bytecode per
// compiled function (920 bytes by default). A quarter of that budget compiles far less (about 1 CPU-s
// less per thread), while warm code ran within ~3% of V8's default; whole runs used 7-10% less CPU at
// 924 and at 4k dumps (scale.md, 2026-12-05).
// Even so, V8's threads still spent ~5 CPU-s of ~18 on polnear-dev's 924 dumps, ~4 of them compiling
// (they fell to ~1 with --no-concurrent-recompilation): a function is optimized once it has run a
// budget of bytecode (the interrupt budget), and V8's default optimizes many lukewarm functions that
// a thread runs a few hundred times. Four times that budget compiles what stays hot: V8's threads
// ~5.2 -> ~2.9 CPU-s, the whole run ~9% less CPU; the chain's warm CPU (bench/stage-cpu.js, passes 2-3)
// within its noise of the default.
// Regular expressions are compiled by each thread too, when first run: V8 compiles a pattern to bytecode
// for its interpreter on its first run and again to machine code on its second (regexp tier-up), and
// each compile parses the pattern anew. The chain's patterns run many times a dump, so nearly every one
// was compiled twice: with \p{...} classes under /iu (case closures built from ICU's tables), compiling
// patterns was ~15% of an article thread's CPU on polnear-dev's 924 dumps (perf of a whole run); on one
// thread over them, 707 -> 377 samples of ~9k without tier-up. With no runs before tier-up, a pattern
// made from then on is compiled once, straight to machine code. (Not --no-regexp-tier-up: set while the process runs, it
// sends a pattern the main thread compiled for the interpreter earlier to the machine-code path: 3 of 14
// polnear-dev runs died there, SIGSEGV in NativeRegExpMacroAssembler::Execute. With ticks 0, a pattern
// made before keeps its ticks and tiers up as it did.)
// A flag changes how code is compiled, never what it computes.
import { setFlagsFromString } from 'node:v8';

/** Bytecode (bytes) TurboFan may inline into one optimized function; V8's default is 920. */
export const INLINE_BUDGET = 230;
/** Bytecode a function runs between checks for optimizing it; V8's default is 67584 (66 KB). */
export const INTERRUPT_BUDGET = 4 * 67584;

/** Runs of a new pattern in V8's regexp interpreter before it is compiled to machine code; V8's default is 1. */
export const REGEXP_TICKS = 0;

const TUNED: readonly [string, number][] = [
  ['--max-inlined-bytecode-size-cumulative', INLINE_BUDGET],
  ['--interrupt-budget', INTERRUPT_BUDGET],
  ['--regexp-tier-up-ticks', REGEXP_TICKS],
];
let tuned = false;

/** The V8 flags to set, given node's own command line: each but those it sets itself. */
export function compilerFlags(execArgv: readonly string[]): string[] {
  // (by the whole name: --interrupt-budget-for-feedback-allocation is another flag)
  const given = new Set(execArgv.map((a) => a.split('=')[0].replaceAll('_', '-')));
  return TUNED.filter(([flag]) => !given.has(flag)).map(([flag, value]) => `${flag}=${value}`);
}

/** Sets the budgets for the whole process, once (V8 flags are process-wide: every thread started after this compiles with them).
 * Article processes get them on their command line (pool.ts processFlags). */
export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  for (const f of compilerFlags(process.execArgv)) setFlagsFromString(f);
}
