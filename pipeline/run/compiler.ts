// V8's optimizing compiler (TurboFan) runs on background threads, and each article thread compiles the
// chain's code for itself. On a batch of ~1k dumps that compiling was about a quarter of a whole run's
// CPU (V8's own threads: ~5-6 CPU-s of ~22 on 924 dumps with two article threads), most of it in the
// chain's largest functions, into which TurboFan inlines their callees up to a budget of bytecode per
// compiled function (920 bytes by default). A quarter of that budget compiles far less (about 1 CPU-s
// less per thread), while warm code ran within ~3% of V8's default; whole runs used 7-10% less CPU at
// 924 and at 4k dumps (scale.md, 2026-12-05). A flag changes how code is compiled, never what it
// computes.
import { setFlagsFromString } from 'node:v8';

/** Bytecode (bytes) TurboFan may inline into one optimized function; V8's default is 920. */
export const INLINE_BUDGET = 230;

const FLAG = '--max-inlined-bytecode-size-cumulative';
let tuned = false;

/** The V8 flags to set, given node's own command line: none where it sets the budget itself. */
export function compilerFlags(execArgv: readonly string[]): string[] {
  const given = (a: string) => a === FLAG || a.startsWith(`${FLAG}=`) || a.replaceAll('_', '-').startsWith(FLAG);
  return execArgv.some(given) ? [] : [`${FLAG}=${INLINE_BUDGET}`];
}

/** Sets the budget for the whole process, once (V8 flags are process-wide: every thread started after this compiles with it). */
export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  for (const f of compilerFlags(process.execArgv)) setFlagsFromString(f);
}
