// What the exit code tells monitoring. Every code the command can return is here and in the README;
// no other code may come out (Node's own 13, a top-level await that never settled, is turned into 1
// by cli.ts).
export const EXIT = {
  /** The run completed; failed inputs, if any, stayed within run.max_failed_share. */
  ok: 0,
  /** An unexpected internal error: the run stopped; the message says where. */
  internal: 1,
  /** The run cannot work: bad flags or config, unreadable input, unwritable output, or the output
   * folder held by another run past --wait. Nothing was written. */
  unusable: 2,
  /** The run completed, but more than run.max_failed_share of its inputs failed (see the report). */
  failures: 3,
  /** The run completed, but records on disk are not what the feeds say: a record of this run that
   * could not be written, or one of an earlier run whose story changed but that cannot be updated
   * (listed under `records_invalid` in the report). */
  unfed: 4,
} as const;

export interface Outcome {
  inputs: number;
  failures: number;
  invalidRecords: number;
}

/** The exit code of a completed run: the feeds' completeness first, then the failure share. */
export function exitCode(o: Outcome, maxFailedShare: number): number {
  if (o.invalidRecords > 0) return EXIT.unfed;
  if (o.inputs > 0 && o.failures / o.inputs > maxFailedShare) return EXIT.failures;
  return EXIT.ok;
}
