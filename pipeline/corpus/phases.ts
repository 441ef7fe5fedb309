// Where the corpus stage's memory goes: a hook told as the stage passes each of its phases, unset in
// a run (a no-op call). bench/corpus-memory.ts --phases sets it to weigh the live heap at each, which
// is how the window's structures were attributed per article (issue 14: at 32k bench articles the
// links and the grouping hold ~8 KB an article of the window, the rest of the stage under 2 KB).
let hook: ((name: string) => void) | null = null;

/** Sets (or with null, clears) the hook. */
export function onPhase(f: ((name: string) => void) | null): void {
  hook = f;
}

/** The stage has reached phase `name`. */
export function phase(name: string): void {
  if (hook) hook(name);
}
