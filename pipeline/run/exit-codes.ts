// What the exit code tells monitoring. Every code the command can return is here and in the README
// ("Exit codes"); no other code may come out (Node's own 13, a top-level await that never settled, is
// turned into 1 by cli.ts). When several apply, the gravest wins: records on disk wrong (5), then
// too many failed inputs (4), then deliveries still owed (3, sent again by the next run by itself).
export const EXIT = {
  /** The run completed; failed inputs, if any, stayed within run.max_failed_share; every story
   * was delivered when pushing. */
  ok: 0,
  /** An unexpected internal error: the run stopped; the message says where. */
  internal: 1,
  /** The run cannot work: bad flags or config, unreadable input, unwritable output, a bad push URL,
   * or the output folder held by another run past --wait. Nothing was written. */
  unusable: 2,
  /** The run (or `copydesk push`) completed, but stories wait undelivered in the outbox: the same
   * number as push/command.ts DELIVERIES_PENDING. */
  deliveriesPending: 3,
  /** The run completed, but more than run.max_failed_share of its inputs failed (see the report). */
  failures: 4,
  /** The run completed, but records on disk are not what the feeds say: a record of this run that
   * could not be written, or one of an earlier run whose story changed but that cannot be updated
   * (listed under `records_invalid` in the report). */
  recordsInvalid: 5,
} as const;

export interface Outcome {
  inputs: number;
  failures: number;
  invalidRecords: number;
  /** The delivery's own exit code (0 or 3) when pushing. */
  delivery?: number;
}

/** The exit code of a completed run. */
export function exitCode(o: Outcome, maxFailedShare: number): number {
  if (o.invalidRecords > 0) return EXIT.recordsInvalid;
  if (o.inputs > 0 && o.failures / o.inputs > maxFailedShare) return EXIT.failures;
  return o.delivery ?? EXIT.ok;
}
